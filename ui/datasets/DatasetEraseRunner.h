#pragma once

#include "ui/widgets/BackgroundJob.h"
#include "core/common/Error.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>

class QWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// Deletes a dataset off the UI thread, on a second connection to the project
// (ProjectStore::openSecondary()): with secure_delete every freed page is overwritten, which
// takes seconds for a million-row dataset (2.7 s measured with `steward-cli delete`), and the
// window must keep painting meanwhile. After kDialogDelayMs a window-modal busy dialog says what
// is happening; it has no Cancel: the deletion is one transaction in the core, done or not.
class DatasetEraseRunner final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDialogDelayMs = 300;

    // `dialogParent` owns the busy dialog (window-modal over it).
    explicit DatasetEraseRunner(QWidget *dialogParent);
    // Waits for a running deletion (it cannot be abandoned half-way) and reports nothing.
    ~DatasetEraseRunner() override;

    bool isRunning() const { return m_job.isRunning(); }
    QString datasetName() const { return m_name; }
    // Starts deleting `name`; false (after failed() and finished()) if it cannot start.
    bool start(const ProjectStore &store, const QString &name);
    // Blocks (wait cursor) until a running deletion has finished, then emits finished() without
    // succeeded() or failed() (closing the project or the window: the owner re-reads the
    // project). Does nothing when none is running.
    void waitForFinished();

signals:
    void started();
    void succeeded(const QString &name);
    void failed(const QString &name, const steward::Error &error);
    // After succeeded() or failed().
    void finished();

private:
    void showDialog();
    void closeDialog();

    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_dialogTimer;
    QString m_name;
    BackgroundJob<bool> m_job;
};

} // namespace steward::ui
