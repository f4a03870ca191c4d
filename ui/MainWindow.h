#pragma once

#include "core/store/DatasetInfo.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace steward {
class ProjectStore;
struct Error;
struct ImportOptions;
} // namespace steward

namespace steward::ui {

class AuditTrailWindow;
class DatasetBrowser;
class DatasetWorkspace;
class ImportDialog;
class DatasetEraseRunner;
class ImportRunner;
class ProjectCompactRunner;
class ProjectNavigator;
class RecentProjectsMenu;
class ReleaseView;

// The Steward window: one project at a time, its datasets and releases in the navigator on the
// left; the selected dataset's workspace or the selected release's view in the middle (one
// stack), imports running off the UI thread.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project (closing the current one once the new one is open). A refusal from the
    // store (in use, newer version, not a project, damaged) is shown in a message box.
    bool openProject(const QString &path);
    bool createProject(const QString &path, const QString &title);
    // Returns false (and says why) while an import is running.
    bool closeProject();
    bool hasProject() const { return m_store != nullptr; }
    ProjectStore *project() const { return m_store.get(); }
    const QList<DatasetInfo> &datasets() const { return m_datasets; }

    // The import dialog for `path` (non-modal to the caller: it is opened window-modal and the
    // import starts when it is accepted).
    ImportDialog *showImportDialog(const QString &path);
    // The import dialog in "replace" mode for the dataset `datasetName`.
    ImportDialog *showReplaceDialog(const QString &datasetName, const QString &path);
    bool startImport(const QString &path, const ImportOptions &options);

    ProjectNavigator *navigator() const { return m_navigator; }
    DatasetBrowser *browser() const { return m_browser; }
    DatasetWorkspace *workspace() const { return m_workspace; }
    ReleaseView *releaseView() const { return m_releaseView; }
    // The dataset workspace or the release view, whichever the navigator's selection shows.
    QStackedWidget *centralStack() const { return m_stack; }
    QAction *newReleaseAction() const { return m_newReleaseAction; }
    QAction *deleteReleaseAction() const { return m_deleteReleaseAction; }
    QList<QAction *> tabActions() const { return m_tabActions; }
    ImportRunner *importRunner() const { return m_importRunner; }
    DatasetEraseRunner *eraseRunner() const { return m_eraseRunner; }
    QString countsText() const;
    ProjectCompactRunner *compactRunner() const { return m_compactRunner; }
    // Deleting a dataset offers to compact the file when at least this much of it is free.
    static constexpr qint64 kCompactOfferBytes = qint64(64) << 20;
    void setCompactOfferThreshold(qint64 bytes) { m_compactOfferBytes = bytes; }

public slots:
    void newProject();
    void openProjectDialog();
    void importData();
    void renameCurrentDataset();
    void deleteCurrentDataset();
    void replaceCurrentDataset();
    // Rebuilds the project file without its free pages, in the background (File → Compact).
    void compactProject();
    // File → New Release (Ctrl+Shift+N): the current dataset ticked; opens the release created.
    void newRelease();
    // Deletes the selected release (drafts only) after confirmation.
    void deleteCurrentRelease();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void createStatusBar();
    void restoreSettings();
    // View → Data / Classification / Masking (Ctrl+1…3) and Next/Previous Tab (Ctrl+Tab,
    // Ctrl+PgDn, Ctrl+PgUp): window-wide, so they work whichever view has the focus.
    void createTabNavigation();
    void createCompaction();
    // After a deletion: offers compactProject() when the file holds much free space.
    void offerCompaction(const QString &deletedName);
    void updateTabActions();
    void switchTab(int step);

    void adoptProject(std::unique_ptr<ProjectStore> store);
    void askNewProject(const std::function<void()> &then);
    void offerProjectFor(const QString &dataFile);
    void refreshDatasets(const QString &select = {});
    void showCurrentDataset();
    void refreshReleases(const QString &select = {});
    void showCurrentRelease(const QString &name);
    QTabWidget *currentTabs() const;
    void handleDroppedFile(const QString &path);
    void importSucceeded(const DatasetInfo &dataset);
    void importFailed(const Error &error);

    void updateActions();
    void updateTitle();
    void updateStatusBar();
    void showError(const QString &title, const QString &text, const Error &error);
    void showErrorText(const QString &title, const QString &text, const QString &details);
    void showStatus(const QString &text);
    QStringList datasetNames() const;
    // An import or a deletion is running: no other change to the project may start.
    bool isBusy() const;

    std::unique_ptr<ProjectStore> m_store;
    QList<DatasetInfo> m_datasets;

    ProjectNavigator *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    DatasetBrowser *m_browser = nullptr;
    DatasetWorkspace *m_workspace = nullptr;
    ReleaseView *m_releaseView = nullptr;
    QStackedWidget *m_stack = nullptr;
    ImportRunner *m_importRunner = nullptr;
    DatasetEraseRunner *m_eraseRunner = nullptr;
    ProjectCompactRunner *m_compactRunner = nullptr;
    qint64 m_compactOfferBytes = kCompactOfferBytes;
    QAction *m_compactAction = nullptr;
    RecentProjectsMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_pathLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_classifyAction = nullptr;
    QAction *m_newReleaseAction = nullptr;
    QAction *m_deleteReleaseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_auditAction = nullptr;
    AuditTrailWindow *m_auditWindow = nullptr;
    QAction *m_trustAction = nullptr;
    QList<QAction *> m_tabActions;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
};

} // namespace steward::ui
