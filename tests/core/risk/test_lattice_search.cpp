// The k-anonymity lattice search: optimality against exhaustive search on Adult (subset), tie
// rules, weights and level caps, suppression, and consistency with RiskAnalyzer.

#include "core/risk/AnonymizationProblem.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DelimitedTableReader.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/ExhaustiveSearch.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/risk/LatticeSearch.h"
#include "core/risk/RiskAnalyzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kAdultAttributes = {u"sex"_s,       u"age"_s,            u"race"_s,
                                      u"marital-status"_s, u"education"_s, u"native-country"_s,
                                      u"workclass"_s, u"occupation"_s,     u"salary-class"_s};

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

QString levelsText(const std::vector<int> &levels)
{
    QStringList parts;
    for (int level : levels)
        parts << QString::number(level);
    return parts.join(QLatin1Char(','));
}

// A loaded data set with its quasi-identifiers bound to their hierarchies.
struct Dataset {
    EncodedTable table;
    std::vector<Hierarchy> hierarchies;
    std::vector<AttributeGeneralization> quasi;
};

} // namespace

Q_DECLARE_METATYPE(std::vector<Row>)

class TestLatticeSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void optimalOnAdultSubset_data();
    void optimalOnAdultSubset();
    void randomTablesMatchExhaustive_data();
    void randomTablesMatchExhaustive();
    void fullAdultClassesAndK5();
    void tieGoesToLowerLevelSumThenLexicographic_data();
    void tieGoesToLowerLevelSumThenLexicographic();
    void suppressionCanBeatGeneralisation();
    void wideKeysRollUp();
    void rollUpMatchesRescan();
    void noSolution();
    void noRecords();
    void rejectsBadSettings_data();
    void rejectsBadSettings();
    void rejectsAttributesOfAnotherTable();
    void cancels();

private:
    bool loadAdult(const QString &file, Dataset &dataset);
    QTemporaryDir m_dir;
    Dataset m_subset;
};

bool TestLatticeSearch::loadAdult(const QString &file, Dataset &dataset)
{
    const auto table = DelimitedTableReader::read(m_dir.filePath(file), ';', kAdultAttributes);
    if (!table) {
        qWarning("%s", qPrintable(table.error().toString()));
        return false;
    }
    dataset.table = std::move(*table);
    dataset.hierarchies.clear();
    dataset.quasi.clear();
    for (const QString &name : kAdultAttributes) {
        auto hierarchy = Hierarchy::load(m_dir.filePath(u"adult_hierarchy_%1.csv"_s.arg(name)));
        if (!hierarchy) {
            qWarning("%s", qPrintable(hierarchy.error().toString()));
            return false;
        }
        dataset.hierarchies.push_back(std::move(*hierarchy));
    }
    for (int i = 0; i < kAdultAttributes.size(); ++i) {
        auto attribute = AttributeGeneralization::create(dataset.table, i, &dataset.hierarchies[i]);
        if (!attribute) {
            qWarning("%s", qPrintable(attribute.error().toString()));
            return false;
        }
        dataset.quasi.push_back(std::move(*attribute));
    }
    return true;
}

void TestLatticeSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir source(QStringLiteral(STEWARD_TEST_DATA_DIR "/adult"));
    for (const QString &name : source.entryList({u"*.csv"_s}))
        QVERIFY(QFile::copy(source.filePath(name), m_dir.filePath(name)));
    QVERIFY(loadAdult(u"adult_subset.csv"_s, m_subset));
    QCOMPARE(m_subset.table.rowCount(), size_t(3016));
}

void TestLatticeSearch::optimalOnAdultSubset_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("limit");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<int>>("maxLevels");

    for (int k : {2, 5, 10}) {
        QTest::addRow("k=%d, no suppression", k) << k << 0.0 << QList<double>{} << QList<int>{};
        QTest::addRow("k=%d, 2%% suppression", k) << k << 0.02 << QList<double>{} << QList<int>{};
    }
    QTest::newRow("k=5, 100% suppression") << 5 << 1.0 << QList<double>{} << QList<int>{};
    // Protect age (at most decades) and weight it heavily.
    QTest::newRow("k=5, 2%, age capped and weighted")
        << 5 << 0.02 << QList<double>{1, 5, 1, 1, 1, 1, 1, 1, 1}
        << QList<int>{-1, 2, -1, -1, -1, -1, -1, -1, -1};
}

void TestLatticeSearch::optimalOnAdultSubset()
{
    QFETCH(int, k);
    QFETCH(double, limit);
    QFETCH(QList<double>, weights);
    QFETCH(QList<int>, maxLevels);
    AnonymizationSettings settings;
    settings.k = k;
    settings.suppressionLimit = limit;
    settings.weights.assign(weights.begin(), weights.end());
    settings.maxLevels.assign(maxLevels.begin(), maxLevels.end());

    const auto search = LatticeSearch::run(m_subset.table, m_subset.quasi, settings);
    QVERIFY2(search.ok(), qPrintable(search ? QString() : search.error().toString()));
    const auto exhaustive = ExhaustiveSearch::run(m_subset.table, m_subset.quasi, settings);
    QVERIFY(exhaustive.ok());
    QCOMPARE(exhaustive->latticeSize, quint64(maxLevels.isEmpty() ? 12960 : 12960 / 5 * 3));
    QVERIFY(search->found);
    QVERIFY(exhaustive->found);
    QVERIFY2(search->levels == exhaustive->levels,
             qPrintable(u"search [%1] loss %2, exhaustive [%3] loss %4"_s
                            .arg(levelsText(search->levels))
                            .arg(search->loss, 0, 'g', 17)
                            .arg(levelsText(exhaustive->levels))
                            .arg(exhaustive->loss, 0, 'g', 17)));
    QVERIFY(qAbs(search->loss - exhaustive->loss) <= 1e-12);
    QVERIFY(search->nodesEvaluated < exhaustive->nodesEvaluated);
    if (!maxLevels.isEmpty())
        QVERIFY(search->levels[1] <= 2);

    // The result holds: k reached, within the limit, and RiskAnalyzer (a separate computation
    // over the records) reports the same classes, suppression and loss.
    const auto allowed = quint64(limit * 3016 + 1e-9);
    QVERIFY(search->suppressedRecords <= allowed);
    QVERIFY(search->minClass >= quint64(k));
    RiskAnalyzer analyzer(m_subset.table, m_subset.quasi, {});
    RiskRequest request;
    request.levels = search->levels;
    request.k = k;
    request.suppressBelowK = true;
    request.weights = settings.weights;
    const auto report = analyzer.analyze(request);
    QVERIFY(report.ok());
    QCOMPARE(report->suppressedRecords, search->suppressedRecords);
    QCOMPARE(report->classes, search->classes);
    QCOMPARE(report->minClass, search->minClass);
    QVERIFY2(qAbs(report->totalLoss - search->loss) <= 1e-12,
             qPrintable(u"%1 vs %2"_s.arg(report->totalLoss, 0, 'g', 17).arg(search->loss, 0, 'g', 17)));
    for (int a = 0; a < 9; ++a)
        QVERIFY(qAbs(report->fieldLoss[a] - search->fieldLoss[a]) <= 1e-12);
    if (search->suppressedRecords > 0)
        QVERIFY(report->suppressed == search->suppressed);
    QCOMPARE(search->suppressed.size(), size_t(3016));
}

void TestLatticeSearch::randomTablesMatchExhaustive_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 30; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestLatticeSearch::randomTablesMatchExhaustive()
{
    // Small random tables with skewed values and random hierarchies, under several k, limits,
    // weights and caps: the pruning search always lands on the exhaustive optimum.
    QFETCH(int, seed);
    std::mt19937 random(static_cast<unsigned>(seed));
    const int attributes = 2 + int(random() % 3);
    const int records = 20 + int(random() % 200);
    QStringList names;
    std::vector<int> domains;
    std::vector<std::vector<int>> divisors; // level l ≥ 1: value / divisors[l − 1]
    for (int a = 0; a < attributes; ++a) {
        names << u"a%1"_s.arg(a);
        domains.push_back(2 + int(random() % 11));
        std::vector<int> levels;
        int divisor = 1;
        const int height = int(random() % 4);
        for (int l = 0; l < height; ++l) {
            divisor *= 2 + int(random() % 2);
            levels.push_back(divisor);
        }
        divisors.push_back(levels);
    }
    std::vector<Row> rows;
    for (int r = 0; r < records; ++r) {
        Row row;
        for (int a = 0; a < attributes; ++a) {
            const int d = domains[a];
            row.push_back(std::to_string(std::min(int(random() % d), int(random() % d))));
        }
        rows.push_back(std::move(row));
    }
    const EncodedTable table = makeTable(names, rows);
    std::vector<Hierarchy> hierarchies;
    for (int a = 0; a < attributes; ++a) {
        std::vector<Row> hierarchyRows;
        for (int v = 0; v < domains[a]; ++v) {
            Row row{std::to_string(v)};
            for (int divisor : divisors[a])
                row.push_back(u"%1/%2"_s.arg(v / divisor).arg(divisor).toStdString());
            row.push_back("*");
            hierarchyRows.push_back(std::move(row));
        }
        auto hierarchy = Hierarchy::fromRows(hierarchyRows);
        QVERIFY(hierarchy.ok());
        hierarchies.push_back(std::move(*hierarchy));
    }
    std::vector<AttributeGeneralization> quasi;
    for (int a = 0; a < attributes; ++a)
        quasi.push_back(*AttributeGeneralization::create(table, a, &hierarchies[a]));

    for (int k : {2, 3, 5}) {
        for (double limit : {0.0, 0.05, 0.3, 1.0}) {
            AnonymizationSettings settings;
            settings.k = k;
            settings.suppressionLimit = limit;
            if (random() % 2) {
                for (int a = 0; a < attributes; ++a)
                    settings.weights.push_back(double(random() % 4));
                settings.weights[0] += 0.5;
            }
            if (random() % 3 == 0) {
                for (int a = 0; a < attributes; ++a)
                    settings.maxLevels.push_back(int(random() % 4) - 1);
            }
            const auto search = LatticeSearch::run(table, quasi, settings);
            const auto exhaustive = ExhaustiveSearch::run(table, quasi, settings);
            QVERIFY(search.ok() && exhaustive.ok());
            QCOMPARE(search->found, exhaustive->found);
            if (!search->found)
                continue;
            QVERIFY2(search->levels == exhaustive->levels,
                     qPrintable(u"k=%1 limit=%2: search [%3] %4, exhaustive [%5] %6"_s.arg(k)
                                    .arg(limit)
                                    .arg(levelsText(search->levels))
                                    .arg(search->loss, 0, 'g', 17)
                                    .arg(levelsText(exhaustive->levels))
                                    .arg(exhaustive->loss, 0, 'g', 17)));
            QVERIFY(qAbs(search->loss - exhaustive->loss) <= 1e-12);
            QCOMPARE(search->suppressedRecords, exhaustive->suppressedRecords);
        }
    }
}

void TestLatticeSearch::fullAdultClassesAndK5()
{
    QElapsedTimer timer;
    timer.start();
    Dataset adult;
    QVERIFY(loadAdult(u"adult.csv"_s, adult));
    QCOMPARE(adult.table.rowCount(), size_t(30162));
    RiskAnalyzer analyzer(adult.table, adult.quasi, {});
    const auto raw = analyzer.analyze(RiskRequest{});
    QVERIFY(raw.ok());
    QCOMPARE(raw->classes, quint64(19502));

    AnonymizationSettings settings;
    settings.k = 5;
    const auto search = LatticeSearch::run(adult.table, adult.quasi, settings);
    QVERIFY(search.ok());
    QVERIFY(search->found);
    QVERIFY(search->minClass >= 5);
    QCOMPARE(search->suppressedRecords, quint64(0));
    // The unweighted optimum removes age entirely (the exhaustive check is in bench_anonymize).
    QCOMPARE(search->levels[1], 4);
    qInfo("full Adult: load, raw risk and k=5 search in %lld ms", timer.elapsed());
}

void TestLatticeSearch::tieGoesToLowerLevelSumThenLexicographic_data()
{
    QTest::addColumn<std::vector<Row>>("hierarchyA");
    QTest::addColumn<std::vector<Row>>("hierarchyB");
    QTest::addColumn<QList<int>>("expected");

    // (1,0) and (0,1) both make two classes of 2 at loss 1/2 with level sum 1: lexicographic.
    QTest::newRow("lexicographic") << std::vector<Row>{{"x", "*"}, {"y", "*"}}
                                   << std::vector<Row>{{"p", "*"}, {"q", "*"}} << QList<int>{0, 1};
    // b's level 1 merges nothing: (1,0) and (0,2) and (1,1) all cost 1/2; the lowest level sum
    // wins even though (0,2) is lexicographically smaller.
    QTest::newRow("level sum before lexicographic")
        << std::vector<Row>{{"x", "*"}, {"y", "*"}}
        << std::vector<Row>{{"p", "P", "*"}, {"q", "Q", "*"}} << QList<int>{1, 0};
}

void TestLatticeSearch::tieGoesToLowerLevelSumThenLexicographic()
{
    QFETCH(std::vector<Row>, hierarchyA);
    QFETCH(std::vector<Row>, hierarchyB);
    QFETCH(QList<int>, expected);
    const EncodedTable table =
        makeTable({u"a"_s, u"b"_s}, {{"x", "p"}, {"y", "q"}, {"x", "q"}, {"y", "p"}});
    const auto a = Hierarchy::fromRows(hierarchyA);
    const auto b = Hierarchy::fromRows(hierarchyB);
    QVERIFY(a.ok() && b.ok());
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*a));
    quasi.push_back(*AttributeGeneralization::create(table, 1, &*b));
    AnonymizationSettings settings;
    settings.k = 2;
    for (const auto &result : {LatticeSearch::run(table, quasi, settings),
                               ExhaustiveSearch::run(table, quasi, settings)}) {
        QVERIFY(result.ok());
        QVERIFY(result->found);
        QCOMPARE(QList<int>(result->levels.begin(), result->levels.end()), expected);
        QCOMPARE(result->loss, 0.5);
        QCOMPARE(result->minClass, quint64(2));
    }
}

void TestLatticeSearch::suppressionCanBeatGeneralisation()
{
    // Nine records share (x, p); one is (y, q). At k=2 without suppression only generalising an
    // attribute helps (loss 1/2 for everyone); with 10% suppression the outlier is suppressed
    // instead: loss = 1 record × 1 / 10 records = 0.1 at the bottom node.
    std::vector<Row> rows(9, Row{"x", "p"});
    rows.push_back({"y", "q"});
    const EncodedTable table = makeTable({u"a"_s, u"b"_s}, rows);
    const auto a = Hierarchy::fromRows({{"x", "*"}, {"y", "*"}});
    const auto b = Hierarchy::fromRows({{"p", "*"}, {"q", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*a));
    quasi.push_back(*AttributeGeneralization::create(table, 1, &*b));

    AnonymizationSettings settings;
    settings.k = 2;
    auto none = LatticeSearch::run(table, quasi, settings);
    QVERIFY(none.ok() && none->found);
    QCOMPARE(QList<int>(none->levels.begin(), none->levels.end()), QList<int>({1, 1}));
    QCOMPARE(none->loss, 1.0);
    QCOMPARE(none->suppressedRecords, quint64(0));

    settings.suppressionLimit = 0.1;
    auto some = LatticeSearch::run(table, quasi, settings);
    QVERIFY(some.ok() && some->found);
    QCOMPARE(QList<int>(some->levels.begin(), some->levels.end()), QList<int>({0, 0}));
    QCOMPARE(some->suppressedRecords, quint64(1));
    QCOMPARE(some->loss, 0.1);
    QCOMPARE(some->minClass, quint64(9));
    QCOMPARE(some->classes, quint64(1));
    QCOMPARE(some->suppressed.back(), uint8_t(1));
    QCOMPARE(some->suppressed.front(), uint8_t(0));

    settings.suppressionLimit = 0.09; // floor(0.9) = 0 records may go
    auto tooLittle = LatticeSearch::run(table, quasi, settings);
    QVERIFY(tooLittle.ok() && tooLittle->found);
    QCOMPARE(tooLittle->suppressedRecords, quint64(0));
}

void TestLatticeSearch::wideKeysRollUp()
{
    // Six attributes of 1,000 values each (6 × 10 bits + …) do not fit one 64-bit key.
    std::mt19937 random(7);
    std::vector<Row> rows;
    for (int i = 0; i < 4000; ++i) {
        Row row;
        for (int a = 0; a < 7; ++a)
            row.push_back(std::to_string(random() % (a < 6 ? 1000 : 20)));
        rows.push_back(std::move(row));
    }
    const EncodedTable table = makeTable(
        {u"a0"_s, u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s, u"a6"_s}, rows);
    std::vector<Row> decimal; // v → v/100 → *
    for (int v = 0; v < 1000; ++v)
        decimal.push_back({std::to_string(v), std::to_string(v / 100), "*"});
    const auto h = Hierarchy::fromRows(decimal);
    std::vector<Row> small;
    for (int v = 0; v < 20; ++v)
        small.push_back({std::to_string(v), std::to_string(v / 5), "*"});
    const auto s = Hierarchy::fromRows(small);
    QVERIFY(h.ok() && s.ok());
    std::vector<AttributeGeneralization> quasi;
    for (int a = 0; a < 7; ++a)
        quasi.push_back(*AttributeGeneralization::create(table, a, a < 6 ? &*h : &*s));
    for (double limit : {0.0, 0.05}) {
        AnonymizationSettings settings;
        settings.k = 3;
        settings.suppressionLimit = limit;
        const auto search = LatticeSearch::run(table, quasi, settings);
        const auto exhaustive = ExhaustiveSearch::run(table, quasi, settings);
        QVERIFY(search.ok() && exhaustive.ok());
        QCOMPARE(exhaustive->latticeSize, quint64(2187));
        QVERIFY(search->found);
        QCOMPARE(search->levels, exhaustive->levels);
        QVERIFY(qAbs(search->loss - exhaustive->loss) <= 1e-12);
    }
}

void TestLatticeSearch::rollUpMatchesRescan()
{
    // Histograms rolled up along the lattice equal a fresh GROUP BY of the records.
    AnonymizationSettings settings;
    settings.k = 5;
    settings.suppressionLimit = 0.5;
    const auto problem = AnonymizationProblem::create(m_subset.table, m_subset.quasi, settings);
    QVERIFY(problem.ok());
    const GeneralizationLattice &lattice = problem->lattice();
    ClassHistogram bottom;
    QVERIFY(problem->bottomHistogram(bottom, nullptr));
    QCOMPARE(bottom.size(), size_t(2702));
    RiskAnalyzer analyzer(m_subset.table, m_subset.quasi, {});
    GroupCounter counter;
    std::mt19937_64 random(1);
    for (int i = 0; i < 25; ++i) {
        const uint64_t node = random() % lattice.size();
        ClassHistogram rolled;
        problem->rollup(bottom, 0, node, counter, rolled);
        RiskRequest request;
        request.levels = lattice.levels(node);
        request.k = 5;
        request.suppressBelowK = true;
        const auto report = analyzer.analyze(request);
        QVERIFY(report.ok());
        quint64 records = 0;
        for (uint32_t count : rolled.counts)
            records += count;
        QCOMPARE(records, quint64(3016));
        QCOMPARE(rolled.size(), size_t(report->classes + [&] {
                     size_t below = 0;
                     for (uint32_t count : rolled.counts)
                         below += count < 5;
                     return below;
                 }()));
        const auto figures = problem->figures(rolled, node);
        QCOMPARE(figures.recordsBelowK, report->suppressedRecords);
        if (figures.anonymous)
            QVERIFY(qAbs(figures.loss - report->totalLoss) <= 1e-12);
    }
}

void TestLatticeSearch::noSolution()
{
    const EncodedTable table = makeTable({u"a"_s}, {{"x"}, {"y"}, {"x"}});
    const auto a = Hierarchy::fromRows({{"x", "*"}, {"y", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*a));
    AnonymizationSettings settings;
    settings.k = 4; // more than the records
    for (const auto &result : {LatticeSearch::run(table, quasi, settings),
                               ExhaustiveSearch::run(table, quasi, settings)}) {
        QVERIFY(result.ok());
        QVERIFY(!result->found);
        QCOMPARE(result->records, quint64(3));
    }
    settings.suppressionLimit = 1.0; // everything may go: suppress all at the bottom, loss 1
    const auto all = LatticeSearch::run(table, quasi, settings);
    QVERIFY(all.ok() && all->found);
    QCOMPARE(all->suppressedRecords, quint64(3));
    QCOMPARE(all->loss, 1.0);
    QCOMPARE(all->levels, std::vector<int>({0}));
    QCOMPARE(all->minClass, quint64(0));
}

void TestLatticeSearch::noRecords()
{
    const EncodedTable table = makeTable({u"a"_s}, {});
    const auto a = Hierarchy::fromRows({{"x", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*a));
    const auto result = LatticeSearch::run(table, quasi, AnonymizationSettings{});
    QVERIFY(result.ok() && result->found);
    QCOMPARE(result->levels, std::vector<int>({0}));
    QCOMPARE(result->loss, 0.0);
}

void TestLatticeSearch::rejectsBadSettings_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("limit");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<int>>("maxLevels");

    QTest::newRow("k=0") << 0 << 0.0 << QList<double>{} << QList<int>{};
    QTest::newRow("negative limit") << 5 << -0.1 << QList<double>{} << QList<int>{};
    QTest::newRow("limit above 100%") << 5 << 1.5 << QList<double>{} << QList<int>{};
    QTest::newRow("too few weights") << 5 << 0.0 << QList<double>{1, 1} << QList<int>{};
    QTest::newRow("negative weight")
        << 5 << 0.0 << QList<double>{1, 1, 1, 1, -1, 1, 1, 1, 1} << QList<int>{};
    QTest::newRow("too few max levels") << 5 << 0.0 << QList<double>{} << QList<int>{1};
}

void TestLatticeSearch::rejectsBadSettings()
{
    QFETCH(int, k);
    QFETCH(double, limit);
    QFETCH(QList<double>, weights);
    QFETCH(QList<int>, maxLevels);
    AnonymizationSettings settings;
    settings.k = k;
    settings.suppressionLimit = limit;
    settings.weights.assign(weights.begin(), weights.end());
    settings.maxLevels.assign(maxLevels.begin(), maxLevels.end());
    const auto result = LatticeSearch::run(m_subset.table, m_subset.quasi, settings);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Usage);
}

void TestLatticeSearch::rejectsAttributesOfAnotherTable()
{
    const EncodedTable other = makeTable({u"a"_s}, {{"x"}, {"y"}});
    const auto result = LatticeSearch::run(other, m_subset.quasi, AnonymizationSettings{});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Usage);
    RiskAnalyzer analyzer(other, m_subset.quasi, {});
    const auto report = analyzer.analyze(RiskRequest{});
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Usage);
}

void TestLatticeSearch::cancels()
{
    CancellationToken token;
    token.cancel();
    AnonymizationSettings settings;
    const auto search = LatticeSearch::run(m_subset.table, m_subset.quasi, settings, {}, &token);
    QVERIFY(!search.ok());
    QCOMPARE(search.error().code, ErrorCode::Cancelled);
    const auto exhaustive = ExhaustiveSearch::run(m_subset.table, m_subset.quasi, settings, {}, &token);
    QVERIFY(!exhaustive.ok());
    QCOMPARE(exhaustive.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestLatticeSearch)
#include "test_lattice_search.moc"
