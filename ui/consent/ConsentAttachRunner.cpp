#include "ui/consent/ConsentAttachRunner.h"

#include "ui/widgets/BackgroundJob.h"
#include "core/consent/ConsentService.h"
#include "core/store/ProjectStore.h"

namespace steward::ui {

ConsentAttachRunner::ConsentAttachRunner(QObject *parent)
    : QObject(parent),
      m_job(std::make_unique<BackgroundJob<ConsentRegisterInfo>>(
          this, BackgroundJob<ConsentRegisterInfo>::Callbacks{
                    [this](qint64 done, qint64 total) { emit progressChanged(done, total); },
                    [this](const ConsentRegisterInfo &info) { emit succeeded(info); },
                    [this](const Error &error) { emit failed(error); },
                    [this] { emit cancelled(); }, [this] { emit finished(); }}))
{
    setObjectName(QStringLiteral("consentAttachRunner"));
}

ConsentAttachRunner::~ConsentAttachRunner() = default;

bool ConsentAttachRunner::isRunning() const
{
    return m_job->isRunning();
}

bool ConsentAttachRunner::start(const ProjectStore &store, const QString &dataset,
                                const QString &file, const QString &subjectField)
{
    if (isRunning())
        return false;
    const ProjectStore *project = &store;
    m_job->start(
        [project, dataset, file, subjectField](const ProgressCallback &progress,
                                               const CancellationToken *token)
            -> Result<ConsentRegisterInfo> {
            // The main connection belongs to the UI thread: the worker writes through its own.
            auto secondary = project->openSecondary();
            if (!secondary)
                return secondary.error();
            return ConsentService(**secondary).attach(dataset, file, subjectField, progress, token);
        },
        0);
    emit started();
    return true;
}

void ConsentAttachRunner::cancel()
{
    m_job->cancel();
}

void ConsentAttachRunner::stop()
{
    m_job->stop();
}

} // namespace steward::ui
