// The text and JSON forms of built-in hierarchy specs: round trips, escaping, and usage errors
// that point at the part of the text that is wrong.

#include "core/hierarchy/HierarchySpec.h"

#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

class TestHierarchySpec : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void parsesParts();
    void escapesGroups();
    void rejects_data();
    void rejects();
    void recognisesBuilderText_data();
    void recognisesBuilderText();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void tableJson();
};

void TestHierarchySpec::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("date") << u"date"_s << u"date"_s;
    QTest::newRow("date decade") << u"date:decade"_s << u"date:decade"_s;
    QTest::newRow("builtin prefix") << u"builtin:date"_s << u"date"_s;
    QTest::newRow("upper case") << u"DATE:Decade"_s << u"date:decade"_s;
    QTest::newRow("widths") << u"interval:5,10,20;top=90"_s << u"interval:5,10,20;top=90"_s;
    QTest::newRow("breaks") << u"interval: 0|18|45|65 , 0|65"_s << u"interval:0|18|45|65,0|65"_s;
    QTest::newRow("decimals") << u"interval:0.5,1;bottom=-2.5"_s << u"interval:0.5,1;bottom=-2.5"_s;
    QTest::newRow("top and bottom") << u"interval:5;bottom=0;top=100"_s
                                    << u"interval:5;top=100;bottom=0"_s;
    QTest::newRow("canonical numbers") << u"interval:05,10.0"_s << u"interval:5,10"_s;
    QTest::newRow("redact") << u"redact:4,3,2"_s << u"redact:4,3,2"_s;
    QTest::newRow("region") << u"region"_s << u"region"_s;
    QTest::newRow("icd10") << u"builtin:icd10"_s << u"icd10"_s;
    QTest::newRow("flat") << u" flat "_s << u"flat"_s;
    QTest::newRow("groups") << u"groups:Surgery=Orthopaedics|Urology;Medicine=Cardiology"_s
                            << u"groups:Surgery=Orthopaedics|Urology;Medicine=Cardiology"_s;
    QTest::newRow("groups other") << u"groups:A=x|y;other=Rest"_s << u"groups:A=x|y;other=Rest"_s;
    QTest::newRow("groups chinese") << u"groups:外科=骨科|泌尿外科;内科=心内科"_s
                                    << u"groups:外科=骨科|泌尿外科;内科=心内科"_s;
}

void TestHierarchySpec::roundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    Result<HierarchySpec> spec = HierarchySpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
    QCOMPARE(spec->format(), canonical);
    Result<HierarchySpec> again = HierarchySpec::parse(spec->format());
    QVERIFY(again.ok());
    QVERIFY(*again == *spec);
}

void TestHierarchySpec::parsesParts()
{
    Result<HierarchySpec> spec = HierarchySpec::parse(u"interval:5,10,0|20|40;top=90;bottom=0");
    QVERIFY(spec.ok());
    QCOMPARE(spec->kind, HierarchySpec::Kind::Interval);
    QCOMPARE(spec->levels.size(), size_t(3));
    QCOMPARE(*spec->levels[0].width, 5.0);
    QCOMPARE(*spec->levels[1].width, 10.0);
    QVERIFY(!spec->levels[2].width);
    QCOMPARE(spec->levels[2].breaks, (std::vector<double>{0, 20, 40}));
    QCOMPARE(*spec->top, 90.0);
    QCOMPARE(*spec->bottom, 0.0);
    QCOMPARE(spec->builderName(), u"interval"_s);

    Result<HierarchySpec> redact = HierarchySpec::parse(u"redact:6,4,2");
    QVERIFY(redact.ok());
    QCOMPARE(redact->keep, (std::vector<int>{6, 4, 2}));
}

void TestHierarchySpec::escapesGroups()
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Groups;
    spec.groups.append({u"a;b=c"_s, {u"x,y"_s, u"p|q"_s, u"back\\slash"_s}});
    spec.groups.append({u"other"_s, {u"z"_s}});
    spec.otherLabel = u"rest=1"_s;
    const QString text = spec.format();
    QCOMPARE(text, u"groups:a\\;b\\=c=x\\,y|p\\|q|back\\\\slash;\\other=z;other=rest\\=1"_s);
    Result<HierarchySpec> parsed = HierarchySpec::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QVERIFY(*parsed == spec);
}

void TestHierarchySpec::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("character"); // 1-based, as in the message
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << u""_s << 1 << u"expected a hierarchy builder"_s;
    QTest::newRow("unknown") << u"dates"_s << 1 << u"unknown hierarchy builder 'dates'"_s;
    QTest::newRow("date param") << u"date:year"_s << 6 << u"decade"_s;
    QTest::newRow("interval empty") << u"interval"_s << 9 << u"needs its levels"_s;
    QTest::newRow("interval width text") << u"interval:5,ten"_s << 12 << u"a width must be a number"_s;
    QTest::newRow("interval zero") << u"interval:5,0"_s << 12 << u"greater than 0"_s;
    QTest::newRow("interval not nested") << u"interval:5,7"_s << 12 << u"does not nest in level 1"_s;
    QTest::newRow("breaks not nested") << u"interval:0|10|20,0|15"_s << 18 << u"does not nest"_s;
    QTest::newRow("breaks off grid") << u"interval:5,0|12"_s << 12 << u"does not nest"_s;
    QTest::newRow("breaks unsorted") << u"interval:0|20|10"_s << 10 << u"increasing order"_s;
    QTest::newRow("grid after breaks") << u"interval:0|10|20,20"_s << 18 << u"does not nest"_s;
    QTest::newRow("bad option") << u"interval:5;max=90"_s << 12 << u"top=N or bottom=N"_s;
    QTest::newRow("twice") << u"interval:5;top=90;top=80"_s << 19 << u"given twice"_s;
    QTest::newRow("top below bottom") << u"interval:5;top=0;bottom=10"_s << 10 << u"greater than 'bottom'"_s;
    QTest::newRow("redact growing") << u"redact:2,4"_s << 10 << u"fewer characters"_s;
    QTest::newRow("redact fraction") << u"redact:2.5"_s << 8 << u"whole number"_s;
    QTest::newRow("region params") << u"region:6"_s << 8 << u"takes no parameters"_s;
    QTest::newRow("groups no =") << u"groups:abc"_s << 8 << u"LABEL=VALUE"_s;
    QTest::newRow("groups twice") << u"groups:A=x;B=x"_s << 12 << u"already in another group"_s;
    QTest::newRow("groups same label") << u"groups:A=x;A=y"_s << 12 << u"label of an earlier group"_s;
    QTest::newRow("groups no values") << u"groups:A=x;B="_s << 12 << u"has no values"_s;
    QTest::newRow("groups dangling escape") << u"groups:A=x\\"_s << 11 << u"must be followed"_s;
    QTest::newRow("table") << u"table"_s << 1 << u"no text form"_s;
}

void TestHierarchySpec::rejects()
{
    QFETCH(QString, text);
    QFETCH(int, character);
    QFETCH(QString, fragment);
    Result<HierarchySpec> spec = HierarchySpec::parse(text);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().code, ErrorCode::Usage);
    QVERIFY2(spec.error().message.contains(fragment), qPrintable(spec.error().message));
    QVERIFY2(spec.error().message.endsWith(u"(at character %1)"_s.arg(character)),
             qPrintable(spec.error().message));
}

void TestHierarchySpec::recognisesBuilderText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("builder");
    QTest::newRow("date") << u"date"_s << true;
    QTest::newRow("interval") << u"interval:5,10"_s << true;
    QTest::newRow("builtin") << u"builtin:whatever"_s << true;
    QTest::newRow("ICD10") << u"ICD10"_s << true;
    QTest::newRow("file") << u"age_hierarchy.csv"_s << false;
    QTest::newRow("path") << u"/tmp/date.csv"_s << false;
    QTest::newRow("date file") << u"date.csv"_s << false;
}

void TestHierarchySpec::recognisesBuilderText()
{
    QFETCH(QString, text);
    QFETCH(bool, builder);
    QCOMPARE(HierarchySpec::isBuilderText(text), builder);
}

void TestHierarchySpec::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("date") << u"date:decade"_s;
    QTest::newRow("interval") << u"interval:5,10,20;top=90;bottom=0"_s;
    QTest::newRow("groups") << u"groups:A=x|y;other=Z"_s;
    QTest::newRow("icd10") << u"icd10"_s;
}

void TestHierarchySpec::jsonRoundTrip()
{
    QFETCH(QString, text);
    Result<HierarchySpec> spec = HierarchySpec::parse(text);
    QVERIFY(spec.ok());
    Result<HierarchySpec> back = HierarchySpec::fromJson(spec->toJson());
    QVERIFY(back.ok());
    QVERIFY(*back == *spec);
}

void TestHierarchySpec::tableJson()
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Table;
    spec.rows = {{"a", "ab", "*"}, {"b", "ab", "*"}, {"c", "c", "*"}};
    Result<HierarchySpec> back = HierarchySpec::fromJson(spec.toJson());
    QVERIFY(back.ok());
    QVERIFY(*back == spec);

    // Rows that do not form a tree are refused as bad input, naming the row but not the label.
    HierarchySpec broken = spec;
    broken.rows.push_back({"a", "c", "*"});
    Result<HierarchySpec> refused = HierarchySpec::fromJson(broken.toJson());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QCOMPARE(refused.error().line, qint64(4));

    QVERIFY(!HierarchySpec::fromJson(QJsonObject{{u"builder"_s, u"date"_s}}).ok());
    Result<HierarchySpec> badSpec
        = HierarchySpec::fromJson(QJsonObject{{u"builder"_s, u"x"_s}, {u"spec"_s, u"nope"_s}});
    QVERIFY(!badSpec.ok());
    QCOMPARE(badSpec.error().code, ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestHierarchySpec)
#include "test_hierarchyspec.moc"
