#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Error.h"
#include "core/mask/ProjectSecret.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

template <typename Value>
class BackgroundJob;

// Measures a release (ReleaseMeasurement) off the UI thread on its own (secondary) connection,
// reports rows done by polling and delivers the measurements by signal. A new start() while one
// runs drops the running one, so a burst of changes leaves exactly one measurement to finish.
// The GUI never asks for the passphrase from the worker: a rule that needs a locked secret fails
// with a Verification error and the view offers to unlock.
class ReleaseMeasurementRunner final : public QObject {
    Q_OBJECT
public:
    explicit ReleaseMeasurementRunner(QObject *parent = nullptr);
    ~ReleaseMeasurementRunner() override; // cancels and waits

    bool isRunning() const;
    // Fails (and emits nothing) only when the secondary connection cannot be opened.
    Status start(const ProjectStore &store, const Release &release,
                 const std::optional<ProjectSecret> &secret);
    void cancel();
    // Cancels and waits: for closing the project, whose file the worker reads.
    void stop();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void succeeded(const QList<steward::DatasetMeasurement> &measurements);
    void failed(const steward::Error &error);
    void cancelled();
    void finished(); // after succeeded(), failed() or cancelled()

private:
    std::unique_ptr<BackgroundJob<QList<DatasetMeasurement>>> m_job;
};

} // namespace steward::ui
