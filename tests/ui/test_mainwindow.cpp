#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetEraseRunner.h"
#include "ui/import/ImportDialog.h"
#include "ui/import/ImportProgressDialog.h"
#include "ui/import/ImportRunner.h"
#include "ui/MainWindow.h"
#include "ui/ProjectNavigator.h"
#include "ui/RecentProjectsMenu.h"
#include "ui/datasets/RenameDatasetDialog.h"
#include "ui/Settings.h"
#include "tests/ui/UiTestSupport.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ImportDialog;
using steward::ui::ImportRunner;
using steward::ui::MainWindow;

// The main window driven like a user would: create a project, drop a file, go through the import
// dialog, watch the import finish or cancel it, rename with F2, delete with Del, and get clear
// refusals for projects that cannot be opened.
class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newProjectShowsEmptyProject();
    void droppedFileImportsThroughDialog();
    void cancelledImportLeavesNoDataset();
    void renameWithF2();
    void deleteAsksThenErases();
    void replaceWithNewVersion();
    void openRefusalsAreExplained_data();
    void openRefusalsAreExplained();
    void droppedProjectFileOpens();
    void droppedDataFileWithoutProjectOffersOne();
    void recentProjectsMenuSkipsMissingFiles();
    void reopenShowsFirstDataset();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void dropFile(MainWindow &window, const QString &file);
    static void importThroughDialog(MainWindow &window, const QString &file);
    static QString countsLabel(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    uitest::isolateSettings();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::dropFile(MainWindow &window, const QString &file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint where = window.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
}

void TestMainWindow::importThroughDialog(MainWindow &window, const QString &file)
{
    QSignalSpy finished(window.importRunner(), &ImportRunner::finished);
    dropFile(window, file);
    if (QTest::currentTestFailed())
        return;
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog")))
                && dialog->isVisible());
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 10000);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // A window manager gives the focus back to the window when its dialogs close; the offscreen
    // platform does not.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

QString TestMainWindow::countsLabel(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("datasetCountsLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestMainWindow::newProjectShowsEmptyProject()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Steward"));
    QCOMPARE(window.browser()->emptyState()->state(), ui::EmptyStateWidget::State::NoProject);
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());

    QVERIFY(window.createProject(path(QStringLiteral("ward.steward")),
                                 QStringLiteral("Cardiology 2024")));
    QVERIFY(window.hasProject());
    QVERIFY(QFile::exists(path(QStringLiteral("ward.steward"))));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("Cardiology 2024")),
             qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("ward.steward")));
    QVERIFY(window.navigator()->datasetNames().isEmpty());
    QCOMPARE(window.browser()->emptyState()->state(), ui::EmptyStateWidget::State::EmptyProject);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("renameDatasetAction"))->isEnabled());
    auto *pathLabel = window.findChild<QLabel *>(QStringLiteral("projectPathLabel"));
    QVERIFY(pathLabel->toolTip().endsWith(QStringLiteral("ward.steward")));
    QCOMPARE(ui::Settings().recentProjects().value(0), path(QStringLiteral("ward.steward")));

    // Creating never overwrites: the same path again is refused with a message.
    uitest::MessageBoxCatcher catcher;
    QVERIFY(!window.createProject(path(QStringLiteral("ward.steward")), QStringLiteral("Again")));
    QVERIFY(catcher.seen());
    QVERIFY(window.hasProject());
}

void TestMainWindow::droppedFileImportsThroughDialog()
{
    const int rows = 1234;
    const QString csv = path(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(rows).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.createProject(path(QStringLiteral("import.steward")), QStringLiteral("Import")));

    importThroughDialog(window, csv);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(window.navigator()->datasetNames(), QStringList{QStringLiteral("patients")});
    QCOMPARE(window.navigator()->currentDatasetName(), QStringLiteral("patients"));
    QVERIFY(window.browser()->isShowingDataset());
    auto *table = window.findChild<QTableView *>(QStringLiteral("datasetTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), rows);
    QCOMPARE(table->model()->columnCount(), 4);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(table->model()->index(rows - 1, 0).data().toString(), QString::number(rows));
    QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    const QLocale locale;
    QCOMPARE(countsLabel(window),
             QStringLiteral("%1 rows · 4 columns").arg(locale.toString(rows)));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("patients")));
}

void TestMainWindow::cancelledImportLeavesNoDataset()
{
    // Big enough that the import is still running when Cancel is pressed.
    const QString csv = path(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(uitest::patientCsv(1).section(QLatin1Char('\n'), 0, 0).toUtf8() + '\n');
        const QByteArray chunk =
            uitest::patientCsv(10'000, QLatin1Char(','), false).toUtf8();
        for (int i = 0; i < 150; ++i)
            file.write(chunk);
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.createProject(path(QStringLiteral("cancel.steward")), QStringLiteral("Cancel")));
    ImportRunner *runner = window.importRunner();
    QSignalSpy progress(runner, &ImportRunner::progressChanged);
    QSignalSpy cancelled(runner, &ImportRunner::cancelled);
    QSignalSpy succeeded(runner, &ImportRunner::succeeded);
    QSignalSpy finished(runner, &ImportRunner::finished);

    ImportOptions options;
    options.datasetName = QStringLiteral("big");
    QVERIFY(window.startImport(csv, options));
    QVERIFY(runner->isRunning());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("closeProjectAction"))->isEnabled());

    QTRY_VERIFY(runner->progressDialog() && runner->progressDialog()->isVisible());
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(0).toLongLong() > 0);
    QVERIFY2(runner->progressDialog()->labelText().startsWith(QStringLiteral("Importing rows")),
             qPrintable(runner->progressDialog()->labelText()));
    auto *cancel =
        runner->progressDialog()->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(!runner->isRunning());
    QVERIFY(window.navigator()->datasetNames().isEmpty());
    auto datasets = window.project()->datasets();
    QVERIFY(datasets.ok());
    QVERIFY(datasets->isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("unchanged")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
}

void TestMainWindow::renameWithF2()
{
    const QString csv = path(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(20).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.createProject(path(QStringLiteral("rename.steward")), QStringLiteral("Rename")));
    importThroughDialog(window, csv);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.navigator()->currentDatasetName(), QStringLiteral("patients"));

    window.navigator()->setFocus();
    QTest::keyClick(window.navigator(), Qt::Key_F2);
    ui::RenameDatasetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::RenameDatasetDialog *>()) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("datasetNameEdit"));
    auto *renameButton = dialog->findChild<QPushButton *>(QStringLiteral("renameButton"));
    QCOMPARE(edit->text(), QStringLiteral("patients"));
    QVERIFY(!renameButton->isEnabled()); // unchanged name
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("admissions"));
    QVERIFY(renameButton->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);

    QTRY_COMPARE(window.navigator()->datasetNames(), QStringList{QStringLiteral("admissions")});
    QCOMPARE(window.navigator()->currentDatasetName(), QStringLiteral("admissions"));
    QCOMPARE(window.browser()->dataset().name, QStringLiteral("admissions"));
    QVERIFY(window.project()->hasDataset(QStringLiteral("admissions")));
    QVERIFY(!window.project()->hasDataset(QStringLiteral("patients")));
}

void TestMainWindow::deleteAsksThenErases()
{
    const QString csv = path(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(20).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.createProject(path(QStringLiteral("delete.steward")), QStringLiteral("Delete")));
    importThroughDialog(window, csv);
    if (QTest::currentTestFailed())
        return;

    window.navigator()->setFocus();
    {
        // Cancel first: nothing happens.
        uitest::MessageBoxCatcher catcher;
        QTest::keyClick(window.navigator(), Qt::Key_Delete);
        QVERIFY(catcher.seen());
        QCOMPARE(catcher.objectName(), QStringLiteral("deleteDatasetMessageBox"));
        QVERIFY2(catcher.informativeText().contains(QStringLiteral("securely erased")),
                 qPrintable(catcher.informativeText()));
        QVERIFY(window.project()->hasDataset(QStringLiteral("patients")));
    }
    window.activateWindow(); // the offscreen platform does not do it when the box closes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy erased(window.eraseRunner(), &ui::DatasetEraseRunner::succeeded);
    QSignalSpy finished(window.eraseRunner(), &ui::DatasetEraseRunner::finished);
    {
        uitest::MessageBoxCatcher catcher([](QMessageBox *box) {
            return box->findChild<QAbstractButton *>(QStringLiteral("confirmDeleteButton"));
        });
        QTest::keyClick(window.navigator(), Qt::Key_Delete);
        QVERIFY(catcher.seen());
    }
    // The erasure runs off the UI thread; meanwhile nothing else may change the project.
    QVERIFY(window.eraseRunner()->isRunning());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("deleteDatasetAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(erased.count(), 1);
    QCOMPARE(erased.first().first().toString(), QStringLiteral("patients"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(!window.project()->hasDataset(QStringLiteral("patients")));
    const auto audit = window.project()->auditEntries();
    QVERIFY(audit && !audit->isEmpty());
    QCOMPARE(audit->last().action, QStringLiteral("dataset.delete"));
    QVERIFY(window.navigator()->datasetNames().isEmpty());
    QVERIFY(!window.browser()->isShowingDataset());
    QCOMPARE(window.browser()->emptyState()->state(), ui::EmptyStateWidget::State::EmptyProject);
    QCOMPARE(countsLabel(window), QString());
}

void TestMainWindow::replaceWithNewVersion()
{
    const QString may = path(QStringLiteral("patients.csv"));
    const QString june = path(QStringLiteral("patients_june.csv"));
    QVERIFY(uitest::writeFile(may, uitest::patientCsv(30).toUtf8()));
    QVERIFY(uitest::writeFile(june, uitest::patientCsv(45).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.createProject(path(QStringLiteral("replace.steward")),
                                 QStringLiteral("Replace")));
    importThroughDialog(window, may);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.browser()->dataset().version, 1);

    QSignalSpy finished(window.importRunner(), &ImportRunner::finished);
    ImportDialog *dialog = window.showReplaceDialog(QStringLiteral("patients"), june);
    QVERIFY(dialog);
    QVERIFY(dialog->isReplacing());
    auto *replaceButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QTRY_VERIFY_WITH_TIMEOUT(replaceButton->isEnabled(), 10000);
    QTest::mouseClick(replaceButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    QCOMPARE(window.navigator()->datasetNames(), QStringList{QStringLiteral("patients")});
    QCOMPARE(window.browser()->dataset().version, 2);
    QCOMPARE(window.browser()->tableView()->model()->rowCount(), 45);
    QCOMPARE(countsLabel(window), QStringLiteral("45 rows · 4 columns"));
}

void TestMainWindow::openRefusalsAreExplained_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in use by another process") << u"in-use"_s << u"in use"_s;
    QTest::newRow("not a project") << u"not-project"_s << u"not a Steward project"_s;
    QTest::newRow("written by a newer Steward") << u"newer"_s << u"newer version"_s;
    QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
}

void TestMainWindow::openRefusalsAreExplained()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString project = path(QStringLiteral("refused.steward"));
    std::unique_ptr<ProjectStore> holder; // keeps the project open ("in use")
    if (kind == QLatin1String("in-use")) {
        auto created = ProjectStore::create(project, QStringLiteral("Held"));
        QVERIFY(created.ok());
        holder = std::move(*created);
    } else if (kind == QLatin1String("not-project")) {
        QVERIFY(uitest::writeFile(project, QByteArray("id,name\n1,x\n")));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(ProjectStore::create(project, QStringLiteral("Newer")).ok());
        auto db = sql::Database::open(project, sql::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1")
                             .arg(ProjectStore::kSchemaVersion + 5))
                    .ok());
    }
    const QByteArray before = [&] {
        QFile file(project);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    uitest::MessageBoxCatcher catcher;
    QVERIFY(!window.openProject(project));
    QVERIFY(catcher.seen());
    QCOMPARE(catcher.objectName(), QStringLiteral("errorMessageBox"));
    QVERIFY2(catcher.text().contains(QStringLiteral("refused.steward")),
             qPrintable(catcher.text()));
    QVERIFY2(catcher.informativeText().contains(expected, Qt::CaseInsensitive),
             qPrintable(catcher.informativeText()));
    QVERIFY(!window.hasProject());
    QCOMPARE(window.windowTitle(), QStringLiteral("Steward"));
    if (kind != QLatin1String("in-use")) {
        QFile file(project);
        QCOMPARE(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), before);
    }
}

void TestMainWindow::droppedProjectFileOpens()
{
    const QString project = path(QStringLiteral("dropped.steward"));
    QVERIFY(ProjectStore::create(project, QStringLiteral("Dropped")).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dropFile(window, project);
    QTRY_VERIFY(window.hasProject());
    QCOMPARE(window.project()->path(), project);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Dropped")));
}

void TestMainWindow::droppedDataFileWithoutProjectOffersOne()
{
    const QString csv = path(QStringLiteral("orphan.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(3).toUtf8()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    uitest::MessageBoxCatcher catcher; // answers "Cancel"
    dropFile(window, csv);
    QTRY_VERIFY(catcher.seen());
    QCOMPARE(catcher.objectName(), QStringLiteral("noProjectMessageBox"));
    QVERIFY2(catcher.text().contains(QStringLiteral("orphan.csv")), qPrintable(catcher.text()));
    QVERIFY(!window.hasProject());
    QVERIFY(!window.findChild<ImportDialog *>());
}

void TestMainWindow::recentProjectsMenuSkipsMissingFiles()
{
    const QString first = path(QStringLiteral("first.steward"));
    const QString second = path(QStringLiteral("second.steward"));
    {
        MainWindow window;
        QVERIFY(window.createProject(first, QStringLiteral("First")));
        QVERIFY(window.createProject(second, QStringLiteral("Second")));
        QVERIFY(window.closeProject());
    }
    QCOMPARE(ui::Settings().recentProjects(), (QStringList{second, first}));
    QVERIFY(QFile::remove(first));

    ui::RecentProjectsMenu menu;
    menu.rebuild();
    // Kept for the start page, which shows it as missing; the menu offers only what opens.
    QCOMPARE(ui::Settings().recentProjects(), (QStringList{second, first}));
    QStringList entries;
    for (QAction *action : menu.actions()) {
        if (!action->data().toString().isEmpty())
            entries << action->data().toString();
    }
    QCOMPARE(entries, QStringList{second});

    QSignalSpy requested(&menu, &ui::RecentProjectsMenu::projectRequested);
    menu.actions().first()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), second);

    menu.findChild<QAction *>(QStringLiteral("clearRecentAction"))->trigger();
    QVERIFY(ui::Settings().recentProjects().isEmpty());
}

void TestMainWindow::reopenShowsFirstDataset()
{
    const QString csv = path(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(42).toUtf8()));
    const QString project = path(QStringLiteral("reopen.steward"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.createProject(project, QStringLiteral("Reopen")));
    importThroughDialog(window, csv);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.closeProject());
    QVERIFY(!window.hasProject());
    QCOMPARE(window.browser()->emptyState()->state(), ui::EmptyStateWidget::State::NoProject);
    QCOMPARE(countsLabel(window), QString());

    QVERIFY(window.openProject(project));
    QCOMPARE(window.navigator()->currentDatasetName(), QStringLiteral("patients"));
    QVERIFY(window.browser()->isShowingDataset());
    QCOMPARE(countsLabel(window), QStringLiteral("42 rows · 4 columns"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
