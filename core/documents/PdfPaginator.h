#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace steward {

class DocumentComposer;
class DocumentTemplate;
struct DocumentState;

// Lays a composed document out on A4 pages and paints them into a PDF: cover, table of contents
// with the page of every section (two layouts: the first finds the pages, the second prints them;
// the contents keep their length so the pages do not move), body with header rows repeated on
// every page a table spans, a running header (release · document · version · date) and the footer
// "page X of Y". 300 dpi; the font is embedded and subsetted by Qt's PDF engine.
class PdfPaginator final {
    Q_DECLARE_TR_FUNCTIONS(steward::PdfPaginator)
public:
    // Writes the PDF to `out`; the number of pages, or Cancelled.
    static Result<int> write(const DocumentComposer &composer, const DocumentState &state,
                             const DocumentTemplate &tmpl, const QString &fontFamily, QIODevice &out,
                             const ProgressCallback &progress, const CancellationToken *cancel);
};

} // namespace steward
