// The content manifest of a release: stable while nothing changes, a new hash for every kind of
// change (data, rules, classification, hierarchies, consent register, documents, release
// settings and policy), the changes named in words, no cell value in it, a deleted dataset
// refused.

#include "tests/core/workflow/WorkflowTestSupport.h"

#include "core/documents/DocumentService.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/StoreAccess.h"
#include "core/workflow/ContentManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>
#include <memory>

using namespace steward;

class TestContentManifest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    ProjectStore &store() { return m_project->store(); }
    Release release() { return *ReleaseService(store()).load(QStringLiteral("study")); }
    ContentManifest manifest()
    {
        auto built = ContentManifest::build(store(), release());
        if (!built)
            qFatal("manifest: %s", qPrintable(built.error().message));
        return *built;
    }
    DatasetInfo dataset() { return *store().dataset(QStringLiteral("inpatient")); }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        workflowtest::standardProject(*m_project);
    }
    void cleanup() { m_project.reset(); }

    void stableAndCanonical()
    {
        const ContentManifest a = manifest();
        const ContentManifest b = manifest();
        QCOMPARE(a.hash(), b.hash());
        QCOMPARE(a.hash().size(), 64);
        QCOMPARE(a.hash(), ContentManifest::hashOf(a.content));
        QVERIFY(a.changesSince(b).isEmpty());
        QCOMPARE(a.content.value(QStringLiteral("format")).toString(), QStringLiteral("steward-content/1"));
        const QJsonObject required = a.content.value(QStringLiteral("approvals_required")).toObject();
        QCOMPARE(required.value(QStringLiteral("compliance")).toInt(), 1);
        QCOMPARE(required.value(QStringLiteral("ethics")).toInt(), 1);
        // Never a cell value: the identifiers and diagnoses of the table are not in it.
        const QByteArray text = QJsonDocument(a.content).toJson();
        QVERIFY(!text.contains("MRN1000"));
        QVERIFY(!text.contains("I10"));
        const QJsonObject d = a.content.value(QStringLiteral("datasets")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("rows")).toInteger(), 40);
        QCOMPARE(d.value(QStringLiteral("rules")).toObject().value(QStringLiteral("mrn")).toString(),
                 QStringLiteral("drop"));
        QCOMPARE(d.value(QStringLiteral("classification")).toObject().value(QStringLiteral("dx"))
                     .toObject().value(QStringLiteral("confirmed")).toBool(),
                 true);
        QVERIFY(d.value(QStringLiteral("consent")).isNull());
    }

    void changes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rules") << "rules" << "the masking rules of inpatient";
        QTest::newRow("record suppression") << "suppression" << "the masking rules of inpatient";
        QTest::newRow("classification") << "classification" << "the classification of inpatient";
        QTest::newRow("data replaced") << "data" << "the data of inpatient";
        QTest::newRow("hierarchy") << "hierarchy" << "the hierarchies of inpatient";
        QTest::newRow("consent register") << "consent" << "the consent register of inpatient";
        QTest::newRow("agreement") << "dsa" << "the data sharing agreement";
        QTest::newRow("assessment") << "dpia" << "the impact assessment";
        QTest::newRow("release setting") << "setting" << "the release settings";
        QTest::newRow("policy") << "policy" << "the release policy";
        QTest::newRow("approvals required") << "approvals" << "the release policy";
    }

    void changes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const ContentManifest before = manifest();
        const QString s = QStringLiteral("study");
        if (kind == QLatin1String("rules")) {
            workflowtest::setRules(store(), {QStringLiteral("age=bands:width=5")});
        } else if (kind == QLatin1String("suppression")) {
            RecordSuppression r;
            r.k = 5;
            r.quasi = {QStringLiteral("sex"), QStringLiteral("age")};
            QVERIFY(RecordSuppressionStore(store()).save(dataset(), r).ok());
        } else if (kind == QLatin1String("classification")) {
            workflowtest::classify(store(), 4);
        } else if (kind == QLatin1String("data")) {
            coretest::importCsv(store(), m_project->dir(), QStringLiteral("inpatient"),
                                workflowtest::table() + "MRN2000,M,44,I10\n", true);
        } else if (kind == QLatin1String("hierarchy")) {
            auto spec = HierarchySpec::parse(QStringLiteral("interval:5,10,20"));
            QVERIFY(spec.ok());
            QVERIFY(HierarchyService(store()).set(dataset(), QStringLiteral("age"), *spec).ok());
        } else if (kind == QLatin1String("consent")) {
            sql::Database &db = StoreAccess::db(store());
            auto stmt = db.prepare(
                "INSERT INTO consent_registers (dataset_id, subject_field, source_file, sha256, "
                "attached_at, attached_by, subjects, granted, withdrawn, refused) "
                "VALUES (?1, 'mrn', 'consent.csv', 'abc', '2026-12-01T00:00:00.000Z', 'test', 0, 0, 0, 0)");
            QVERIFY(stmt.ok());
            stmt->bind(1, dataset().id);
            QVERIFY(stmt->run(db.handle(), QStringLiteral("consent")).ok());
        } else if (kind == QLatin1String("dsa") || kind == QLatin1String("dpia")) {
            const DocumentKind k = kind == QLatin1String("dsa") ? DocumentKind::Agreement
                                                                : DocumentKind::Assessment;
            const QList<std::pair<QString, QString>> edit = {
                k == DocumentKind::Agreement
                    ? std::pair{QStringLiteral("breach.hours"), QStringLiteral("48")}
                    : std::pair{QStringLiteral("risk.disappearance.severity_before"), QStringLiteral("4")}};
            auto saved = DocumentService(store()).set(release(), k, edit, DocumentFacts{});
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        } else if (kind == QLatin1String("setting")) {
            QVERIFY(ReleaseService(store()).set(s, {{QStringLiteral("recipient"), QStringLiteral("Another Institute")}}).ok());
        } else if (kind == QLatin1String("policy")) {
            QVERIFY(ReleaseService(store()).set(s, {{QStringLiteral("min_k"), QStringLiteral("10")}}).ok());
        } else if (kind == QLatin1String("approvals")) {
            QVERIFY(ReleaseService(store()).set(s, {{QStringLiteral("ethics_approvals"), QStringLiteral("2")}}).ok());
        }
        const ContentManifest after = manifest();
        QVERIFY2(after.hash() != before.hash(), qPrintable(kind));
        QVERIFY2(after.changesSince(before).contains(expected),
                 qPrintable(after.changesSince(before).join(QStringLiteral(" | "))));
    }

    void datasetsJoinAndLeave()
    {
        const ContentManifest before = manifest();
        coretest::importCsv(store(), m_project->dir(), QStringLiteral("outpatient"), workflowtest::table());
        QVERIFY(ReleaseService(store()).set(QStringLiteral("study"),
                                            {{QStringLiteral("datasets"), QStringLiteral("inpatient,outpatient")}})
                    .ok());
        const ContentManifest after = manifest();
        QVERIFY(after.changesSince(before).contains(QStringLiteral("dataset outpatient joined the release")));
        QVERIFY(before.changesSince(after).contains(QStringLiteral("dataset outpatient left the release")));
    }

    void stateAndExportsDoNotCount()
    {
        const QString before = manifest().hash();
        sql::Database &db = StoreAccess::db(store());
        QVERIFY(db.exec(QStringLiteral("UPDATE releases SET state = 'approved', "
                                       "updated_at = '2030-01-01T00:00:00.000Z'"))
                    .ok());
        QCOMPARE(manifest().hash(), before);
    }

    void deletedDataset()
    {
        QVERIFY(store().deleteDataset(QStringLiteral("inpatient")).ok());
        auto built = ContentManifest::build(store(), release());
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code, ErrorCode::BadInput);
        QVERIFY(built.error().message.contains(QStringLiteral("inpatient")));
    }
};

QTEST_GUILESS_MAIN(TestContentManifest)
#include "test_contentmanifest.moc"
