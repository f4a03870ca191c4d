#include "risk/RiskRunner.h"

#include "store/ProjectStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace steward::ui {

struct RiskRunner::Job {
    CancellationToken token;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::unique_ptr<ProjectStore> store; // the worker's own connection
};

RiskRunner::RiskRunner(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("riskRunner"));
    m_pollTimer.setInterval(kProgressIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &RiskRunner::poll);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RiskRunner::workerFinished);
}

RiskRunner::~RiskRunner()
{
    discardRunning();
}

bool RiskRunner::isRunning() const
{
    return m_job != nullptr;
}

void RiskRunner::discardRunning()
{
    if (!m_job)
        return;
    m_job->token.cancel();
    m_watcher.waitForFinished();
    m_pollTimer.stop();
    m_job.reset(); // the watcher's queued finished() then finds nothing to report
}

Status RiskRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                         DatasetRiskOptions options)
{
    const bool replaced = isRunning();
    discardRunning();
    auto secondary = store.openSecondary();
    if (!secondary)
        return secondary.error();
    m_job = std::make_shared<Job>();
    m_job->store = std::move(*secondary);
    m_job->total.store(dataset.rowCount, std::memory_order_relaxed);
    std::shared_ptr<Job> job = m_job;
    m_watcher.setFuture(QtConcurrent::run([job, dataset, options = std::move(options)] {
        const ProgressCallback progress = [&job](const Progress &p) {
            job->done.store(p.done, std::memory_order_relaxed);
            job->total.store(p.estimatedTotal, std::memory_order_relaxed);
        };
        // The connection closes here, on the worker, before finished() reaches the UI thread:
        // stop() really releases the project file.
        const std::unique_ptr<ProjectStore> store = std::move(job->store);
        auto result = DatasetRiskAnalysis::run(*store, dataset, options, progress, &job->token);
        Outcome outcome;
        if (result)
            outcome.result = std::move(*result);
        else
            outcome.error = result.error();
        return outcome;
    }));
    m_pollTimer.start();
    if (!replaced)
        emit started();
    poll();
    return {};
}

void RiskRunner::cancel()
{
    if (m_job)
        m_job->token.cancel();
}

void RiskRunner::stop()
{
    if (!m_job)
        return;
    discardRunning();
    emit cancelled();
    emit finished();
}

void RiskRunner::poll()
{
    if (!m_job)
        return;
    emit progressChanged(m_job->done.load(std::memory_order_relaxed),
                         m_job->total.load(std::memory_order_relaxed));
}

void RiskRunner::workerFinished()
{
    if (!m_job || !m_watcher.future().isFinished())
        return;
    m_pollTimer.stop();
    const bool cancelRequested = m_job->token.isCancelled();
    m_job.reset();
    Outcome outcome = m_watcher.result();
    if (outcome.result && !cancelRequested)
        emit succeeded(*outcome.result);
    else if (cancelRequested || outcome.error.code == ErrorCode::Cancelled)
        emit cancelled();
    else
        emit failed(outcome.error);
    emit finished();
}

} // namespace steward::ui
