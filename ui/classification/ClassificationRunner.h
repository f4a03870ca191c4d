#pragma once

#include "core/classify/DatasetAnalysis.h"
#include "core/classify/DetectorSet.h"
#include "core/common/Cancellation.h"
#include "core/common/Error.h"
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

// Profiles and classifies one dataset off the UI thread (ClassificationService::analyze() on
// secondary connections), reports "field X of Y" by polling, and delivers the analysis by signal
// for the caller to store on the UI thread. Cancel interrupts the running queries.
class ClassificationRunner final : public QObject {
    Q_OBJECT
public:
    explicit ClassificationRunner(QObject *parent = nullptr);
    // Cancels a running analysis and waits for it to stop.
    ~ClassificationRunner() override;

    bool isRunning() const;
    // `store` must stay open until finished() (or waitForFinished()). Returns false when an
    // analysis is already running.
    bool start(const ProjectStore &store, const DatasetInfo &dataset,
               std::shared_ptr<const DetectorSet> detectors, bool refresh);
    void cancel();
    bool isCancelling() const;
    // Cancels, waits for the worker to stop and finishes at once (cancelled(), finished()):
    // for closing the project, whose store the worker reads.
    void stop();

    const DatasetInfo &dataset() const { return m_dataset; }

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void succeeded(const steward::DatasetAnalysis &analysis);
    void failed(const steward::Error &error);
    void cancelled();
    // After succeeded(), failed() or cancelled().
    void finished();

private:
    DatasetInfo m_dataset;
    std::unique_ptr<BackgroundJob<DatasetAnalysis>> m_job;
};

} // namespace steward::ui
