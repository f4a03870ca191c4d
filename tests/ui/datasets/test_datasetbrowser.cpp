#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetTableModel.h"
#include "tests/ui/UiTestSupport.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::DatasetBrowser;

// The central browser: empty states, Ctrl+C as tab-separated text (quoted where a spreadsheet
// needs it), the copy limit, and column widths taken from the first window only.
class TestDatasetBrowser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsEmptyStatesAndDataset();
    void copiesSelectionAsTsv_data();
    void copiesSelectionAsTsv();
    void ctrlCCopiesTheSelection();
    void refusesHugeSelections();
    void columnWidthsAreBounded();

private:
    void select(QTableView *view, int top, int left, int bottom, int right);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_dataset;
};

void TestDatasetBrowser::initTestCase()
{
    uitest::isolateSettings();
    QVERIFY(m_dir.isValid());
    // Cells with a tab, a line break and quotes need quoting in TSV; one very long cell.
    const QByteArray csv = "id,name,note\n"
                           "1,alpha,plain\n"
                           "2,\"with\ttab\",\"line\nbreak\"\n"
                           "3,\"say \"\"hi\"\"\"," + QByteArray(400, 'x') + "\n"
                           "4,delta,end\n";
    const QString file = m_dir.filePath(QStringLiteral("cells.csv"));
    QVERIFY(uitest::writeFile(file, csv));
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("browser.steward")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = QStringLiteral("cells");
    auto imported = importFile(*m_store, file, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_dataset = *imported;
    QCOMPARE(m_dataset.rowCount, qint64(4));
}

void TestDatasetBrowser::cleanupTestCase()
{
    m_store.reset();
}

void TestDatasetBrowser::select(QTableView *view, int top, int left, int bottom, int right)
{
    const QItemSelection range(view->model()->index(top, left),
                               view->model()->index(bottom, right));
    view->selectionModel()->select(range, QItemSelectionModel::ClearAndSelect);
}

void TestDatasetBrowser::showsEmptyStatesAndDataset()
{
    DatasetBrowser browser;
    browser.show();
    QVERIFY(!browser.isShowingDataset());
    QVERIFY(browser.emptyState()->isVisible());
    QVERIFY(!browser.copyAction()->isEnabled());

    browser.showDataset(m_store.get(), m_dataset);

    uitest::attachModelTesters(&browser);
    QVERIFY(browser.isShowingDataset());
    QVERIFY(browser.tableView()->isVisible());
    QCOMPARE(browser.dataset().name, QStringLiteral("cells"));
    QCOMPARE(browser.tableView()->model()->rowCount(), 4);

    browser.showEmptyState(ui::EmptyStateWidget::State::EmptyProject);
    QVERIFY(!browser.isShowingDataset());
    QVERIFY(browser.model() == nullptr);
    QCOMPARE(browser.emptyState()->state(), ui::EmptyStateWidget::State::EmptyProject);
}

void TestDatasetBrowser::copiesSelectionAsTsv_data()
{
    QTest::addColumn<QList<int>>("box"); // top, left, bottom, right
    QTest::addColumn<QString>("expected");
    QTest::newRow("one cell") << QList<int>{0, 1, 0, 1} << u"alpha\n"_s;
    QTest::newRow("block of plain cells") << QList<int>{0, 0, 0, 2} << u"1\talpha\tplain\n"_s;
    QTest::newRow("tab and line break are quoted")
        << QList<int>{1, 1, 1, 2} << u"\"with\ttab\"\t\"line\nbreak\"\n"_s;
    QTest::newRow("quotes are doubled") << QList<int>{2, 1, 2, 1} << u"\"say \"\"hi\"\"\"\n"_s;
    QTest::newRow("column") << QList<int>{0, 0, 3, 0} << u"1\n2\n3\n4\n"_s;
}

void TestDatasetBrowser::copiesSelectionAsTsv()
{
    QFETCH(QList<int>, box);
    QFETCH(QString, expected);
    DatasetBrowser browser;
    browser.showDataset(m_store.get(), m_dataset);
    uitest::attachModelTesters(&browser);
    select(browser.tableView(), box[0], box[1], box[2], box[3]);
    QVERIFY(browser.copyAction()->isEnabled());
    QApplication::clipboard()->clear();
    QVERIFY(browser.copySelection());
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestDatasetBrowser::ctrlCCopiesTheSelection()
{
    DatasetBrowser browser;
    browser.resize(800, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    browser.showDataset(m_store.get(), m_dataset);
    uitest::attachModelTesters(&browser);
    QTableView *view = browser.tableView();
    view->setFocus();
    select(view, 3, 0, 3, 2);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"4\tdelta\tend\n"_s);
}

void TestDatasetBrowser::refusesHugeSelections()
{
    // A fake dataset claiming more cells than the limit: refused before reading anything.
    DatasetInfo huge = m_dataset;
    huge.rowCount = DatasetBrowser::kMaxCopyCells; // × 3 columns
    DatasetBrowser browser;
    browser.showDataset(m_store.get(), huge);
    uitest::attachModelTesters(&browser);
    QSignalSpy messages(&browser, &DatasetBrowser::message);
    browser.tableView()->selectAll();
    const qint64 fetchesBefore = browser.model()->fetchCount();
    QApplication::clipboard()->setText(u"untouched"_s);
    QVERIFY(!browser.copySelection());
    QCOMPARE(QApplication::clipboard()->text(), u"untouched"_s);
    QCOMPARE(browser.model()->fetchCount(), fetchesBefore);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(u"Not copied"_s));
}

void TestDatasetBrowser::columnWidthsAreBounded()
{
    DatasetBrowser browser;
    browser.resize(1000, 400);
    browser.show();
    browser.showDataset(m_store.get(), m_dataset);
    uitest::attachModelTesters(&browser);
    QTableView *view = browser.tableView();
    // The 400-character note is capped; the short id column is not widened to it.
    QVERIFY(view->columnWidth(2) <= 360);
    QVERIFY(view->columnWidth(0) < view->columnWidth(2));
    QVERIFY(view->columnWidth(0) >= 48);
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

QTEST_MAIN(TestDatasetBrowser)
#include "test_datasetbrowser.moc"
