// Built-in hierarchy builders as functions of the value (Generalizer) and as tables for the
// distinct values of a column (HierarchyBuilder): labels per level, missing and unreadable values,
// out-of-range numbers, one distinct value, ICD-10 blocks and chapters, CSV export.

#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchyBuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

Generalizer make(const QString &text)
{
    Result<HierarchySpec> spec = HierarchySpec::parse(text);
    if (!spec)
        qFatal("%s", qPrintable(spec.error().message));
    Result<Generalizer> generalizer = Generalizer::create(*spec);
    if (!generalizer)
        qFatal("%s", qPrintable(generalizer.error().message));
    return *generalizer;
}

// Labels of `value` at levels 1 … height, joined by ';'.
QString chain(const Generalizer &g, std::string_view value)
{
    QStringList labels;
    for (int level = 1; level <= g.height(); ++level)
        labels << QString::fromStdString(g.label(value, level));
    return labels.join(u';');
}

} // namespace

class TestGeneralizer : public QObject {
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void levelZeroIsTheValue();
    void missingStaysEmptyBelowTop();
    void unreadableGoesToStar();
    void heights();
    void levelNamesAndDescriptions();
    void groupsSpecFromCode();
    void rejectsInvalidSpecInMemory();
    void buildsRowsForDistinctValues();
    void nestsNearBreaks();
    void buildsAllMissing();
    void buildsOneDistinctValue();
    void buildsNothing();
    void storedTable();
    void writesCsvThatLoads();
};

void TestGeneralizer::labels_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("date dash") << u"date"_s << u"1969-02-17"_s << u"1969-02;1969-Q1;1969;1965-1969;*"_s;
    QTest::newRow("date slash") << u"date"_s << u"1971/12/3"_s << u"1971-12;1971-Q4;1971;1970-1974;*"_s;
    QTest::newRow("date chinese") << u"date"_s << u"2024年7月1日"_s << u"2024-07;2024-Q3;2024;2020-2024;*"_s;
    QTest::newRow("date compact") << u"date"_s << u"20240102"_s << u"2024-01;2024-Q1;2024;2020-2024;*"_s;
    QTest::newRow("date-time") << u"date"_s << u"2024-05-06 13:45"_s << u"2024-05;2024-Q2;2024;2020-2024;*"_s;
    QTest::newRow("date padded space") << u"date"_s << u" 2024-05-06 "_s << u"2024-05;2024-Q2;2024;2020-2024;*"_s;
    QTest::newRow("date decade") << u"date:decade"_s << u"1969-02-17"_s << u"1969-02;1969-Q1;1969;1965-1969;1960-1969;*"_s;
    QTest::newRow("date invalid") << u"date"_s << u"2024-02-30"_s << u"*;*;*;*;*"_s;
    QTest::newRow("date text") << u"date"_s << u"unknown"_s << u"*;*;*;*;*"_s;

    QTest::newRow("age 52") << u"interval:5,10,20;top=90"_s << u"52"_s << u"50-54;50-59;40-59;*"_s;
    QTest::newRow("age 0") << u"interval:5,10,20;top=90"_s << u"0"_s << u"0-4;0-9;0-19;*"_s;
    QTest::newRow("age 89") << u"interval:5,10,20;top=90"_s << u"89"_s << u"85-89;80-89;80-89;*"_s;
    QTest::newRow("age top") << u"interval:5,10,20;top=90"_s << u"90"_s << u"90+;90+;90+;*"_s;
    QTest::newRow("age far above") << u"interval:5,10,20;top=90"_s << u"130"_s << u"90+;90+;90+;*"_s;
    QTest::newRow("negative") << u"interval:5,10,20;top=90"_s << u"-3"_s << u"-5--1;-10--1;-20--1;*"_s;
    QTest::newRow("bottom") << u"interval:5,10;bottom=0;top=90"_s << u"-3"_s << u"<0;<0;*"_s;
    QTest::newRow("clipped by top") << u"interval:25;top=90"_s << u"80"_s << u"75-89;*"_s;
    QTest::newRow("decimal value") << u"interval:5"_s << u"52.7"_s << u"50-54;*"_s;
    QTest::newRow("decimal width") << u"interval:0.5,1"_s << u"3.7"_s << u"[3.5, 4);[3, 4);*"_s;
    QTest::newRow("decimal bottom") << u"interval:10;bottom=0.5"_s << u"11"_s << u"[10.5, 20.5);*"_s;
    QTest::newRow("decimal noise") << u"interval:0.1"_s << u"0.35"_s << u"[0.3, 0.4);*"_s;
    QTest::newRow("breaks") << u"interval:0|18|45|65,0|65"_s << u"30"_s << u"18-44;0-64;*"_s;
    QTest::newRow("breaks below") << u"interval:0|18|45|65,0|65"_s << u"-1"_s << u"<0;<0;*"_s;
    QTest::newRow("breaks above") << u"interval:0|18|45|65,0|65"_s << u"70"_s << u"65+;65+;*"_s;
    QTest::newRow("width then breaks") << u"interval:5,0|20|60;top=90"_s << u"61"_s << u"60-64;60-89;*"_s;
    QTest::newRow("not a number") << u"interval:5,10"_s << u"abc"_s << u"*;*;*"_s;
    QTest::newRow("number with unit") << u"interval:5,10"_s << u"52岁"_s << u"*;*;*"_s;

    QTest::newRow("postal") << u"redact:4,3,2"_s << u"310115"_s << u"3101**;310***;31****;*"_s;
    QTest::newRow("short code") << u"redact:4,3,2"_s << u"123"_s << u"123;123;12*;*"_s;
    QTest::newRow("redact chinese") << u"redact:1"_s << u"浙江省"_s << u"浙**;*"_s;

    QTest::newRow("resident id") << u"region"_s << u"330106199001011234"_s << u"330106;330100;330000;*"_s;
    QTest::newRow("county code") << u"region"_s << u"110105"_s << u"110105;110100;110000;*"_s;
    QTest::newRow("unknown province") << u"region"_s << u"990106199001011234"_s << u"*;*;*;*"_s;
    QTest::newRow("short region") << u"region"_s << u"3301"_s << u"*;*;*;*"_s;

    QTest::newRow("icd I21.9") << u"icd10"_s << u"I21.9"_s << u"I21;I20-I25;I00-I99;*"_s;
    QTest::newRow("icd extension") << u"icd10"_s << u"I21.900x001"_s << u"I21;I20-I25;I00-I99;*"_s;
    QTest::newRow("icd lower compact") << u"icd10"_s << u"i219"_s << u"I21;I20-I25;I00-I99;*"_s;
    QTest::newRow("icd C50") << u"icd10"_s << u"C50.9"_s << u"C50;C50-C50;C00-D48;*"_s;
    QTest::newRow("icd D48 end of chapter II") << u"icd10"_s << u"D48.9"_s << u"D48;D37-D48;C00-D48;*"_s;
    QTest::newRow("icd D50 start of chapter III") << u"icd10"_s << u"D50.0"_s << u"D50;D50-D53;D50-D89;*"_s;
    QTest::newRow("icd H59") << u"icd10"_s << u"H59.0"_s << u"H59;H55-H59;H00-H59;*"_s;
    QTest::newRow("icd H60") << u"icd10"_s << u"H60.1"_s << u"H60;H60-H62;H60-H95;*"_s;
    QTest::newRow("icd O80") << u"icd10"_s << u"O80"_s << u"O80;O80-O84;O00-O99;*"_s;
    QTest::newRow("icd U07.1") << u"icd10"_s << u"U07.1"_s << u"U07;U00-U49;U00-U85;*"_s;
    QTest::newRow("icd X85 block spans letters") << u"icd10"_s << u"Y05"_s << u"Y05;X85-Y09;V01-Y98;*"_s;
    QTest::newRow("icd T79") << u"icd10"_s << u"T79.3"_s << u"T79;T79-T79;S00-T98;*"_s;
    QTest::newRow("icd Z99") << u"icd10"_s << u"Z99.2"_s << u"Z99;Z80-Z99;Z00-Z99;*"_s;
    QTest::newRow("icd A90 in no block") << u"icd10"_s << u"A90"_s << u"A90;A90;A00-B99;*"_s;
    QTest::newRow("icd dagger") << u"icd10"_s << u"A17.0†"_s << u"A17;A15-A19;A00-B99;*"_s;
    QTest::newRow("icd not a code") << u"icd10"_s << u"心肌梗死"_s << u"*;*;*;*"_s;

    QTest::newRow("flat") << u"flat"_s << u"男"_s << u"*"_s;
    QTest::newRow("group") << u"groups:Surgery=Orthopaedics|Urology;Medicine=Cardiology"_s
                           << u"Urology"_s << u"Surgery;*"_s;
    QTest::newRow("group trimmed") << u"groups:Surgery=Orthopaedics|Urology"_s << u" Urology "_s
                                   << u"Surgery;*"_s;
    QTest::newRow("group other") << u"groups:Surgery=Urology;other=Rest"_s << u"Cardiology"_s
                                 << u"Rest;*"_s;
}

void TestGeneralizer::labels()
{
    QFETCH(QString, spec);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QByteArray bytes = value.toUtf8();
    QCOMPARE(chain(make(spec), std::string_view(bytes.constData(), size_t(bytes.size()))), expected);
}

void TestGeneralizer::levelZeroIsTheValue()
{
    const Generalizer g = make(u"date"_s);
    QCOMPARE(g.label(" 1969-02-17", 0), std::string(" 1969-02-17"));
    QCOMPARE(g.label("nonsense", 0), std::string("nonsense"));
    QCOMPARE(g.label("1969-02-17", 99), std::string("*"));
}

void TestGeneralizer::missingStaysEmptyBelowTop()
{
    for (const QString &text : {u"date"_s, u"interval:5,10;top=90"_s, u"redact:4,2"_s, u"region"_s,
                                u"icd10"_s, u"groups:A=x"_s}) {
        const Generalizer g = make(text);
        for (int level = 1; level < g.height(); ++level) {
            QCOMPARE(g.label("", level), std::string());
            QCOMPARE(g.label("  ", level), std::string());
        }
        QCOMPARE(g.label("", g.height()), std::string("*"));
        QVERIFY(g.readable(""));
    }
}

void TestGeneralizer::unreadableGoesToStar()
{
    const Generalizer g = make(u"interval:5,10"_s);
    QVERIFY(!g.readable("n/a"));
    QVERIFY(g.readable("12"));
    QCOMPARE(g.label("n/a", 1), std::string("*"));
    QVERIFY(!make(u"date"_s).readable("2023-13-01"));
    QVERIFY(make(u"flat"_s).readable("anything"));
    QVERIFY(make(u"redact:2"_s).readable("anything"));
    QVERIFY(make(u"groups:A=x"_s).readable("not listed")); // goes to "Other"
}

void TestGeneralizer::heights()
{
    QCOMPARE(make(u"date"_s).height(), 5);
    QCOMPARE(make(u"date:decade"_s).height(), 6);
    QCOMPARE(make(u"interval:5,10,20;top=90"_s).height(), 4);
    QCOMPARE(make(u"redact:4,3,2"_s).height(), 4);
    QCOMPARE(make(u"region"_s).height(), 4);
    QCOMPARE(make(u"icd10"_s).height(), 4);
    QCOMPARE(make(u"flat"_s).height(), 1);
    QCOMPARE(make(u"groups:A=x"_s).height(), 2);
}

void TestGeneralizer::levelNamesAndDescriptions()
{
    const Generalizer date = make(u"date"_s);
    QCOMPARE(date.levelName(0), u"value"_s);
    QCOMPARE(date.levelName(1), u"month"_s);
    QCOMPARE(date.levelName(4), u"5-year band"_s);
    QCOMPARE(date.levelName(5), u"*"_s);
    const Generalizer age = make(u"interval:5,10;top=90"_s);
    QVERIFY(age.describe(1).contains(u"width 5"_s));
    QVERIFY(age.describe(1).contains(u"90 and over together"_s));
    QVERIFY(make(u"redact:3"_s).levelName(1).startsWith(u"3 character"_s));
    QCOMPARE(make(u"icd10"_s).levelName(2), u"block"_s);
    QCOMPARE(make(u"region"_s).levelName(3), u"province"_s);
}

void TestGeneralizer::groupsSpecFromCode()
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Groups;
    spec.groups.append({u"外科"_s, {u"骨科"_s, u"泌尿外科"_s}});
    Result<Generalizer> g = Generalizer::create(spec);
    QVERIFY(g.ok());
    QCOMPARE(g->label("骨科", 1), std::string("外科"));
    QCOMPARE(g->label("心内科", 1), std::string("Other")); // default `other`, translated
}

void TestGeneralizer::rejectsInvalidSpecInMemory()
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Interval;
    spec.levels.push_back({10.0, {}});
    spec.levels.push_back({15.0, {}});
    Result<Generalizer> g = Generalizer::create(spec);
    QVERIFY(!g.ok());
    QVERIFY(g.error().message.contains(u"does not nest"_s));

    HierarchySpec redact;
    redact.kind = HierarchySpec::Kind::Redact;
    QVERIFY(!Generalizer::create(redact).ok());

    HierarchySpec groups;
    groups.kind = HierarchySpec::Kind::Groups;
    groups.groups.append({u"A"_s, {u"x"_s}});
    groups.groups.append({u"B"_s, {u"x"_s}});
    Result<Generalizer> twice = Generalizer::create(groups);
    QVERIFY(!twice.ok());
    QVERIFY(!twice.error().message.contains(u"'x'"_s)); // never the value
}

void TestGeneralizer::buildsRowsForDistinctValues()
{
    Result<HierarchySpec> spec = HierarchySpec::parse(u"interval:5,10;top=90");
    QVERIFY(spec.ok());
    const std::vector<std::string_view> values{"52", "47", "52", "", "abc", "95", "n/a"};
    HierarchyBuildReport report;
    Result<std::vector<std::vector<std::string>>> rows
        = HierarchyBuilder::rows(*spec, values, &report);
    QVERIFY(rows.ok());
    QCOMPARE(report.values, size_t(6));
    QCOMPARE(report.missing, size_t(1));
    QCOMPARE(report.unreadable, size_t(2));
    QCOMPARE(rows->size(), size_t(6));
    QCOMPARE((*rows)[0], (std::vector<std::string>{"52", "50-54", "50-59", "*"}));
    QCOMPARE((*rows)[2], (std::vector<std::string>{"", "", "", "*"}));
    QCOMPARE((*rows)[3], (std::vector<std::string>{"abc", "*", "*", "*"}));
    QCOMPARE((*rows)[4], (std::vector<std::string>{"95", "90+", "90+", "*"}));

    Result<Hierarchy> hierarchy = HierarchyBuilder::build(*spec, values);
    QVERIFY(hierarchy.ok());
    QCOMPARE(hierarchy->height(), 3);
    QCOMPARE(hierarchy->size(0), 6u);
    QCOMPARE(hierarchy->size(3), 1u);
}

void TestGeneralizer::nestsNearBreaks()
{
    // 0.39999999985 is within rounding of the break 0.4 at one level but not at the next; its
    // intervals must still nest (the finer interval decides the coarser one).
    Result<HierarchySpec> spec = HierarchySpec::parse(u"interval:0.1,0.2,0|0.4|1");
    QVERIFY(spec.ok());
    const std::vector<std::string_view> values{"0.35", "0.39999999985", "0.4", "0.7", "-1", "2"};
    Result<std::vector<std::vector<std::string>>> rows = HierarchyBuilder::rows(*spec, values);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
    for (const auto &row : *rows) {
        if (row[0] == "0.39999999985" || row[0] == "0.35")
            QCOMPARE(row[2], std::string("[0.2, 0.4)"));
    }
    QCOMPARE((*rows)[4], (std::vector<std::string>{"-1", "[-1, -0.9)", "[-1, -0.8)", "<0", "*"}));
    QCOMPARE((*rows)[5], (std::vector<std::string>{"2", "[2, 2.1)", "[2, 2.2)", "1+", "*"}));
}

void TestGeneralizer::buildsAllMissing()
{
    Result<HierarchySpec> spec = HierarchySpec::parse(u"date");
    HierarchyBuildReport report;
    Result<Hierarchy> hierarchy = HierarchyBuilder::build(*spec, {"", ""}, &report);
    QVERIFY(hierarchy.ok());
    QCOMPARE(report.values, size_t(1));
    QCOMPARE(report.missing, size_t(1));
    QCOMPARE(hierarchy->size(0), 1u);
    QCOMPARE(hierarchy->label(4, 0), std::string_view(""));
}

void TestGeneralizer::buildsOneDistinctValue()
{
    Result<HierarchySpec> spec = HierarchySpec::parse(u"icd10");
    Result<std::vector<std::vector<std::string>>> rows
        = HierarchyBuilder::rows(*spec, {"I21.9", "I21.9", "I21.9"});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), size_t(1));
    QCOMPARE(rows->front(), (std::vector<std::string>{"I21.9", "I21", "I20-I25", "I00-I99", "*"}));
}

void TestGeneralizer::buildsNothing()
{
    Result<HierarchySpec> spec = HierarchySpec::parse(u"flat");
    Result<std::vector<std::vector<std::string>>> rows = HierarchyBuilder::rows(*spec, {});
    QVERIFY(rows.ok());
    QVERIFY(rows->empty());
    QVERIFY(!HierarchyBuilder::build(*spec, {}).ok());
}

void TestGeneralizer::storedTable()
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Table;
    spec.rows = {{"Cardiology", "Medicine", "*"}, {"Urology", "Surgery", "*"}};
    Result<Generalizer> g = Generalizer::create(spec);
    QVERIFY(g.ok());
    QCOMPARE(g->height(), 2);
    QCOMPARE(g->label("Urology", 1), std::string("Surgery"));
    QCOMPARE(g->label(" Urology", 1), std::string("Surgery"));
    QCOMPARE(g->label("Dermatology", 1), std::string("*"));
    QVERIFY(!g->readable("Dermatology"));
    QCOMPARE(g->levelName(1), u"level 1"_s);
}

void TestGeneralizer::writesCsvThatLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"h.csv"_s);
    Result<HierarchySpec> spec = HierarchySpec::parse(u"groups:a\\;b=x\\;y|z;c\"d=w");
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
    Result<std::vector<std::vector<std::string>>> rows
        = HierarchyBuilder::rows(*spec, {"x;y", "z", "w", ""});
    QVERIFY(rows.ok());
    QVERIFY(HierarchyBuilder::writeCsv(*rows, path).ok());
    Result<Hierarchy> loaded = Hierarchy::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->height(), 2);
    const uint32_t code = loaded->find("x;y");
    QVERIFY(code != StringDictionary::kNotFound);
    QCOMPARE(loaded->label(1, loaded->parent(0, code)), std::string_view("a;b"));
    QVERIFY(loaded->find("") != StringDictionary::kNotFound);

    QVERIFY(!HierarchyBuilder::writeCsv(*rows, dir.filePath(u"no/such/dir/h.csv"_s)).ok());
}

QTEST_GUILESS_MAIN(TestGeneralizer)
#include "test_generalizer.moc"
