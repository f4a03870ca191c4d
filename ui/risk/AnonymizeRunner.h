#pragma once

#include "common/Cancellation.h"
#include "common/Error.h"
#include "risk/AnonymizationService.h"
#include "store/DatasetInfo.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// Runs AnonymizationService::run() off the UI thread on a secondary connection of the project,
// reports progress by polling, and delivers the outcome by signal; storing it (apply()) is left
// to the caller on the UI thread. Cancel stops the row scan or the search.
class AnonymizeRunner final : public QObject {
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 100;

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
    struct Job;
    struct Outcome {
        std::optional<AnonymizationOutcome> outcome;
        Error error;
    };

    void poll();
    void workerFinished();

    QFutureWatcher<Outcome> m_watcher;
    QTimer m_pollTimer;
    std::shared_ptr<Job> m_job;
};

} // namespace steward::ui
