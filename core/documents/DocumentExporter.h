#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"

#include <QCoreApplication>
#include <QString>

namespace steward {

enum class DocumentFormat { Pdf, Html, Json };

struct DocumentExportResult {
    QString file;
    int pages = 0;  // PDF only
    qint64 bytes = 0;
};

// Writes a document whole with QSaveFile (nothing at `path` on failure or cancel).
// PDF: A4, QPdfWriter at 300 dpi; cover page (title, release, recipient, version, date, status
// "out of date" when it is), table of contents with page numbers, running header (release,
// document, version, date) and footer "page X of Y", tables broken across pages with their
// header rows repeated, the risk map at print resolution, text in Noto Sans CJK (embedded,
// subsetted by Qt's PDF engine) for both languages. Needs a QGuiApplication (the CLI makes an
// offscreen one for rendering). Runs on any thread; progress counts pages.
class DocumentExporter final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentExporter)
public:
    static Result<DocumentExportResult> write(const DocumentState &state, const DocumentTemplate &tmpl,
                                              DocumentFormat format, const QString &path,
                                              const ProgressCallback &progress = {},
                                              const CancellationToken *cancel = nullptr);
    // The family used for document text ("Noto Sans CJK SC"); Internal error when not installed.
    static Result<QString> documentFontFamily();
};

} // namespace steward
