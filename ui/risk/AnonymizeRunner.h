#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Error.h"
#include "core/risk/AnonymizationService.h"
#include "core/store/DatasetInfo.h"

#include <QObject>

#include <memory>
#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

template <typename Value>
class BackgroundJob;

// Runs AnonymizationService::run() off the UI thread on a secondary connection of the project,
// reports progress by polling, and delivers the outcome by signal; storing it (apply()) is left
// to the caller on the UI thread. Cancel stops the row scan or the search.
class AnonymizeRunner final : public QObject {
    Q_OBJECT
public:
    explicit AnonymizeRunner(QObject *parent = nullptr);
    // Cancels a running search and waits for it to stop.
    ~AnonymizeRunner() override;

    bool isRunning() const;
    // `store` must stay open until finished() (or stop()). Returns false when a search is
    // already running.
    bool start(const ProjectStore &store, const DatasetInfo &dataset,
               const AnonymizationRequest &request);
    void cancel();
    bool isCancelling() const;
    // Cancels, waits for the worker and finishes at once (cancelled(), finished()).
    void stop();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void succeeded(const steward::AnonymizationOutcome &outcome);
    void failed(const steward::Error &error);
    void cancelled();
    // After succeeded(), failed() or cancelled().
    void finished();

private:
    std::unique_ptr<BackgroundJob<AnonymizationOutcome>> m_job;
};

} // namespace steward::ui
