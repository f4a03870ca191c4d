// Privacy models beyond k: each model's figure against hand-computed tables (including the
// ordered-distance example of Li, Li and Venkatasubramanian), the search with floors, l-diversity,
// t-closeness and an average-risk ceiling against exhaustive search on many random tables, alone
// and combined, with and without suppression, and RiskAnalyzer reproducing a search's suppression.

#include "core/hierarchy/Hierarchy.h"
#include "core/risk/AnonymizationProblem.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DelimitedTableReader.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/ExhaustiveSearch.h"
#include "core/risk/LatticeSearch.h"
#include "core/risk/RiskAnalyzer.h"
#include "core/risk/SensitiveCheck.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

using Row = std::vector<std::string>;
using Kind = SensitiveModel::Kind;

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

// A one-column table with these values; returns the check of `model` on it (column 0).
SensitiveCheck checkOn(const EncodedTable &table, SensitiveModel model)
{
    model.column = 0;
    auto check = SensitiveCheck::create(table, model);
    if (!check)
        qFatal("%s", qPrintable(check.error().toString()));
    return *check;
}

// The class made of these (value, count) pairs, as codes of `table`'s column 0.
std::vector<SensitiveCount> classOf(const EncodedTable &table,
                                    const std::vector<std::pair<std::string, quint64>> &values)
{
    std::vector<SensitiveCount> out;
    for (const auto &[value, count] : values)
        out.push_back({table.column(0).dictionary().find(value), count});
    return out;
}

SensitiveModel model(Kind kind, double l = 2.0, double c = 1.0, double t = 0.2,
                     bool ordered = false)
{
    SensitiveModel m;
    m.kind = kind;
    m.l = l;
    m.c = c;
    m.t = t;
    m.ordered = ordered;
    return m;
}

QString levelsText(const std::vector<int> &levels)
{
    QStringList parts;
    for (int level : levels)
        parts << QString::number(level);
    return parts.join(QLatin1Char(','));
}

QString modelsText(const AnonymizationSettings &settings)
{
    QStringList parts;
    for (const SensitiveModel &m : settings.sensitive) {
        switch (m.kind) {
        case Kind::DistinctL: parts << u"distinct-%1"_s.arg(m.l); break;
        case Kind::EntropyL: parts << u"entropy-%1"_s.arg(m.l); break;
        case Kind::RecursiveCL: parts << u"recursive-(%1,%2)"_s.arg(m.c).arg(m.l); break;
        case Kind::TCloseness:
            parts << u"%1-closeness%2"_s.arg(m.t).arg(m.ordered ? u" ordered"_s : QString());
            break;
        }
        parts.last() += u"@%1"_s.arg(m.column);
    }
    if (settings.maxAverageRisk)
        parts << u"average risk ≤ %1"_s.arg(*settings.maxAverageRisk);
    if (!settings.minLevels.empty()) {
        parts << u"floors [%1]"_s.arg(levelsText(settings.minLevels));
    }
    return u"k=%1 limit=%2 %3"_s.arg(settings.k).arg(settings.suppressionLimit).arg(parts.join(u", "_s));
}

// A random table: 2–4 quasi-identifiers with random hierarchies (columns 0 … q−1) and two
// sensitive columns of small numeric domains (columns q, q+1).
struct RandomData {
    EncodedTable table;
    std::vector<Hierarchy> hierarchies;
    std::vector<AttributeGeneralization> quasi;
    int sensitive0 = 0;
};

RandomData randomData(std::mt19937 &random)
{
    RandomData data;
    const int attributes = 2 + int(random() % 3);
    const int records = 20 + int(random() % 180);
    QStringList names;
    std::vector<int> domains;
    std::vector<std::vector<int>> divisors;
    for (int a = 0; a < attributes; ++a) {
        names << u"a%1"_s.arg(a);
        domains.push_back(2 + int(random() % 9));
        std::vector<int> levels;
        int divisor = 1;
        const int height = 1 + int(random() % 3);
        for (int l = 0; l < height; ++l) {
            divisor *= 2 + int(random() % 2);
            levels.push_back(divisor);
        }
        divisors.push_back(levels);
    }
    names << u"s0"_s << u"s1"_s;
    const int s0 = 2 + int(random() % 5);
    const int s1 = 2 + int(random() % 3);
    std::vector<Row> rows;
    for (int r = 0; r < records; ++r) {
        Row row;
        for (int a = 0; a < attributes; ++a) {
            const int d = domains[a];
            row.push_back(std::to_string(std::min(int(random() % d), int(random() % d))));
        }
        // Sensitive values loosely tied to the first attribute, so that classes differ.
        const int tie = std::stoi(row[0]);
        row.push_back(std::to_string(10 * ((tie + int(random() % s0)) % s0)));
        row.push_back(std::to_string(int(random() % s1) == 0 ? tie % s1 : int(random() % s1)));
        rows.push_back(std::move(row));
    }
    data.table = makeTable(names, rows);
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
        if (!hierarchy)
            qFatal("bad hierarchy");
        data.hierarchies.push_back(std::move(*hierarchy));
    }
    for (int a = 0; a < attributes; ++a)
        data.quasi.push_back(*AttributeGeneralization::create(data.table, a, &data.hierarchies[a]));
    data.sensitive0 = attributes;
    return data;
}

// The search equals the exhaustive optimum, its result holds every criterion, and RiskAnalyzer
// with the same models reproduces its suppression record by record.
void compareWithExhaustive(const RandomData &data, const AnonymizationSettings &settings)
{
    const auto search = LatticeSearch::run(data.table, data.quasi, settings);
    const auto exhaustive = ExhaustiveSearch::run(data.table, data.quasi, settings);
    QVERIFY2(search.ok() && exhaustive.ok(), qPrintable(modelsText(settings)));
    QVERIFY2(search->found == exhaustive->found, qPrintable(modelsText(settings)));
    if (!search->found)
        return;
    QVERIFY2(search->levels == exhaustive->levels,
             qPrintable(u"%1: search [%2] %3, exhaustive [%4] %5"_s.arg(modelsText(settings))
                            .arg(levelsText(search->levels))
                            .arg(search->loss, 0, 'g', 17)
                            .arg(levelsText(exhaustive->levels))
                            .arg(exhaustive->loss, 0, 'g', 17)));
    QVERIFY(std::abs(search->loss - exhaustive->loss) <= 1e-12);
    QCOMPARE(search->suppressedRecords, exhaustive->suppressedRecords);
    QVERIFY(search->nodesChecked <= search->latticeSize);

    // Every criterion holds on what is kept.
    const auto allowed = static_cast<quint64>(
        std::floor(settings.suppressionLimit * double(data.table.rowCount()) + 1e-9));
    QVERIFY(search->suppressedRecords <= allowed);
    if (search->classes > 0)
        QVERIFY(search->minClass >= quint64(settings.k));
    for (size_t a = 0; a < settings.minLevels.size(); ++a)
        QVERIFY(search->levels[a] >= settings.minLevels[a]);
    if (settings.maxAverageRisk)
        QVERIFY(search->averageRisk <= *settings.maxAverageRisk + 1e-12);
    QCOMPARE(search->sensitiveAchieved.size(), settings.sensitive.size());
    for (size_t m = 0; m < settings.sensitive.size() && search->classes > 0; ++m) {
        const SensitiveModel &sm = settings.sensitive[m];
        const double figure = search->sensitiveAchieved[m];
        if (sm.kind == Kind::TCloseness)
            QVERIFY(figure <= sm.t + 1e-12);
        else if (sm.kind == Kind::EntropyL)
            QVERIFY(figure >= sm.l * (1 - 1e-12));
        else
            QVERIFY(figure >= std::ceil(sm.l));
    }

    RiskAnalyzer analyzer(data.table, data.quasi, {});
    RiskRequest request;
    request.levels = search->levels;
    request.k = settings.k;
    request.suppressBelowK = true;
    request.suppressionModels = settings.sensitive;
    request.weights = settings.weights;
    const auto report = analyzer.analyze(request);
    QVERIFY(report.ok());
    QCOMPARE(report->suppressedRecords, search->suppressedRecords);
    QCOMPARE(report->classes, search->classes);
    QVERIFY(std::abs(report->totalLoss - search->loss) <= 1e-12);
    QCOMPARE(report->classSizes, search->classSizes);
    if (search->suppressedRecords > 0)
        QVERIFY(report->suppressed == search->suppressed);
}

} // namespace

class TestPrivacyModels : public QObject {
    Q_OBJECT

private slots:
    void distinctAndEntropy();
    void recursiveCl_data();
    void recursiveCl();
    void equalDistance();
    void orderedDistancePaperExample();
    void orderedDistanceNeedsNumbers();
    void orderedDistanceMatchesDirectSum();
    void rejectsBadModels();
    void floorsBoundTheSearch();
    void searchWithDistinctL();
    void entropyNotMonotoneWithSuppression();
    void averageRisk();
    void modelsMatchExhaustive_data();
    void modelsMatchExhaustive();
    void monotoneCaseStillStopsEarly();
    void riskReportFigures();
};

void TestPrivacyModels::distinctAndEntropy()
{
    const EncodedTable table = makeTable({u"s"_s}, {{"a"}, {"b"}, {"c"}, {""}});
    const SensitiveCheck distinct = checkOn(table, model(Kind::DistinctL, 2));
    auto values = classOf(table, {{"a", 3}, {"b", 1}});
    QCOMPARE(distinct.measure(values.data(), values.size()), 2.0);
    QVERIFY(distinct.passes(2.0));
    QVERIFY(!distinct.passes(1.0));
    // The empty value is a value like any other.
    values = classOf(table, {{"a", 3}, {"", 1}});
    QCOMPARE(distinct.measure(values.data(), values.size()), 2.0);

    // {3, 1}: H = −(¾ ln ¾ + ¼ ln ¼) = 0.562335…, exp(H) = 1.754765…
    const SensitiveCheck entropy = checkOn(table, model(Kind::EntropyL, 2));
    values = classOf(table, {{"a", 3}, {"b", 1}});
    const double figure = entropy.measure(values.data(), values.size());
    QVERIFY(std::abs(figure - std::exp(-(0.75 * std::log(0.75) + 0.25 * std::log(0.25)))) < 1e-12);
    QVERIFY(std::abs(figure - 1.7547654) < 1e-6);
    QVERIFY(!entropy.passes(figure));
    QVERIFY(checkOn(table, model(Kind::EntropyL, 1.75)).passes(figure));
    // {2, 2}: exactly l = 2, which passes despite rounding; {1, 1, 1}: 3.
    values = classOf(table, {{"a", 2}, {"b", 2}});
    QVERIFY(entropy.passes(entropy.measure(values.data(), values.size())));
    QVERIFY(std::abs(entropy.measure(values.data(), values.size()) - 2.0) < 1e-12);
    values = classOf(table, {{"a", 1}, {"b", 1}, {"c", 1}});
    QVERIFY(std::abs(entropy.measure(values.data(), values.size()) - 3.0) < 1e-12);
    values = classOf(table, {{"a", 7}});
    QCOMPARE(entropy.measure(values.data(), values.size()), 1.0);
}

void TestPrivacyModels::recursiveCl_data()
{
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("l");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<double>("figure");
    QTest::addColumn<bool>("passes");
    // Counts 5, 3, 2, 1. c = 2: l' = 4: 5 < 2·1 no; l' = 3: 5 < 2·3 yes → 3.
    QTest::newRow("c=2 l=3") << 2.0 << 3.0 << QList<int>{5, 3, 2, 1} << 3.0 << true;
    QTest::newRow("c=2 l=4") << 2.0 << 4.0 << QList<int>{5, 3, 2, 1} << 3.0 << false;
    // c = 1: l' = 3: 5 < 3 no; l' = 2: 5 < 6 yes → 2.
    QTest::newRow("c=1 l=2") << 1.0 << 2.0 << QList<int>{1, 3, 5, 2} << 2.0 << true;
    QTest::newRow("c=1 l=3") << 1.0 << 3.0 << QList<int>{1, 3, 5, 2} << 2.0 << false;
    // One value: l' = 1 needs r1 < c · r1, true only for c > 1.
    QTest::newRow("single value c=1") << 1.0 << 1.0 << QList<int>{4} << 0.0 << false;
    QTest::newRow("single value c=3") << 3.0 << 1.0 << QList<int>{4} << 1.0 << true;
    // Equal counts 2, 2, 2 at c = 0.5: l' = 3: 2 < 1 no; l' = 2: 2 < 2 no; l' = 1: 2 < 3 yes.
    QTest::newRow("equal counts c=0.5") << 0.5 << 2.0 << QList<int>{2, 2, 2} << 1.0 << false;
}

void TestPrivacyModels::recursiveCl()
{
    QFETCH(double, c);
    QFETCH(double, l);
    QFETCH(QList<int>, counts);
    QFETCH(double, figure);
    QFETCH(bool, passes);
    const EncodedTable table = makeTable({u"s"_s}, {{"a"}, {"b"}, {"c"}, {"d"}});
    const SensitiveCheck check = checkOn(table, model(Kind::RecursiveCL, l, c));
    std::vector<SensitiveCount> values;
    for (int i = 0; i < counts.size(); ++i)
        values.push_back({uint32_t(i), quint64(counts[i])});
    const double measured = check.measure(values.data(), values.size());
    QCOMPARE(measured, figure);
    QCOMPARE(check.passes(measured), passes);
}

void TestPrivacyModels::equalDistance()
{
    // Reference a×5, b×3, c×2: p = (.5, .3, .2).
    std::vector<Row> rows;
    for (int i = 0; i < 5; ++i)
        rows.push_back({"a"});
    for (int i = 0; i < 3; ++i)
        rows.push_back({"b"});
    for (int i = 0; i < 2; ++i)
        rows.push_back({"c"});
    const EncodedTable table = makeTable({u"s"_s}, rows);
    const SensitiveCheck check = checkOn(table, model(Kind::TCloseness, 2, 1, 0.2));
    // q = (.5, .5, 0): ½ (0 + .2 + .2) = 0.2, which passes t = 0.2.
    auto values = classOf(table, {{"a", 1}, {"b", 1}});
    double d = check.measure(values.data(), values.size());
    QVERIFY(std::abs(d - 0.2) < 1e-12);
    QVERIFY(check.passes(d));
    // q = (0, 0, 1): ½ (.5 + .3 + .8) = 0.8.
    values = classOf(table, {{"c", 4}});
    d = check.measure(values.data(), values.size());
    QVERIFY(std::abs(d - 0.8) < 1e-12);
    QVERIFY(!check.passes(d));
    // The whole table's own distribution: 0.
    values = classOf(table, {{"a", 5}, {"b", 3}, {"c", 2}});
    QVERIFY(std::abs(check.measure(values.data(), values.size())) < 1e-12);

    // A left-out record changes the reference: without the two c's p = (5/8, 3/8).
    std::vector<uint8_t> leftOut(10, 0);
    leftOut[8] = leftOut[9] = 1;
    SensitiveModel m = model(Kind::TCloseness, 2, 1, 0.2);
    m.column = 0;
    const auto partial = SensitiveCheck::create(table, m, leftOut);
    QVERIFY(partial.ok());
    values = classOf(table, {{"a", 1}});
    QVERIFY(std::abs(partial->measure(values.data(), values.size()) - 0.375) < 1e-12);
}

void TestPrivacyModels::orderedDistancePaperExample()
{
    // Li, Li, Venkatasubramanian (ICDE 2007), section 4: salaries {3k, 4k, …, 11k}, one record
    // each. Q1 = {3k, 4k, 5k}: D = 0.375; Q2 = {6k, 8k, 11k}: D = 0.167 (1/6). The values are
    // ordered as numbers (10000 after 9000, unlike text).
    std::vector<Row> rows;
    for (int s = 11; s >= 3; --s)
        rows.push_back({std::to_string(s * 1000)});
    const EncodedTable table = makeTable({u"salary"_s}, rows);
    const SensitiveCheck check = checkOn(table, model(Kind::TCloseness, 2, 1, 0.2, true));
    auto q1 = classOf(table, {{"3000", 1}, {"4000", 1}, {"5000", 1}});
    auto q2 = classOf(table, {{"11000", 1}, {"6000", 1}, {"8000", 1}});
    const double d1 = check.measure(q1.data(), q1.size());
    const double d2 = check.measure(q2.data(), q2.size());
    QVERIFY2(std::abs(d1 - 0.375) < 1e-12, qPrintable(QString::number(d1)));
    QVERIFY2(std::abs(d2 - 1.0 / 6.0) < 1e-12, qPrintable(QString::number(d2)));
    QVERIFY(!check.passes(d1));
    QVERIFY(check.passes(d2));
    // The equal distance of Q1: ½ (3 × 2/9 + 6 × 1/9) = 2/3.
    const SensitiveCheck equal = checkOn(table, model(Kind::TCloseness, 2, 1, 0.2, false));
    QVERIFY(std::abs(equal.measure(q1.data(), q1.size()) - 2.0 / 3.0) < 1e-12);
}

void TestPrivacyModels::orderedDistanceNeedsNumbers()
{
    // The empty value ranks after every number: {1, 2, ""} with the class all "": cumulative
    // differences −⅓, −⅔, 0 → (⅓ + ⅔) / 2 = ½.
    const EncodedTable withEmpty = makeTable({u"s"_s}, {{"2"}, {""}, {"1"}});
    const SensitiveCheck check = checkOn(withEmpty, model(Kind::TCloseness, 2, 1, 0.2, true));
    auto values = classOf(withEmpty, {{"", 2}});
    QVERIFY(std::abs(check.measure(values.data(), values.size()) - 0.5) < 1e-12);
    // All "1": cumulative ⅔, ⅓, 0 → ½.
    values = classOf(withEmpty, {{"1", 2}});
    QVERIFY(std::abs(check.measure(values.data(), values.size()) - 0.5) < 1e-12);
    QVERIFY(SensitiveCheck::numeric(withEmpty.column(0)));

    const EncodedTable text = makeTable({u"diagnosis"_s}, {{"12"}, {"J45"}});
    QVERIFY(!SensitiveCheck::numeric(text.column(0)));
    SensitiveModel ordered = model(Kind::TCloseness, 2, 1, 0.2, true);
    ordered.column = 0;
    const auto refused = SensitiveCheck::create(text, ordered);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"diagnosis"_s));
    QVERIFY(!refused.error().message.contains(u"J45"_s)); // never a cell value
    ordered.ordered = false;
    QVERIFY(SensitiveCheck::create(text, ordered).ok());
}

void TestPrivacyModels::orderedDistanceMatchesDirectSum()
{
    // The run-based sum equals Σ_i |Σ_{j ≤ i} (q_j − p_j)| / (M − 1) summed value by value, on
    // random skewed references and classes (values written as numbers, unsorted, negative ones).
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        const int m = 2 + int(random() % 40);
        std::vector<Row> rows;
        std::vector<int> counts(m, 0);
        const int records = m + int(random() % 300);
        for (int r = 0; r < records; ++r) {
            const int v = r < m ? r : std::min(int(random() % m), int(random() % m));
            ++counts[v];
            rows.push_back({std::to_string(v * 7 - 50)});
        }
        const EncodedTable table = makeTable({u"x"_s}, rows);
        const SensitiveCheck check = checkOn(table, model(Kind::TCloseness, 2, 1, 0.2, true));
        std::vector<SensitiveCount> values;
        std::vector<double> q(m, 0.0);
        quint64 total = 0;
        for (int v = 0; v < m; ++v) {
            if (random() % 3 == 0) {
                const quint64 count = 1 + random() % 9;
                values.push_back(
                    {table.column(0).dictionary().find(std::to_string(v * 7 - 50)), count});
                q[v] = double(count);
                total += count;
            }
        }
        if (values.empty())
            continue;
        std::shuffle(values.begin(), values.end(), random);
        double cumulative = 0.0;
        double expected = 0.0;
        for (int v = 0; v < m; ++v) {
            cumulative += q[v] / double(total) - double(counts[v]) / double(records);
            expected += std::abs(cumulative);
        }
        expected /= double(m - 1);
        const double measured = check.measure(values.data(), values.size());
        QVERIFY2(std::abs(measured - expected) < 1e-12,
                 qPrintable(u"%1 vs %2"_s.arg(measured, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
}

void TestPrivacyModels::rejectsBadModels()
{
    const EncodedTable table = makeTable({u"q"_s, u"s"_s}, {{"x", "a"}, {"y", "b"}});
    const auto hierarchy = Hierarchy::fromRows({{"x", "*"}, {"y", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*hierarchy));
    auto rejected = [&](const AnonymizationSettings &settings) {
        return !LatticeSearch::run(table, quasi, settings).ok()
            && !ExhaustiveSearch::run(table, quasi, settings).ok();
    };
    AnonymizationSettings settings;
    settings.k = 1;
    SensitiveModel m = model(Kind::DistinctL, 0.5);
    m.column = 1;
    settings.sensitive = {m};
    QVERIFY(rejected(settings)); // l < 1
    m = model(Kind::RecursiveCL, 2, 0.0);
    m.column = 1;
    settings.sensitive = {m};
    QVERIFY(rejected(settings)); // c ≤ 0
    m = model(Kind::TCloseness, 2, 1, 1.5);
    m.column = 1;
    settings.sensitive = {m};
    QVERIFY(rejected(settings)); // t > 1
    m = model(Kind::DistinctL, 2);
    m.column = 0;
    settings.sensitive = {m};
    QVERIFY(rejected(settings)); // a quasi-identifier
    m.column = 7;
    settings.sensitive = {m};
    QVERIFY(rejected(settings)); // no such column
    settings.sensitive.clear();
    settings.maxAverageRisk = 1.5;
    QVERIFY(rejected(settings));
    settings.maxAverageRisk.reset();
    settings.minLevels = {2}; // above the height (1)
    QVERIFY(rejected(settings));
    settings.minLevels = {-1};
    QVERIFY(rejected(settings));
    settings.minLevels = {1};
    settings.maxLevels = {0}; // floor above the cap
    QVERIFY(rejected(settings));
    settings.maxLevels = {};
    QVERIFY(LatticeSearch::run(table, quasi, settings).ok());
}

void TestPrivacyModels::floorsBoundTheSearch()
{
    // k = 1 is reached at the bottom, but a floor keeps the field at its rule's level: the
    // search never publishes it finer (the result is the floor itself, the least loss above it).
    const EncodedTable table =
        makeTable({u"birth"_s, u"zip"_s}, {{"1980-01-02", "12345"}, {"1980-05-06", "12399"},
                                           {"1991-01-02", "12345"}, {"1992-03-04", "54321"}});
    const auto birth = Hierarchy::fromRows({{"1980-01-02", "1980", "1980s", "*"},
                                            {"1980-05-06", "1980", "1980s", "*"},
                                            {"1991-01-02", "1991", "1990s", "*"},
                                            {"1992-03-04", "1992", "1990s", "*"}});
    const auto zip = Hierarchy::fromRows(
        {{"12345", "123", "*"}, {"12399", "123", "*"}, {"54321", "543", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*birth));
    quasi.push_back(*AttributeGeneralization::create(table, 1, &*zip));
    AnonymizationSettings settings;
    settings.k = 1;
    settings.minLevels = {1, 0};
    for (const auto &result : {LatticeSearch::run(table, quasi, settings),
                               ExhaustiveSearch::run(table, quasi, settings)}) {
        QVERIFY(result.ok() && result->found);
        QCOMPARE(result->levels, std::vector<int>({1, 0}));
    }
    settings.k = 2;
    const auto search = LatticeSearch::run(table, quasi, settings);
    const auto exhaustive = ExhaustiveSearch::run(table, quasi, settings);
    QVERIFY(search.ok() && exhaustive.ok() && search->found);
    QCOMPARE(search->levels, exhaustive->levels);
    QVERIFY(search->levels[0] >= 1);
    // The lattice spans floors to heights: (3 − 1 + 1) × (2 + 1) nodes.
    QCOMPARE(search->latticeSize, quint64(9));
    QCOMPARE(exhaustive->latticeSize, quint64(9));
}

void TestPrivacyModels::searchWithDistinctL()
{
    // Two classes at the bottom: x (diseases a, a, a) and y (a, b, c). k = 3 holds everywhere,
    // distinct-2 fails on x: without suppression the search generalises q to *, with 50% it
    // suppresses x (loss 3 records × 1 / 6 = 0.5 < 1).
    const EncodedTable table = makeTable(
        {u"q"_s, u"disease"_s},
        {{"x", "a"}, {"x", "a"}, {"x", "a"}, {"y", "a"}, {"y", "b"}, {"y", "c"}});
    const auto hierarchy = Hierarchy::fromRows({{"x", "*"}, {"y", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*hierarchy));
    AnonymizationSettings settings;
    settings.k = 3;
    SensitiveModel m = model(Kind::DistinctL, 2);
    m.column = 1;
    settings.sensitive = {m};
    auto result = LatticeSearch::run(table, quasi, settings);
    QVERIFY(result.ok() && result->found);
    QCOMPARE(result->levels, std::vector<int>({1}));
    QCOMPARE(result->suppressedRecords, quint64(0));
    QCOMPARE(result->sensitiveAchieved, std::vector<double>({3.0}));
    QCOMPARE(result->classes, quint64(1));

    settings.suppressionLimit = 0.5;
    result = LatticeSearch::run(table, quasi, settings);
    QVERIFY(result.ok() && result->found);
    QCOMPARE(result->levels, std::vector<int>({0}));
    QCOMPARE(result->suppressedRecords, quint64(3));
    QCOMPARE(result->suppressed, std::vector<uint8_t>({1, 1, 1, 0, 0, 0}));
    QCOMPARE(result->sensitiveAchieved, std::vector<double>({3.0}));
    QCOMPARE(result->averageRisk, 1.0 / 3.0);
    QCOMPARE(result->classSizes, (std::vector<std::pair<quint64, quint64>>{{3, 1}}));
    QVERIFY(std::abs(result->loss - 0.5) < 1e-12);

    // distinct-4 holds nowhere: not found, even with suppression short of everything.
    settings.sensitive[0].l = 4;
    result = LatticeSearch::run(table, quasi, settings);
    QVERIFY(result.ok());
    QVERIFY(!result->found);
}

void TestPrivacyModels::entropyNotMonotoneWithSuppression()
{
    // Generalising can make entropy-l fail where the finer node passed after suppression: at the
    // bottom x = {a, b} passes entropy-2 and z = {a} (one record) is suppressed; at the top the
    // single class {a, a, b} has exp(H) = 1.89 < 2 and fails, so the top is not anonymous
    // although the bottom is. The search must not give up after the top.
    const EncodedTable table =
        makeTable({u"q"_s, u"s"_s}, {{"x", "a"}, {"x", "b"}, {"z", "a"}});
    const auto hierarchy = Hierarchy::fromRows({{"x", "*"}, {"z", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*hierarchy));
    AnonymizationSettings settings;
    settings.k = 1;
    settings.suppressionLimit = 0.4;
    SensitiveModel m = model(Kind::EntropyL, 2);
    m.column = 1;
    settings.sensitive = {m};
    const auto problem = AnonymizationProblem::create(table, quasi, settings);
    QVERIFY(problem.ok());
    QVERIFY(!problem->monotone());
    for (const auto &result : {LatticeSearch::run(table, quasi, settings),
                               ExhaustiveSearch::run(table, quasi, settings)}) {
        QVERIFY(result.ok());
        QVERIFY(result->found);
        QCOMPARE(result->levels, std::vector<int>({0}));
        QCOMPARE(result->suppressedRecords, quint64(1));
    }
    settings.suppressionLimit = 0.0;
    const auto strict = AnonymizationProblem::create(table, quasi, settings);
    QVERIFY(strict.ok() && strict->monotone());
}

void TestPrivacyModels::averageRisk()
{
    // Classes of sizes 1, 1, 2, 4 (8 records): average risk 4/8 at the bottom; with the two
    // singles merged (level 1 of q) 3/8.
    const EncodedTable table = makeTable(
        {u"q"_s},
        {{"a"}, {"b"}, {"c"}, {"c"}, {"d"}, {"d"}, {"d"}, {"d"}});
    const auto hierarchy = Hierarchy::fromRows(
        {{"a", "ab", "*"}, {"b", "ab", "*"}, {"c", "c", "*"}, {"d", "d", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*hierarchy));
    AnonymizationSettings settings;
    settings.k = 1;
    settings.maxAverageRisk = 0.5;
    auto result = LatticeSearch::run(table, quasi, settings);
    QVERIFY(result.ok() && result->found);
    QCOMPARE(result->levels, std::vector<int>({0}));
    QCOMPARE(result->averageRisk, 0.5);
    settings.maxAverageRisk = 0.4;
    result = LatticeSearch::run(table, quasi, settings);
    QVERIFY(result.ok() && result->found);
    QCOMPARE(result->levels, std::vector<int>({1}));
    QCOMPARE(result->averageRisk, 3.0 / 8.0);
    QCOMPARE(result->classSizes,
             (std::vector<std::pair<quint64, quint64>>{{2, 2}, {4, 1}}));
    // k = 3, risk ≤ 0.3 and 50% suppression: at the bottom a, b and c go (4 records, loss ½)
    // and d alone is kept (risk ¼); level 1 also keeps only d (loss ½, a tie lost on the level
    // sum); level 2 keeps all (risk ⅛) at loss 1.
    settings.k = 3;
    settings.maxAverageRisk = 0.3;
    settings.suppressionLimit = 0.5;
    result = LatticeSearch::run(table, quasi, settings);
    const auto exhaustive = ExhaustiveSearch::run(table, quasi, settings);
    QVERIFY(result.ok() && result->found && exhaustive.ok());
    QCOMPARE(result->levels, exhaustive->levels);
    QCOMPARE(result->levels, std::vector<int>({0}));
    QCOMPARE(result->suppressedRecords, quint64(4));
    QCOMPARE(result->averageRisk, 0.25);
    QVERIFY(std::abs(result->loss - 0.5) < 1e-12);
}

void TestPrivacyModels::modelsMatchExhaustive_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestPrivacyModels::modelsMatchExhaustive()
{
    // Each model alone and in combination (k + l + t, two sensitive columns, average risk),
    // with floors, without suppression and with several limits: the search lands on the
    // exhaustive optimum, and its suppression is what RiskAnalyzer reproduces.
    QFETCH(int, seed);
    std::mt19937 random(static_cast<unsigned>(seed));
    const RandomData data = randomData(random);
    const int s0 = data.sensitive0;
    const int s1 = s0 + 1;
    auto on = [](SensitiveModel m, int column) {
        m.column = column;
        return m;
    };
    const std::vector<std::vector<SensitiveModel>> combinations = {
        {on(model(Kind::DistinctL, 2), s0)},
        {on(model(Kind::EntropyL, 1.6), s0)},
        {on(model(Kind::RecursiveCL, 2, 3), s0)},
        {on(model(Kind::TCloseness, 2, 1, 0.3), s0)},
        {on(model(Kind::TCloseness, 2, 1, 0.15, true), s0)},
        {on(model(Kind::DistinctL, 2), s0), on(model(Kind::TCloseness, 2, 1, 0.35), s0)},
        {on(model(Kind::EntropyL, 1.5), s0), on(model(Kind::TCloseness, 2, 1, 0.3, true), s1)},
        {on(model(Kind::RecursiveCL, 2, 2), s1), on(model(Kind::DistinctL, 3), s0)},
        {},
    };
    for (size_t c = 0; c < combinations.size(); ++c) {
        for (double limit : {0.0, 0.05, 0.3, 1.0}) {
            AnonymizationSettings settings;
            settings.k = 1 + int(random() % 4);
            settings.suppressionLimit = limit;
            settings.sensitive = combinations[c];
            if (random() % 3 == 0 || combinations[c].empty())
                settings.maxAverageRisk = 0.2 + 0.1 * double(random() % 5);
            if (random() % 3 == 0) {
                for (size_t a = 0; a < data.quasi.size(); ++a)
                    settings.minLevels.push_back(int(random() % 2));
            }
            if (random() % 2) {
                for (size_t a = 0; a < data.quasi.size(); ++a)
                    settings.weights.push_back(double(random() % 4));
                settings.weights[0] += 0.5;
            }
            compareWithExhaustive(data, settings);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestPrivacyModels::monotoneCaseStillStopsEarly()
{
    // Adult (subset, 3,016 records) with occupation as the sensitive attribute of distinct-2 and
    // 2% suppression: monotone, so tags prune and the B-stop ends the search well before every
    // node has been checked; the result is still the exhaustive optimum.
    const QStringList names = {u"sex"_s,       u"age"_s,            u"race"_s,
                               u"marital-status"_s, u"education"_s, u"native-country"_s,
                               u"workclass"_s, u"occupation"_s,     u"salary-class"_s};
    const QString dir = QStringLiteral(STEWARD_TEST_DATA_DIR "/adult");
    const auto table = DelimitedTableReader::read(dir + u"/adult_subset.csv"_s, ';', names);
    QVERIFY(table.ok());
    std::vector<Hierarchy> hierarchies;
    std::vector<AttributeGeneralization> quasi;
    const QStringList quasiNames = {u"sex"_s, u"age"_s, u"race"_s, u"marital-status"_s,
                                    u"education"_s, u"workclass"_s};
    for (const QString &name : quasiNames) {
        auto hierarchy = Hierarchy::load(dir + u"/adult_hierarchy_%1.csv"_s.arg(name));
        QVERIFY(hierarchy.ok());
        hierarchies.push_back(std::move(*hierarchy));
    }
    for (int i = 0; i < quasiNames.size(); ++i) {
        quasi.push_back(
            *AttributeGeneralization::create(*table, table->columnIndex(quasiNames[i]), &hierarchies[i]));
    }
    AnonymizationSettings settings;
    settings.k = 5;
    settings.suppressionLimit = 0.02;
    SensitiveModel distinct = model(Kind::DistinctL, 2);
    distinct.column = table->columnIndex(u"occupation"_s);
    settings.sensitive = {distinct};
    const auto problem = AnonymizationProblem::create(*table, quasi, settings);
    QVERIFY(problem.ok() && problem->monotone());
    const auto search = LatticeSearch::run(*table, quasi, settings);
    const auto exhaustive = ExhaustiveSearch::run(*table, quasi, settings);
    QVERIFY(search.ok() && exhaustive.ok() && search->found);
    QCOMPARE(search->levels, exhaustive->levels);
    QVERIFY(std::abs(search->loss - exhaustive->loss) <= 1e-12);
    QVERIFY2(search->nodesChecked < search->latticeSize / 2,
             qPrintable(u"%1 of %2 nodes checked"_s.arg(search->nodesChecked).arg(search->latticeSize)));
    QVERIFY(search->sensitiveAchieved.at(0) >= 2.0);

    // 0.2-closeness on salary-class (equal distance) the same way, without suppression.
    settings.suppressionLimit = 0.0;
    SensitiveModel closeness = model(Kind::TCloseness, 2, 1, 0.2);
    closeness.column = table->columnIndex(u"salary-class"_s);
    settings.sensitive = {closeness};
    const auto tSearch = LatticeSearch::run(*table, quasi, settings);
    const auto tExhaustive = ExhaustiveSearch::run(*table, quasi, settings);
    QVERIFY(tSearch.ok() && tExhaustive.ok() && tSearch->found);
    QCOMPARE(tSearch->levels, tExhaustive->levels);
    QVERIFY(tSearch->nodesChecked < tSearch->latticeSize / 2);
    QVERIFY(tSearch->sensitiveAchieved.at(0) <= 0.2 + 1e-12);
}

void TestPrivacyModels::riskReportFigures()
{
    // Classes x = {10, 10, 20} and y = {30}; sensitive values numbers, so the report uses the
    // ordered distance. Reference (all 4 records): 10 ½, 20 ¼, 30 ¼.
    const EncodedTable table = makeTable(
        {u"q"_s, u"s"_s}, {{"x", "10"}, {"x", "10"}, {"x", "20"}, {"y", "30"}});
    const auto hierarchy = Hierarchy::fromRows({{"x", "*"}, {"y", "*"}});
    std::vector<AttributeGeneralization> quasi;
    quasi.push_back(*AttributeGeneralization::create(table, 0, &*hierarchy));
    RiskAnalyzer analyzer(table, quasi, {1});
    auto report = analyzer.analyze(RiskRequest{});
    QVERIFY(report.ok());
    QCOMPARE(report->lDiversity, std::vector<quint64>({1}));
    QCOMPARE(report->entropyL.size(), size_t(1));
    QCOMPARE(report->entropyL[0], 1.0); // y has one value
    // x: q = (⅔, ⅓, 0): cumulative ⅙, ¼ → (⅙ + ¼) / 2 = 5/24. y: q = (0, 0, 1): −½, −¾ → 5/8.
    QVERIFY(std::abs(report->tCloseness[0] - 5.0 / 8.0) < 1e-12);

    // Suppressing the classes failing distinct-2 drops y; the reference stays all records.
    RiskRequest request;
    request.k = 1;
    request.suppressBelowK = true;
    SensitiveModel m = model(Kind::DistinctL, 2);
    m.column = 1;
    request.suppressionModels = {m};
    report = analyzer.analyze(request);
    QVERIFY(report.ok());
    QCOMPARE(report->suppressedRecords, quint64(1));
    QCOMPARE(report->suppressed, std::vector<uint8_t>({0, 0, 0, 1}));
    QCOMPARE(report->lDiversity, std::vector<quint64>({2}));
    QVERIFY(std::abs(report->entropyL[0] - std::exp(-(2.0 / 3 * std::log(2.0 / 3)
                                                      + 1.0 / 3 * std::log(1.0 / 3))))
            < 1e-12);
    QVERIFY(std::abs(report->tCloseness[0] - 5.0 / 24.0) < 1e-12);

    // Text values: the report falls back to the equal distance. x = {a, a, b}, y = {c} against
    // a ½, b ¼, c ¼: x ½ (⅙ + 1/12 + ¼) = 1/4, y ½ (½ + ¼ + ¾) = 3/4.
    const EncodedTable text = makeTable(
        {u"q"_s, u"s"_s}, {{"x", "a"}, {"x", "a"}, {"x", "b"}, {"y", "c"}});
    std::vector<AttributeGeneralization> textQuasi;
    textQuasi.push_back(*AttributeGeneralization::create(text, 0, &*hierarchy));
    const auto textReport = RiskAnalyzer(text, textQuasi, {1}).analyze(RiskRequest{});
    QVERIFY(textReport.ok());
    QVERIFY(std::abs(textReport->tCloseness[0] - 0.75) < 1e-12);

    // A bad suppression model is a usage error.
    m.column = 9;
    request.suppressionModels = {m};
    QVERIFY(!analyzer.analyze(request).ok());

    // Everything suppressed: no figures.
    request.suppressionModels = {};
    request.k = 5;
    report = analyzer.analyze(request);
    QVERIFY(report.ok());
    QCOMPARE(report->retainedRecords, quint64(0));
    QVERIFY(report->entropyL.empty());
    QVERIFY(report->tCloseness.empty());
}

QTEST_GUILESS_MAIN(TestPrivacyModels)
#include "test_privacy_models.moc"
