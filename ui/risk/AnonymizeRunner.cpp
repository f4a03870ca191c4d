#include "AnonymizeRunner.h"

#include "store/ProjectStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace steward::ui {

// Shared between the UI thread and the worker: the token Cancel sets and the latest progress
// (read by a UI timer, so the worker never floods the event loop).
struct AnonymizeRunner::Job {
    CancellationToken token;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

AnonymizeRunner::AnonymizeRunner(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("anonymizeRunner"));
    m_pollTimer.setInterval(kProgressIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AnonymizeRunner::poll);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &AnonymizeRunner::workerFinished);
}

AnonymizeRunner::~AnonymizeRunner()
{
    if (isRunning()) {
        m_job->token.cancel();
        m_watcher.waitForFinished();
    }
}

bool AnonymizeRunner::isRunning() const
{
    return m_job != nullptr;
}

bool AnonymizeRunner::isCancelling() const
{
    return m_job && m_job->token.isCancelled();
}

bool AnonymizeRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                            const AnonymizationRequest &request)
{
    if (isRunning())
        return false;
    m_job = std::make_shared<Job>();
    m_job->total.store(2 * dataset.rowCount, std::memory_order_relaxed);

    std::shared_ptr<Job> job = m_job;
    const ProjectStore *project = &store;
    m_watcher.setFuture(QtConcurrent::run([job, project, dataset, request] {
        Outcome outcome;
        // The main connection belongs to the UI thread: the worker reads through its own.
        auto secondary = project->openSecondary();
        if (!secondary) {
            outcome.error = secondary.error();
            return outcome;
        }
        const ProgressCallback progress = [&job](const Progress &p) {
            job->done.store(p.done, std::memory_order_relaxed);
            job->total.store(p.estimatedTotal, std::memory_order_relaxed);
        };
        auto result = AnonymizationService::run(**secondary, dataset, request, progress, &job->token);
        if (result)
            outcome.outcome = std::move(result).value();
        else
            outcome.error = result.error();
        return outcome;
    }));
    m_pollTimer.start();
    emit started();
    poll();
    return true;
}

void AnonymizeRunner::cancel()
{
    if (isRunning())
        m_job->token.cancel();
}

void AnonymizeRunner::stop()
{
    if (!isRunning())
        return;
    m_job->token.cancel();
    m_watcher.waitForFinished();
    m_pollTimer.stop();
    m_job.reset(); // the watcher's queued finished() then finds nothing to report
    emit cancelled();
    emit finished();
}

void AnonymizeRunner::poll()
{
    if (!isRunning())
        return;
    emit progressChanged(m_job->done.load(std::memory_order_relaxed),
                         m_job->total.load(std::memory_order_relaxed));
}

void AnonymizeRunner::workerFinished()
{
    if (!m_job)
        return; // stopped already
    m_pollTimer.stop();
    const bool cancelRequested = m_job->token.isCancelled();
    m_job.reset();
    const Outcome outcome = m_watcher.result();
    if (outcome.outcome && !cancelRequested)
        emit succeeded(*outcome.outcome);
    else if (cancelRequested || outcome.error.code == ErrorCode::Cancelled)
        emit cancelled();
    else
        emit failed(outcome.error);
    emit finished();
}

} // namespace steward::ui
