#include "ui/release/ReleaseMeasurementRunner.h"

#include "core/store/ProjectStore.h"
#include "ui/widgets/BackgroundJob.h"

namespace steward::ui {

using MeasurementJob = BackgroundJob<QList<DatasetMeasurement>>;

ReleaseMeasurementRunner::ReleaseMeasurementRunner(QObject *parent)
    : QObject(parent),
      m_job(std::make_unique<MeasurementJob>(
          this,
          MeasurementJob::Callbacks{
              [this](qint64 done, qint64 total) { emit progressChanged(done, total); },
              [this](const QList<DatasetMeasurement> &result) { emit succeeded(result); },
              [this](const Error &error) { emit failed(error); }, [this] { emit cancelled(); },
              [this] { emit finished(); }}))
{
    setObjectName(QStringLiteral("releaseMeasurementRunner"));
}

ReleaseMeasurementRunner::~ReleaseMeasurementRunner() = default;

bool ReleaseMeasurementRunner::isRunning() const
{
    return m_job->isRunning();
}

Status ReleaseMeasurementRunner::start(const ProjectStore &store, const Release &release,
                                       const std::optional<ProjectSecret> &secret)
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
        [connection, release, secret](const ProgressCallback &progress,
                                      const CancellationToken *token) {
            const std::unique_ptr<ProjectStore> own = std::move(*connection);
            // No passphrase from a worker thread: a locked secret that a rule needs is reported
            // and the view offers to unlock it.
            return ReleaseMeasurement::run(*own, release, secret, {}, progress, token);
        },
        0);
    if (!replaced)
        emit started();
    return {};
}

void ReleaseMeasurementRunner::cancel()
{
    m_job->cancel();
}

void ReleaseMeasurementRunner::stop()
{
    m_job->stop();
}

} // namespace steward::ui
