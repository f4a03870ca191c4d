#include "ClassificationRunner.h"

#include "classify/ClassificationService.h"
#include "store/ProjectStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace steward::ui {

// Shared between the UI thread and the worker: the token Cancel sets and the latest progress
// (read by a UI timer, so the workers never flood the event loop).
struct ClassificationRunner::Job {
    CancellationToken token;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

ClassificationRunner::ClassificationRunner(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("classificationRunner"));
    m_pollTimer.setInterval(kProgressIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ClassificationRunner::poll);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &ClassificationRunner::workerFinished);
}

ClassificationRunner::~ClassificationRunner()
{
    if (isRunning()) {
        m_job->token.cancel();
        m_watcher.waitForFinished();
    }
}

bool ClassificationRunner::isRunning() const
{
    return m_job != nullptr;
}

bool ClassificationRunner::isCancelling() const
{
    return m_job && m_job->token.isCancelled();
}

bool ClassificationRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                                 std::shared_ptr<const DetectorSet> detectors, bool refresh)
{
    if (isRunning())
        return false;
    m_job = std::make_shared<Job>();
    m_job->total.store(dataset.columns.size(), std::memory_order_relaxed);
    m_dataset = dataset;

    std::shared_ptr<Job> job = m_job;
    const ProjectStore *project = &store;
    m_watcher.setFuture(QtConcurrent::run([job, project, dataset, detectors, refresh] {
        const ProgressCallback progress = [&job](const Progress &p) {
            job->done.store(p.done, std::memory_order_relaxed);
            job->total.store(p.estimatedTotal, std::memory_order_relaxed);
        };
        Result<DatasetAnalysis> result = ClassificationService::analyze(
            *project, dataset, detectors, progress, &job->token, refresh);
        Outcome outcome;
        if (result)
            outcome.analysis = std::move(result).value();
        else
            outcome.error = result.error();
        return outcome;
    }));
    m_pollTimer.start();
    emit started();
    poll();
    return true;
}

void ClassificationRunner::cancel()
{
    if (isRunning())
        m_job->token.cancel();
}

void ClassificationRunner::stop()
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

void ClassificationRunner::poll()
{
    if (!isRunning())
        return;
    emit progressChanged(m_job->done.load(std::memory_order_relaxed),
                         m_job->total.load(std::memory_order_relaxed));
}

void ClassificationRunner::workerFinished()
{
    if (!m_job)
        return; // stopped already
    m_pollTimer.stop();
    const bool cancelRequested = m_job->token.isCancelled();
    m_job.reset();
    const Outcome outcome = m_watcher.result();
    if (outcome.analysis && !cancelRequested)
        emit succeeded(*outcome.analysis);
    else if (cancelRequested || outcome.error.code == ErrorCode::Cancelled)
        emit cancelled();
    else
        emit failed(outcome.error);
    emit finished();
}

} // namespace steward::ui
