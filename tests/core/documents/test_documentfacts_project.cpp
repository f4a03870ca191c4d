// Document facts from a fixture project through ReleaseMeasurement: every field with its real
// classification and rule, the risk figures the measurement found, the likelihood derived from
// them; a rule change, a new extract and a decision make the stored facts out of date, with
// sentences naming what changed (never a cell value).

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentTemplate.h"
#include "core/documents/MaskingWords.h"
#include "core/documents/ReidentificationLikelihood.h"
#include "core/mask/MaskRuleService.h"
#include "core/release/ReleaseMeasurement.h"

#include <QtTest>

#include <memory>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

// Twelve visits of ten patients: by sex alone 7 men and 5 women; by sex and exact age almost
// everyone is alone in their class.
QByteArray fixture(bool extraVisit = false)
{
    QByteArray csv = "住院号,姓名,性别,年龄,诊断\n"
                     "ZY0001,张伟,男,31,I10\n"
                     "ZY0001,张伟,男,31,E11\n"
                     "ZY0002,王芳,女,33,J45\n"
                     "ZY0002,王芳,女,33,J45\n"
                     "ZY0003,李娜,女,35,K29\n"
                     "ZY0004,刘洋,男,36,I10\n"
                     "ZY0005,陈静,女,38,N39\n"
                     "ZY0006,杨磊,男,39,M54\n"
                     "ZY0007,赵敏,男,52,I25\n"
                     "ZY0008,黄强,男,55,E11\n"
                     "ZY0009,周杰,男,58,I63\n"
                     "ZY0010,吴霞,女,57,C50\n";
    if (extraVisit)
        csv += "ZY0011,孙丽,女,61,I10\n";
    return csv;
}

const QStringList kSecretWords = {u"ZY0001"_s, u"张伟"_s, u"I10"_s, u"31"_s};

} // namespace

class TestDocumentFactsProject final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_info;

    ProjectStore &store() { return m_project->store(); }

    Release release() const
    {
        Release r;
        r.name = u"study"_s;
        r.datasets = {u"inpatient"_s};
        r.mode = SharingMode::Bilateral;
        r.policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
        r.users = {u"Li Wei"_s};
        return r;
    }

    void setRules(const QStringList &rules)
    {
        QList<std::pair<QString, MaskRule>> parsed;
        for (const QString &text : rules) {
            auto assignment = MaskRule::parseAssignment(text);
            QVERIFY2(assignment.ok(), qPrintable(text));
            parsed.append(*assignment);
        }
        const Status s = MaskRuleService(store()).setRules(m_info, parsed);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    }

    DocumentFacts facts()
    {
        auto measured = ReleaseMeasurement::run(store(), release(), std::nullopt,
                                                [] { return Result<QString>(u"pass"_s); });
        if (!measured)
            qFatal("measure: %s", qPrintable(measured.error().message));
        return DocumentFactsBuilder::build(release(), *measured);
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_info = coretest::importCsv(store(), m_project->dir(), u"inpatient"_s, fixture());
    }
    void cleanup() { m_project.reset(); }

    void factsHoldTheProjectsFieldsRulesAndFigures()
    {
        setRules({u"姓名=drop"_s, u"住院号=pseudonym"_s, u"年龄=bands:width=10"_s});
        const DocumentFacts f = facts();
        QCOMPARE(f.datasets.size(), 1);
        const FactDataset &d = f.datasets.first();
        QCOMPARE(d.name, u"inpatient"_s);
        QCOMPARE(d.version, 1);
        QCOMPARE(d.records, 12);
        QCOMPARE(d.subjects, 10);
        QCOMPARE(d.subjectField, u"住院号"_s);
        QVERIFY(d.quasi.contains(u"性别"_s));
        QVERIFY(d.quasi.contains(u"年龄"_s));
        // M 30s ×4, F 30s ×4, M 50s ×3, F 50s ×1 once masked; as stored someone is unique.
        QCOMPARE(d.after.minClass, 1);
        QCOMPARE(d.after.k, 5);
        QCOMPARE(d.before.minClass, 1);
        QCOMPARE(d.before.records, 12);

        QStringList names;
        for (const FactField &field : f.fields)
            names << field.field;
        QCOMPARE(names, QStringList({u"住院号"_s, u"姓名"_s, u"性别"_s, u"年龄"_s, u"诊断"_s}));
        const FactField &id = f.fields.at(0);
        QCOMPARE(id.rule, u"pseudonym"_s);
        QCOMPARE(id.role, u"direct"_s);
        QVERIFY(id.grade >= 3);
        QCOMPARE(f.fields.at(1).released, false);
        QCOMPARE(f.fields.at(3).rule, u"bands:width=10"_s);
        QVERIFY(f.fields.at(3).generalised);
        QCOMPARE(f.fields.at(4).rule, u"keep"_s);
        QCOMPARE(f.fields.at(4).role, u"sensitive"_s);
        QVERIFY(d.grade >= f.fields.at(4).grade);
        QVERIFY(f.measures.contains(u"pseudonymisation"_s));
        QVERIFY(f.measures.contains(u"minimisation"_s));
        QVERIFY(!f.measures.contains(u"k_anonymity"_s));
        QCOMPARE(f.reidentificationAfter, 4);
        QCOMPARE(f.reidentificationBefore, 4);

        // The annex words of the age rule, in both languages.
        Result<DocumentTemplate> en = DocumentTemplate::load(DocumentKind::Agreement, u"en"_s);
        QVERIFY(en);
        QCOMPARE(MaskingWords::describe(*MaskRule::parse(f.fields.at(3).rule), *en, f.fields.at(3).field),
                 u"10-year bands"_s);

        // The facts quote names, rules and figures, never a cell value.
        const QString json = QString::fromUtf8(QJsonDocument(f.toJson()).toJson());
        for (const QString &secret : kSecretWords)
            QVERIFY2(!json.contains(secret), qPrintable(secret));
    }

    void aRuleChangeIsNamed()
    {
        setRules({u"姓名=drop"_s, u"住院号=pseudonym"_s, u"年龄=bands:width=10"_s});
        const DocumentFacts stored = facts();
        QVERIFY(facts().changesSince(stored).isEmpty());

        // Age left out: sex alone makes classes of 7 and 5, risk 1/5, likelihood limited.
        setRules({u"姓名=drop"_s, u"住院号=pseudonym"_s, u"年龄=drop"_s});
        const DocumentFacts now = facts();
        QCOMPARE(now.datasets.first().after.minClass, 5);
        QCOMPARE(now.reidentificationAfter, ReidentificationLikelihood::fromProsecutorRisk(0.2));
        QCOMPARE(now.reidentificationAfter, 2);
        QVERIFY(now.measures.contains(u"k_anonymity"_s));
        const QStringList changes = now.changesSince(stored);
        QVERIFY2(changes.contains(u"Rule of inpatient.年龄 changed: bands:width=10 → drop"_s),
                 qPrintable(changes.join(u" | "_s)));
        QVERIFY2(changes.contains(u"Smallest class of inpatient: 1 → 5"_s), qPrintable(changes.join(u" | "_s)));
        QVERIFY2(changes.contains(u"Likelihood of re-identification after measures: 4 → 2"_s),
                 qPrintable(changes.join(u" | "_s)));
        QVERIFY2(changes.contains(u"Measure now in place: k-anonymity"_s), qPrintable(changes.join(u" | "_s)));
        for (const QString &sentence : changes) {
            for (const QString &secret : kSecretWords)
                QVERIFY2(!sentence.contains(secret), qPrintable(sentence));
        }
    }

    void aNewExtractIsNamed()
    {
        setRules({u"姓名=drop"_s});
        const DocumentFacts stored = facts();
        m_info = coretest::importCsv(store(), m_project->dir(), u"inpatient"_s, fixture(true), true);
        const QStringList changes = facts().changesSince(stored);
        QVERIFY2(changes.contains(u"inpatient is now version 2 (was 1)"_s), qPrintable(changes.join(u" | "_s)));
        QVERIFY2(changes.contains(u"Records of inpatient: 12 → 13"_s), qPrintable(changes.join(u" | "_s)));
        QVERIFY2(changes.contains(u"Persons in inpatient: 10 → 11"_s), qPrintable(changes.join(u" | "_s)));
    }

    void aDecisionIsNamed()
    {
        setRules({u"姓名=drop"_s});
        const DocumentFacts stored = facts();
        ClassificationService classifier(store());
        auto decided = classifier.decide(
            u"inpatient"_s, {DecisionRequest::set(u"诊断"_s, FieldRole::Sensitive, 5, std::nullopt,
                                                  u"HIV codes may appear in next month's extract"_s)});
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
        const QStringList changes = facts().changesSince(stored);
        QVERIFY2(changes.contains(u"Classification of inpatient.诊断 confirmed"_s), qPrintable(changes.join(u" | "_s)));
        // The grade sentence appears exactly when the decision changed the suggested grade.
        bool graded = false;
        for (const QString &change : changes)
            graded = graded || change.startsWith(u"Grade of inpatient.诊断 changed:"_s);
        const FactField &before = stored.fields.at(4);
        QCOMPARE(graded, before.grade != 5);
    }
};

QTEST_GUILESS_MAIN(TestDocumentFactsProject)
#include "test_documentfacts_project.moc"
