#pragma once

#include "core/common/Error.h"
#include "core/consent/ConsentRegister.h"

#include <QObject>
#include <QString>

#include <memory>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

template <typename Value>
class BackgroundJob;

// Attaches a consent register off the UI thread, on a second connection to the project
// (ConsentService::attach: a million-row register is streamed into one transaction, which takes
// seconds), reports progress by polling and the outcome by signal. Cancel rolls the attachment
// back: the previous register, if any, stays.
class ConsentAttachRunner final : public QObject {
    Q_OBJECT
public:
    explicit ConsentAttachRunner(QObject *parent = nullptr);
    // Cancels a running attachment and waits for it.
    ~ConsentAttachRunner() override;

    bool isRunning() const;
    // `store` must stay open until finished() (or stop()). False when one is already running.
    bool start(const ProjectStore &store, const QString &dataset, const QString &file,
               const QString &subjectField);
    void cancel();
    // Cancels, waits and finishes at once (cancelled(), finished()).
    void stop();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void succeeded(const steward::ConsentRegisterInfo &info);
    void failed(const steward::Error &error);
    void cancelled();
    // After succeeded(), failed() or cancelled().
    void finished();

private:
    std::unique_ptr<BackgroundJob<ConsentRegisterInfo>> m_job;
};

} // namespace steward::ui
