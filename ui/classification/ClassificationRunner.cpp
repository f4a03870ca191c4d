#include "ui/classification/ClassificationRunner.h"

#include "ui/widgets/BackgroundJob.h"
#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"

namespace steward::ui {

ClassificationRunner::ClassificationRunner(QObject *parent)
    : QObject(parent),
      m_job(std::make_unique<BackgroundJob<DatasetAnalysis>>(
          this, BackgroundJob<DatasetAnalysis>::Callbacks{
                    [this](qint64 done, qint64 total) { emit progressChanged(done, total); },
                    [this](const DatasetAnalysis &analysis) { emit succeeded(analysis); },
                    [this](const Error &error) { emit failed(error); },
                    [this] { emit cancelled(); }, [this] { emit finished(); }}))
{
    setObjectName(QStringLiteral("classificationRunner"));
}

ClassificationRunner::~ClassificationRunner() = default;

bool ClassificationRunner::isRunning() const
{
    return m_job->isRunning();
}

bool ClassificationRunner::isCancelling() const
{
    return m_job->isCancelling();
}

bool ClassificationRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                                 std::shared_ptr<const DetectorSet> detectors, bool refresh)
{
    if (isRunning())
        return false;
    m_dataset = dataset;
    const ProjectStore *project = &store;
    m_job->start(
        [project, dataset, detectors, refresh](const ProgressCallback &progress,
                                               const CancellationToken *token) {
            // Profiling reads on secondary connections of its own.
            return ClassificationService::analyze(*project, dataset, detectors, progress, token,
                                                  refresh);
        },
        dataset.columns.size());
    emit started();
    return true;
}

void ClassificationRunner::cancel()
{
    m_job->cancel();
}

void ClassificationRunner::stop()
{
    m_job->stop();
}

} // namespace steward::ui
