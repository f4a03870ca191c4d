#include "ui/risk/RiskRunner.h"

#include "ui/widgets/BackgroundJob.h"
#include "core/store/ProjectStore.h"

namespace steward::ui {

RiskRunner::RiskRunner(QObject *parent)
    : QObject(parent),
      m_job(std::make_unique<BackgroundJob<DatasetRiskResult>>(
          this, BackgroundJob<DatasetRiskResult>::Callbacks{
                    [this](qint64 done, qint64 total) { emit progressChanged(done, total); },
                    [this](const DatasetRiskResult &result) { emit succeeded(result); },
                    [this](const Error &error) { emit failed(error); },
                    [this] { emit cancelled(); }, [this] { emit finished(); }}))
{
    setObjectName(QStringLiteral("riskRunner"));
}

RiskRunner::~RiskRunner() = default;

bool RiskRunner::isRunning() const
{
    return m_job->isRunning();
}

Status RiskRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                         DatasetRiskOptions options)
{
    const bool replaced = isRunning();
    m_job->discard();
    // Opened here so that a project that cannot be read fails at once; the worker owns it from
    // then on and closes it before the result is reported.
    auto secondary = store.openSecondary();
    if (!secondary)
        return secondary.error();
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    m_job->start(
        [connection, dataset, options = std::move(options)](const ProgressCallback &progress,
                                                            const CancellationToken *token) {
            const std::unique_ptr<ProjectStore> own = std::move(*connection);
            return DatasetRiskAnalysis::run(*own, dataset, options, progress, token);
        },
        dataset.rowCount);
    if (!replaced)
        emit started();
    return {};
}

void RiskRunner::cancel()
{
    m_job->cancel();
}

void RiskRunner::stop()
{
    m_job->stop();
}

} // namespace steward::ui
