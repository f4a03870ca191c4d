#include "ui/release/DocumentExportRunner.h"

#include <QFile>

namespace steward::ui {

DocumentExportRunner::DocumentExportRunner(QObject *parent)
    : QObject(parent),
      m_job(this, {.progress = [this](qint64 done, qint64 total) { emit progressed(done, total); },
                   .succeeded =
                       [this](const DocumentExportResult &result) { emit succeeded(result); },
                   .failed = [this](const Error &error) { emit failed(error); },
                   .cancelled = [this] { emit cancelled(); },
                   .finished = [this] { emit finished(); }})
{
}

DocumentExportRunner::~DocumentExportRunner()
{
    m_job.discard();
}

bool DocumentExportRunner::start(const DocumentState &state, const DocumentTemplate &tmpl,
                                 DocumentFormat format, const QString &path)
{
    if (isRunning())
        return false;
    m_path = path;
    m_job.start(
        [state, tmpl, format, path](const ProgressCallback &progress,
                                    const CancellationToken *cancel)
            -> Result<DocumentExportResult> {
            Result<DocumentExportResult> written =
                DocumentExporter::write(state, tmpl, format, path, progress, cancel);
            // Cancel pressed while the file was being committed: the user asked for no file.
            if (written && cancel->isCancelled()) {
                QFile::remove(path);
                return Error::cancelled();
            }
            return written;
        },
        0);
    emit started();
    return true;
}

} // namespace steward::ui
