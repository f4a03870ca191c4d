#include "ui/import/ImportRunner.h"

#include "ui/import/ImportProgressDialog.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace steward::ui {

// Shared between the UI thread and the worker: the worker's own connection, the token Cancel
// sets, and the latest progress (read by a UI timer, so the worker never floods the event loop).
struct ImportRunner::Job {
    std::unique_ptr<ProjectStore> store;
    CancellationToken token;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

ImportRunner::ImportRunner(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("importRunner"));
    m_pollTimer.setInterval(kProgressIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ImportRunner::poll);
    m_dialogTimer.setSingleShot(true);
    m_dialogTimer.setInterval(kDialogDelayMs);
    connect(&m_dialogTimer, &QTimer::timeout, this, [this] {
        if (m_dialog && isRunning())
            m_dialog->show();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportRunner::workerFinished);
}

ImportRunner::~ImportRunner()
{
    if (isRunning()) {
        m_job->token.cancel();
        m_watcher.waitForFinished();
    }
}

ImportProgressDialog *ImportRunner::progressDialog() const
{
    return m_dialog.data();
}

bool ImportRunner::isRunning() const
{
    return m_job != nullptr;
}

bool ImportRunner::start(const ProjectStore &store, const QString &path,
                         const ImportOptions &options)
{
    if (isRunning())
        return false;
    auto secondary = store.openSecondary();
    if (!secondary) {
        emit failed(secondary.error());
        emit finished();
        return false;
    }
    m_job = std::make_shared<Job>();
    m_job->store = std::move(*secondary);
    m_path = path;
    m_options = options;

    m_dialog = new ImportProgressDialog(QFileInfo(path).fileName(), m_dialogParent);
    connect(m_dialog.data(), &ImportProgressDialog::cancelRequested, this, &ImportRunner::cancel);

    std::shared_ptr<Job> job = m_job;
    m_watcher.setFuture(QtConcurrent::run([job, path, options] {
        const ProgressCallback progress = [&job](const Progress &p) {
            job->done.store(p.done, std::memory_order_relaxed);
            job->total.store(p.estimatedTotal, std::memory_order_relaxed);
        };
        Result<DatasetInfo> result = importFile(*job->store, path, options, progress, &job->token);
        Outcome outcome;
        if (result)
            outcome.dataset = std::move(result).value();
        else
            outcome.error = result.error();
        job->store.reset(); // close the worker's connection on the worker's thread
        return outcome;
    }));
    m_pollTimer.start();
    m_dialogTimer.start();
    emit started();
    return true;
}

void ImportRunner::cancel()
{
    if (!isRunning() || m_job->token.isCancelled())
        return;
    m_job->token.cancel();
    if (m_dialog)
        m_dialog->setCancelling();
}

void ImportRunner::waitForFinished()
{
    if (isRunning())
        m_watcher.waitForFinished();
}

void ImportRunner::poll()
{
    if (!isRunning())
        return;
    const qint64 done = m_job->done.load(std::memory_order_relaxed);
    const qint64 total = m_job->total.load(std::memory_order_relaxed);
    if (m_dialog)
        m_dialog->setProgress(done, total);
    emit progressChanged(done, total);
}

void ImportRunner::workerFinished()
{
    m_pollTimer.stop();
    m_dialogTimer.stop();
    const bool cancelRequested = m_job && m_job->token.isCancelled();
    m_job.reset();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    const Outcome outcome = m_watcher.result();
    if (outcome.dataset)
        emit succeeded(*outcome.dataset);
    else if (outcome.error.code == ErrorCode::Cancelled || cancelRequested)
        emit cancelled();
    else
        emit failed(outcome.error);
    emit finished();
}

} // namespace steward::ui
