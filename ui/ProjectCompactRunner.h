#pragma once

#include "ui/widgets/BackgroundJob.h"
#include "core/common/Error.h"
#include "core/store/ProjectStore.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace steward::ui {

// Compacts the project file (ProjectStore::compact) off the UI thread, on a second connection,
// with a window-modal progress dialog that has Cancel. SQLite does not tell how far VACUUM has
// got, so the dialog shows that work goes on (a busy bar and the size being compacted) rather
// than a percentage it would have to invent.
class ProjectCompactRunner final : public QObject {
    Q_OBJECT
public:
    // `dialogParent` owns the progress dialog (window-modal over it).
    explicit ProjectCompactRunner(QWidget *dialogParent);
    ~ProjectCompactRunner() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Starts compacting; false (after failed() and finished()) if it cannot start.
    bool start(const ProjectStore &store);
    void cancel() { m_job.cancel(); }
    // Cancels and waits (closing the project or the window), then finished().
    void stop() { m_job.stop(); }
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    void started();
    // The file's size before and after.
    void succeeded(qint64 bytesBefore, qint64 bytesAfter);
    void failed(const steward::Error &error);
    void cancelled();
    void finished();

private:
    void closeDialog();

    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    qint64 m_bytesBefore = 0;
    BackgroundJob<ProjectFileSpace> m_job;
};

} // namespace steward::ui
