// The shell around the datasets, driven like a user would: the dataset tabs from the keyboard,
// the start page's recent projects (open by click or Enter, a missing file shown as such and
// removed from the list), and the offer to compact the project file after a large deletion.

#include "core/import/ImportOptions.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/EmptyStateWidget.h"
#include "ui/MainWindow.h"
#include "ui/ProjectCompactRunner.h"
#include "ui/ProjectNavigator.h"
#include "ui/Settings.h"
#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetEraseRunner.h"
#include "ui/datasets/DatasetWorkspace.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::MainWindow;

class TestShell final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlTabAndPageKeysSwitchTabs();
    void everyTabHasAShortcutInTheViewMenu();
    void startPageOpensRecentProjects();
    void startPageRemovesMissingProjects();
    void deletingLargeDatasetOffersCompaction();
    void compactActionWorksAnyTime();
    void deleteConfirmationHasReadableWidth();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A project with the given datasets (name → rows of the synthetic extract).
    void makeProject(const QString &file, const QList<QPair<QString, int>> &datasets);
    static void showWindow(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShell::initTestCase()
{
    uitest::isolateSettings();
}

void TestShell::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestShell::cleanup()
{
    m_dir.reset();
}

void TestShell::makeProject(const QString &file, const QList<QPair<QString, int>> &datasets)
{
    auto created = ProjectStore::create(file);
    QVERIFY(created);
    for (const auto &[name, rows] : datasets) {
        const QString csv = path(name + u".csv"_s);
        SampleOptions sample;
        sample.rows = rows;
        QVERIFY(writeSample(csv, sample));
        ImportOptions options;
        options.datasetName = name;
        QVERIFY(importFile(**created, csv, options));
    }
}

void TestShell::showWindow(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestShell::ctrlTabAndPageKeysSwitchTabs()
{
    makeProject(path(u"tabs.steward"_s), {{u"inpatient"_s, 200}});
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    showWindow(window);
    QVERIFY(window.openProject(path(u"tabs.steward"_s)));
    ui::DatasetWorkspace *tabs = window.workspace();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentIndex(), 0);

    // From inside the data table, where Ctrl+Tab would otherwise move the focus.
    auto *table = window.browser()->findChild<QTableView *>();
    QVERIFY(table);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // wraps around
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2); // and back
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestShell::everyTabHasAShortcutInTheViewMenu()
{
    makeProject(path(u"keys.steward"_s), {{u"inpatient"_s, 200}});
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    showWindow(window);

    // Without a dataset there are no tabs to switch to.
    const QStringList names = {u"showDataTabAction"_s, u"showClassificationTabAction"_s,
                               u"showMaskingTabAction"_s};
    for (const QString &name : names)
        QVERIFY(window.findChild<QAction *>(name));
    QVERIFY(!window.findChild<QAction *>(u"showMaskingTabAction"_s)->isEnabled());

    QVERIFY(window.openProject(path(u"keys.steward"_s)));
    QMenu *view = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(
                                window.findChild<QAction *>(u"showDataTabAction"_s)))
            view = menu->menu();
    }
    QVERIFY(view);
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = window.findChild<QAction *>(names.at(i));
        QVERIFY(view->actions().contains(action));
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QVERIFY(view->actions().contains(window.findChild<QAction *>(u"nextTabAction"_s)));
    QVERIFY(view->actions().contains(window.findChild<QAction *>(u"previousTabAction"_s)));

    window.browser()->findChild<QTableView *>()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentIndex(), 0);
}

void TestShell::startPageOpensRecentProjects()
{
    const QString first = path(u"first.steward"_s);
    const QString second = path(u"second.steward"_s);
    makeProject(first, {});
    makeProject(second, {});
    ui::Settings().addRecentProject(first);
    ui::Settings().addRecentProject(second);

    MainWindow window;
    showWindow(window);
    auto *list = window.findChild<QListWidget *>(u"recentProjectsList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    // Most recent first, with its folder and when it was last opened, in the user's locale.
    const QListWidgetItem *top = list->item(0);
    QVERIFY(top->text().startsWith(u"second"_s));
    QVERIFY2(top->text().contains(QDir::toNativeSeparators(m_dir->path())),
             qPrintable(top->text()));
    const QDateTime opened = ui::Settings().recentProjectOpened(second).toLocalTime();
    QVERIFY(opened.isValid());
    QVERIFY2(top->text().contains(QLocale().toString(opened, QLocale::ShortFormat)),
             qPrintable(top->text()));

    // Keyboard: arrow to the second entry, Enter opens it.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(window.hasProject());
    QCOMPARE(window.project()->path(), first);
    QVERIFY(!list->isVisible());

    // Back on the start page: one click opens the other one.
    QVERIFY(window.closeProject());
    QTRY_VERIFY(list->isVisible());
    QVERIFY(list->item(0)->text().startsWith(u"first"_s)); // just opened
    const QRect rect = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(window.hasProject());
    QCOMPARE(window.project()->path(), second);
}

void TestShell::startPageRemovesMissingProjects()
{
    const QString kept = path(u"kept.steward"_s);
    const QString gone = path(u"gone.steward"_s);
    makeProject(kept, {});
    makeProject(gone, {});
    ui::Settings().addRecentProject(kept);
    ui::Settings().addRecentProject(gone);
    QVERIFY(QFile::remove(gone));

    MainWindow window;
    showWindow(window);
    auto *list = window.findChild<QListWidget *>(u"recentProjectsList"_s);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QListWidgetItem *missing = list->item(0);
    QVERIFY2(missing->text().contains(u"missing"_s), qPrintable(missing->text()));
    QVERIFY2(missing->text().contains(u"File not found"_s), qPrintable(missing->text()));

    // Clicking a missing project opens nothing (and asks nothing); it can be removed instead.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(missing).center());
    QVERIFY(!window.hasProject());
    QCOMPARE(list->currentRow(), 0);
    auto *remove = window.findChild<QPushButton *>(u"removeRecentProjectButton"_s);
    QVERIFY(remove->isVisible() && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(ui::Settings().recentProjects(), QStringList{kept});
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"kept"_s));

    // Del on the list removes too; an empty list is not shown.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(ui::Settings().recentProjects().isEmpty());
    QVERIFY(!list->isVisible());
}

void TestShell::deletingLargeDatasetOffersCompaction()
{
    const QString file = path(u"big.steward"_s);
    makeProject(file, {{u"big"_s, 10000}, {u"small"_s, 30}});
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    window.setCompactOfferThreshold(256 * 1024); // a 10,000-row extract frees more than this
    showWindow(window);
    QVERIFY(window.openProject(file));
    window.navigator()->selectDataset(u"big"_s);
    QCOMPARE(window.navigator()->currentDatasetName(), u"big"_s);
    const qint64 sizeBefore = QFileInfo(file).size();

    QSignalSpy compacted(window.compactRunner(), &ui::ProjectCompactRunner::succeeded);
    QSignalSpy compactFinished(window.compactRunner(), &ui::ProjectCompactRunner::finished);
    QSignalSpy erased(window.eraseRunner(), &ui::DatasetEraseRunner::finished);
    {
        uitest::MessageBoxCatcher confirm([](QMessageBox *box) {
            return box->findChild<QAbstractButton *>(u"confirmDeleteButton"_s);
        });
        window.deleteCurrentDataset();
        QVERIFY(confirm.seen());
    }
    uitest::MessageBoxCatcher offer([](QMessageBox *box) {
        return box->findChild<QAbstractButton *>(u"compactNowButton"_s);
    });
    QVERIFY(erased.count() == 1 || erased.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(offer.seen(), 10000);
    QCOMPARE(offer.objectName(), u"compactOfferMessageBox"_s);
    QVERIFY2(offer.informativeText().contains(u"“big”"_s), qPrintable(offer.informativeText()));
    QVERIFY(compactFinished.count() == 1 || compactFinished.wait(30000));
    QCOMPARE(compacted.count(), 1);
    const qint64 before = compacted.first().at(0).toLongLong();
    const qint64 after = compacted.first().at(1).toLongLong();
    QCOMPARE(before, sizeBefore);
    QVERIFY2(after * 2 < before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QCOMPARE(QFileInfo(file).size(), after);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Compacted"_s),
             qPrintable(window.statusBar()->currentMessage()));
    // The project is still open and usable.
    QCOMPARE(window.navigator()->datasetNames(), QStringList{u"small"_s});
    QVERIFY(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
}

void TestShell::compactActionWorksAnyTime()
{
    const QString file = path(u"small.steward"_s);
    makeProject(file, {{u"small"_s, 30}});
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    showWindow(window);
    auto *compact = window.findChild<QAction *>(u"compactProjectAction"_s);
    QVERIFY(compact);
    QVERIFY(!compact->isEnabled());
    QVERIFY(window.openProject(file));
    QVERIFY(compact->isEnabled());
    QSignalSpy finished(window.compactRunner(), &ui::ProjectCompactRunner::finished);
    QSignalSpy compacted(window.compactRunner(), &ui::ProjectCompactRunner::succeeded);
    compact->trigger();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(compacted.count(), 1);
    QCOMPARE(window.project()->auditEntries()->last().action, u"project.compact"_s);
    // Deleting a small dataset does not ask (nothing worth compacting).
    {
        uitest::MessageBoxCatcher confirm([](QMessageBox *box) {
            return box->findChild<QAbstractButton *>(u"confirmDeleteButton"_s);
        });
        window.deleteCurrentDataset();
        QVERIFY(confirm.seen());
    }
    uitest::MessageBoxCatcher offer;
    QSignalSpy erased(window.eraseRunner(), &ui::DatasetEraseRunner::finished);
    QVERIFY(erased.count() == 1 || erased.wait(20000));
    QTest::qWait(300);
    QVERIFY(!offer.seen());
}

void TestShell::deleteConfirmationHasReadableWidth()
{
    const QString file = path(u"width.steward"_s);
    makeProject(file, {{u"inpatient"_s, 30}});
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    showWindow(window);
    QVERIFY(window.openProject(file));
    QSize boxSize;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll.stop();
        boxSize = box->size();
        box->reject();
    });
    poll.start();
    window.deleteCurrentDataset();
    QVERIFY(boxSize.isValid());
    // About sixty characters wide (not a narrow column of text), and wider than tall.
    const int chars = window.fontMetrics().averageCharWidth();
    QVERIFY2(boxSize.width() >= chars * 55 && boxSize.width() <= chars * 110,
             qPrintable(u"%1x%2"_s.arg(boxSize.width()).arg(boxSize.height())));
    QVERIFY(boxSize.width() > boxSize.height());
    QVERIFY(window.project()->hasDataset(u"inpatient"_s));
}

QTEST_MAIN(TestShell)
#include "test_shell.moc"
