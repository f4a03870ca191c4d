// Document facts built from hand-made measurements (no project): fields with their effective
// classification and rule, released and generalised flags, dataset and release grades, risk
// before and after, the measures pre-ticked, the derived likelihood; the JSON round trip (and
// damaged JSON refused); changesSince for every kind of change; the likelihood thresholds.

#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/ReidentificationLikelihood.h"

#include "core/common/Translations.h"

#include <QJsonDocument>
#include <QTranslator>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

FieldClassification classified(const QString &name, const QString &type, FieldRole role,
                               DataCategory category, int grade, bool confirmed = true)
{
    FieldClassification field;
    field.name = name;
    field.type = type;
    field.hasSuggestion = true;
    field.suggestion.role = role;
    field.suggestion.category = category;
    field.suggestion.grade = grade;
    field.decision.confirmed = confirmed;
    field.decision.hasValues = confirmed;
    field.decision.role = role;
    field.decision.category = category;
    field.decision.grade = grade;
    return field;
}

MaskRule rule(const QString &text)
{
    Result<MaskRule> parsed = MaskRule::parse(text);
    if (!parsed)
        qFatal("rule: %s", qPrintable(parsed.error().message));
    return *parsed;
}

RiskReport report(quint64 records, quint64 minClass, quint64 classes, quint64 belowK, quint64 suppressed)
{
    RiskReport r;
    r.records = records;
    r.suppressedRecords = suppressed;
    r.retainedRecords = records - suppressed;
    r.classes = classes;
    r.minClass = minClass;
    r.recordsBelowK = belowK;
    r.prosecutorRiskMax = minClass ? 1.0 / double(minClass) : 0.0;
    r.prosecutorRiskAvg = r.retainedRecords ? double(classes) / double(r.retainedRecords) : 0.0;
    r.sampleUniques = 0.01;
    r.lDiversity = {3};
    return r;
}

// An inpatient extract as the sample makes it: an ID pseudonymised, a name dropped, age banded,
// a date generalised, sex kept, a diagnosis recoded (grade 5).
DatasetMeasurement inpatient()
{
    DatasetMeasurement m;
    m.dataset.name = u"inpatient"_s;
    m.dataset.version = 2;
    m.dataset.rowCount = 5000;
    m.classification.fields = {
        classified(u"身份证号"_s, u"text"_s, FieldRole::Direct, DataCategory::PersonalAttribute, 4),
        classified(u"姓名"_s, u"text"_s, FieldRole::Direct, DataCategory::PersonalAttribute, 4),
        classified(u"年龄"_s, u"integer"_s, FieldRole::Quasi, DataCategory::PersonalAttribute, 3),
        classified(u"入院日期"_s, u"date"_s, FieldRole::Quasi, DataCategory::MedicalApplication, 3),
        classified(u"性别"_s, u"text"_s, FieldRole::Quasi, DataCategory::PersonalAttribute, 3, false),
        classified(u"诊断编码"_s, u"text"_s, FieldRole::Sensitive, DataCategory::HealthStatus, 5),
    };
    m.rules = {{u"身份证号"_s, rule(u"pseudonym"_s)},
               {u"姓名"_s, rule(u"drop"_s)},
               {u"年龄"_s, rule(u"hierarchy:builder=\"interval:5;top=90\",level=1"_s)},
               {u"入院日期"_s, rule(u"date:to=month"_s)},
               {u"诊断编码"_s, rule(u"recode:table=builtin:icd10-category"_s)}};
    m.risk.quasi = {u"年龄"_s, u"入院日期"_s, u"性别"_s};
    m.risk.sensitive = {u"诊断编码"_s};
    m.risk.k = 5;
    m.risk.report = report(5000, 6, 400, 0, 12);
    m.risk.baseline = report(5000, 1, 4800, 4900, 0);
    m.risk.suppressedRecords = 12;
    m.subjects = 4700;
    m.subjectField = u"身份证号"_s;
    return m;
}

Release release()
{
    Release r;
    r.name = u"cardio-2026"_s;
    r.datasets = {u"inpatient"_s};
    r.users = {u"Li Wei"_s};
    r.policy.minK = 5;
    return r;
}

} // namespace

class TestDocumentFacts : public QObject {
    Q_OBJECT

private slots:
    void buildsFromMeasurements();
    void unmeasuredDatasetsGiveNoLikelihood();
    void jsonRoundTrip();
    void damagedJsonIsRefused();
    void noChangeNoSentence();
    void changes_data();
    void changes();
    void changesInTheUiLanguage();
    void likelihoodThresholds_data();
    void likelihoodThresholds();
};

void TestDocumentFacts::buildsFromMeasurements()
{
    const DocumentFacts facts = DocumentFactsBuilder::build(release(), {inpatient()});
    QCOMPARE(facts.datasets.size(), 1);
    const FactDataset &d = facts.datasets.first();
    QCOMPARE(d.name, u"inpatient"_s);
    QCOMPARE(d.version, 2);
    QCOMPARE(d.records, 5000);
    QCOMPARE(d.subjects, 4700);
    QCOMPARE(d.subjectField, u"身份证号"_s);
    QCOMPARE(d.grade, 5);
    QCOMPARE(d.quasi, QStringList({u"年龄"_s, u"入院日期"_s, u"性别"_s}));
    QCOMPARE(d.after.minClass, 6);
    QCOMPARE(d.after.records, 4988);
    QCOMPARE(d.after.suppressedRecords, 12);
    QCOMPARE(d.after.k, 5);
    QCOMPARE(d.after.lDiversity.value(u"诊断编码"_s), 3);
    QCOMPARE(d.before.minClass, 1);
    QCOMPARE(d.before.recordsBelowK, 4900);
    QCOMPARE(d.before.prosecutorMax, 1.0);

    QCOMPARE(facts.fields.size(), 6);
    const FactField &id = facts.fields.at(0);
    QCOMPARE(id.dataset, u"inpatient"_s);
    QCOMPARE(id.field, u"身份证号"_s);
    QCOMPARE(id.role, u"direct"_s);
    QCOMPARE(id.category, u"personal_attribute"_s);
    QCOMPARE(id.grade, 4);
    QCOMPARE(id.rule, u"pseudonym"_s);
    QVERIFY(id.released);
    QVERIFY(!id.generalised);
    QVERIFY(id.confirmed);
    QCOMPARE(facts.fields.at(1).released, false);
    QCOMPARE(facts.fields.at(1).rule, u"drop"_s);
    QVERIFY(facts.fields.at(2).generalised);
    QVERIFY(facts.fields.at(3).generalised);
    QCOMPARE(facts.fields.at(4).rule, u"keep"_s);
    QVERIFY(!facts.fields.at(4).confirmed);
    QVERIFY(facts.fields.at(5).generalised);
    QCOMPARE(facts.fields.at(5).grade, 5);
    QCOMPARE(facts.releaseGrade, 5);

    QCOMPARE(facts.measures, QStringList({u"pseudonymisation"_s, u"generalisation"_s, u"suppression"_s,
                                          u"minimisation"_s, u"k_anonymity"_s, u"audit_trail"_s,
                                          u"encryption"_s, u"access_control"_s}));
    QCOMPARE(facts.reidentificationBefore, 4); // someone unique in the stored data
    QCOMPARE(facts.reidentificationAfter, 2);  // smallest class 6: 1/6 ≤ 0.2

    // The release grade counts only what leaves: drop the diagnosis and it falls to 4.
    DatasetMeasurement m = inpatient();
    m.rules.append({u"诊断编码"_s, rule(u"drop"_s)});
    m.rules.removeAt(4);
    Release strict = release();
    strict.policy.minK = 10;
    strict.users.clear();
    const DocumentFacts other = DocumentFactsBuilder::build(strict, {m});
    QCOMPARE(other.releaseGrade, 4);
    QCOMPARE(other.datasets.first().grade, 5);
    QVERIFY(!other.measures.contains(u"k_anonymity"_s));   // 6 < 10
    QVERIFY(!other.measures.contains(u"access_control"_s)); // nobody named
}

void TestDocumentFacts::unmeasuredDatasetsGiveNoLikelihood()
{
    DatasetMeasurement m = inpatient();
    m.risk.quasi.clear();
    m.risk.report = RiskReport();
    m.risk.baseline.reset();
    m.risk.suppressedRecords = 0;
    m.rules.clear();
    const DocumentFacts facts = DocumentFactsBuilder::build(release(), {m});
    QCOMPARE(facts.reidentificationBefore, 0);
    QCOMPARE(facts.reidentificationAfter, 0);
    QVERIFY(!facts.measures.contains(u"k_anonymity"_s));
    QCOMPARE(facts.measures, QStringList({u"audit_trail"_s, u"encryption"_s, u"access_control"_s}));

    // A dataset never classified still lists its columns.
    DatasetMeasurement bare;
    bare.dataset.name = u"outpatient"_s;
    bare.dataset.columns = {ColumnInfo{0, u"visit"_s, u"visit"_s, ColumnType::Date, 0}};
    const DocumentFacts bareFacts = DocumentFactsBuilder::build(release(), {bare});
    QCOMPARE(bareFacts.fields.size(), 1);
    QCOMPARE(bareFacts.fields.first().type, u"date"_s);
    QCOMPARE(bareFacts.fields.first().grade, 0);
    QVERIFY(DocumentFactsBuilder::build(release(), {}).isEmpty());
}

void TestDocumentFacts::jsonRoundTrip()
{
    const DocumentFacts facts = DocumentFactsBuilder::build(release(), {inpatient()});
    const QJsonObject json = facts.toJson();
    // Through text, as the store keeps it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    Result<DocumentFacts> back = DocumentFacts::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(*back, facts);
    QVERIFY(back->changesSince(facts).isEmpty());
    QCOMPARE(json.value(u"release_grade"_s).toInt(), 5);
    QCOMPARE(json.value(u"fields"_s).toArray().at(2).toObject().value(u"rule"_s).toString(),
             u"hierarchy:builder=interval:5;top=90,level=1"_s);

    Result<DocumentFacts> empty = DocumentFacts::fromJson(DocumentFacts().toJson());
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestDocumentFacts::damagedJsonIsRefused()
{
    QJsonObject json = DocumentFactsBuilder::build(release(), {inpatient()}).toJson();
    json.remove(u"fields"_s);
    Result<DocumentFacts> back = DocumentFacts::fromJson(json);
    QVERIFY(!back);
    QCOMPARE(back.error().code, ErrorCode::BadInput);
    QVERIFY(back.error().message.contains(u"fields"_s));

    json = DocumentFactsBuilder::build(release(), {inpatient()}).toJson();
    QJsonArray datasets = json.value(u"datasets"_s).toArray();
    QJsonObject first = datasets.first().toObject();
    first.insert(u"records"_s, u"many"_s);
    datasets.replace(0, first);
    json.insert(u"datasets"_s, datasets);
    back = DocumentFacts::fromJson(json);
    QVERIFY(!back);
    QVERIFY(back.error().message.contains(u"records"_s));
}

void TestDocumentFacts::noChangeNoSentence()
{
    const DocumentFacts facts = DocumentFactsBuilder::build(release(), {inpatient()});
    QVERIFY(facts.changesSince(facts).isEmpty());
}

void TestDocumentFacts::changes_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rule") << 0 << u"Rule of inpatient.入院日期 changed: date:to=month → date:to=year"_s;
    QTest::newRow("version") << 1 << u"inpatient is now version 3 (was 2)"_s;
    QTest::newRow("dataset added") << 2 << u"Dataset outpatient added"_s;
    QTest::newRow("dataset removed") << 3 << u"Dataset inpatient removed"_s;
    QTest::newRow("field added") << 4 << u"Field inpatient.邮编 added"_s;
    QTest::newRow("field removed") << 5 << u"Field inpatient.性别 removed"_s;
    QTest::newRow("role") << 6 << u"Role of inpatient.性别 changed: Quasi-identifier → Other"_s;
    QTest::newRow("grade") << 7 << u"Grade of inpatient.性别 changed: 3 → 2"_s;
    QTest::newRow("category") << 8 << u"Category of inpatient.性别 changed: Personal attribute → Health status"_s;
    QTest::newRow("prosecutor") << 9 << u"Highest prosecutor risk of inpatient: 0.167 → 0.333"_s;
    QTest::newRow("min class") << 10 << u"Smallest class of inpatient: 6 → 3"_s;
    QTest::newRow("below k") << 11 << u"Records below k in inpatient: 0 → 40"_s;
    QTest::newRow("suppressed") << 12 << u"Records suppressed in inpatient: 12 → 30"_s;
    QTest::newRow("subjects") << 13 << u"Persons in inpatient: 4,700 → 4,800"_s;
    QTest::newRow("likelihood") << 14 << u"Likelihood of re-identification after measures: 2 → 3"_s;
    QTest::newRow("release grade") << 15 << u"Highest grade released: 5 → 4"_s;
    QTest::newRow("confirmed") << 16 << u"Classification of inpatient.性别 confirmed"_s;
}

void TestDocumentFacts::changes()
{
    QFETCH(int, change);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const DocumentFacts older = DocumentFactsBuilder::build(release(), {inpatient()});
    DatasetMeasurement m = inpatient();
    QList<DatasetMeasurement> now{m};
    Release r = release();
    switch (change) {
    case 0: now[0].rules[3].second = rule(u"date:to=year"_s); break;
    case 1: now[0].dataset.version = 3; break;
    case 2: {
        DatasetMeasurement out;
        out.dataset.name = u"outpatient"_s;
        now << out;
        break;
    }
    case 3: now.clear(); break;
    case 4: now[0].classification.fields << classified(u"邮编"_s, u"text"_s, FieldRole::Quasi, DataCategory::PersonalAttribute, 3); break;
    case 5: now[0].classification.fields.removeAt(4); break;
    case 6: now[0].classification.fields[4].suggestion.role = FieldRole::Other; break;
    case 7: now[0].classification.fields[4].suggestion.grade = 2; break;
    case 8: now[0].classification.fields[4].suggestion.category = DataCategory::HealthStatus; break;
    case 9:
    case 10:
        now[0].risk.report = report(5000, 3, 400, 0, 12);
        break;
    case 11: now[0].risk.report.recordsBelowK = 40; break;
    case 12: now[0].risk.report.suppressedRecords = 30; now[0].risk.report.retainedRecords = 4970; break;
    case 13: now[0].subjects = 4800; break;
    case 14: now[0].risk.report = report(5000, 3, 400, 0, 12); break;
    case 15: now[0].rules[4].second = rule(u"drop"_s); break;
    case 16: now[0].classification.fields[4].decision.confirmed = true;
             now[0].classification.fields[4].decision.hasValues = true;
             now[0].classification.fields[4].decision.role = FieldRole::Quasi;
             now[0].classification.fields[4].decision.category = DataCategory::PersonalAttribute;
             now[0].classification.fields[4].decision.grade = 3;
             break;
    }
    const DocumentFacts newer = DocumentFactsBuilder::build(r, now);
    const QStringList sentences = newer.changesSince(older);
    QVERIFY2(sentences.contains(expected), qPrintable(sentences.join(u" | "_s)));
    // Sentences quote names, rules and figures only; never the document's own wording.
    for (const QString &sentence : sentences)
        QVERIFY(!sentence.isEmpty());
    QLocale::setDefault(QLocale::c());
}

void TestDocumentFacts::changesInTheUiLanguage()
{
    QTranslator translator;
    QVERIFY(loadStewardTranslation(translator, QLocale(QLocale::Chinese, QLocale::China)));
    QCoreApplication::installTranslator(&translator);
    const DocumentFacts older = DocumentFactsBuilder::build(release(), {inpatient()});
    DatasetMeasurement m = inpatient();
    m.dataset.version = 3;
    m.classification.fields[4].suggestion.role = FieldRole::Other;
    const QStringList changes = DocumentFactsBuilder::build(release(), {m}).changesSince(older);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(changes.contains(u"“inpatient”现为第 3 版（原为第 2 版）"_s), qPrintable(changes.join(u" | "_s)));
    QVERIFY2(changes.contains(u"“inpatient.性别”的角色已更改：准标识符 → 其他"_s), qPrintable(changes.join(u" | "_s)));
}

void TestDocumentFacts::likelihoodThresholds_data()
{
    QTest::addColumn<double>("risk");
    QTest::addColumn<int>("likelihood");
    QTest::newRow("none") << 0.0 << 1;
    QTest::newRow("1/20") << 1.0 / 20 << 1;
    QTest::newRow("just above 0.05") << 0.0501 << 2;
    QTest::newRow("1/5") << 1.0 / 5 << 2;
    QTest::newRow("1/4") << 0.25 << 3;
    QTest::newRow("1/3") << 1.0 / 3 << 3;
    QTest::newRow("1/2") << 0.5 << 3;
    QTest::newRow("unique") << 1.0 << 4;
    QTest::newRow("nan") << std::nan("") << 4;
}

void TestDocumentFacts::likelihoodThresholds()
{
    QFETCH(double, risk);
    QFETCH(int, likelihood);
    QCOMPARE(ReidentificationLikelihood::fromProsecutorRisk(risk), likelihood);
    QCOMPARE(ReidentificationLikelihood::kThresholds[0], 0.05);
    QCOMPARE(ReidentificationLikelihood::kThresholds[2], 0.5);
}

QTEST_GUILESS_MAIN(TestDocumentFacts)
#include "test_documentfacts.moc"
