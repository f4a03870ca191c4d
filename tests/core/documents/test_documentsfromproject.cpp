// Documents of a release of a real (small) project: the facts come from measuring the project,
// a masking rule changed through MaskRuleService makes the saved document out of date with the
// change named, and a refresh quotes the new rule while keeping the clause a person rewrote.

#include "tests/core/CoreTestSupport.h"
#include "tests/support/TempProject.h"

#include "core/audit/AuditLog.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentJson.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskRuleService.h"
#include "core/release/ReleaseMeasurement.h"
#include "core/release/ReleaseService.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace steward;

class TestDocumentsFromProject final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;
    Release m_release;

    ProjectStore &store() { return m_project->store(); }

    DocumentFacts factsNow()
    {
        auto measured = ReleaseMeasurement::run(store(), m_release, std::nullopt, {});
        if (!measured)
            qFatal("measure: %s", qPrintable(measured.error().message));
        return DocumentFactsBuilder::build(m_release, *measured);
    }

    const FactField *fact(const DocumentFacts &facts, const QString &field)
    {
        for (const FactField &f : facts.fields) {
            if (f.field == field)
                return &f;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_dataset = coretest::importCsv(store(), m_project->dir(), u"inpatient"_s,
                                        coretest::sixRecordTable());
        QVERIFY(MaskRuleService(store()).setRules(m_dataset, coretest::sixRecordRules()).ok());
        Release draft;
        draft.name = u"study"_s;
        draft.datasets = {u"inpatient"_s};
        draft.recipientOrganisation = u"Research Institute"_s;
        draft.purpose = u"a readmission study"_s;
        draft.language = u"en"_s;
        auto created = ReleaseService(store()).create(draft);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        m_release = *created;
    }
    void cleanup() { m_project.reset(); }

    void ruleChangeOutOfDateAndRefresh()
    {
        DocumentService service(store());
        const DocumentFacts before = factsNow();
        QVERIFY(!before.isEmpty());
        QCOMPARE(fact(before, u"age"_s)->rule, u"bands:width=10"_s);

        auto initial = service.state(m_release, DocumentKind::Agreement, before);
        QVERIFY(initial.ok());
        DocumentContent content = initial->version.content;
        content.texts.insert(u"purpose.statement"_s, u"Our own purpose clause."_s);
        auto v1 = service.save(m_release, DocumentKind::Agreement, content, before);
        QVERIFY(v1.ok());
        QCOMPARE(v1->version, 1);

        // The steward widens the age bands in the Masking tab.
        QVERIFY(MaskRuleService(store())
                    .setRules(m_dataset, {{u"age"_s, coretest::rule(u"bands:width=20"_s)}})
                    .ok());
        const DocumentFacts after = factsNow();
        QCOMPARE(fact(after, u"age"_s)->rule, u"bands:width=20"_s);

        auto stale = service.state(m_release, DocumentKind::Agreement, after);
        QVERIFY(stale.ok());
        QVERIFY(stale->outOfDate);
        QVERIFY2(stale->changes.join(u'\n').contains(u"age"_s),
                 qPrintable(stale->changes.join(u'\n')));
        QCOMPARE(fact(stale->version.facts, u"age"_s)->rule, u"bands:width=10"_s);

        auto refreshed = service.refresh(m_release, DocumentKind::Agreement, after);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->version, 2);
        QCOMPARE(fact(refreshed->facts, u"age"_s)->rule, u"bands:width=20"_s);
        QCOMPARE(refreshed->content.texts.value(u"purpose.statement"_s),
                 u"Our own purpose clause."_s);

        auto fresh = service.state(m_release, DocumentKind::Agreement, after);
        QVERIFY(fresh.ok());
        QVERIFY(!fresh->outOfDate);
        auto tmpl = DocumentTemplate::load(DocumentKind::Agreement, u"en"_s);
        QVERIFY(tmpl.ok());
        const QByteArray json = DocumentJson::write(*fresh, *tmpl);
        QVERIFY(json.contains("bands:width=20"));
        QVERIFY(json.contains("Our own purpose clause."));

        const QStringList actions = m_project->auditActions();
        QCOMPARE(actions.count(u"document.save"_s), 1);
        QCOMPARE(actions.count(u"document.refresh"_s), 1);
        QVERIFY(AuditLog::knownActions().contains(u"document.save"_s));
        QVERIFY(AuditLog::actionName(u"document.refresh"_s) != u"document.refresh"_s);
    }

    void deletingTheReleaseTakesItsDocuments()
    {
        DocumentService service(store());
        QVERIFY(service.set(m_release, DocumentKind::Agreement, {{u"breach.hours"_s, u"72"_s}},
                            factsNow())
                    .ok());
        QVERIFY(ReleaseService(store()).remove(u"study"_s).ok());
        auto versions = service.versions(m_release, DocumentKind::Agreement);
        QVERIFY(versions.ok());
        QVERIFY(versions->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentsFromProject)
#include "test_documentsfromproject.moc"
