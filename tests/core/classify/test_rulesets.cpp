// Rule files: user/project JSON merged over the built-in rules, and errors with file:line:column.

#include "core/classify/Classifier.h"
#include "core/classify/DetectorSet.h"
#include "core/classify/FieldProfileBuilder.h"
#include "core/classify/RuleSet.h"
#include "core/classify/SensitiveDiagnoses.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestRuleSets : public QObject {
    Q_OBJECT

private slots:
    void init();
    void builtinLoads();
    void userDetectorForInpatientNumbers();
    void appendPatternToBuiltinDetector();
    void appendListEntries();
    void detectorHeaderShorthand();
    void overrideScalars();
    void filesMergeInOrder();
    void malformedJsonLineColumn_data();
    void malformedJsonLineColumn();
    void columnCountsCharactersNotBytes();
    void invalidRules_data();
    void invalidRules();
    void failedMergeChangesNothing();
    void missingFile();
    void readmeExample();

private:
    QString write(const QString &name, const QByteArray &json);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRuleSets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRuleSets::write(const QString &name, const QByteArray &json)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

void TestRuleSets::builtinLoads()
{
    const Result<RuleSet> rules = RuleSet::builtin();
    QVERIFY2(rules.ok(), qPrintable(rules ? QString() : rules.error().toString()));
    QCOMPARE(rules->sourceFiles(), QStringList{RuleSet::builtinPath()});
    QVERIFY(rules->conceptIndex(u"person_name") >= 0);
    QVERIFY(rules->detectorIndex(u"resident_id") >= 0);
    QVERIFY(rules->sensitiveGroupIndex(u"hiv") >= 0);
    QVERIFY(rules->list(u"cn_surnames"_s).contains(u"欧阳"_s)
            || rules->list(u"cn_double_surnames"_s).contains(u"欧阳"_s));
}

void TestRuleSets::userDetectorForInpatientNumbers()
{
    const QString path = write(u"hospital.json"_s, R"({
  "steward_rules": 1,
  "concepts": [{"id": "inpatient_no", "headers": ["住院流水码"]}],
  "detectors": [{
    "id": "zy_inpatient", "concept": "inpatient_no",
    "label": {"en": "ZY inpatient numbers", "zh": "ZY住院号"},
    "patterns": ["ZY\\d{8}"], "specificity": 0.95
  }]
})");
    QVERIFY(!path.isEmpty());
    QCOMPARE(DetectorSet::builtin()->detectorIndex(u"zy_inpatient"), -1);
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().toString()));
    const int zy = set->detectorIndex(u"zy_inpatient");
    QVERIFY(zy >= 0);
    QVERIFY(set->matchValue(QStringView(u"ZY12345678")).test(zy));
    QVERIFY(!set->matchValue(QStringView(u"ZY1234567")).test(zy));
    QVERIFY(!set->matchValue(QStringView(u"zy12345678")).test(zy));
    QVERIFY(!set->matchValue(QStringView(u"XZY12345678")).test(zy)); // anchored

    const QList<HeaderHit> hits = set->matchHeader(u"住院流水码"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(set->conceptRule(hits.first().conceptIndex).id, u"inpatient_no"_s);

    // The classifier now recognises such a column even under an unknown header.
    auto shared = std::make_shared<const DetectorSet>(*set);
    FieldProfileBuilder builder(shared, u"Visit Key"_s, u"text"_s);
    for (int i = 0; i < 500; ++i)
        builder.addValue(QStringView(u"ZY%1"_s.arg(20240000 + i * 7, 8, 10, QLatin1Char('0'))));
    const Suggestion s = Classifier(shared, QLocale::c()).classify(builder.finish());
    QCOMPARE(s.conceptId, u"inpatient_no"_s);
    QCOMPARE(s.detector, u"zy_inpatient"_s);
    QCOMPARE(s.role, FieldRole::Direct);
    QCOMPARE(s.grade, 4);
}

void TestRuleSets::appendPatternToBuiltinDetector()
{
    const QString path = write(u"masked.json"_s, R"({"detectors": [{"id": "mobile_cn", "patterns": [
        {"regex": "1[3-9]\\d\\*{4}\\d{4}", "length": [11, 11], "contains": "*"}]}]})");
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().toString()));
    const int mobile = set->detectorIndex(u"mobile_cn");
    QVERIFY(set->matchValue(QStringView(u"138****5678")).test(mobile));
    QVERIFY(set->matchValue(QStringView(u"13812345678")).test(mobile)); // built-in pattern kept
    QVERIFY(!DetectorSet::builtin()->matchValue(QStringView(u"138****5678")).test(mobile));
}

void TestRuleSets::appendListEntries()
{
    const auto builtin = DetectorSet::builtin();
    const int name = builtin->detectorIndex(u"name_cn");
    QVERIFY(!builtin->matchValue(QStringView(u"禤小明")).test(name));
    const QString path = write(u"surnames.json"_s, R"({"lists": {"cn_surnames": ["禤"]}})");
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY(set.ok());
    QVERIFY(set->matchValue(QStringView(u"禤小明")).test(set->detectorIndex(u"name_cn")));
}

void TestRuleSets::detectorHeaderShorthand()
{
    QVERIFY(DetectorSet::builtin()->matchHeader(u"通讯账号"_s).isEmpty());
    const QString path = write(u"headers.json"_s, R"({"detectors": [{"id": "email", "headers": ["通讯账号"]}]})");
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY(set.ok());
    const QList<HeaderHit> hits = set->matchHeader(u"通讯账号"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(set->conceptRule(hits.first().conceptIndex).id, u"email"_s);
}

void TestRuleSets::overrideScalars()
{
    const QString path = write(u"policy.json"_s, R"({
  "sensitive_diagnoses": [{"id": "malignant", "enabled": false}, {"id": "hiv", "keywords": ["爱滋"]}],
  "detectors": [{"id": "zip_us", "enabled": false}],
  "concepts": [{"id": "department", "grade": 1}]
})");
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().toString()));
    const SensitiveDiagnoses &s = set->sensitive();
    QVERIFY(DetectorSet::builtin()->sensitive().codeGroup(u"C34.9") >= 0);
    QCOMPARE(s.codeGroup(u"C34.9"), -1);
    QCOMPARE(s.group(s.keywordGroup(u"爱滋病人")).id, u"hiv"_s);
    QCOMPARE(set->detectorIndex(u"zip_us"), -1);
    QCOMPARE(set->conceptRule(set->conceptIndex(u"department")).grade, 1);
}

void TestRuleSets::filesMergeInOrder()
{
    const QString first = write(u"a.json"_s, R"({"sensitive_diagnoses": [{"id": "malignant", "grade": 5}]})");
    const QString second = write(u"b.json"_s, R"({"sensitive_diagnoses": [{"id": "malignant", "grade": 3}]})");
    const Result<RuleSet> rules = RuleSet::load({first, second});
    QVERIFY(rules.ok());
    QCOMPARE(rules->sensitiveGroups()[rules->sensitiveGroupIndex(u"malignant")].grade, 3);
    QCOMPARE(rules->sourceFiles(), (QStringList{RuleSet::builtinPath(), first, second}));
}

void TestRuleSets::malformedJsonLineColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Qt reports the offset just after the token where parsing failed.
    QTest::newRow("missing comma") << QByteArray("{\n  \"concepts\": [\n    {\"id\": \"x\" \"role\": \"direct\"}\n  ]\n}\n")
                                   << 3 << 17;
    // An unterminated array is only noticed at the end of the input (line 4, after the last newline).
    QTest::newRow("unterminated array") << QByteArray("{\n  \"lists\": {\"a\": [\"x\"\n}\n") << 4 << 1;
    QTest::newRow("missing value") << QByteArray("{\n\n  \"lists\": }") << 3 << 13;
    QTest::newRow("trailing garbage") << QByteArray("{}\nx\n") << 2 << 1;
}

void TestRuleSets::malformedJsonLineColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    RuleSet rules;
    const Status s = rules.mergeJson(json, u"rules.json"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::BadInput);
    QCOMPARE(s.error().file, u"rules.json"_s);
    QCOMPARE(s.error().line, line);
    QCOMPARE(s.error().column, column);
    QVERIFY(s.error().toString().startsWith(u"rules.json:%1:%2: error: "_s.arg(line).arg(column)));
}

void TestRuleSets::columnCountsCharactersNotBytes()
{
    // The same error after a 3-byte character and after an ASCII one: same column.
    RuleSet a;
    RuleSet b;
    const Status cjk = a.mergeJson(QByteArray("{\n  \"lists\": {\"cn_surnames\": [\"\xE7\xA6\xA4\" \"x\"]}\n}\n"), u"a.json"_s);
    const Status ascii = b.mergeJson(QByteArray("{\n  \"lists\": {\"cn_surnames\": [\"q\" \"x\"]}\n}\n"), u"b.json"_s);
    QVERIFY(!cjk.ok() && !ascii.ok());
    QCOMPARE(cjk.error().line, 2);
    QCOMPARE(cjk.error().column, ascii.error().column);
}

void TestRuleSets::invalidRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");        // 0: no position expected
    QTest::addColumn<QString>("mentions"); // the message names the culprit
    QTest::newRow("unknown validator")
        << QByteArray("{\"detectors\": [\n  {\"id\": \"zy\", \"concept\": \"inpatient_no\", \"label\": \"ZY\",\n"
                      "   \"patterns\": [\"ZY\\\\d{8}\"], \"validator\": \"zy_checksum\"}\n]}\n")
        << 3 << u"zy_checksum"_s;
    QTest::newRow("unknown pattern validator")
        << QByteArray("{\"detectors\": [{\"id\": \"zy\", \"concept\": \"inpatient_no\", \"label\": \"ZY\",\n"
                      "  \"patterns\": [{\"regex\": \"ZY\\\\d{8}\", \"validator\": \"nope\"}]}]}")
        << 2 << u"nope"_s;
    QTest::newRow("invalid regex")
        << QByteArray("{\"detectors\": [{\"id\": \"zy\", \"concept\": \"inpatient_no\", \"label\": \"ZY\",\n"
                      "  \"patterns\": [\"ZY(\\\\d{8}\"]}]}")
        << 2 << u"regular expression"_s;
    QTest::newRow("unknown concept")
        << QByteArray("{\"detectors\": [{\"id\": \"zy\", \"concept\": \"visit_key\", \"label\": \"ZY\",\n"
                      "  \"patterns\": [\"ZY\\\\d{8}\"]}]}")
        << 1 << u"visit_key"_s;
    QTest::newRow("typo in key")
        << QByteArray("{\"concepts\": [\n  {\"id\": \"phone\", \"header\": [\"电话2\"]}]}") << 2 << u"header"_s;
    QTest::newRow("grade out of range")
        << QByteArray("{\"concepts\": [{\"id\": \"phone\",\n \"grade\": 7}]}") << 2 << u"grade"_s;
    QTest::newRow("unknown role")
        << QByteArray("{\"concepts\": [{\"id\": \"phone\", \"role\": \"secret\"}]}") << 1 << u"secret"_s;
    QTest::newRow("new concept without role")
        << QByteArray("{\"concepts\": [{\"id\": \"blood_bank\", \"label\": \"x\", \"grade\": 2}]}") << 1
        << u"blood_bank"_s;
    QTest::newRow("in_list without list")
        << QByteArray("{\"detectors\": [{\"id\": \"ward\", \"concept\": \"department\", \"label\": \"w\",\n"
                      "  \"patterns\": [\"\\\\S+\"], \"validator\": \"in_list\", \"list\": \"wards\"}]}")
        << 1 << u"wards"_s;
    QTest::newRow("bad code range")
        << QByteArray("{\"sensitive_diagnoses\": [{\"id\": \"hiv\", \"codes\": [\"B2O-B24\"]}]}") << 1 << u"B2O-B24"_s;
    QTest::newRow("bad id") << QByteArray("{\"concepts\": [{\"id\": \"Blood Bank\"}]}") << 1 << u"id"_s;
    QTest::newRow("detector without patterns")
        << QByteArray("{\"detectors\": [{\"id\": \"zz\", \"concept\": \"phone\", \"label\": \"z\"}]}") << 1 << u"zz"_s;
    QTest::newRow("version 2") << QByteArray("{\"steward_rules\": 2}") << 1 << u"version"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << u"object"_s;
}

void TestRuleSets::invalidRules()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    Result<RuleSet> rules = RuleSet::builtin();
    QVERIFY(rules.ok());
    const Status s = rules->mergeJson(json, u"user.json"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::BadInput);
    QCOMPARE(s.error().exitCode(), 2);
    QCOMPARE(s.error().file, u"user.json"_s);
    QCOMPARE(s.error().line, line);
    if (line > 0)
        QVERIFY(s.error().column > 0);
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestRuleSets::failedMergeChangesNothing()
{
    Result<RuleSet> rules = RuleSet::builtin();
    QVERIFY(rules.ok());
    const qsizetype concepts = rules->concepts().size();
    const qsizetype detectors = rules->detectors().size();
    const QStringList surnames = rules->list(u"cn_surnames"_s);
    // The first entries are fine, the last is not: nothing of the file may stick.
    const QByteArray json = R"({"lists": {"cn_surnames": ["禤"]},
        "concepts": [{"id": "blood_bank", "label": "b", "role": "other", "category": "health_resource", "grade": 1}],
        "detectors": [{"id": "zz", "concept": "blood_bank", "label": "z", "patterns": ["("]}]})";
    QVERIFY(!rules->mergeJson(json, u"bad.json"_s).ok());
    QCOMPARE(rules->concepts().size(), concepts);
    QCOMPARE(rules->detectors().size(), detectors);
    QCOMPARE(rules->list(u"cn_surnames"_s), surnames);
    QCOMPARE(rules->sourceFiles(), QStringList{RuleSet::builtinPath()});
}

void TestRuleSets::missingFile()
{
    const QString path = m_dir->filePath(u"absent.json"_s);
    const Result<DetectorSet> set = DetectorSet::load({path});
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, ErrorCode::BadInput);
    QCOMPARE(set.error().file, path);
}

void TestRuleSets::readmeExample()
{
    // The example in core/classify/rules/README.md must stay a valid rule file.
    QFile readme(QStringLiteral(STEWARD_TEST_DATA_DIR "/../../core/classify/rules/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype start = text.lastIndexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const QByteArray json = text.mid(start + 8, end - start - 8);
    Result<RuleSet> rules = RuleSet::builtin();
    QVERIFY(rules.ok());
    const Status s = rules->mergeJson(json, u"README.md"_s);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
    const Result<DetectorSet> set = DetectorSet::create(*rules);
    QVERIFY(set.ok());
    QVERIFY(set->matchValue(QStringView(u"ZY12345678")).test(set->detectorIndex(u"zy_inpatient")));
}

QTEST_GUILESS_MAIN(TestRuleSets)
#include "test_rulesets.moc"
