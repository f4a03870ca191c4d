// The `hierarchy` masking rule with a built-in hierarchy: `builder=SPEC` (parsed, canonical,
// quoted, exclusive with `file`), the hierarchy stored for the field when neither is given, and
// the masked values at each level (missing values, unreadable ones, levels above the top).

#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRule.h"
#include "core/mask/MaskWorker.h"
#include "tests/support/TestFiles.h"

#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNull = u"<null>"_s;

// Masks one column's values with `ruleText` and returns the output.
QStringList mask(const QString &ruleText, const QStringList &values,
                 const MaskEnvironment &environment = {})
{
    Result<MaskRule> rule = MaskRule::parse(ruleText);
    if (!rule)
        qFatal("rule: %s", qPrintable(rule.error().message));
    Result<MaskPlan> plan = MaskPlan::compile({u"v"_s}, {{u"v"_s, *rule}}, environment);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error().message));
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    if (!worker)
        qFatal("worker: %s", qPrintable(worker.error().message));
    QStringList out;
    for (const QString &value : values) {
        const std::string bytes = testsupport::utf8(value);
        const std::vector<std::string_view> row{bytes};
        const MaskedCell cell = worker->maskRow(row).front();
        out << (cell.isSuppressed() ? kNull
                                    : QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size())));
    }
    return out;
}

Result<MaskPlan> compile(const QString &ruleText, const MaskEnvironment &environment = {})
{
    Result<MaskRule> rule = MaskRule::parse(ruleText);
    if (!rule)
        return rule.error();
    return MaskPlan::compile({u"v"_s}, {{u"v"_s, *rule}}, environment);
}

} // namespace

class TestHierarchyRule : public QObject {
    Q_OBJECT

private slots:
    void parsesBuilder_data();
    void parsesBuilder();
    void rejectsBuilder_data();
    void rejectsBuilder();
    void jsonRoundTrip();
    void masks_data();
    void masks();
    void storedHierarchy();
    void compileErrors();
    void fileRulesStillWork();
};

void TestHierarchyRule::parsesBuilder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("date") << u"hierarchy:builder=date,level=3"_s
                          << u"hierarchy:builder=date,level=3"_s;
    QTest::newRow("quoted interval") << u"hierarchy:builder=\"interval:5,10;top=90\",level=2"_s
                                     << u"hierarchy:builder=\"interval:5,10;top=90\",level=2"_s;
    QTest::newRow("canonical") << u"hierarchy:builder=builtin:ICD10"_s
                               << u"hierarchy:builder=icd10"_s;
    QTest::newRow("stored") << u"hierarchy:level=2"_s << u"hierarchy:level=2"_s;
}

void TestHierarchyRule::parsesBuilder()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
    QCOMPARE(rule->op(), MaskOperator::Hierarchy);
    QCOMPARE(rule->format(), formatted);
    Result<MaskRule> again = MaskRule::parse(rule->format());
    QVERIFY(again.ok());
    QVERIFY(*again == *rule);
}

void TestHierarchyRule::rejectsBuilder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("both") << u"hierarchy:file=h.csv,builder=date"_s << u"not both"_s;
    QTest::newRow("unknown builder") << u"hierarchy:builder=dates"_s
                                     << u"parameter 'builder' of hierarchy: unknown hierarchy builder"_s;
    QTest::newRow("not nested") << u"hierarchy:builder=\"interval:5,7\""_s << u"does not nest"_s;
    QTest::newRow("empty") << u"hierarchy:builder=\"\""_s << u"must not be empty"_s;
}

void TestHierarchyRule::rejectsBuilder()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error().code, ErrorCode::Usage);
    QVERIFY2(rule.error().message.contains(fragment), qPrintable(rule.error().message));
}

void TestHierarchyRule::jsonRoundTrip()
{
    Result<MaskRule> rule = MaskRule::parse(u"hierarchy:builder=\"redact:4,3,2\",level=2");
    QVERIFY(rule.ok());
    const QJsonObject json = rule->toJson();
    QCOMPARE(json.value(u"params"_s).toObject().value(u"builder"_s).toString(), u"redact:4,3,2"_s);
    Result<MaskRule> back = MaskRule::fromJson(json);
    QVERIFY(back.ok());
    QVERIFY(*back == *rule);
}

void TestHierarchyRule::masks_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("expected");
    const QStringList dates{u"1969-02-17"_s, u"2024/7/1"_s, u""_s, u"N/A"_s, u"not a date"_s};
    QTest::newRow("date level 0") << u"hierarchy:builder=date,level=0"_s << dates << dates;
    QTest::newRow("date default level (month)")
        << u"hierarchy:builder=date"_s << dates
        << QStringList{u"1969-02"_s, u"2024-07"_s, u""_s, u"N/A"_s, u"*"_s};
    QTest::newRow("date 5-year") << u"hierarchy:builder=date,level=4"_s << dates
                                 << QStringList{u"1965-1969"_s, u"2020-2024"_s, u""_s, u"N/A"_s, u"*"_s};
    // Missing cells (empty, a missing-value marker) pass through every rule unchanged.
    QTest::newRow("date top") << u"hierarchy:builder=date,level=5"_s << dates
                              << QStringList{u"*"_s, u"*"_s, u""_s, u"N/A"_s, u"*"_s};
    QTest::newRow("age")
        << u"hierarchy:builder=\"interval:5,10,20;top=90\",level=1"_s
        << QStringList{u"0"_s, u"52"_s, u"90"_s, u"104"_s, u"abc"_s}
        << QStringList{u"0-4"_s, u"50-54"_s, u"90+"_s, u"90+"_s, u"*"_s};
    QTest::newRow("postal") << u"hierarchy:builder=\"redact:4,3,2\",level=2"_s
                            << QStringList{u"310115"_s} << QStringList{u"310***"_s};
    QTest::newRow("icd10 block") << u"hierarchy:builder=icd10,level=2"_s
                                 << QStringList{u"I21.900x001"_s, u"C50.9"_s}
                                 << QStringList{u"I20-I25"_s, u"C50-C50"_s};
    QTest::newRow("region city") << u"hierarchy:builder=region,level=2"_s
                                 << QStringList{u"330106199001011234"_s} << QStringList{u"330100"_s};
    QTest::newRow("groups") << u"hierarchy:builder=\"groups:外科=骨科|泌尿外科;other=其他\""_s
                            << QStringList{u"骨科"_s, u"心内科"_s}
                            << QStringList{u"外科"_s, u"其他"_s};
}

void TestHierarchyRule::masks()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, values);
    QFETCH(QStringList, expected);
    QCOMPARE(mask(rule, values), expected);
}

void TestHierarchyRule::storedHierarchy()
{
    MaskEnvironment environment;
    environment.storedHierarchies.insert(u"v"_s, *HierarchySpec::parse(u"date:decade"));
    QCOMPARE(mask(u"hierarchy:level=5"_s, {u"1969-02-17"_s}, environment),
             QStringList{u"1960-1969"_s});
    // A builder given in the rule wins over the stored hierarchy.
    QCOMPARE(mask(u"hierarchy:builder=date,level=3"_s, {u"1969-02-17"_s}, environment),
             QStringList{u"1969"_s});

    HierarchySpec table;
    table.kind = HierarchySpec::Kind::Table;
    table.rows = {{"Cardiology", "Medicine", "*"}, {"Urology", "Surgery", "*"}};
    environment.storedHierarchies.insert(u"v"_s, table);
    QCOMPARE(mask(u"hierarchy:level=1"_s, {u"Urology"_s, u"Dermatology"_s}, environment),
             (QStringList{u"Surgery"_s, u"*"_s}));
}

void TestHierarchyRule::compileErrors()
{
    Result<MaskPlan> none = compile(u"hierarchy:level=1"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::Usage);
    QVERIFY(none.error().message.contains(u"builder=SPEC"_s));
    QVERIFY(none.error().message.contains(u"'v'"_s));

    Result<MaskPlan> high = compile(u"hierarchy:builder=icd10,level=5"_s);
    QVERIFY(!high.ok());
    QVERIFY2(high.error().message.contains(u"levels 0 to 4"_s), qPrintable(high.error().message));

    MaskEnvironment environment;
    environment.storedHierarchies.insert(u"v"_s, *HierarchySpec::parse(u"flat"));
    QVERIFY(compile(u"hierarchy:level=1"_s, environment).ok());
    QVERIFY(!compile(u"hierarchy:level=2"_s, environment).ok());
    // A stored hierarchy for another field does not count.
    MaskEnvironment other;
    other.storedHierarchies.insert(u"w"_s, *HierarchySpec::parse(u"flat"));
    QVERIFY(!compile(u"hierarchy:level=1"_s, other).ok());
}

void TestHierarchyRule::fileRulesStillWork()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(testsupport::writeFile(dir.filePath(u"h.csv"_s), "a;x;*\nb;x;*\n"));
    MaskEnvironment environment;
    environment.baseDirectory = dir.path();
    QCOMPARE(mask(u"hierarchy:file=h.csv"_s, {u"a"_s, u"c"_s}, environment),
             (QStringList{u"x"_s, kNull}));
}

QTEST_GUILESS_MAIN(TestHierarchyRule)
#include "test_hierarchyrule.moc"
