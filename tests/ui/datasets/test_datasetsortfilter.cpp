#include "ui/datasets/DatasetBrowser.h"
#include "ui/datasets/DatasetFindBar.h"
#include "ui/datasets/DatasetTableModel.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using steward::ui::DatasetBrowser;

// Sorting by a header click and the find bar of the Data tab, driven with the mouse and the
// keyboard on a real project of 3,000 rows: id, name (four names), admitted (date), fee (decimal).
class TestDatasetSortFilter final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void headerClicksCycleAscendingDescendingFileOrder();
    void headerMenuRestoresFileOrder();
    void ctrlFFiltersAndEscClears();
    void filterOnOneColumn();
    void filterAndSortWorkTogether();
    void headerToolTipNamesTypeAndRole();
    void rowNumbersKeepTheirWidth();

private:
    void clickHeader(int section);
    int rows() const { return m_browser->model()->rowCount(); }
    QString cell(int row, int column) const { return m_browser->model()->cellText(row, column); }

    static constexpr int kRows = 3'000;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_dataset;
    std::unique_ptr<DatasetBrowser> m_browser;
};

void TestDatasetSortFilter::initTestCase()
{
    uitest::isolateSettings();
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(kRows).toUtf8()));
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("sort.steward")));
    QVERIFY(store.ok());
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = QStringLiteral("patients");
    auto imported = importFile(*m_store, csv, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_dataset = *imported;
    QCOMPARE(m_dataset.columns.at(3).type, ColumnType::Decimal);
}

void TestDatasetSortFilter::cleanupTestCase()
{
    m_store.reset();
}

void TestDatasetSortFilter::init()
{
    m_browser = std::make_unique<DatasetBrowser>();
    m_browser->resize(900, 500);
    m_browser->show();
    m_browser->showDataset(m_store.get(), m_dataset);
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    uitest::attachModelTesters(m_browser.get());
}

void TestDatasetSortFilter::cleanup()
{
    m_browser.reset();
}

void TestDatasetSortFilter::clickHeader(int section)
{
    QHeaderView *header = m_browser->tableView()->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

void TestDatasetSortFilter::headerClicksCycleAscendingDescendingFileOrder()
{
    QSignalSpy applied(m_browser.get(), &DatasetBrowser::queryApplied);
    QHeaderView *header = m_browser->tableView()->horizontalHeader();
    QHeaderView *rowNumbers = m_browser->tableView()->verticalHeader();
    const QLocale locale;

    // fee = 100 + i % 1000 + .5: numerically, 100.5 (rows 1,000, 2,000, 3,000) comes first and
    // 1099.5 last; as text "1000.5" would sort before "101.5".
    QVERIFY(!m_browser->tableView()->selectionModel()->hasSelection());
    clickHeader(3);
    QVERIFY(!m_browser->tableView()->selectionModel()->hasSelection()); // sorts, selects nothing
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(m_browser->appliedQuery().sortColumn, 3);
    QCOMPARE(header->sortIndicatorSection(), 3);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(rows(), kRows);
    QCOMPARE(cell(0, 3), QStringLiteral("100.5"));
    QCOMPARE(cell(1, 3), QStringLiteral("100.5"));
    QCOMPARE(cell(3, 3), QStringLiteral("101.5"));
    // Ties keep file order, and the row numbers stay those of the file.
    QCOMPARE(cell(0, 0), QStringLiteral("1000"));
    QCOMPARE(cell(1, 0), QStringLiteral("2000"));
    QCOMPARE(rowNumbers->model()->headerData(0, Qt::Vertical).toString(), locale.toString(1000));
    QCOMPARE(cell(kRows - 1, 3), QStringLiteral("1099.5"));

    clickHeader(3);
    QTRY_COMPARE(applied.size(), 2);
    QVERIFY(m_browser->appliedQuery().descending);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(0, 3), QStringLiteral("1099.5"));
    QCOMPARE(cell(0, 0), QStringLiteral("999"));

    clickHeader(3);
    QTRY_COMPARE(applied.size(), 3);
    QVERIFY(m_browser->appliedQuery().isFileOrder());
    QVERIFY(m_browser->model()->isFileOrder());
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(cell(0, 0), QStringLiteral("1"));
    QCOMPARE(rowNumbers->model()->headerData(0, Qt::Vertical).toString(), locale.toString(1));
}

void TestDatasetSortFilter::headerMenuRestoresFileOrder()
{
    QSignalSpy applied(m_browser.get(), &DatasetBrowser::queryApplied);
    m_browser->sortBy(2, Qt::DescendingOrder); // admitted, as dates
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(cell(0, 2), QStringLiteral("2024-12-28"));
    m_browser->sortBy(-1);
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(cell(0, 0), QStringLiteral("1"));
    QCOMPARE(m_browser->tableView()->horizontalHeader()->sortIndicatorSection(), -1);
}

void TestDatasetSortFilter::ctrlFFiltersAndEscClears()
{
    auto *bar = m_browser->findBar();
    QVERIFY(!bar->isVisible());
    m_browser->tableView()->setFocus();
    QTest::keyClick(m_browser->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->lineEdit()->hasFocus());
    QCOMPARE(bar->columnBox()->currentText(), QStringLiteral("All columns"));

    QSignalSpy applied(m_browser.get(), &DatasetBrowser::queryApplied);
    // Admitted 2024-12-..: i % 12 == 11, rows 11, 23, ...; no id or fee holds a dash.
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("-12-"));
    QTRY_COMPARE(rows(), kRows / 12);
    QCOMPARE(cell(0, 0), QStringLiteral("11"));
    QCOMPARE(cell(1, 0), QStringLiteral("23"));
    const QLocale locale;
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("%1 of %2 rows")
                                            .arg(locale.toString(kRows / 12), locale.toString(kRows)));

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->lineEdit()->text().isEmpty());
    QTRY_COMPARE(rows(), kRows);
    QVERIFY(bar->countLabel()->text().isEmpty());
    QVERIFY(bar->isVisible());
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestDatasetSortFilter::filterOnOneColumn()
{
    auto *bar = m_browser->findBar();
    m_browser->findAction()->trigger();
    // "12" in any field: ids, dates (2024-12-..) and fees; in id alone far fewer.
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("12"));
    QTRY_VERIFY(!m_browser->isQueryRunning() && !m_browser->appliedQuery().filterText.isEmpty());
    const int anyField = rows();
    bar->columnBox()->setCurrentIndex(bar->columnBox()->findText(QStringLiteral("id")));
    QTRY_COMPARE(m_browser->appliedQuery().filterColumn, 0);
    QTRY_VERIFY(!m_browser->isQueryRunning());
    QVERIFY(rows() < anyField);
    for (int row = 0; row < rows(); ++row)
        QVERIFY2(cell(row, 0).contains(QStringLiteral("12")), qPrintable(cell(row, 0)));
    // LIKE wildcards are literal: nothing holds "1%2".
    bar->lineEdit()->setText(QStringLiteral("1%2"));
    QTRY_COMPARE(m_browser->appliedQuery().filterText, QStringLiteral("1%2"));
    QTRY_COMPARE(rows(), 0);
}

void TestDatasetSortFilter::filterAndSortWorkTogether()
{
    auto *bar = m_browser->findBar();
    m_browser->findAction()->trigger();
    bar->lineEdit()->insert(QStringLiteral("李娜")); // i % 4 == 2, as an input method commits it
    QTRY_COMPARE(rows(), kRows / 4);
    QSignalSpy applied(m_browser.get(), &DatasetBrowser::queryApplied);
    clickHeader(0);
    clickHeader(0); // descending by id
    QTRY_VERIFY(applied.size() >= 1 && m_browser->appliedQuery().descending);
    QCOMPARE(rows(), kRows / 4);
    QCOMPARE(cell(0, 0), QStringLiteral("2998"));
    QCOMPARE(cell(1, 0), QStringLiteral("2994"));
    QCOMPARE(m_browser->appliedQuery().filterText, QStringLiteral("李娜"));
}

void TestDatasetSortFilter::headerToolTipNamesTypeAndRole()
{
    QAbstractItemModel *model = m_browser->tableView()->model();
    const QString before = model->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(before.contains(QStringLiteral("decimal")), qPrintable(before));
    QVERIFY(!before.contains(QStringLiteral("role:"), Qt::CaseInsensitive));

    ClassificationService service(*m_store);
    QVERIFY(service.analyzeNow(m_dataset.name).ok());
    m_browser->refreshFieldClassifications();
    const QString after = model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(after.contains(QStringLiteral("Suggested role:")), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("Grade")) || after.contains(QStringLiteral("—")),
             qPrintable(after));
}

void TestDatasetSortFilter::rowNumbersKeepTheirWidth()
{
    QTableView *table = m_browser->tableView();
    QHeaderView *rowNumbers = table->verticalHeader();
    const int widest = rowNumbers->fontMetrics().horizontalAdvance(QLocale().toString(kRows));
    QVERIFY(rowNumbers->width() > widest);
    const int width = rowNumbers->width();
    for (int column = 0; column < 4; ++column)
        table->setColumnWidth(column, 300); // wider than the window together
    table->setAlternatingRowColors(false);
    table->selectionModel()->clear();
    QScrollBar *sideways = table->horizontalScrollBar();
    QTRY_VERIFY(sideways->maximum() > 0);
    table->scrollToBottom();
    // Scrolled sideways by pixels until the first column is a sliver holding the last digits of the
    // right-aligned id: the row numbers keep their width, and the sliver keeps its margin, so
    // no character touches the row numbers.
    sideways->setValue(300 - 12);
    QCoreApplication::processEvents();
    QCOMPARE(table->columnAt(0), 0);
    QCOMPARE(table->columnViewportPosition(1), 12);
    QCOMPARE(rowNumbers->width(), width);
    QVERIFY(table->viewport()->geometry().left() >= rowNumbers->geometry().right());
    const QImage cells = table->viewport()->grab().toImage();
    // Text is dark; the background and the grid lines are light.
    for (int y = 0; y < cells.height(); ++y) {
        for (int x = 0; x < 2; ++x)
            QVERIFY2(qGray(cells.pixel(x, y)) > 150,
                     qPrintable(QStringLiteral("text at %1,%2").arg(x).arg(y)));
    }
}

QTEST_MAIN(TestDatasetSortFilter)
#include "test_datasetsortfilter.moc"
