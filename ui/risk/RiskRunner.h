#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Error.h"
#include "core/risk/DatasetRiskAnalysis.h"
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

// Runs DatasetRiskAnalysis off the UI thread on its own (secondary) connection, reports rows done
// by polling, delivers the result by signal. A new start() while one runs cancels the running one
// first (its outcome is dropped), so a burst of rule edits leaves exactly one pass to finish.
class RiskRunner final : public QObject {
    Q_OBJECT
public:
    explicit RiskRunner(QObject *parent = nullptr);
    ~RiskRunner() override; // cancels and waits

    bool isRunning() const;
    // Fails (and emits nothing) only when the secondary connection cannot be opened.
    Status start(const ProjectStore &store, const DatasetInfo &dataset, DatasetRiskOptions options);
    void cancel();
    // Cancels and waits: for closing the project, whose file the worker reads.
    void stop();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void succeeded(const steward::DatasetRiskResult &result);
    void failed(const steward::Error &error);
    void cancelled();
    void finished(); // after succeeded(), failed() or cancelled()

private:
    std::unique_ptr<BackgroundJob<DatasetRiskResult>> m_job;
};

} // namespace steward::ui
