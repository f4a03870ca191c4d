#include "core/browse/DatasetRowSelection.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TempProject.h"
#include "tests/support/TestFiles.h"

#include <QElapsedTimer>
#include <QTest>

using namespace steward;

// The sorted and filtered row selection of a dataset, on a small extract whose every field has a
// different type: numbers sort by value, dates by date whatever their form, missing values last in
// both directions, ties in file order; the filter matches % and _ literally.
class TestDatasetRowSelection final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileOrderIsEveryRow();
    void sorts_data();
    void sorts();
    void filters_data();
    void filters();
    void filterAndSortTogether();
    void rowsComeInTheOrderOfTheIds();
    void likePatternEscapes();
    void unknownFieldIsRefused();
    void cancelledQueryReturnsCancelled();
    void firstPageTimesOnAProject();

private:
    std::vector<qint64> ids(const DatasetRowQuery &query, const QLocale &locale = QLocale(QLocale::English));

    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;
};

// Row ids 1..8. age: integer with missing values ("" and NULL); admitted: dates in three forms;
// name: text; code: text with % and _.
static const char kCsv[] = "age,admitted,name,code\n"
                           "10,2024-01-02,beta,50%\n"      // 1
                           "9,2023/12/31,Alpha,50 x\n"     // 2
                           "100,2024年1月1日,alpha,a_b\n"  // 3
                           ",2024-01-02,Gamma,axb\n"       // 4
                           "9,,delta,A_B\n"                // 5
                           "NULL,2022-06-30,,100%\n"       // 6
                           "-3,2024-01-10,Beta,x\\y\n"     // 7
                           "10,20240101,epsilon,xy\n";     // 8

void TestDatasetRowSelection::initTestCase()
{
    m_project = std::make_unique<testsupport::TempProject>();
    const QString csv = testsupport::writeFixture(m_project->dir(), QStringLiteral("rows.csv"),
                                                  QByteArray(kCsv));
    QVERIFY(!csv.isEmpty());
    ImportOptions options;
    options.datasetName = QStringLiteral("rows");
    auto imported = importFile(m_project->store(), csv, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_dataset = *imported;
    QCOMPARE(m_dataset.rowCount, qint64(8));
    QCOMPARE(m_dataset.columns.at(0).type, ColumnType::Integer);
    QCOMPARE(m_dataset.columns.at(1).type, ColumnType::Date);
    QCOMPARE(m_dataset.columns.at(2).type, ColumnType::Text);
}

std::vector<qint64> TestDatasetRowSelection::ids(const DatasetRowQuery &query, const QLocale &locale)
{
    auto result = DatasetRowSelection::rowIds(m_project->store(), m_dataset, query, nullptr, locale);
    if (!result) {
        qWarning() << result.error().toString();
        return {};
    }
    return *result;
}

void TestDatasetRowSelection::fileOrderIsEveryRow()
{
    QCOMPARE(ids({}), (std::vector<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestDatasetRowSelection::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<std::vector<qint64>>("expected");
    // Numeric, not textual ("100" after "9"); ties (9, 10) in file order; missing 4 and 6 last.
    QTest::newRow("integer ascending") << 0 << false << std::vector<qint64>{7, 2, 5, 1, 8, 3, 4, 6};
    QTest::newRow("integer descending") << 0 << true << std::vector<qint64>{3, 1, 8, 2, 5, 7, 4, 6};
    // 2022-06-30, 2023/12/31, 2024年1月1日 = 20240101, 2024-01-02 twice, 2024-01-10, then missing.
    QTest::newRow("date ascending") << 1 << false << std::vector<qint64>{6, 2, 3, 8, 1, 4, 7, 5};
    QTest::newRow("date descending") << 1 << true << std::vector<qint64>{7, 1, 4, 3, 8, 2, 6, 5};
    // Collation: letters before case, so alpha/Alpha and beta/Beta sit together; empty last.
    QTest::newRow("text ascending") << 2 << false << std::vector<qint64>{3, 2, 1, 7, 5, 8, 4, 6};
    QTest::newRow("text descending") << 2 << true << std::vector<qint64>{4, 8, 5, 7, 1, 2, 3, 6};
}

void TestDatasetRowSelection::sorts()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(std::vector<qint64>, expected);
    DatasetRowQuery query;
    query.sortColumn = column;
    query.descending = descending;
    QCOMPARE(ids(query), expected);
}

void TestDatasetRowSelection::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<std::vector<qint64>>("expected");
    QTest::newRow("percent is literal") << QStringLiteral("%") << 3 << std::vector<qint64>{1, 6};
    QTest::newRow("underscore is literal") << QStringLiteral("_") << 3 << std::vector<qint64>{3, 5};
    QTest::newRow("backslash is literal") << QStringLiteral("\\") << 3 << std::vector<qint64>{7};
    QTest::newRow("Latin case folded") << QStringLiteral("a_B") << 3 << std::vector<qint64>{3, 5};
    QTest::newRow("one column") << QStringLiteral("10") << 0 << std::vector<qint64>{1, 3, 8};
    QTest::newRow("all columns") << QStringLiteral("10") << -1 << std::vector<qint64>{1, 3, 6, 7, 8};
    QTest::newRow("Chinese") << QStringLiteral("年") << -1 << std::vector<qint64>{3};
    QTest::newRow("no match") << QStringLiteral("zzz") << -1 << std::vector<qint64>{};
}

void TestDatasetRowSelection::filters()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(std::vector<qint64>, expected);
    DatasetRowQuery query;
    query.filterText = text;
    query.filterColumn = column;
    QCOMPARE(ids(query), expected);
}

void TestDatasetRowSelection::filterAndSortTogether()
{
    DatasetRowQuery query;
    query.filterText = QStringLiteral("a");
    query.filterColumn = 2;
    query.sortColumn = 0;
    query.descending = true;
    // Names with an "a": beta 10, Alpha 9, alpha 100, Gamma -, delta 9, Beta -3.
    QCOMPARE(ids(query), (std::vector<qint64>{3, 1, 2, 5, 7, 4}));
}

void TestDatasetRowSelection::rowsComeInTheOrderOfTheIds()
{
    const std::vector<qint64> order{3, 1, 8};
    auto rows = DatasetRowSelection::rows(m_project->store(), m_dataset, order.data(), 3);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).at(2), QStringLiteral("alpha"));
    QCOMPARE(rows->at(1).at(2), QStringLiteral("beta"));
    QCOMPARE(rows->at(2).at(2), QStringLiteral("epsilon"));
}

void TestDatasetRowSelection::likePatternEscapes()
{
    QCOMPARE(DatasetRowSelection::likePattern(QStringLiteral("5%_a\\")),
             QStringLiteral("%5\\%\\_a\\\\%"));
}

void TestDatasetRowSelection::unknownFieldIsRefused()
{
    DatasetRowQuery query;
    query.sortColumn = 4;
    auto result = DatasetRowSelection::rowIds(m_project->store(), m_dataset, query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::BadInput);
}

void TestDatasetRowSelection::cancelledQueryReturnsCancelled()
{
    // 30,000 rows: enough virtual machine steps for the cancellation handler to run.
    QByteArray csv("n,t\n");
    for (int i = 0; i < 30'000; ++i)
        csv += QByteArray::number((i * 7919) % 30'000) + ",row " + QByteArray::number(i) + '\n';
    testsupport::TempProject project(QStringLiteral("big.steward"));
    const QString path = testsupport::writeFixture(project.dir(), QStringLiteral("big.csv"), csv);
    ImportOptions options;
    options.datasetName = QStringLiteral("big");
    auto imported = importFile(project.store(), path, options);
    QVERIFY(imported.ok());
    CancellationToken token;
    token.cancel();
    DatasetRowQuery query;
    query.sortColumn = 1;
    auto result = DatasetRowSelection::rowIds(project.store(), *imported, query, &token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    auto uncancelled = DatasetRowSelection::rowIds(project.store(), *imported, query);
    QVERIFY(uncancelled.ok());
    QCOMPARE(uncancelled->size(), size_t(30'000));
}

// A measurement, not a check: with STEWARD_ROWS_BENCH=<project file> it prints how long the first
// page (512 rows) of its first dataset takes in file order and sorted by each field, and filtered.
void TestDatasetRowSelection::firstPageTimesOnAProject()
{
    const QString path = qEnvironmentVariable("STEWARD_ROWS_BENCH");
    if (path.isEmpty())
        QSKIP("set STEWARD_ROWS_BENCH to a project file to measure");
    auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    auto datasets = (*store)->datasets();
    QVERIFY(datasets.ok() && !datasets->isEmpty());
    const DatasetInfo dataset = datasets->first();
    QElapsedTimer timer;
    timer.start();
    auto page = (*store)->rows(dataset, 0, 512);
    QVERIFY(page.ok());
    const double fileOrder = double(timer.nsecsElapsed()) / 1e6;
    qInfo("%s: %lld rows, first page in file order %.1f ms", qPrintable(dataset.name),
          dataset.rowCount, fileOrder);
    const auto measure = [&](const DatasetRowQuery &query, const QString &what) {
        timer.restart();
        auto ids = DatasetRowSelection::rowIds(**store, dataset, query);
        QVERIFY(ids.ok());
        const double select = double(timer.nsecsElapsed()) / 1e6;
        auto rows = DatasetRowSelection::rows(**store, dataset, ids->data(),
                                              int(std::min<size_t>(512, ids->size())));
        QVERIFY(rows.ok());
        const double total = double(timer.nsecsElapsed()) / 1e6;
        qInfo("  %-40s %8.0f ms (ids %8.0f ms, %zu rows) = %6.0f x file order", qPrintable(what),
              total, select, ids->size(), total / fileOrder);
    };
    for (int column = 0; column < dataset.columns.size(); ++column) {
        DatasetRowQuery query;
        query.sortColumn = column;
        measure(query, QStringLiteral("sort by %1 (%2)")
                           .arg(dataset.columns.at(column).name,
                                columnTypeName(dataset.columns.at(column).type)));
    }
    DatasetRowQuery filter;
    filter.filterText = QStringLiteral("12");
    measure(filter, QStringLiteral("filter \"12\", all fields"));
    filter.sortColumn = 0;
    measure(filter, QStringLiteral("filter \"12\", all fields, sorted"));
}

QTEST_GUILESS_MAIN(TestDatasetRowSelection)
#include "test_datasetrowselection.moc"
