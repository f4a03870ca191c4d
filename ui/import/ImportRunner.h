#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Error.h"
#include "core/import/ImportOptions.h"
#include "core/store/DatasetInfo.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class ImportProgressDialog;

// Runs importFile() off the UI thread on a second connection to the project
// (ProjectStore::openSecondary()), shows "Importing rows X of ~Y" with Cancel (wired to the
// CancellationToken) and reports the outcome by signal. The import is one transaction in the
// core: a cancel or a failure leaves the project exactly as it was.
class ImportRunner final : public QObject {
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 100;
    static constexpr int kDialogDelayMs = 300;

    // `dialogParent` owns the progress dialog (window-modal over it).
    explicit ImportRunner(QWidget *dialogParent);
    // Cancels a running import and waits for it to stop.
    ~ImportRunner() override;

    bool isRunning() const;
    // Starts an import; returns false (after emitting failed()) if it cannot start.
    bool start(const ProjectStore &store, const QString &path, const ImportOptions &options);
    void cancel();
    // Blocks until the worker has stopped (used when the window closes during an import).
    void waitForFinished();

    ImportProgressDialog *progressDialog() const;
    QString filePath() const { return m_path; }
    const ImportOptions &options() const { return m_options; }

signals:
    void started();
    void progressChanged(qint64 done, qint64 estimatedTotal);
    void succeeded(const steward::DatasetInfo &dataset);
    void failed(const steward::Error &error);
    void cancelled();
    // After succeeded(), failed() or cancelled().
    void finished();

private:
    struct Job;
    struct Outcome {
        std::optional<DatasetInfo> dataset;
        Error error;
    };

    void poll();
    void workerFinished();

    QWidget *m_dialogParent;
    QPointer<ImportProgressDialog> m_dialog;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_pollTimer;
    QTimer m_dialogTimer;
    std::shared_ptr<Job> m_job;
    QString m_path;
    ImportOptions m_options;
};

} // namespace steward::ui
