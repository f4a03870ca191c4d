#include "ui/MainWindow.h"

#include "ui/masking/MaskingView.h"

#include "ui/AboutDialog.h"
#include "ui/audit/AuditTrailWindow.h"
#include "ui/classification/ClassificationView.h"
#include "ui/consent/ConsentPanel.h"
#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetEraseRunner.h"
#include "ui/datasets/DatasetTableModel.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/MessageBoxWidth.h"
#include "ui/widgets/Icons.h"
#include "ui/import/ImportDialog.h"
#include "ui/import/ImportRunner.h"
#include "ui/NewProjectDialog.h"
#include "ui/ProjectCompactRunner.h"
#include "ui/ProjectNavigator.h"
#include "ui/RecentProjectsMenu.h"
#include "ui/review/PackageFileKind.h"
#include "ui/review/PackageVerifyWindow.h"
#include "ui/review/ReviewWindow.h"
#include "ui/datasets/RenameDatasetDialog.h"
#include "ui/release/NewReleaseDialog.h"
#include "ui/release/ReleaseView.h"
#include "ui/workflow/TrustedKeysDialog.h"
#include "ui/Settings.h"
#include "core/import/ImportOptions.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>

#include <algorithm>
#include <limits>

namespace steward::ui {

namespace {

constexpr int kStatusMessageMs = 6000;
constexpr int kPathLabelMaxWidth = 480;

const QStringList &dataFileSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"),
                                         QStringLiteral("txt"), QStringLiteral("xlsx"),
                                         QStringLiteral("xls")};
    return suffixes;
}

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("steward"), Qt::CaseInsensitive) == 0;
}

bool isDataFile(const QString &path)
{
    return dataFileSuffixes().contains(QFileInfo(path).suffix().toLower());
}

// The first local file of a drag that Steward can open or import, else "".
QString droppableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    const QString lower = path.toLower();
    const bool package = lower.endsWith(QLatin1String(".zip")) || lower.endsWith(QLatin1String(".age"));
    return isProjectFile(path) || isDataFile(path) || package ? path : QString();
}

QString dataFileFilter()
{
    return MainWindow::tr("Data files (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)");
}

bool sameDataset(const DatasetInfo &a, const DatasetInfo &b)
{
    return a.id == b.id && a.name == b.name && a.tableName == b.tableName
           && a.version == b.version && a.rowCount == b.rowCount
           && a.columns.size() == b.columns.size();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_browser(new DatasetBrowser(this)),
      m_workspace(new DatasetWorkspace(m_browser, this)),
      m_releaseView(new ReleaseView(this)),
      m_stack(new QStackedWidget(this)),
      m_importRunner(new ImportRunner(this)),
      m_eraseRunner(new DatasetEraseRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_releaseView);
    setCentralWidget(m_stack);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createActions();
    createCompaction();
    createDock();
    createMenus();
    createToolBar();
    createTabNavigation();
    createStatusBar();

    connect(m_browser, &DatasetBrowser::newProjectRequested, this, &MainWindow::newProject);
    connect(m_browser, &DatasetBrowser::openProjectRequested, this,
            &MainWindow::openProjectDialog);
    connect(m_browser, &DatasetBrowser::importRequested, this, &MainWindow::importData);
    connect(m_browser->emptyState(), &EmptyStateWidget::recentProjectRequested, this,
            &MainWindow::openProject);
    connect(m_browser, &DatasetBrowser::message, this, &MainWindow::showStatus);
    connect(m_workspace->classificationView(), &ClassificationView::message, this,
            &MainWindow::showStatus);
    connect(m_workspace->consentPanel(), &ConsentPanel::message, this, &MainWindow::showStatus);
    connect(m_workspace->consentPanel(), &ConsentPanel::registerChanged, m_releaseView,
            [this] { m_releaseView->projectChanged(); });

    // The release view measures with the Masking tab's unlocked secret and unlocks through it.
    m_releaseView->setSecretProvider([this] { return m_workspace->maskingView()->secret(); });
    connect(m_releaseView, &ReleaseView::unlockRequested, m_workspace->maskingView(),
            &MaskingView::unlockWithDialog);
    connect(m_workspace->maskingView(), &MaskingView::secretUnlocked, m_releaseView,
            &ReleaseView::projectChanged);
    connect(m_releaseView, &ReleaseView::releasesChanged, this,
            [this](const QString &select) { refreshReleases(select); });
    connect(m_releaseView, &ReleaseView::message, this, &MainWindow::showStatus);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { updateTabActions(); });

    connect(m_importRunner, &ImportRunner::started, this, &MainWindow::updateActions);
    connect(m_importRunner, &ImportRunner::succeeded, this, &MainWindow::importSucceeded);
    connect(m_importRunner, &ImportRunner::failed, this, &MainWindow::importFailed);
    connect(m_importRunner, &ImportRunner::cancelled, this, [this] {
        showStatus(tr("Import cancelled. The project is unchanged."));
    });
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::updateActions);
    connect(m_eraseRunner, &DatasetEraseRunner::started, this, &MainWindow::updateActions);
    connect(m_eraseRunner, &DatasetEraseRunner::succeeded, this, [this](const QString &name) {
        showStatus(tr("Deleted and erased “%1”.").arg(name));
        // After the list shows the deletion (finished() refreshes it).
        QTimer::singleShot(0, this, [this, name] { offerCompaction(name); });
    });
    connect(m_eraseRunner, &DatasetEraseRunner::failed, this,
            [this](const QString &name, const Error &error) {
                showError(tr("Cannot Delete Dataset"),
                          tr("The dataset “%1” was not deleted.").arg(name), error);
            });
    connect(m_eraseRunner, &DatasetEraseRunner::finished, this, [this] {
        // Whatever the outcome, the list shows what the project holds now.
        if (m_store)
            refreshDatasets(m_store->hasDataset(m_eraseRunner->datasetName())
                                ? m_eraseRunner->datasetName()
                                : QString());
        updateActions();
    });

    restoreSettings();
    updateTitle();
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The browser's model and the profiler read through the store: detach them before the
    // store goes away.
    m_workspace->setProject(nullptr);
    m_releaseView->setProject(nullptr); // stops measuring, which reads the store
    m_browser->showEmptyState(EmptyStateWidget::State::NoProject);
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QString &text, IconId iconId,
                             const QKeySequence &shortcut) {
        auto *action = new QAction(icon(iconId), text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make("newProjectAction", tr("&New Project…"), IconId::NewProject,
                       QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a new project file"));
    m_newAction->setIconText(tr("New Project"));
    m_openAction = make("openProjectAction", tr("&Open…"), IconId::OpenProject,
                        QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open an existing project file"));
    m_openAction->setIconText(tr("Open"));
    m_closeAction = make("closeProjectAction", tr("&Close Project"), IconId::CloseProject,
                         QKeySequence(Qt::CTRL | Qt::Key_W));
    m_importAction = make("importAction", tr("&Import Data…"), IconId::Import,
                          QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a CSV, TSV or Excel file as a new dataset"));
    m_importAction->setIconText(tr("Import"));
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_renameAction = make("renameDatasetAction", tr("&Rename…"), IconId::Rename,
                          QKeySequence(Qt::Key_F2));
    m_deleteAction = make("deleteDatasetAction", tr("&Delete…"), IconId::Delete,
                          QKeySequence(QKeySequence::Delete));
    m_replaceAction = make("replaceDatasetAction", tr("Replace with New &Version…"),
                           IconId::Replace, QKeySequence());
    m_replaceAction->setStatusTip(
        tr("Import the next extract of the selected dataset as its new version"));
    m_replaceAction->setIconText(tr("New Version"));
    m_classifyAction = make("classifyFieldsAction", tr("&Classify Fields…"), IconId::Classify,
                            QKeySequence(Qt::CTRL | Qt::Key_K));
    m_classifyAction->setStatusTip(
        tr("Profile the selected dataset's fields and decide their role and sensitivity grade"));
    m_classifyAction->setIconText(tr("Classify"));

    m_newReleaseAction = make("newReleaseAction", tr("New &Release…"), IconId::Release,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newReleaseAction->setStatusTip(
        tr("Prepare datasets of this project for a recipient, with its agreement and impact "
           "assessment"));
    m_deleteReleaseAction = make("deleteReleaseAction", tr("Delete Release…"), IconId::Delete,
                                 QKeySequence());
    connect(m_newReleaseAction, &QAction::triggered, this, &MainWindow::newRelease);
    connect(m_deleteReleaseAction, &QAction::triggered, this, &MainWindow::deleteCurrentRelease);

    m_aboutAction = make("aboutAction", tr("&About Steward"), IconId::About, QKeySequence());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importData);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCurrentDataset);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentDataset);
    connect(m_replaceAction, &QAction::triggered, this, &MainWindow::replaceCurrentDataset);
    connect(m_classifyAction, &QAction::triggered, m_workspace,
            &DatasetWorkspace::showClassification);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_auditAction = new QAction(tr("&Audit Trail"), this);
    m_auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_auditAction->setStatusTip(tr("Who changed what in this project, and when"));
    connect(m_auditAction, &QAction::triggered, this, [this] {
        if (!m_auditWindow)
            m_auditWindow = new AuditTrailWindow([this] { return m_store.get(); }, this);
        m_auditWindow->show();
        m_auditWindow->raise();
        m_auditWindow->activateWindow();
    });
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_trustAction = new QAction(tr("&Trusted Keys…"), this);
    m_trustAction->setObjectName(QStringLiteral("trustedKeysAction"));
    m_trustAction->setStatusTip(tr("The keys whose decisions and packages this project accepts"));
    connect(m_trustAction, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        auto *dialog = new TrustedKeysDialog(m_store.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Which keys count changes the approvals gate.
        connect(dialog, &TrustedKeysDialog::keysChanged, m_releaseView,
                &ReleaseView::projectChanged);
        dialog->open();
    });
}

void MainWindow::createDock()
{
    m_navigator = new ProjectNavigator(this);
    m_navigator->setDatasetActions({m_classifyAction, m_renameAction, m_replaceAction,
                                    m_deleteAction, m_newReleaseAction});
    m_navigator->setBackgroundActions({m_importAction, m_newReleaseAction});
    m_navigator->setReleaseActions({m_newReleaseAction, m_deleteReleaseAction});
    connect(m_navigator, &ProjectNavigator::currentDatasetChanged, this,
            &MainWindow::showCurrentDataset);
    connect(m_navigator, &ProjectNavigator::currentReleaseChanged, this,
            &MainWindow::showCurrentRelease);

    m_navigatorDock = new QDockWidget(tr("Project"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable
                                 | QDockWidget::DockWidgetClosable);
    m_navigatorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    resizeDocks({m_navigatorDock}, {260}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = new RecentProjectsMenu(this);
    connect(m_recentMenu, &RecentProjectsMenu::projectRequested, this, &MainWindow::openProject);
    file->addMenu(m_recentMenu);
    file->addAction(m_closeAction);
    file->addAction(m_compactAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_newReleaseAction);
    file->addSeparator();
    // A reviewer's and a recipient's files: each opens a window of its own, without a project.
    QAction *openReview = file->addAction(tr("Open &Review Package…"));
    openReview->setObjectName(QStringLiteral("openReviewPackageAction"));
    connect(openReview, &QAction::triggered, this, [this] { ReviewWindow::chooseAndOpen(this); });
    QAction *verifyPackage = file->addAction(tr("&Verify Package…"));
    verifyPackage->setObjectName(QStringLiteral("verifyPackageAction"));
    connect(verifyPackage, &QAction::triggered, this,
            [this] { PackageVerifyWindow::chooseAndOpen(this); });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoGroup *undoGroup = m_workspace->classificationView()->undoGroup();
    QAction *undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(icon(IconId::Undo));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(icon(IconId::Redo));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    // The Masking tab has its own history: while it is shown the Edit menu offers its steps
    // (Ctrl+Z itself is the tab's own shortcut there).
    QUndoGroup *maskingGroup = m_workspace->maskingView()->undoGroup();
    QAction *maskingUndo = maskingGroup->createUndoAction(this, tr("&Undo"));
    maskingUndo->setObjectName(QStringLiteral("maskingMenuUndoAction"));
    maskingUndo->setIcon(icon(IconId::Undo));
    QAction *maskingRedo = maskingGroup->createRedoAction(this, tr("&Redo"));
    maskingRedo->setObjectName(QStringLiteral("maskingMenuRedoAction"));
    maskingRedo->setIcon(icon(IconId::Redo));
    edit->addAction(maskingUndo);
    edit->addAction(maskingRedo);
    const auto showHistoryOfTab = [this, undo, redo, maskingUndo, maskingRedo] {
        const bool masking = m_workspace->currentWidget() == m_workspace->maskingView();
        undo->setVisible(!masking);
        redo->setVisible(!masking);
        maskingUndo->setVisible(masking);
        maskingRedo->setVisible(masking);
    };
    connect(m_workspace, &QTabWidget::currentChanged, this, showHistoryOfTab);
    showHistoryOfTab();
    edit->addSeparator();
    edit->addAction(m_browser->copyAction());
    edit->addAction(m_browser->selectAllAction());
    edit->addAction(m_browser->findAction());

    QMenu *dataset = menuBar()->addMenu(tr("&Dataset"));
    dataset->addAction(m_classifyAction);
    dataset->addSeparator();
    dataset->addAction(m_renameAction);
    dataset->addAction(m_replaceAction);
    dataset->addSeparator();
    dataset->addAction(m_workspace->consentPanel()->attachAction());
    dataset->addAction(m_workspace->consentPanel()->detachAction());
    dataset->addSeparator();
    dataset->addAction(m_deleteAction);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_trustAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleNavigator = m_navigatorDock->toggleViewAction();
    toggleNavigator->setText(tr("&Navigator"));
    view->addAction(toggleNavigator);
    view->addAction(m_auditAction);
    m_viewMenu = view;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_replaceAction);
    m_toolBar->addAction(m_classifyAction);
    QAction *toggleToolBar = m_toolBar->toggleViewAction();
    toggleToolBar->setText(tr("&Toolbar"));
    m_viewMenu->addAction(toggleToolBar);
}

void MainWindow::createCompaction()
{
    m_compactRunner = new ProjectCompactRunner(this);
    m_compactAction = new QAction(tr("Co&mpact Project…"), this);
    m_compactAction->setObjectName(QStringLiteral("compactProjectAction"));
    m_compactAction->setStatusTip(
        tr("Give the space of deleted datasets back to the disk by rewriting the project file"));
    connect(m_compactAction, &QAction::triggered, this, &MainWindow::compactProject);
    connect(m_compactRunner, &ProjectCompactRunner::started, this, &MainWindow::updateActions);
    connect(m_compactRunner, &ProjectCompactRunner::succeeded, this,
            [this](qint64 before, qint64 after) {
                const QLocale locale;
                showStatus(tr("Compacted the project file from %1 to %2.")
                               .arg(locale.formattedDataSize(before),
                                    locale.formattedDataSize(after)));
            });
    connect(m_compactRunner, &ProjectCompactRunner::cancelled, this,
            [this] { showStatus(tr("Compacting cancelled.")); });
    connect(m_compactRunner, &ProjectCompactRunner::failed, this, [this](const Error &error) {
        showError(tr("Cannot Compact Project"),
                  tr("The project file was not compacted. The project is unchanged."), error);
    });
    connect(m_compactRunner, &ProjectCompactRunner::finished, this, &MainWindow::updateActions);
}

void MainWindow::compactProject()
{
    if (!m_store || isBusy())
        return;
    m_compactRunner->start(*m_store);
    updateActions();
}

void MainWindow::offerCompaction(const QString &deletedName)
{
    if (!m_store || isBusy())
        return;
    const Result<ProjectFileSpace> space = m_store->space();
    if (!space || space->freeBytes < m_compactOfferBytes)
        return;
    const QLocale locale;
    QMessageBox box(QMessageBox::Question, tr("Compact Project File"),
                    tr("Compact the project file now?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("compactOfferMessageBox"));
    box.setInformativeText(
        tr("Deleting “%1” left %2 of zeroed space inside the project file (%3), which keeps its "
           "size until it is compacted. Compacting rewrites the file in the background and "
           "needs about as much free disk space while it runs; you can also do it later with "
           "File → Compact Project.")
            .arg(deletedName, locale.formattedDataSize(space->freeBytes),
                 locale.formattedDataSize(space->fileBytes)));
    QPushButton *compact = box.addButton(tr("Compact Now"), QMessageBox::AcceptRole);
    compact->setObjectName(QStringLiteral("compactNowButton"));
    QPushButton *later = box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(compact);
    box.setEscapeButton(later);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
    if (box.clickedButton() == compact)
        compactProject();
}

void MainWindow::createTabNavigation()
{
    m_viewMenu->addSeparator();
    // The tabs in the order DatasetWorkspace shows them.
    const QList<QPair<const char *, QString>> tabs = {
        {"showDataTabAction", tr("&Data")},
        {"showClassificationTabAction", tr("&Classification")},
        {"showMaskingTabAction", tr("&Masking")},
    };
    for (int index = 0; index < tabs.size(); ++index) {
        auto *action = new QAction(tabs[index].second, this);
        action->setObjectName(QString::fromLatin1(tabs[index].first));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] {
            if (QTabWidget *tabs = currentTabs(); index < tabs->count())
                tabs->setCurrentIndex(index);
        });
        m_viewMenu->addAction(action);
        addAction(action);
        m_tabActions.append(action);
    }
    m_nextTabAction = new QAction(tr("&Next Tab"), this);
    m_nextTabAction->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab),
                                   QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTabAction, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTabAction = new QAction(tr("&Previous Tab"), this);
    m_previousTabAction->setObjectName(QStringLiteral("previousTabAction"));
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                       QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_previousTabAction, &QAction::triggered, this, [this] { switchTab(-1); });
    for (QAction *action : {m_nextTabAction, m_previousTabAction}) {
        // Before any view sees the keys (a table would move the focus on Ctrl+Tab).
        action->setShortcutContext(Qt::WindowShortcut);
        m_viewMenu->addAction(action);
        addAction(action);
    }
    updateTabActions();
}

QTabWidget *MainWindow::currentTabs() const
{
    if (m_stack->currentWidget() == m_releaseView)
        return m_releaseView->tabs();
    return m_workspace;
}

void MainWindow::updateTabActions()
{
    if (m_tabActions.isEmpty())
        return;
    const int count = currentTabs()->count();
    for (int index = 0; index < m_tabActions.size(); ++index)
        m_tabActions[index]->setEnabled(index < count);
    m_nextTabAction->setEnabled(count > 1);
    m_previousTabAction->setEnabled(count > 1);
}

void MainWindow::switchTab(int step)
{
    QTabWidget *tabs = currentTabs();
    const int count = tabs->count();
    if (count < 2)
        return;
    tabs->setCurrentIndex((tabs->currentIndex() + step + count) % count);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("datasetCountsLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("projectPathLabel"));
    m_pathLabel->setMaximumWidth(kPathLabelMaxWidth);
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::restoreSettings()
{
    Settings settings;
    const QByteArray geometry = settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(settings.mainWindowState());
}

// ---------------------------------------------------------------------------------------------
// Projects

bool MainWindow::openProject(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(absolute))
        return true;
    if (m_importRunner->isRunning()) {
        showStatus(tr("Wait for the import to finish before opening another project."));
        return false;
    }
    if (!QFileInfo(absolute).isFile()) {
        Settings().removeRecentProject(absolute);
        showError(tr("Cannot Open Project"),
                  tr("Steward cannot open “%1”.").arg(QDir::toNativeSeparators(absolute)),
                  Error::badInput(tr("the file does not exist"), absolute));
        return false;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(absolute);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Cannot Open Project"),
                  tr("Steward cannot open “%1”.").arg(QFileInfo(absolute).fileName()),
                  opened.error());
        return false;
    }
    adoptProject(std::move(*opened));
    if (!m_datasets.isEmpty())
        m_navigator->selectDataset(m_datasets.first().name);
    showStatus(tr("Opened %1.").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool MainWindow::createProject(const QString &path, const QString &title)
{
    if (m_importRunner->isRunning()) {
        showStatus(tr("Wait for the import to finish before creating another project."));
        return false;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(absolute, title);
    if (!created) {
        showError(tr("Cannot Create Project"),
                  tr("Steward cannot create “%1”.").arg(QFileInfo(absolute).fileName()),
                  created.error());
        return false;
    }
    adoptProject(std::move(*created));
    showStatus(tr("Created %1.").arg(QFileInfo(absolute).fileName()));
    return true;
}

void MainWindow::adoptProject(std::unique_ptr<ProjectStore> store)
{
    closeProject();
    m_store = std::move(store);
    m_workspace->setProject(m_store.get());
    m_releaseView->setProject(m_store.get());
    Settings settings;
    settings.addRecentProject(m_store->path());
    settings.setLastProjectDirectory(QFileInfo(m_store->path()).absolutePath());
    m_recentMenu->rebuild();
    refreshDatasets();
    updateTitle();
    updateStatusBar();
    updateActions();
}

bool MainWindow::closeProject()
{
    if (!m_store)
        return true;
    if (m_importRunner->isRunning()) {
        showStatus(tr("Wait for the import to finish (or cancel it) before closing the project."));
        return false;
    }
    if (!m_releaseView->confirmLeave())
        return false;
    m_eraseRunner->waitForFinished(); // a deletion is not abandoned half-way
    m_compactRunner->stop(); // compacting rolls back: the file stays as it was
    m_browser->showEmptyState(EmptyStateWidget::State::NoProject); // detaches the model first
    m_workspace->setProject(nullptr); // stops profiling, which reads the store
    m_releaseView->setProject(nullptr); // stops measuring, which reads the store
    m_stack->setCurrentWidget(m_workspace);
    m_datasets.clear();
    m_store.reset();
    m_navigator->clearProject();
    updateTitle();
    updateStatusBar();
    updateActions();
    return true;
}

void MainWindow::newProject()
{
    askNewProject({});
}

void MainWindow::askNewProject(const std::function<void()> &then)
{
    auto *dialog = new NewProjectDialog(this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, then] {
        if (createProject(dialog->path(), dialog->title()) && then)
            then();
    });
    dialog->open();
}

void MainWindow::openProjectDialog()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), settings.lastProjectDirectory(),
        tr("Steward projects (*.steward);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::offerProjectFor(const QString &dataFile)
{
    QMessageBox box(QMessageBox::Question, tr("No Project Open"),
                    tr("Imported data is kept in a project. Create a project for “%1”?")
                        .arg(QFileInfo(dataFile).fileName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("noProjectMessageBox"));
    box.setInformativeText(
        tr("You can also open an existing project and import the file into it."));
    QPushButton *create = box.addButton(tr("Create Project…"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("Open Project…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
    if (box.clickedButton() == create) {
        askNewProject([this, dataFile] { showImportDialog(dataFile); });
    } else if (box.clickedButton() == open) {
        openProjectDialog();
        if (m_store)
            showImportDialog(dataFile);
    }
}

// ---------------------------------------------------------------------------------------------
// Datasets

QStringList MainWindow::datasetNames() const
{
    QStringList names;
    for (const DatasetInfo &dataset : m_datasets)
        names << dataset.name;
    return names;
}

void MainWindow::refreshDatasets(const QString &select)
{
    if (!m_store)
        return;
    Result<QList<DatasetInfo>> datasets = m_store->datasets();
    if (!datasets) {
        showError(tr("Cannot Read Project"), tr("The list of datasets cannot be read."),
                  datasets.error());
        m_datasets.clear();
    } else {
        m_datasets = std::move(*datasets);
    }
    m_navigator->setDatasets(m_datasets);
    if (!select.isEmpty())
        m_navigator->selectDataset(select);
    // A dataset renamed or deleted changes what releases name.
    refreshReleases();
    showCurrentDataset();
}

void MainWindow::refreshReleases(const QString &select)
{
    if (!m_store)
        return;
    Result<QList<Release>> releases = ReleaseService(*m_store).list();
    if (!releases) {
        showError(tr("Cannot Read Project"), tr("The list of releases cannot be read."),
                  releases.error());
        return;
    }
    m_navigator->setReleases(*releases);
    if (!select.isEmpty())
        m_navigator->selectRelease(select);
    updateActions();
}

void MainWindow::showCurrentRelease(const QString &name)
{
    if (name.isEmpty()) {
        if (m_stack->currentWidget() == m_releaseView)
            m_stack->setCurrentWidget(m_workspace);
        updateActions();
        return;
    }
    if (!m_store)
        return;
    // Measured again on every visit: rules or decisions may have changed in the workspace.
    if (m_releaseView->releaseName() == name)
        m_releaseView->projectChanged();
    else
        m_releaseView->showRelease(name);
    m_stack->setCurrentWidget(m_releaseView);
    updateActions();
}

void MainWindow::newRelease()
{
    if (!m_store)
        return;
    auto *dialog = new NewReleaseDialog(*m_store, m_navigator->currentDatasetName(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->createdName();
        refreshReleases(name);
        showStatus(tr("Created the release “%1”.").arg(name));
    });
    dialog->open();
}

void MainWindow::deleteCurrentRelease()
{
    const QString name = m_navigator->currentReleaseName();
    if (!m_store || name.isEmpty() || isBusy())
        return;
    if (m_releaseView->releaseName() != name)
        m_releaseView->showRelease(name);
    m_releaseView->deleteRelease();
}

void MainWindow::showCurrentDataset()
{
    const QString name = m_navigator->currentDatasetName();
    if (!m_store) {
        m_browser->showEmptyState(EmptyStateWidget::State::NoProject);
    } else if (name.isEmpty()) {
        m_browser->showEmptyState(m_datasets.isEmpty()
                                      ? EmptyStateWidget::State::EmptyProject
                                      : EmptyStateWidget::State::NothingSelected);
    } else {
        const auto it = std::find_if(m_datasets.cbegin(), m_datasets.cend(),
                                     [&name](const DatasetInfo &d) { return d.name == name; });
        if (it == m_datasets.cend()) {
            m_browser->showEmptyState(EmptyStateWidget::State::NothingSelected);
        } else if (!m_browser->isShowingDataset() || !sameDataset(m_browser->dataset(), *it)) {
            m_browser->showDataset(m_store.get(), *it);
        }
    }
    m_workspace->showDataset(m_datasets, m_browser->isShowingDataset()
                                             ? std::optional<DatasetInfo>(m_browser->dataset())
                                             : std::nullopt);
    if (m_navigator->currentReleaseName().isEmpty())
        m_stack->setCurrentWidget(m_workspace);
    updateStatusBar();
    updateActions();
}

void MainWindow::importData()
{
    if (!m_store) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a File to Import"), Settings().lastImportDirectory(),
            dataFileFilter());
        if (!path.isEmpty())
            offerProjectFor(path);
        return;
    }
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File to Import"),
                                                      settings.lastImportDirectory(),
                                                      dataFileFilter());
    if (path.isEmpty())
        return;
    settings.setLastImportDirectory(QFileInfo(path).absolutePath());
    showImportDialog(path);
}

ImportDialog *MainWindow::showImportDialog(const QString &path)
{
    if (!m_store || isBusy())
        return nullptr;
    auto *dialog = new ImportDialog(datasetNames(), this);
    dialog->setFilePath(path);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startImport(dialog->filePath(), dialog->options()); });
    dialog->open();
    return dialog;
}

ImportDialog *MainWindow::showReplaceDialog(const QString &datasetName, const QString &path)
{
    if (!m_store || isBusy())
        return nullptr;
    Result<DatasetInfo> target = m_store->dataset(datasetName);
    if (!target) {
        showError(tr("Cannot Replace Dataset"),
                  tr("The dataset “%1” cannot be read.").arg(datasetName), target.error());
        return nullptr;
    }
    auto *dialog = new ImportDialog(datasetNames(), this);
    dialog->setReplaceTarget(*target);
    dialog->setFilePath(path);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startImport(dialog->filePath(), dialog->options()); });
    dialog->open();
    return dialog;
}

bool MainWindow::startImport(const QString &path, const ImportOptions &options)
{
    if (!m_store || isBusy())
        return false;
    Settings().setLastImportDirectory(QFileInfo(path).absolutePath());
    const bool started = m_importRunner->start(*m_store, path, options);
    updateActions();
    return started;
}

void MainWindow::importSucceeded(const DatasetInfo &dataset)
{
    refreshDatasets(dataset.name);
    const QString rows = DisplayNames::rowCountText(dataset.rowCount);
    showStatus(dataset.version > 1
                   ? tr("Imported %1 into “%2” (version %3).")
                         .arg(rows, dataset.name, QLocale().toString(dataset.version))
                   : tr("Imported %1 into “%2”.").arg(rows, dataset.name));
}

void MainWindow::importFailed(const Error &error)
{
    const QString file = QFileInfo(m_importRunner->filePath()).fileName();
    // Where in the file, without repeating the file name the text above already gives.
    Error located = error;
    located.file.clear();
    showErrorText(tr("Import Failed"),
                  tr("“%1” was not imported. The project is unchanged.").arg(file),
                  ErrorText::located(located));
    refreshDatasets(m_navigator->currentDatasetName());
}

void MainWindow::renameCurrentDataset()
{
    const QString name = m_navigator->currentDatasetName();
    if (!m_store || name.isEmpty() || isBusy())
        return;
    auto *dialog = new RenameDatasetDialog(name, datasetNames(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store)
            return;
        const QString from = dialog->currentName();
        const QString to = dialog->newName();
        if (Status renamed = m_store->renameDataset(from, to); !renamed) {
            showError(tr("Cannot Rename Dataset"),
                      tr("The dataset “%1” was not renamed.").arg(from), renamed.error());
            return;
        }
        refreshDatasets(to);
        showStatus(tr("Renamed “%1” to “%2”.").arg(from, to));
    });
    dialog->open();
}

void MainWindow::deleteCurrentDataset()
{
    // Del on a release in the navigator deletes the release.
    if (!m_navigator->currentReleaseName().isEmpty()) {
        deleteCurrentRelease();
        return;
    }
    const QString name = m_navigator->currentDatasetName();
    if (!m_store || name.isEmpty() || isBusy())
        return;
    const auto it = std::find_if(m_datasets.cbegin(), m_datasets.cend(),
                                 [&name](const DatasetInfo &d) { return d.name == name; });
    const qint64 rows = it != m_datasets.cend() ? it->rowCount : 0;

    QMessageBox box(QMessageBox::Warning, tr("Delete Dataset"),
                    tr("Delete the dataset “%1”?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteDatasetMessageBox"));
    const int shownRows = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    box.setInformativeText(tr("Its %Ln row(s) are securely erased: overwritten in the project "
                              "file, not just marked as free space. This cannot be undone.",
                              nullptr, shownRows));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
    if (box.clickedButton() != remove)
        return;

    if (m_browser->dataset().name == name)
        m_browser->showEmptyState(EmptyStateWidget::State::NothingSelected);
    showStatus(tr("Erasing “%1”…").arg(name));
    // Off the UI thread; the outcome arrives by signal (see the constructor).
    m_eraseRunner->start(*m_store, name);
}

void MainWindow::replaceCurrentDataset()
{
    const QString name = m_navigator->currentDatasetName();
    if (!m_store || name.isEmpty() || isBusy())
        return;
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the New Version of “%1”").arg(name), settings.lastImportDirectory(),
        dataFileFilter());
    if (path.isEmpty())
        return;
    settings.setLastImportDirectory(QFileInfo(path).absolutePath());
    showReplaceDialog(name, path);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

// ---------------------------------------------------------------------------------------------
// Drag and drop

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppableFile(event->mimeData()).isEmpty() && !isBusy())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppableFile(event->mimeData()).isEmpty() && !isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop handler: the drag source waits for it to return.
    QTimer::singleShot(0, this, [this, path] { handleDroppedFile(path); });
}

void MainWindow::handleDroppedFile(const QString &path)
{
    if (m_importRunner->isRunning()) {
        showStatus(tr("An import is running; drop the file again when it has finished."));
        return;
    }
    if (isProjectFile(path)) {
        openProject(path);
        return;
    }
    if (const PackageFileKind kind = packageFileKind(path); kind == PackageFileKind::ReviewPackage) {
        ReviewWindow::openInNewWindow(path);
        return;
    } else if (kind == PackageFileKind::ExportPackage) {
        PackageVerifyWindow::openInNewWindow(path);
        return;
    } else if (!isDataFile(path)) {
        showStatus(tr("%1 is neither a Steward package nor a file Steward can import.")
                       .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!m_store) {
        offerProjectFor(path);
        return;
    }
    showImportDialog(path);
}

// ---------------------------------------------------------------------------------------------
// State shown

bool MainWindow::isBusy() const
{
    return m_importRunner->isRunning() || m_eraseRunner->isRunning()
           || m_compactRunner->isRunning();
}

void MainWindow::updateActions()
{
    const bool project = m_store != nullptr;
    const bool busy = isBusy();
    const bool dataset = project && !m_navigator->currentDatasetName().isEmpty();
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy);
    m_closeAction->setEnabled(project && !busy);
    m_compactAction->setEnabled(project && !busy);
    m_importAction->setEnabled(project && !busy);
    m_renameAction->setEnabled(dataset && !busy);
    const bool release = project && !m_navigator->currentReleaseName().isEmpty();
    m_deleteAction->setEnabled((dataset || release) && !busy);
    m_replaceAction->setEnabled(dataset && !busy);
    m_classifyAction->setEnabled(dataset);
    m_newReleaseAction->setEnabled(project && !busy);
    m_deleteReleaseAction->setEnabled(release && !busy);
    m_auditAction->setEnabled(project);
    m_trustAction->setEnabled(project && !busy);
    updateTabActions();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Steward"));
        return;
    }
    const QString fileName = QFileInfo(m_store->path()).fileName();
    const QString title = m_store->title().trimmed();
    setWindowTitle(title.isEmpty() || title == QFileInfo(fileName).completeBaseName()
                       ? tr("%1 — Steward").arg(fileName)
                       : tr("%1 (%2) — Steward").arg(title, fileName));
}

QString MainWindow::countsText() const
{
    if (!m_browser->isShowingDataset())
        return {};
    const DatasetInfo dataset = m_browser->dataset();
    return tr("%1 · %2").arg(DisplayNames::rowCountText(dataset.rowCount),
                             DisplayNames::columnCountText(dataset.columns.size()));
}

void MainWindow::updateStatusBar()
{
    const QString counts = countsText();
    m_countsLabel->setText(counts);
    m_countsLabel->setVisible(!counts.isEmpty());
    if (!m_store) {
        m_pathLabel->clear();
        m_pathLabel->setToolTip(QString());
        m_pathLabel->hide();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_store->path());
    m_pathLabel->setText(
        m_pathLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, kPathLabelMaxWidth));
    m_pathLabel->setToolTip(path);
    m_pathLabel->show();
}

void MainWindow::showError(const QString &title, const QString &text, const Error &error)
{
    showErrorText(title, text, ErrorText::sentence(error));
}

void MainWindow::showErrorText(const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    setReadableWidth(box); // after the texts: setting them rebuilds the layout
    box.exec();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, kStatusMessageMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importRunner->isRunning()) {
        QMessageBox box(QMessageBox::Question, tr("Import Running"),
                        tr("An import is still running. Cancel it and quit?"),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The project stays exactly as it was before the import."));
        QPushButton *quit = box.addButton(tr("Cancel Import and Quit"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("Keep Importing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
        m_importRunner->cancel();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_importRunner->waitForFinished();
        QApplication::restoreOverrideCursor();
        m_importRunner->disconnect(this); // its outcome arrives after the window is gone
    }
    if (m_store && !m_releaseView->confirmLeave()) {
        event->ignore();
        return;
    }
    m_eraseRunner->waitForFinished();
    m_compactRunner->stop();
    Settings settings;
    settings.setMainWindowGeometry(saveGeometry());
    settings.setMainWindowState(saveState());
    m_workspace->setProject(nullptr); // stops profiling, which reads the store
    m_releaseView->setProject(nullptr);
    m_browser->showEmptyState(EmptyStateWidget::State::NoProject);
    event->accept();
}

} // namespace steward::ui
