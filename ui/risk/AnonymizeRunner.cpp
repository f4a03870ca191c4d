#include "ui/risk/AnonymizeRunner.h"

#include "ui/widgets/BackgroundJob.h"
#include "core/store/ProjectStore.h"

namespace steward::ui {

AnonymizeRunner::AnonymizeRunner(QObject *parent)
    : QObject(parent),
      m_job(std::make_unique<BackgroundJob<AnonymizationOutcome>>(
          this, BackgroundJob<AnonymizationOutcome>::Callbacks{
                    [this](qint64 done, qint64 total) { emit progressChanged(done, total); },
                    [this](const AnonymizationOutcome &outcome) { emit succeeded(outcome); },
                    [this](const Error &error) { emit failed(error); },
                    [this] { emit cancelled(); }, [this] { emit finished(); }}))
{
    setObjectName(QStringLiteral("anonymizeRunner"));
}

AnonymizeRunner::~AnonymizeRunner() = default;

bool AnonymizeRunner::isRunning() const
{
    return m_job->isRunning();
}

bool AnonymizeRunner::isCancelling() const
{
    return m_job->isCancelling();
}

bool AnonymizeRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                            const AnonymizationRequest &request)
{
    if (isRunning())
        return false;
    const ProjectStore *project = &store;
    m_job->start(
        [project, dataset, request](const ProgressCallback &progress,
                                    const CancellationToken *token)
            -> Result<AnonymizationOutcome> {
            // The main connection belongs to the UI thread: the worker reads through its own,
            // closed before the result is reported.
            auto secondary = project->openSecondary();
            if (!secondary)
                return secondary.error();
            return AnonymizationService::run(**secondary, dataset, request, progress, token);
        },
        2 * dataset.rowCount);
    emit started();
    return true;
}

void AnonymizeRunner::cancel()
{
    m_job->cancel();
}

void AnonymizeRunner::stop()
{
    m_job->stop();
}

} // namespace steward::ui
