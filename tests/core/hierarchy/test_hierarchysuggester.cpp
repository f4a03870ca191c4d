// The hierarchy Steward proposes per field: on hand-made profiles (detectors, type, header,
// range) and on the profiles of the sample extract, every suggestion round-trips and builds.

#include "core/classify/ClassificationService.h"
#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/HierarchyBuilder.h"
#include "core/hierarchy/HierarchySuggester.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;

Q_DECLARE_METATYPE(steward::FieldProfile)
using namespace Qt::Literals::StringLiterals;

namespace {

FieldProfile profile(const QString &name, const QString &type, const QString &detector = {},
                     const QString &min = {}, const QString &max = {})
{
    FieldProfile p;
    p.name = name;
    p.type = type;
    p.nonEmpty = p.sampled = 100;
    if (!detector.isEmpty())
        p.detectorHits.insert(detector, 90);
    p.min = min;
    p.max = max;
    return p;
}

} // namespace

class TestHierarchySuggester : public QObject {
    Q_OBJECT

private slots:
    void suggests_data();
    void suggests();
    void detectorNeedsMajority();
    void numberWidths_data();
    void numberWidths();
    void sampleExtract();
};

void TestHierarchySuggester::suggests_data()
{
    QTest::addColumn<FieldProfile>("field");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reason");
    QTest::newRow("admission date") << profile(u"admitted"_s, u"date"_s, u"date"_s) << u"date"_s
                                    << u"dates"_s;
    QTest::newRow("date-time") << profile(u"seen"_s, u"datetime"_s, u"datetime"_s) << u"date"_s
                               << u"dates"_s;
    QTest::newRow("birth date") << profile(u"date_of_birth"_s, u"date"_s, u"date"_s)
                                << u"date:decade"_s << u"birth dates"_s;
    QTest::newRow("出生日期") << profile(u"出生日期"_s, u"date"_s) << u"date:decade"_s
                          << u"birth dates"_s;
    QTest::newRow("age") << profile(u"age"_s, u"integer"_s, u"age"_s, u"0"_s, u"99"_s)
                         << u"interval:5,10,20;top=90"_s << u"ages"_s;
    QTest::newRow("年龄 by header") << profile(u"年龄"_s, u"integer"_s, {}, u"1"_s, u"101"_s)
                                << u"interval:5,10,20;top=90"_s << u"ages"_s;
    QTest::newRow("postal") << profile(u"zip"_s, u"integer"_s, u"postal_cn"_s)
                            << u"redact:4,3,2"_s << u"postal codes"_s;
    QTest::newRow("resident id") << profile(u"id"_s, u"text"_s, u"resident_id"_s) << u"region"_s
                                 << u"resident ID"_s;
    QTest::newRow("region code") << [] {
        FieldProfile p = profile(u"行政区划代码"_s, u"integer"_s, {}, u"110101"_s, u"659004"_s);
        p.minLength = p.maxLength = 6;
        return p;
    }() << u"region"_s << u"region codes"_s;
    QTest::newRow("mobile") << profile(u"phone"_s, u"text"_s, u"mobile_cn"_s) << u"redact:7,3"_s
                            << u"phone"_s;
    QTest::newRow("icd10") << profile(u"dx"_s, u"text"_s, u"icd10"_s) << u"icd10"_s << u"ICD-10"_s;
    QTest::newRow("icd10 compact") << profile(u"dx"_s, u"text"_s, u"icd10_compact"_s) << u"icd10"_s
                                   << u"ICD-10"_s;
    QTest::newRow("sex") << profile(u"sex"_s, u"text"_s, u"sex"_s) << u"flat"_s << u"no built-in"_s;
    QTest::newRow("department") << profile(u"科室"_s, u"text"_s) << u"flat"_s << u"no built-in"_s;
    QTest::newRow("fees") << profile(u"fees"_s, u"decimal"_s, {}, u"120.5"_s, u"98000"_s)
                          << u"interval:5000,10000,20000"_s << u"numbers from"_s;
    QTest::newRow("one value") << profile(u"n"_s, u"integer"_s, {}, u"7"_s, u"7"_s) << u"flat"_s
                               << u"no built-in"_s;
    QTest::newRow("numbers without range") << profile(u"n"_s, u"integer"_s) << u"flat"_s
                                           << u"no built-in"_s;
}

void TestHierarchySuggester::suggests()
{
    QFETCH(FieldProfile, field);
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    const HierarchySpec suggested = HierarchySuggester::suggest(field);
    QCOMPARE(suggested.format(), spec);
    Result<HierarchySpec> parsed = HierarchySpec::parse(spec);
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == suggested);
    QVERIFY(Generalizer::create(suggested).ok());
    QVERIFY2(HierarchySuggester::reason(field).contains(reason),
             qPrintable(HierarchySuggester::reason(field)));
}

void TestHierarchySuggester::detectorNeedsMajority()
{
    FieldProfile p = profile(u"notes"_s, u"text"_s);
    p.detectorHits.insert(u"icd10"_s, 20); // 20 % of the sample
    QCOMPARE(HierarchySuggester::suggest(p).kind, HierarchySpec::Kind::Flat);
}

void TestHierarchySuggester::numberWidths_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<QString>("spec");
    QTest::newRow("0-100") << u"0"_s << u"100"_s << u"interval:5,10,20"_s;
    QTest::newRow("0-37") << u"0"_s << u"37"_s << u"interval:2,10"_s;
    QTest::newRow("lab 3.1-7.9") << u"3.1"_s << u"7.9"_s << u"interval:0.5,1,2"_s;
    QTest::newRow("negative") << u"-40"_s << u"40"_s << u"interval:5,10,20"_s;
    QTest::newRow("large") << u"0"_s << u"2000000"_s << u"interval:100000,200000,1000000"_s;
    QTest::newRow("tiny") << u"0.001"_s << u"0.002"_s << u"interval:0.00005,0.0001,0.0002"_s;
}

void TestHierarchySuggester::numberWidths()
{
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(QString, spec);
    const HierarchySpec suggested
        = HierarchySuggester::suggest(profile(u"value"_s, u"decimal"_s, {}, min, max));
    QCOMPARE(suggested.format(), spec);
    QVERIFY(Generalizer::create(suggested).ok());
}

void TestHierarchySuggester::sampleExtract()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString csv = tmp.filePath(u"s.csv"_s);
    SampleOptions options;
    options.rows = 600;
    QVERIFY(writeSample(csv, options));
    auto store = ProjectStore::create(tmp.filePath(u"p.steward"_s));
    QVERIFY(store);
    ImportOptions importOptions;
    importOptions.datasetName = u"s"_s;
    auto info = importFile(**store, csv, importOptions);
    QVERIFY(info);
    ClassificationService service(**store);
    auto classification = service.analyzeNow(u"s"_s);
    QVERIFY(classification);

    QHash<QString, QString> suggested;
    QHash<QString, FieldProfile> profiles;
    for (const FieldClassification &field : classification->fields) {
        QVERIFY(field.hasProfile);
        suggested.insert(field.name, HierarchySuggester::suggest(field.profile).format());
        profiles.insert(field.name, field.profile);
    }
    QCOMPARE(suggested.value(u"出生日期"_s), u"date:decade"_s);
    QCOMPARE(suggested.value(u"入院日期"_s), u"date"_s);
    QCOMPARE(suggested.value(u"出院日期"_s), u"date"_s);
    QCOMPARE(suggested.value(u"年龄"_s), u"interval:5,10,20;top=90"_s);
    QCOMPARE(suggested.value(u"邮政编码"_s), u"redact:4,3,2"_s);
    QCOMPARE(suggested.value(u"身份证号"_s), u"region"_s);
    QCOMPARE(suggested.value(u"联系电话"_s), u"redact:7,3"_s);
    QCOMPARE(suggested.value(u"主要诊断编码"_s), u"icd10"_s);
    QCOMPARE(suggested.value(u"性别"_s), u"flat"_s);
    QCOMPARE(suggested.value(u"科室"_s), u"flat"_s);
    QVERIFY(suggested.value(u"总费用"_s).startsWith(u"interval:"_s));

    // Every suggestion builds a valid hierarchy over the column's values, reading all of them.
    auto rows = (*store)->rows(*info, 0, 600);
    QVERIFY(rows);
    for (qsizetype column = 0; column < info->columns.size(); ++column) {
        const QString name = info->columns[column].name;
        if (!QStringList{u"出生日期"_s, u"入院日期"_s, u"年龄"_s, u"邮政编码"_s, u"身份证号"_s,
                         u"联系电话"_s, u"主要诊断编码"_s, u"总费用"_s}
                 .contains(name))
            continue;
        std::vector<std::string> values;
        for (const QStringList &row : std::as_const(*rows))
            values.push_back(row[column].toStdString());
        std::vector<std::string_view> views(values.begin(), values.end());
        HierarchyBuildReport report;
        Result<Hierarchy> hierarchy = HierarchyBuilder::build(
            HierarchySuggester::suggest(profiles.value(name)), views, &report);
        QVERIFY2(hierarchy.ok(), qPrintable(name));
        QVERIFY2(report.unreadable == 0, qPrintable(name));
        QVERIFY(hierarchy->size(hierarchy->height() - 1) < hierarchy->size(0)
                || hierarchy->size(0) == 1);
    }
}

QTEST_GUILESS_MAIN(TestHierarchySuggester)
#include "test_hierarchysuggester.moc"
