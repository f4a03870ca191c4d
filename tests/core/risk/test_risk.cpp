// Risk figures and information loss of RiskAnalyzer against hand-computed small tables.

#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DelimitedTableReader.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/risk/RiskAnalyzer.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

using Row = std::vector<std::string>;

EncodedTable makeTable(const QStringList &names, const std::vector<Row> &rows)
{
    EncodedTableBuilder builder(names);
    std::vector<std::string_view> cells;
    for (const Row &row : rows) {
        cells.assign(row.begin(), row.end());
        if (!builder.addRow(cells))
            qFatal("bad fixture row");
    }
    return builder.finish();
}

// The hand-computed table: three quasi-identifiers (age, sex, zip) and a sensitive disease.
//   r0 34 M 100 flu    r4 45 F 200 hiv
//   r1 34 M 100 flu    r5 45 F 201 flu
//   r2 34 M 100 cold   r6 52 M 100 cold
//   r3 45 F 200 flu    r7 27 F 200 flu
struct HandTable {
    EncodedTable table;
    std::vector<Hierarchy> hierarchies;
    std::vector<AttributeGeneralization> quasi;
};

HandTable handTable()
{
    HandTable t;
    t.table = makeTable({u"age"_s, u"sex"_s, u"zip"_s, u"disease"_s},
                        {{"34", "M", "100", "flu"},
                         {"34", "M", "100", "flu"},
                         {"34", "M", "100", "cold"},
                         {"45", "F", "200", "flu"},
                         {"45", "F", "200", "hiv"},
                         {"45", "F", "201", "flu"},
                         {"52", "M", "100", "cold"},
                         {"27", "F", "200", "flu"}});
    // Hierarchies also list values absent from the data (61, 101): they must not count.
    t.hierarchies.push_back(*Hierarchy::fromRows({{"27", "20-29", "*"},
                                                  {"34", "30-39", "*"},
                                                  {"45", "40-49", "*"},
                                                  {"52", "50-59", "*"},
                                                  {"61", "60-69", "*"}}));
    t.hierarchies.push_back(*Hierarchy::fromRows({{"M", "*"}, {"F", "*"}}));
    t.hierarchies.push_back(*Hierarchy::fromRows(
        {{"100", "10*", "*"}, {"101", "10*", "*"}, {"200", "20*", "*"}, {"201", "20*", "*"}}));
    for (int i = 0; i < 3; ++i)
        t.quasi.push_back(*AttributeGeneralization::create(t.table, i, &t.hierarchies[i]));
    return t;
}

using Sizes = QList<QPair<int, int>>;   // (class size, number of classes)
using Doubles = QList<double>;
using Counts = QList<int>;

} // namespace

class TestRisk : public QObject {
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void missingValuesAreValues();
    void wideKeys();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void adultSubsetClassesMatchIndependentCount();
    void cancels();
};

void TestRisk::handComputed_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("suppressBelowK");
    QTest::addColumn<QList<int>>("maskedRows"); // records suppressed beforehand
    QTest::addColumn<Doubles>("weights");
    // records, suppressed, classes, minClass, recordsBelowK, sampleUniqueRecords
    QTest::addColumn<Counts>("counts");
    // recordsBelowKFraction, sampleUniques, prosecutorRiskMax, prosecutorRiskAvg
    QTest::addColumn<Doubles>("fractions");
    QTest::addColumn<Counts>("lDiversity"); // disease, zip
    QTest::addColumn<Doubles>("fieldLoss"); // age, sex, zip
    QTest::addColumn<double>("totalLoss");
    QTest::addColumn<Sizes>("classSizes");

    // Classes (34,M,100)×3 (45,F,200)×2 and three uniques.
    QTest::newRow("raw, k=2") << QList<int>{} << 2 << false << QList<int>{} << Doubles{}
                              << Counts{8, 0, 5, 1, 3, 3} << Doubles{3 / 8.0, 3 / 8.0, 1.0, 5 / 8.0}
                              << Counts{1, 1} << Doubles{0, 0, 0} << 0.0
                              << Sizes{{1, 3}, {2, 1}, {3, 1}};
    QTest::newRow("raw, k=3") << QList<int>{0, 0, 0} << 3 << false << QList<int>{} << Doubles{}
                              << Counts{8, 0, 5, 1, 5, 3} << Doubles{5 / 8.0, 3 / 8.0, 1.0, 5 / 8.0}
                              << Counts{1, 1} << Doubles{0, 0, 0} << 0.0
                              << Sizes{{1, 3}, {2, 1}, {3, 1}};
    // Age to decades (each decade covers one present value: loss 0), zip to prefixes (20*
    // covers 200 and 201 of N=3: 1/2 for 4 records → 0.25). Classes (30-39,M,10*)×3,
    // (40-49,F,20*)×3, two uniques.
    QTest::newRow("decades and zip prefix")
        << QList<int>{1, 0, 1} << 2 << false << QList<int>{} << Doubles{}
        << Counts{8, 0, 4, 1, 2, 2} << Doubles{2 / 8.0, 2 / 8.0, 1.0, 4 / 8.0} << Counts{1, 1}
        << Doubles{0, 0, 0.25} << 0.25 / 3 << Sizes{{1, 2}, {3, 2}};
    // The same with the two uniques suppressed: their cells cost 1 in every field.
    // zip: rows 3-5 cost 1/2 each, 2 suppressed → (1.5 + 2) / 8.
    QTest::newRow("decades and zip prefix, suppressed")
        << QList<int>{1, 0, 1} << 2 << true << QList<int>{} << Doubles{}
        << Counts{8, 2, 2, 3, 0, 0} << Doubles{0, 0, 1 / 3.0, 2 / 6.0} << Counts{2, 1}
        << Doubles{0.25, 0.25, 0.4375} << (0.25 + 0.25 + 0.4375) / 3 << Sizes{{3, 2}};
    QTest::newRow("weighted total")
        << QList<int>{1, 0, 1} << 2 << true << QList<int>{} << Doubles{1, 0, 1}
        << Counts{8, 2, 2, 3, 0, 0} << Doubles{0, 0, 1 / 3.0, 2 / 6.0} << Counts{2, 1}
        << Doubles{0.25, 0.25, 0.4375} << (0.25 + 0.4375) / 2 << Sizes{{3, 2}};
    // Everything generalised to *: one class of 8, every cell costs 1.
    QTest::newRow("top") << QList<int>{2, 1, 2} << 5 << true << QList<int>{} << Doubles{}
                         << Counts{8, 0, 1, 8, 0, 0} << Doubles{0, 0, 1 / 8.0, 1 / 8.0}
                         << Counts{3, 3} << Doubles{1, 1, 1} << 1.0 << Sizes{{8, 1}};
    // Only zip kept: classes 100×4, 200×3, 201×1; age at * (m = N = 4), sex at * (m = N = 2).
    QTest::newRow("zip only") << QList<int>{2, 1, 0} << 2 << false << QList<int>{} << Doubles{}
                              << Counts{8, 0, 3, 1, 1, 1} << Doubles{1 / 8.0, 1 / 8.0, 1.0, 3 / 8.0}
                              << Counts{1, 1} << Doubles{1, 1, 0} << 2 / 3.0
                              << Sizes{{1, 1}, {3, 1}, {4, 1}};
    // Records 0 and 3 suppressed beforehand (e.g. by a stored rule): out of the classes, cost 1.
    QTest::newRow("given mask") << QList<int>{0, 0, 0} << 2 << false << QList<int>{0, 3} << Doubles{}
                                << Counts{8, 2, 5, 1, 4, 4}
                                << Doubles{4 / 6.0, 4 / 6.0, 1.0, 5 / 6.0} << Counts{1, 1}
                                << Doubles{0.25, 0.25, 0.25} << 0.25
                                << Sizes{{1, 4}, {2, 1}};
    // A mask and suppression below k together.
    QTest::newRow("given mask and suppression")
        << QList<int>{0, 0, 0} << 2 << true << QList<int>{0, 3} << Doubles{}
        << Counts{8, 6, 1, 2, 0, 0} << Doubles{0, 0, 0.5, 0.5} << Counts{2, 1}
        << Doubles{0.75, 0.75, 0.75} << 0.75 << Sizes{{2, 1}};
    // k = 1: nothing is below k.
    QTest::newRow("k=1") << QList<int>{0, 0, 0} << 1 << true << QList<int>{} << Doubles{}
                         << Counts{8, 0, 5, 1, 0, 3} << Doubles{0, 3 / 8.0, 1.0, 5 / 8.0}
                         << Counts{1, 1} << Doubles{0, 0, 0} << 0.0
                         << Sizes{{1, 3}, {2, 1}, {3, 1}};
}

void TestRisk::handComputed()
{
    QFETCH(QList<int>, levels);
    QFETCH(int, k);
    QFETCH(bool, suppressBelowK);
    QFETCH(QList<int>, maskedRows);
    QFETCH(Doubles, weights);
    QFETCH(Counts, counts);
    QFETCH(Doubles, fractions);
    QFETCH(Counts, lDiversity);
    QFETCH(Doubles, fieldLoss);
    QFETCH(double, totalLoss);
    QFETCH(Sizes, classSizes);

    const HandTable t = handTable();
    RiskAnalyzer analyzer(t.table, t.quasi, {3, 2});
    RiskRequest request;
    request.levels.assign(levels.begin(), levels.end());
    request.k = k;
    request.suppressBelowK = suppressBelowK;
    request.weights.assign(weights.begin(), weights.end());
    if (!maskedRows.isEmpty()) {
        request.suppressed.assign(t.table.rowCount(), 0);
        for (int row : maskedRows)
            request.suppressed[row] = 1;
    }
    const auto report = analyzer.analyze(request);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));

    QCOMPARE(report->records, quint64(counts[0]));
    QCOMPARE(report->suppressedRecords, quint64(counts[1]));
    QCOMPARE(report->retainedRecords, quint64(counts[0] - counts[1]));
    QCOMPARE(report->classes, quint64(counts[2]));
    QCOMPARE(report->minClass, quint64(counts[3]));
    QCOMPARE(report->recordsBelowK, quint64(counts[4]));
    QCOMPARE(report->sampleUniqueRecords, quint64(counts[5]));
    QCOMPARE(report->recordsBelowKFraction, fractions[0]);
    QCOMPARE(report->sampleUniques, fractions[1]);
    QCOMPARE(report->prosecutorRiskMax, fractions[2]);
    QCOMPARE(report->prosecutorRiskAvg, fractions[3]);
    QCOMPARE(report->lDiversity.size(), size_t(2));
    QCOMPARE(report->lDiversity[0], quint64(lDiversity[0]));
    QCOMPARE(report->lDiversity[1], quint64(lDiversity[1]));
    QCOMPARE(report->fieldLoss.size(), size_t(3));
    for (int a = 0; a < 3; ++a)
        QVERIFY2(qAbs(report->fieldLoss[a] - fieldLoss[a]) < 1e-12,
                 qPrintable(QStringLiteral("field %1: %2").arg(a).arg(report->fieldLoss[a])));
    QVERIFY2(qAbs(report->totalLoss - totalLoss) < 1e-12, qPrintable(QString::number(report->totalLoss)));
    Sizes sizes;
    for (const auto &[size, number] : report->classSizes)
        sizes.append({int(size), int(number)});
    QCOMPARE(sizes, classSizes);
    // The mask lists exactly the suppressed records.
    if (counts[1] == 0) {
        QVERIFY(report->suppressed.empty());
    } else {
        QCOMPARE(report->suppressed.size(), t.table.rowCount());
        quint64 marked = 0;
        for (uint8_t flag : report->suppressed)
            marked += flag;
        QCOMPARE(marked, quint64(counts[1]));
        for (int row : maskedRows)
            QCOMPARE(report->suppressed[row], uint8_t(1));
    }
}

void TestRisk::missingValuesAreValues()
{
    // Empty cells of a quasi-identifier form one class; an empty sensitive value is one value.
    const EncodedTable table = makeTable({u"zip"_s, u"diagnosis"_s},
                                         {{"", ""}, {"", "J45"}, {"", ""}, {"100", "J45"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, nullptr));
    RiskAnalyzer analyzer(table, quasi, {1});
    const auto report = analyzer.analyze(RiskRequest{{}, 2, false, {}, {}, {}});
    QVERIFY(report.ok());
    QCOMPARE(report->classes, quint64(2));
    QCOMPARE(report->minClass, quint64(1));
    QCOMPARE(report->recordsBelowK, quint64(1));
    QCOMPARE(report->lDiversity[0], quint64(1)); // the class "100" has one value
    const auto suppressed = analyzer.analyze(RiskRequest{{}, 2, true, {}, {}, {}});
    QVERIFY(suppressed.ok());
    QCOMPARE(suppressed->lDiversity[0], quint64(2)); // "" and J45 in the empty-zip class
}

void TestRisk::wideKeys()
{
    // Five quasi-identifiers of 5,000 distinct values need 5 × 13 = 65 bits: keys of two words.
    std::vector<Row> rows;
    for (int i = 0; i < 10000; ++i) {
        const std::string v = std::to_string(i / 2);
        rows.push_back({v, v + "b", v + "c", v + "d", v + "e", std::to_string(i % 2)});
    }
    const EncodedTable table = makeTable(
        {u"q1"_s, u"q2"_s, u"q3"_s, u"q4"_s, u"q5"_s, u"s"_s}, rows);
    std::vector<AttributeGeneralization> quasi;
    for (int i = 0; i < 5; ++i)
        quasi.push_back(*AttributeGeneralization::create(table, i, nullptr));
    RiskAnalyzer analyzer(table, quasi, {5});
    const auto report = analyzer.analyze(RiskRequest{{}, 3, false, {}, {}, {}});
    QVERIFY(report.ok());
    QCOMPARE(report->classes, quint64(5000));
    QCOMPARE(report->minClass, quint64(2));
    QCOMPARE(report->recordsBelowK, quint64(10000));
    QCOMPARE(report->lDiversity[0], quint64(2));
    QCOMPARE(report->sampleUniqueRecords, quint64(0));
}

void TestRisk::rejectsBadRequests_data()
{
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("maskSize");
    QTest::addColumn<Doubles>("weights");

    QTest::newRow("level above height") << QList<int>{3, 0, 0} << 2 << 0 << Doubles{};
    QTest::newRow("negative level") << QList<int>{-1, 0, 0} << 2 << 0 << Doubles{};
    QTest::newRow("too few levels") << QList<int>{1} << 2 << 0 << Doubles{};
    QTest::newRow("k=0") << QList<int>{} << 0 << 0 << Doubles{};
    QTest::newRow("mask of wrong size") << QList<int>{} << 2 << 3 << Doubles{};
    QTest::newRow("negative weight") << QList<int>{} << 2 << 0 << Doubles{1, -1, 1};
    QTest::newRow("all weights zero") << QList<int>{} << 2 << 0 << Doubles{0, 0, 0};
}

void TestRisk::rejectsBadRequests()
{
    QFETCH(QList<int>, levels);
    QFETCH(int, k);
    QFETCH(int, maskSize);
    QFETCH(Doubles, weights);
    const HandTable t = handTable();
    RiskAnalyzer analyzer(t.table, t.quasi, {3});
    RiskRequest request;
    request.levels.assign(levels.begin(), levels.end());
    request.k = k;
    request.suppressed.assign(maskSize, 0);
    request.weights.assign(weights.begin(), weights.end());
    const auto report = analyzer.analyze(request);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Usage);
}

void TestRisk::adultSubsetClassesMatchIndependentCount()
{
    // The hash GROUP BY agrees with a plain count of distinct row texts.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"adult_subset.csv"_s);
    QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA_DIR "/adult/adult_subset.csv"), path));
    const auto table = DelimitedTableReader::read(path);
    QVERIFY(table.ok());
    QCOMPARE(table->rowCount(), size_t(3016));
    QCOMPARE(table->columnCount(), 9);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    file.readLine();
    QHash<QByteArray, int> sizes;
    while (!file.atEnd())
        ++sizes[file.readLine().trimmed()];
    int uniques = 0;
    int smallest = INT_MAX;
    for (int size : std::as_const(sizes)) {
        uniques += size == 1;
        smallest = std::min(smallest, size);
    }

    std::vector<AttributeGeneralization> quasi;
    for (int i = 0; i < 9; ++i)
        quasi.push_back(*AttributeGeneralization::create(*table, i, nullptr));
    RiskAnalyzer analyzer(*table, quasi, {});
    const auto report = analyzer.analyze(RiskRequest{});
    QVERIFY(report.ok());
    QCOMPARE(report->classes, quint64(sizes.size()));
    QCOMPARE(report->classes, quint64(2702));
    QCOMPARE(report->sampleUniqueRecords, quint64(uniques));
    QCOMPARE(report->minClass, quint64(smallest));
}

void TestRisk::cancels()
{
    const HandTable t = handTable();
    RiskAnalyzer analyzer(t.table, t.quasi, {3});
    CancellationToken token;
    token.cancel();
    const auto report = analyzer.analyze(RiskRequest{}, {}, &token);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestRisk)
#include "test_risk.moc"
