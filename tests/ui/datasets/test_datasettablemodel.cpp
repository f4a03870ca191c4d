#include "ui/datasets/DatasetTableModel.h"
#include "ui/widgets/DisplayNames.h"
#include "tests/ui/UiTestSupport.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using steward::ui::DatasetTableModel;

// The lazy dataset model over a real project: 20,000 rows imported with importFile(), enough
// for 40 windows of 512 rows, so that the 32-window cache has to evict.
class TestDatasetTableModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passesModelTester();
    void shapeComesFromDatasetInfo();
    void cellsEqualStoreRows_data();
    void cellsEqualStoreRows();
    void headerToolTipNamesType_data();
    void headerToolTipNamesType();
    void verticalHeaderNumbersFromOne();
    void cacheStaysBoundedWhileScrollingEverything();
    void leastRecentlyUsedWindowIsEvicted();
    void viewFetchesOnlyVisibleWindows();
    void detachedModelIsEmpty();

private:
    static constexpr int kRows = 20'000;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_dataset;
};

void TestDatasetTableModel::initTestCase()
{
    uitest::isolateSettings();
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(kRows).toUtf8()));
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("model.steward")),
                                      QStringLiteral("Model test"));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = QStringLiteral("patients");
    auto imported = importFile(*m_store, csv, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_dataset = *imported;
    QCOMPARE(m_dataset.rowCount, qint64(kRows));
    QCOMPARE(m_dataset.columns.size(), 4);
}

void TestDatasetTableModel::cleanupTestCase()
{
    m_store.reset();
}

void TestDatasetTableModel::passesModelTester()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!QTest::currentTestFailed());
}

void TestDatasetTableModel::shapeComesFromDatasetInfo()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    // Knowing the shape costs no read.
    QCOMPARE(model.fetchCount(), 0);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("fee"));
}

void TestDatasetTableModel::cellsEqualStoreRows_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first row") << 0;
    QTest::newRow("second row") << 1;
    QTest::newRow("last of first window") << DatasetTableModel::kWindowRows - 1;
    QTest::newRow("first of second window") << DatasetTableModel::kWindowRows;
    QTest::newRow("middle window") << 9'999;
    QTest::newRow("window 33 (beyond cache size)") << 33 * DatasetTableModel::kWindowRows + 7;
    QTest::newRow("last row (partial window)") << kRows - 1;
}

void TestDatasetTableModel::cellsEqualStoreRows()
{
    QFETCH(int, row);
    DatasetTableModel model(m_store.get(), m_dataset);
    auto expected = m_store->rows(m_dataset, row, 1);
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.data(model.index(row, column)).toString(), expected->at(0).at(column));
    // The id column says which row of the file this is.
    QCOMPARE(model.data(model.index(row, 0)).toString(), QString::number(row + 1));
}

void TestDatasetTableModel::headerToolTipNamesType_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("typeValue");
    QTest::newRow("id") << 0 << int(ColumnType::Integer);
    QTest::newRow("name") << 1 << int(ColumnType::Text);
    QTest::newRow("admitted") << 2 << int(ColumnType::Date);
    QTest::newRow("fee") << 3 << int(ColumnType::Decimal);
}

void TestDatasetTableModel::headerToolTipNamesType()
{
    QFETCH(int, column);
    QFETCH(int, typeValue);
    const auto type = static_cast<ColumnType>(typeValue);
    DatasetTableModel model(m_store.get(), m_dataset);
    QCOMPARE(m_dataset.columns.at(column).type, type);
    const QString tip = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(columnTypeText(type)), qPrintable(tip));
    QVERIFY2(tip.contains(m_dataset.columns.at(column).name), qPrintable(tip));
}

void TestDatasetTableModel::verticalHeaderNumbersFromOne()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    const QLocale locale;
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
    QCOMPARE(model.headerData(kRows - 1, Qt::Vertical).toString(), locale.toString(kRows));
    QVERIFY(!model.headerData(kRows, Qt::Vertical).isValid());
}

void TestDatasetTableModel::cacheStaysBoundedWhileScrollingEverything()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    constexpr int windowRows = DatasetTableModel::kWindowRows;
    const int windows = (kRows + windowRows - 1) / windowRows;
    QVERIFY(windows > DatasetTableModel::kMaxWindows);
    for (int row = 0; row < kRows; ++row) {
        QCOMPARE(model.data(model.index(row, 2)).isNull(), false);
        if (model.cachedWindowCount() > DatasetTableModel::kMaxWindows)
            QFAIL(qPrintable(QStringLiteral("%1 windows cached at row %2")
                                 .arg(model.cachedWindowCount())
                                 .arg(row)));
    }
    QCOMPARE(model.cachedWindowCount(), DatasetTableModel::kMaxWindows);
    // Each window was read exactly once on the way down.
    QCOMPARE(model.fetchCount(), qint64(windows));
}

void TestDatasetTableModel::leastRecentlyUsedWindowIsEvicted()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    const int window = DatasetTableModel::kWindowRows;
    // Fill the cache with windows 0..31, touching window 0 last so that window 1 is the oldest.
    for (int w = 0; w < DatasetTableModel::kMaxWindows; ++w)
        model.cellText(w * window, 0);
    model.cellText(0, 0);
    QCOMPARE(model.fetchCount(), qint64(DatasetTableModel::kMaxWindows));
    model.cellText(DatasetTableModel::kMaxWindows * window, 0); // window 32 evicts window 1
    QCOMPARE(model.fetchCount(), qint64(DatasetTableModel::kMaxWindows + 1));
    model.cellText(0, 0); // still cached
    QCOMPARE(model.fetchCount(), qint64(DatasetTableModel::kMaxWindows + 1));
    model.cellText(window, 0); // evicted: read again
    QCOMPARE(model.fetchCount(), qint64(DatasetTableModel::kMaxWindows + 2));
    QCOMPARE(model.cachedWindowCount(), DatasetTableModel::kMaxWindows);
}

void TestDatasetTableModel::viewFetchesOnlyVisibleWindows()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(800, 600);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.fetchCount(), qint64(1)); // the first window, for the visible rows
    view.scrollToBottom();
    QApplication::processEvents();
    view.viewport()->repaint();
    // The last window only (the visible rows straddle at most two windows).
    QVERIFY2(model.fetchCount() <= 3, qPrintable(QString::number(model.fetchCount())));
    QVERIFY(model.cachedWindowCount() <= 3);
}

void TestDatasetTableModel::detachedModelIsEmpty()
{
    DatasetTableModel model(m_store.get(), m_dataset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.cellText(5, 1).isEmpty());
    model.detach();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.cachedWindowCount(), 0);
}

QTEST_MAIN(TestDatasetTableModel)
#include "test_datasettablemodel.moc"
