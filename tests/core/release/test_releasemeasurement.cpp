// ReleaseMeasurement and PolicyCheck on a small imported fixture whose figures are worked out by
// hand: the classification's roles pick the quasi-identifiers and sensitive attributes, the
// policy's k is the target, the stored data is the baseline, the first person identifier counts
// the subjects; the policy check reports what each mode's policy forbids.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/release/PolicyCheck.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"

#include <QtTest>

#include <memory>

using namespace steward;

namespace {

template <class R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

// Twelve visits of ten patients (ZY0001 and ZY0002 come twice). By sex and 10-year age band the
// masked classes are: M 30s ×4, F 30s ×4, M 50s ×3, F 50s ×1; as stored (exact ages) every
// record but the two repeat visits with equal age is alone in its class.
QByteArray fixture()
{
    return "住院号,姓名,性别,年龄,诊断,病程记录\n"
           "ZY0001,张伟,男,31,I10,患者自诉头痛三天，无发热\n"
           "ZY0001,张伟,男,31,E11,复诊，血压控制尚可\n"
           "ZY0002,王芳,女,33,J45,夜间咳嗽加重两周\n"
           "ZY0002,王芳,女,33,J45,咳嗽好转，继续吸入治疗\n"
           "ZY0003,李娜,女,35,K29,上腹不适一月余\n"
           "ZY0004,刘洋,男,36,I10,体检发现血压升高\n"
           "ZY0005,陈静,女,38,N39,尿频尿急三天\n"
           "ZY0006,杨磊,男,39,M54,腰痛反复发作半年\n"
           "ZY0007,赵敏,男,52,I25,活动后胸闷一年\n"
           "ZY0008,黄强,男,55,E11,口干多饮三月\n"
           "ZY0009,周杰,男,58,I63,左侧肢体无力一天\n"
           "ZY0010,吴霞,女,57,C50,发现乳腺肿块两周\n";
}

} // namespace

class TestReleaseMeasurement final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_info;

    ProjectStore &store() { return m_project->store(); }

    Release release(SharingMode mode, const QStringList &datasets = {QStringLiteral("inpatient")})
    {
        Release r;
        r.name = QStringLiteral("study");
        r.datasets = datasets;
        r.mode = mode;
        r.policy = ReleasePolicy::defaultsFor(mode);
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
        QVERIFY2(s.ok(), qPrintable(why(s)));
    }

    // The standard masking of the fixture: names dropped, numbers pseudonymised, ages in 10-year
    // bands, notes scrubbed; sex and diagnosis kept.
    void standardRules()
    {
        setRules({QStringLiteral("姓名=drop"), QStringLiteral("住院号=pseudonym"),
                  QStringLiteral("年龄=bands:width=10"), QStringLiteral("病程记录=scrub")});
    }

    DatasetMeasurement measureOne(const Release &r)
    {
        auto measured = ReleaseMeasurement::run(store(), r, std::nullopt,
                                                [] { return Result<QString>(QStringLiteral("pass")); });
        if (!measured)
            qFatal("measure: %s", qPrintable(measured.error().message));
        if (measured->size() != 1)
            qFatal("measure: %d measurements", int(measured->size()));
        return measured->first();
    }

    static QStringList rulesOf(const QList<PolicyViolation> &violations)
    {
        QStringList found;
        for (const PolicyViolation &v : violations)
            found << (v.field.isEmpty() ? v.rule : v.rule + QLatin1Char(':') + v.field);
        found.sort();
        return found;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_info = coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"),
                                     fixture());
    }
    void cleanup() { m_project.reset(); }

    void measurement()
    {
        standardRules();
        QVERIFY(ProjectSecretStore(store()).obtain(QStringLiteral("pass")).ok());
        int asked = 0;
        QList<Progress> steps;
        auto measured = ReleaseMeasurement::run(
            store(), release(SharingMode::Bilateral), std::nullopt,
            [&asked] {
                ++asked;
                return Result<QString>(QStringLiteral("pass"));
            },
            [&steps](const Progress &p) { steps.append(p); });
        QVERIFY2(measured.ok(), qPrintable(why(measured)));
        QCOMPARE(measured->size(), 1);
        const DatasetMeasurement &m = measured->first();
        // The pseudonym is of a direct identifier: no figure depends on it, nothing is asked.
        QCOMPARE(asked, 0);
        // Never analysed before: the measurement analysed it first.
        QVERIFY(m.classification.analyzed);
        QVERIFY(m_project->auditActions().contains(QStringLiteral("classification.analyze")));
        QCOMPARE(m.dataset.name, QStringLiteral("inpatient"));
        QCOMPARE(m.rules.size(), 4);
        QCOMPARE(m.ruleFor(QStringLiteral("姓名")).op(), MaskOperator::Drop);
        QCOMPARE(m.ruleFor(QStringLiteral("性别")).op(), MaskOperator::Keep);
        QVERIFY(!m.recordSuppression);

        QCOMPARE(m.risk.quasi, QStringList({QStringLiteral("性别"), QStringLiteral("年龄")}));
        QCOMPARE(m.risk.sensitive, QStringList({QStringLiteral("诊断"), QStringLiteral("病程记录")}));
        QCOMPARE(m.risk.k, 5); // the policy's minimum k
        const RiskReport &after = m.risk.report;
        QCOMPARE(after.records, quint64(12));
        QCOMPARE(after.classes, quint64(4));
        QCOMPARE(after.minClass, quint64(1));
        QCOMPARE(after.recordsBelowK, quint64(12));
        QCOMPARE(after.sampleUniqueRecords, quint64(1));
        QCOMPARE(after.prosecutorRiskMax, 1.0);
        QCOMPARE(after.prosecutorRiskAvg, 4.0 / 12.0);
        QVERIFY(m.risk.baseline);
        QCOMPARE(m.risk.baseline->classes, quint64(10));
        QCOMPARE(m.risk.baseline->sampleUniqueRecords, quint64(8));

        // Ten patients among twelve visits, counted on the inpatient number.
        QCOMPARE(m.subjects, qint64(10));
        QCOMPARE(m.subjectField, QStringLiteral("住院号"));

        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().done, qint64(12));
        QCOMPARE(steps.last().estimatedTotal, qint64(12));
        for (const Progress &p : std::as_const(steps))
            QVERIFY(p.done <= 12);

        // The unlocked secret is used as it is: no passphrase asked.
        auto secret = ProjectSecretStore(store()).obtain(QStringLiteral("pass"));
        QVERIFY(secret.ok());
        auto again = ReleaseMeasurement::run(store(), release(SharingMode::Bilateral), *secret, {});
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QCOMPARE(again->first().risk.report.classes, quint64(4));
    }

    void secretLockedAndCancel()
    {
        // A keyed pseudonym of a quasi-identifier changes the classes: the secret is needed.
        setRules({QStringLiteral("年龄=pseudonym")});
        auto locked = ReleaseMeasurement::run(store(), release(SharingMode::Bilateral),
                                              std::nullopt, {});
        QCOMPARE(locked.error().code, ErrorCode::Verification);
        // One of a direct identifier changes no figure: measured without asking, with the same
        // figures as with the secret.
        standardRules();
        auto withoutSecret = ReleaseMeasurement::run(store(), release(SharingMode::Bilateral),
                                                     std::nullopt, {});
        QVERIFY2(withoutSecret.ok(), qPrintable(why(withoutSecret)));
        const DatasetMeasurement withSecret = measureOne(release(SharingMode::Bilateral));
        const DatasetMeasurement &open1 = withoutSecret->first();
        QCOMPARE(open1.risk.report.classes, withSecret.risk.report.classes);
        QCOMPARE(open1.risk.report.minClass, withSecret.risk.report.minClass);
        QCOMPARE(open1.risk.report.recordsBelowK, withSecret.risk.report.recordsBelowK);
        QCOMPARE(open1.rules, withSecret.rules);
        // Without a rule that needs the secret, none is asked for.
        setRules({QStringLiteral("住院号=drop")});
        auto open = ReleaseMeasurement::run(store(), release(SharingMode::Bilateral),
                                            std::nullopt, {});
        QVERIFY2(open.ok(), qPrintable(why(open)));
        CancellationToken token;
        token.cancel();
        auto cancelled = ReleaseMeasurement::run(store(), release(SharingMode::Bilateral),
                                                 std::nullopt, {}, {}, &token);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void noPersonIdentifier()
    {
        setRules({QStringLiteral("住院号=drop")});
        // Confirmed as "other", the number no longer counts subjects (a decision wins).
        ClassificationService classifier(store());
        QVERIFY(classifier.analyzeNow(QStringLiteral("inpatient")).ok());
        auto decided = classifier.decide(
            QStringLiteral("inpatient"),
            {DecisionRequest::set(QStringLiteral("住院号"), FieldRole::Other, 2, std::nullopt,
                                  QStringLiteral("a visit number here"))});
        QVERIFY2(decided.ok(), qPrintable(why(decided)));
        const DatasetMeasurement m = measureOne(release(SharingMode::Bilateral));
        QCOMPARE(m.subjects, qint64(-1));
        QVERIFY(m.subjectField.isEmpty());
    }

    void policyPerMode()
    {
        standardRules();
        QVERIFY(ProjectSecretStore(store()).obtain(QStringLiteral("pass")).ok());
        const DatasetMeasurement m = measureOne(release(SharingMode::Bilateral));

        // Bilateral: the grade-4 diagnosis leaves unmasked (grade 3 at most), the scrubbed notes
        // are still free text, the smallest class (1) is below 5 and its risk (1) above 0.2.
        const auto bilateral = PolicyCheck::evaluate(release(SharingMode::Bilateral), {m});
        QCOMPARE(rulesOf(bilateral),
                 QStringList({QStringLiteral("free_text:病程记录"), QStringLiteral("max_risk"),
                              QStringLiteral("min_k"), QStringLiteral("unmasked_grade:诊断")}));
        for (const PolicyViolation &v : bilateral) {
            QCOMPARE(v.dataset, QStringLiteral("inpatient"));
            QVERIFY(!v.detail.isEmpty());
            QVERIFY2(!v.detail.contains(QLatin1String("ZY0")), qPrintable(v.detail));
            if (v.rule == QLatin1String("unmasked_grade")) {
                QVERIFY(v.detail.contains(QStringLiteral("诊断")));
                QVERIFY(v.detail.contains(QLatin1String("4")));
                QVERIFY(v.detail.contains(QLatin1String("3")));
            }
            if (v.rule == QLatin1String("min_k"))
                QVERIFY(v.detail.contains(QLatin1String("5")));
            if (v.rule == QLatin1String("max_risk"))
                QVERIFY(v.detail.contains(QLatin1String("0.2")));
            const QJsonObject j = v.toJson();
            QCOMPARE(j.value(QStringLiteral("rule")).toString(), v.rule);
            QVERIFY(j.contains(QStringLiteral("detail")));
        }

        // Public: grade 2 at most, so sex (grade 3, kept) violates too; the banded age does not.
        const auto pub = PolicyCheck::evaluate(release(SharingMode::Public), {m});
        QCOMPARE(rulesOf(pub),
                 QStringList({QStringLiteral("free_text:病程记录"), QStringLiteral("max_risk"),
                              QStringLiteral("min_k"), QStringLiteral("unmasked_grade:性别"),
                              QStringLiteral("unmasked_grade:诊断")}));

        // Controlled: free text may leave (reviewed in the enclave).
        const auto controlled = PolicyCheck::evaluate(release(SharingMode::Controlled), {m});
        QCOMPARE(rulesOf(controlled),
                 QStringList({QStringLiteral("max_risk"), QStringLiteral("min_k"),
                              QStringLiteral("unmasked_grade:诊断")}));

        // A tightened or loosened policy value is what counts, not the mode.
        Release loose = release(SharingMode::Bilateral);
        loose.policy.maxUnmaskedGrade = 4;
        loose.policy.freeTextAllowed = true;
        QCOMPARE(rulesOf(PolicyCheck::evaluate(loose, {m})),
                 QStringList({QStringLiteral("max_risk"), QStringLiteral("min_k")}));
    }

    void policyMet()
    {
        // Sex dropped, diagnosis to its chapter, notes dropped: classes 8 and 4 by age band.
        setRules({QStringLiteral("姓名=drop"), QStringLiteral("住院号=drop"),
                  QStringLiteral("性别=drop"), QStringLiteral("年龄=bands:width=10"),
                  QStringLiteral("诊断=recode:table=builtin:icd10-chapter"),
                  QStringLiteral("病程记录=drop")});
        const DatasetMeasurement m = measureOne(release(SharingMode::Controlled));
        QCOMPARE(m.risk.report.minClass, quint64(4));
        QCOMPARE(m.risk.report.prosecutorRiskMax, 0.25);
        // Controlled (k 3, risk 1/3) and federated (the same figures) are met...
        QVERIFY(PolicyCheck::evaluate(release(SharingMode::Controlled), {m}).isEmpty());
        QVERIFY(PolicyCheck::evaluate(release(SharingMode::Federated), {m}).isEmpty());
        // ...bilateral (k 5, risk 0.2) is not.
        QCOMPARE(rulesOf(PolicyCheck::evaluate(release(SharingMode::Bilateral), {m})),
                 QStringList({QStringLiteral("max_risk"), QStringLiteral("min_k")}));
        // Exactly at the ceiling is allowed.
        Release atCeiling = release(SharingMode::Bilateral);
        atCeiling.policy.minK = 4;
        atCeiling.policy.maxProsecutorRisk = 0.25;
        QVERIFY(PolicyCheck::evaluate(atCeiling, {m}).isEmpty());
    }

    // Every quasi-identifier dropped: all records form one class, nothing to violate.
    void noQuasiIdentifierLeaves()
    {
        setRules({QStringLiteral("姓名=drop"), QStringLiteral("住院号=drop"),
                  QStringLiteral("性别=drop"), QStringLiteral("年龄=drop"),
                  QStringLiteral("诊断=drop"), QStringLiteral("病程记录=drop")});
        const DatasetMeasurement m = measureOne(release(SharingMode::Public));
        QVERIFY(m.risk.quasi.isEmpty());
        QCOMPARE(m.risk.report.minClass, quint64(12));
        QVERIFY(m.risk.baseline);
        QCOMPARE(m.risk.baseline->classes, quint64(10)); // as stored, sex and age still count
        QCOMPARE(m.subjects, qint64(10)); // counted on the stored data
        Release strict = release(SharingMode::Public);
        strict.policy.minK = 12;
        strict.policy.maxProsecutorRisk = 1.0 / 12.0;
        QVERIFY(PolicyCheck::evaluate(strict, {m}).isEmpty());
    }

    void directIdentifierUnmasked()
    {
        setRules({QStringLiteral("姓名=drop"), QStringLiteral("年龄=bands:width=10"),
                  QStringLiteral("病程记录=redact")});
        const DatasetMeasurement m = measureOne(release(SharingMode::Controlled));
        const auto found = PolicyCheck::evaluate(release(SharingMode::Controlled), {m});
        // The kept inpatient number is a direct identifier and grade 4; the dropped name is
        // nothing; redacted notes leave no free text.
        QCOMPARE(rulesOf(found),
                 QStringList({QStringLiteral("direct_identifier:住院号"), QStringLiteral("max_risk"),
                              QStringLiteral("min_k"), QStringLiteral("unmasked_grade:住院号"),
                              QStringLiteral("unmasked_grade:诊断")}));
        Release noFreeText = release(SharingMode::Federated);
        QVERIFY(!rulesOf(PolicyCheck::evaluate(noFreeText, {m})).join(QLatin1Char(' '))
                     .contains(QLatin1String("free_text")));
    }

    void deletedDataset()
    {
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("outpatient"), fixture());
        setRules({QStringLiteral("住院号=drop")});
        Release r = release(SharingMode::Federated,
                            {QStringLiteral("inpatient"), QStringLiteral("outpatient")});
        QVERIFY(ReleaseService(store()).create(r).ok());
        QVERIFY(store().deleteDataset(QStringLiteral("outpatient")).ok());
        auto loaded = ReleaseService(store()).load(QStringLiteral("study"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->datasets.size(), 2);
        auto measured = ReleaseMeasurement::run(store(), *loaded, std::nullopt, {});
        QVERIFY2(measured.ok(), qPrintable(why(measured)));
        QCOMPARE(measured->size(), 1); // the deleted one is skipped
        const auto found = PolicyCheck::evaluate(*loaded, *measured);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().rule, QStringLiteral("dataset_missing"));
        QCOMPARE(found.first().dataset, QStringLiteral("outpatient"));
        QVERIFY(found.first().detail.contains(QLatin1String("outpatient")));

        Release none = release(SharingMode::Public, {});
        const auto empty = PolicyCheck::evaluate(none, {});
        QCOMPARE(rulesOf(empty), QStringList{QStringLiteral("no_datasets")});
    }
};

QTEST_GUILESS_MAIN(TestReleaseMeasurement)
#include "test_releasemeasurement.moc"
