// A release of a dataset with a consent register: only the records with valid consent for the
// release's purpose are measured (risk on the data actually exported), the exclusions by reason
// reach the measurement and the documents' facts, and replacing or detaching the register
// changes what the documents quote.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/classify/ClassificationService.h"
#include "core/consent/ConsentService.h"
#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskRuleService.h"
#include "core/release/ReleaseMeasurement.h"

#include <QtTest>

#include <memory>

using namespace steward;

namespace {

// Eight visits of seven patients; quasi-identifiers sex and age (classified from the headers).
QByteArray fixture()
{
    return "住院号,性别,年龄,诊断\n"
           "ZY0001,男,31,I10\n"
           "ZY0001,男,31,E11\n"
           "ZY0002,女,33,J45\n"
           "ZY0003,女,35,K29\n"
           "ZY0004,男,36,I10\n"
           "ZY0005,女,38,N39\n"
           "ZY0006,男,52,I25\n"
           "ZY0007,男,55,E11\n";
}

// ZY0001 and ZY0002 granted for research; ZY0003 for teaching only; ZY0004 withdrew; ZY0005
// refused; ZY0006 and ZY0007 are not in the register.
QByteArray consentRegister()
{
    return "住院号,状态,用途,日期\n"
           "zy0001,同意,科研;教学,2024-01-01\n"
           "ZY0002,同意,科研,2024-01-01\n"
           "ZY0003,同意,教学,2024-01-01\n"
           "ZY0004,同意,科研,2023-01-01\n"
           "ZY0004,撤回,,2024-01-01\n"
           "ZY0005,拒绝,,2024-01-01\n";
}

} // namespace

class TestConsentRelease final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    ProjectStore &store() { return m_project->store(); }

    Release release(const QString &purpose)
    {
        Release r;
        r.name = QStringLiteral("study");
        r.datasets = {QStringLiteral("inpatient")};
        r.mode = SharingMode::Bilateral;
        r.policy = ReleasePolicy::defaultsFor(r.mode);
        r.consentPurpose = purpose;
        return r;
    }

    DatasetMeasurement measure(const Release &r)
    {
        auto measured = ReleaseMeasurement::run(store(), r, std::nullopt, {});
        if (!measured)
            qFatal("measure: %s", qPrintable(measured.error().message));
        return measured->first();
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"), fixture());
        auto info = store().dataset(QStringLiteral("inpatient"));
        QVERIFY(info);
        QVERIFY(MaskRuleService(store()).setRules(
            *info, {{QStringLiteral("住院号"), coretest::rule(QStringLiteral("drop"))}}));
    }
    void cleanup() { m_project.reset(); }

    void withoutRegisterEveryRecordIsMeasured()
    {
        const DatasetMeasurement m = measure(release(QStringLiteral("科研")));
        QVERIFY(!m.consent);
        QCOMPARE(m.risk.report.records, quint64(8));
        QVERIFY(m.risk.baseline);
        QCOMPARE(m.risk.baseline->records, quint64(8));
        const DocumentFacts facts = DocumentFactsBuilder::build(release(QStringLiteral("科研")), {m});
        QVERIFY(!facts.datasets.first().consent);
        QVERIFY(!facts.toJson().value(QStringLiteral("datasets")).toArray().first().toObject()
                     .contains(QStringLiteral("consent")));
    }

    void onlyRecordsWithConsentAreMeasured()
    {
        const QString file = testsupport::writeFixture(m_project->dir(), QStringLiteral("consent.csv"),
                                                       consentRegister());
        // The subject field comes from the classification: the inpatient number.
        QVERIFY(ClassificationService(store()).analyzeNow(QStringLiteral("inpatient")));
        const auto attached = ConsentService(store()).attach(QStringLiteral("inpatient"), file);
        QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().message));
        QCOMPARE(attached->subjectField, QStringLiteral("住院号"));

        const Release research = release(QStringLiteral("科研"));
        const DatasetMeasurement m = measure(research);
        QVERIFY(m.consent);
        QCOMPARE(m.consent->recordsKept, 3); // ZY0001 twice, ZY0002
        QCOMPARE(m.consent->excludedOutOfScope, 1);
        QCOMPARE(m.consent->excludedWithdrawn, 1);
        QCOMPARE(m.consent->excludedRefused, 1);
        QCOMPARE(m.consent->excludedNoRecord, 2);
        QCOMPARE(m.consent->purpose, QStringLiteral("科研"));
        // Risk on the records that leave, before and after the measures.
        QCOMPARE(m.risk.report.records, quint64(3));
        QVERIFY(m.risk.baseline);
        QCOMPARE(m.risk.baseline->records, quint64(3));

        // Teaching: ZY0001 twice and ZY0003.
        const DatasetMeasurement teaching = measure(release(QStringLiteral("教学")));
        QCOMPARE(teaching.consent->recordsKept, 3);
        QCOMPARE(teaching.consent->excludedOutOfScope, 1); // ZY0002
        // No purpose set: nobody leaves.
        const DatasetMeasurement none = measure(release(QString()));
        QCOMPARE(none.consent->recordsKept, 0);
        QCOMPARE(none.risk.report.records, quint64(0));

        // The documents quote the exclusions, and they survive the facts' JSON.
        const DocumentFacts facts = DocumentFactsBuilder::build(research, {m});
        QVERIFY(facts.datasets.first().consent);
        QCOMPARE(facts.datasets.first().consent->excludedTotal(), 5);
        const auto reread = DocumentFacts::fromJson(facts.toJson());
        QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().message));
        QCOMPARE(*reread, facts);

        // The assessment's principles section lists them by reason.
        const Result<DocumentTemplate> tmpl = DocumentTemplate::load(DocumentKind::Assessment, QStringLiteral("en"));
        QVERIFY(tmpl);
        DocumentState state;
        state.release = research;
        state.kind = DocumentKind::Assessment;
        state.version.facts = facts;
        state.currentFacts = facts;
        const QString html = DocumentComposer(state, *tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(tmpl->phrase(QStringLiteral("gen.consent.withdrawn"))));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">5</td>"))); // left out in total
        DocumentState without = state;
        without.version.facts = DocumentFactsBuilder::build(research, {measure(release(QStringLiteral("科研")))});
        without.version.facts.datasets.first().consent.reset();
        const QString noRegisterHtml = DocumentComposer(without, *tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(noRegisterHtml.contains(tmpl->phrase(QStringLiteral("gen.consent.none")).toHtmlEscaped()));

        // Detaching changes what the documents quote.
        QVERIFY(ConsentService(store()).detach(QStringLiteral("inpatient")));
        const DocumentFacts after = DocumentFactsBuilder::build(research, {measure(research)});
        const QStringList changes = after.changesSince(facts);
        QVERIFY2(changes.join(QLatin1Char('\n')).contains(QStringLiteral("Consent register")),
                 qPrintable(changes.join(QLatin1Char('\n'))));
    }

    void replacedRegisterIsUsed()
    {
        const QString first = testsupport::writeFixture(m_project->dir(), QStringLiteral("c1.csv"),
                                                        consentRegister());
        QVERIFY(ConsentService(store()).attach(QStringLiteral("inpatient"), first,
                                               QStringLiteral("住院号")));
        const QString second = testsupport::writeFixture(
            m_project->dir(), QStringLiteral("c2.csv"),
            "subject,status,scope\nZY0006,granted,*\nZY0007,granted,科研\n");
        QVERIFY(ConsentService(store()).attach(QStringLiteral("inpatient"), second,
                                               QStringLiteral("住院号")));
        const DatasetMeasurement m = measure(release(QStringLiteral("科研")));
        QCOMPARE(m.consent->recordsKept, 2);
        QCOMPARE(m.consent->excludedNoRecord, 6);
        QCOMPARE(m.risk.report.records, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestConsentRelease)
#include "test_consentrelease.moc"
