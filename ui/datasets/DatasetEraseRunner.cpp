#include "ui/datasets/DatasetEraseRunner.h"

#include "core/store/ProjectStore.h"

#include <QApplication>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

namespace steward::ui {

DatasetEraseRunner::DatasetEraseRunner(QWidget *dialogParent)
    : QObject(dialogParent),
      m_dialogParent(dialogParent),
      m_job(this, {.progress = {},
                   .succeeded = [this](const bool &) { emit succeeded(m_name); },
                   .failed = [this](const Error &error) { emit failed(m_name, error); },
                   .cancelled = {},
                   .finished =
                       [this] {
                           closeDialog();
                           emit finished();
                       }})
{
    m_dialogTimer.setSingleShot(true);
    m_dialogTimer.setInterval(kDialogDelayMs);
    connect(&m_dialogTimer, &QTimer::timeout, this, &DatasetEraseRunner::showDialog);
}

DatasetEraseRunner::~DatasetEraseRunner()
{
    m_job.discard(); // waits (the deletion has no cancellation point) and reports nothing
}

bool DatasetEraseRunner::start(const ProjectStore &store, const QString &name)
{
    if (isRunning())
        return false;
    m_name = name;
    auto secondary = store.openSecondary();
    if (!secondary) {
        emit failed(name, secondary.error());
        emit finished();
        return false;
    }
    // Shared so that the connection is closed by the worker, on its own thread.
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    m_job.start(
        [connection, name](const ProgressCallback &, const CancellationToken *) -> Result<bool> {
            const Status deleted = (*connection)->deleteDataset(name);
            connection->reset();
            if (!deleted)
                return deleted.error();
            return true;
        },
        0);
    m_dialogTimer.start();
    emit started();
    return true;
}

void DatasetEraseRunner::waitForFinished()
{
    if (!isRunning())
        return;
    // The deletion has no cancellation point: stop() waits for it to complete (seconds at most),
    // then finished() follows (the owner re-reads the project to learn the outcome).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_job.stop();
    QApplication::restoreOverrideCursor();
}

void DatasetEraseRunner::showDialog()
{
    if (!isRunning() || m_dialog)
        return;
    auto *dialog = new QProgressDialog(tr("Erasing “%1”: overwriting its rows in the project "
                                          "file…")
                                           .arg(m_name),
                                       QString(), 0, 0, m_dialogParent);
    dialog->setObjectName(QStringLiteral("eraseProgressDialog"));
    dialog->setWindowTitle(tr("Deleting Dataset"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->show();
}

void DatasetEraseRunner::closeDialog()
{
    m_dialogTimer.stop();
    if (m_dialog)
        m_dialog->close();
}

} // namespace steward::ui
