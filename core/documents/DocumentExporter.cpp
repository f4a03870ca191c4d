#include "core/documents/DocumentExporter.h"

#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentJson.h"
#include "core/documents/PdfPaginator.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSaveFile>

namespace steward {

namespace {

Result<DocumentExportResult> commit(QSaveFile &file, const QString &path)
{
    if (!file.commit()) {
        return Error::internal(DocumentExporter::tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    DocumentExportResult result;
    result.file = path;
    result.bytes = QFileInfo(path).size();
    return result;
}

} // namespace

Result<QString> DocumentExporter::documentFontFamily()
{
    static const QString family = QStringLiteral("Noto Sans CJK SC");
    // One look-up per process: the font database does not change while Steward runs.
    static const bool installed = QFontDatabase::families().contains(family);
    if (!installed) {
        return Error::internal(tr("The font \"%1\" is not installed; documents need it for Chinese and English "
                                  "text. Install the package fonts-noto-cjk.")
                                   .arg(family));
    }
    return family;
}

Result<DocumentExportResult> DocumentExporter::write(const DocumentState &state, const DocumentTemplate &tmpl,
                                                     DocumentFormat format, const QString &path,
                                                     const ProgressCallback &progress,
                                                     const CancellationToken *cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::internal(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const DocumentComposer composer(state, tmpl);
    switch (format) {
    case DocumentFormat::Html:
        file.write(composer.standaloneHtml().toUtf8());
        break;
    case DocumentFormat::Json:
        file.write(DocumentJson::write(state, tmpl));
        break;
    case DocumentFormat::Pdf: {
        const Result<QString> family = documentFontFamily();
        if (!family) {
            file.cancelWriting();
            return family.error();
        }
        const Result<int> pages = PdfPaginator::write(composer, state, tmpl, *family, file, progress, cancel);
        if (!pages) {
            file.cancelWriting();
            return pages.error();
        }
        Result<DocumentExportResult> result = commit(file, path);
        if (result)
            result->pages = *pages;
        return result;
    }
    }
    if (cancel && cancel->isCancelled()) {
        file.cancelWriting();
        return Error::cancelled();
    }
    return commit(file, path);
}

} // namespace steward
