#include "ui/ProjectCompactRunner.h"

#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

namespace steward::ui {

ProjectCompactRunner::ProjectCompactRunner(QWidget *dialogParent)
    : QObject(dialogParent),
      m_dialogParent(dialogParent),
      m_job(this, {.progress = {},
                   .succeeded =
                       [this](const ProjectFileSpace &after) {
                           emit succeeded(m_bytesBefore, after.fileBytes);
                       },
                   .failed = [this](const Error &error) { emit failed(error); },
                   .cancelled = [this] { emit cancelled(); },
                   .finished =
                       [this] {
                           closeDialog();
                           emit finished();
                       }})
{
}

ProjectCompactRunner::~ProjectCompactRunner()
{
    m_job.discard();
}

bool ProjectCompactRunner::start(const ProjectStore &store)
{
    if (isRunning())
        return false;
    auto secondary = store.openSecondary();
    Result<ProjectFileSpace> before =
        secondary ? (*secondary)->space() : Result<ProjectFileSpace>(secondary.error());
    if (!before) {
        emit failed(before.error());
        emit finished();
        return false;
    }
    m_bytesBefore = before->fileBytes;
    // Shared so that the connection is closed by the worker, on its own thread.
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    m_job.start(
        [connection](const ProgressCallback &progress,
                     const CancellationToken *cancel) -> Result<ProjectFileSpace> {
            const Status compacted = (*connection)->compact(progress, cancel);
            Result<ProjectFileSpace> after =
                compacted ? (*connection)->space() : Result<ProjectFileSpace>(compacted.error());
            connection->reset();
            return after;
        },
        0);

    auto *dialog = new QProgressDialog(
        tr("Compacting the project file (%1)…")
            .arg(QLocale().formattedDataSize(m_bytesBefore)),
        tr("Cancel"), 0, 0, m_dialogParent);
    dialog->setObjectName(QStringLiteral("compactProgressDialog"));
    dialog->setWindowTitle(tr("Compacting Project"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [this] {
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
        m_job.cancel();
    });
    m_dialog = dialog;
    dialog->show();
    emit started();
    return true;
}

void ProjectCompactRunner::closeDialog()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
    }
}

} // namespace steward::ui
