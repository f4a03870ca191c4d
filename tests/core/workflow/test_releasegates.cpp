// The eleven gates of a release, in order, each failing and passing on a small fixture:
// datasets, classification, direct_identifiers, grade_ceiling, risk, consent, the two documents
// (complete, up to date) and approvals signed over the current content.

#include "tests/core/workflow/WorkflowTestSupport.h"

#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/store/StoreAccess.h"
#include "core/workflow/ReleaseGates.h"
#include "core/workflow/WorkflowService.h"

#include <QtTest>

#include <memory>

using namespace steward;

class TestReleaseGates final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;

    ProjectStore &store() { return m_project->store(); }
    Release release() { return *ReleaseService(store()).load(QStringLiteral("study")); }

    QList<ReleaseGate> gates(const Release &r)
    {
        auto measured = ReleaseMeasurement::run(store(), r, std::nullopt,
                                                [] { return Result<QString>(QStringLiteral("pass")); });
        if (!measured)
            qFatal("measure: %s", qPrintable(measured.error().message));
        auto g = ReleaseStatus::gates(store(), r, *measured);
        if (!g)
            qFatal("gates: %s", qPrintable(g.error().message));
        return *g;
    }
    QList<ReleaseGate> gates() { return gates(release()); }

    static ReleaseGate gate(const QList<ReleaseGate> &list, const QString &name)
    {
        for (const ReleaseGate &g : list) {
            if (g.name == name)
                return g;
        }
        qFatal("no gate %s", qPrintable(name));
        return {};
    }
    static bool ok(const QList<ReleaseGate> &list, const char *name)
    {
        return gate(list, QLatin1String(name)).ok;
    }

    void attachConsentRegister()
    {
        // The register as stored by the consent service: every subject but two granted
        // "research".
        sql::Database &db = StoreAccess::db(store());
        auto reg = db.prepare(
            "INSERT INTO consent_registers (dataset_id, subject_field, source_file, sha256, "
            "attached_at, attached_by, subjects, granted, withdrawn, refused) VALUES "
            "(?1, 'mrn', 'consent.csv', 'abc', '2026-12-01T00:00:00.000Z', 'test', 40, 38, 1, 1)");
        QVERIFY(reg.ok());
        reg->bind(1, store().dataset(QStringLiteral("inpatient"))->id);
        QVERIFY(reg->run(db.handle(), QStringLiteral("consent")).ok());
        const qint64 id = db.lastInsertRowId();
        for (int i = 0; i < 40; ++i) {
            auto rec = db.prepare("INSERT INTO consent_records (register_id, subject_key, status, "
                                  "scope, decided_on) VALUES (?1, ?2, ?3, 'research', '2026-01-01')");
            QVERIFY(rec.ok());
            rec->bind(1, id);
            rec->bind(2, QStringLiteral("MRN%1").arg(1000 + i));
            rec->bind(3, i == 0 ? QStringLiteral("withdrawn")
                                : i == 1 ? QStringLiteral("refused") : QStringLiteral("granted"));
            QVERIFY(rec->run(db.handle(), QStringLiteral("consent")).ok());
        }
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        workflowtest::standardProject(*m_project);
    }
    void cleanup() { m_project.reset(); }

    void namesInOrder()
    {
        const QStringList expected = {
            QStringLiteral("datasets"),       QStringLiteral("classification"),
            QStringLiteral("direct_identifiers"), QStringLiteral("grade_ceiling"),
            QStringLiteral("risk"),           QStringLiteral("consent"),
            QStringLiteral("dsa_complete"),   QStringLiteral("dsa_up_to_date"),
            QStringLiteral("dpia_complete"),  QStringLiteral("dpia_up_to_date"),
            QStringLiteral("approvals")};
        QCOMPARE(ReleaseStatus::gateNames(), expected);
        QStringList names;
        for (const ReleaseGate &g : gates()) {
            names << g.name;
            QVERIFY(!g.detail.isEmpty());
            QVERIFY(!ReleaseStatus::gateLabel(g.name).isEmpty());
        }
        QCOMPARE(names, expected);
    }

    void dataGatesPassOnTheFixture()
    {
        const QList<ReleaseGate> g = gates();
        for (const char *name : {"datasets", "classification", "direct_identifiers",
                                 "grade_ceiling", "risk", "consent", "dsa_up_to_date",
                                 "dpia_up_to_date"})
            QVERIFY2(ok(g, name), qPrintable(gate(g, QLatin1String(name)).detail));
        QVERIFY(!ok(g, "dsa_complete"));
        QVERIFY(!ok(g, "dpia_complete"));
        QVERIFY(!ok(g, "approvals"));
        QCOMPARE(ReleaseStatus::failing(g),
                 (QStringList{QStringLiteral("dsa_complete"), QStringLiteral("dpia_complete"),
                              QStringLiteral("approvals")}));
    }

    void datasetsGate()
    {
        Release none = release();
        none.datasets.clear();
        QVERIFY(!ok(gates(none), "datasets"));
        QVERIFY(store().deleteDataset(QStringLiteral("inpatient")).ok());
        const QList<ReleaseGate> g = gates();
        QVERIFY(!ok(g, "datasets"));
        QVERIFY(gate(g, QStringLiteral("datasets")).detail.contains(QStringLiteral("inpatient")));
    }

    void classificationGate()
    {
        auto reopened = ClassificationService(store()).decide(
            QStringLiteral("inpatient"), {DecisionRequest::reopen(QStringLiteral("dx"))});
        QVERIFY(reopened.ok());
        const QList<ReleaseGate> g = gates();
        QVERIFY(!ok(g, "classification"));
        QVERIFY(gate(g, QStringLiteral("classification")).detail.contains(QStringLiteral("dx")));
        workflowtest::classify(store());
        QVERIFY(ok(gates(), "classification"));
    }

    void directIdentifiersGate()
    {
        workflowtest::setRules(store(), {QStringLiteral("mrn=keep")});
        const QList<ReleaseGate> g = gates();
        QVERIFY(!ok(g, "direct_identifiers"));
        QVERIFY(gate(g, QStringLiteral("direct_identifiers")).detail.contains(QStringLiteral("mrn")));
        workflowtest::setRules(store(), {QStringLiteral("mrn=drop")});
        QVERIFY(ok(gates(), "direct_identifiers"));
    }

    void gradeCeilingGate()
    {
        workflowtest::classify(store(), 5); // the diagnosis holds a grade-5 code
        const QList<ReleaseGate> g = gates();
        QVERIFY(!ok(g, "grade_ceiling"));
        QVERIFY(gate(g, QStringLiteral("grade_ceiling")).detail.contains(QStringLiteral("dx")));
        workflowtest::setRules(store(), {QStringLiteral("dx=suppress")});
        QVERIFY(ok(gates(), "grade_ceiling"));
    }

    void riskGate()
    {
        workflowtest::setRules(store(), {QStringLiteral("age=keep")});
        QVERIFY(!ok(gates(), "risk"));
        workflowtest::setRules(store(), {QStringLiteral("age=bands:width=10")});
        QVERIFY(ok(gates(), "risk"));
    }

    void consentGate()
    {
        QVERIFY(ok(gates(), "consent")); // no register
        attachConsentRegister();
        Release r = release();
        r.consentPurpose.clear();
        const QList<ReleaseGate> g = gates(r);
        QVERIFY(!ok(g, "consent"));
        QVERIFY(gate(g, QStringLiteral("consent")).detail.contains(QStringLiteral("consent_purpose")));
        r.consentPurpose = QStringLiteral("research");
        const ReleaseGate applied = gate(gates(r), QStringLiteral("consent"));
        QVERIFY2(applied.ok, qPrintable(applied.detail));
        // One subject withdrew, one refused: their records are left out.
        QVERIFY2(applied.detail.contains(QStringLiteral("2 of 40")), qPrintable(applied.detail));
    }

    void documentGates()
    {
        workflowtest::fillDocuments(store(), release());
        QList<ReleaseGate> g = gates();
        for (const char *name : {"dsa_complete", "dsa_up_to_date", "dpia_complete", "dpia_up_to_date"})
            QVERIFY2(ok(g, name), qPrintable(gate(g, QLatin1String(name)).detail));
        // A rule change changes the facts the documents quote: out of date.
        workflowtest::setRules(store(), {QStringLiteral("age=bands:width=20")});
        g = gates();
        QVERIFY(!ok(g, "dsa_up_to_date"));
        QVERIFY(!ok(g, "dpia_up_to_date"));
    }

    void approvalsGate()
    {
        auto compliance = SigningIdentity::generate(QStringLiteral("Chen Compliance"), SignerRole::Compliance);
        auto ethics = SigningIdentity::generate(QStringLiteral("Zhou Ethics"), SignerRole::Ethics);
        QVERIFY(compliance.ok() && ethics.ok());
        QVERIFY(TrustService(store()).add(compliance->publicKey(), SignerRole::Compliance).ok());
        QVERIFY(TrustService(store()).add(ethics->publicKey(), SignerRole::Ethics).ok());
        WorkflowService workflow(store());
        QVERIFY(workflow.submit(QStringLiteral("study"), {}).ok());
        QVERIFY(!ok(gates(), "approvals"));
        QVERIFY(workflow.decide(QStringLiteral("study"), *compliance, true, {}).ok());
        QList<ReleaseGate> g = gates();
        QVERIFY(!ok(g, "approvals"));
        QVERIFY(gate(g, QStringLiteral("approvals")).detail.contains(QStringLiteral("1 of 1 compliance")));
        QVERIFY(workflow.decide(QStringLiteral("study"), *ethics, true, {}).ok());
        QVERIFY(ok(gates(), "approvals"));
        // A later rule change: the approvals no longer count, and the detail says why.
        workflowtest::setRules(store(), {QStringLiteral("age=bands:width=20")});
        g = gates();
        QVERIFY(!ok(g, "approvals"));
        QVERIFY(gate(g, QStringLiteral("approvals")).detail.contains(QStringLiteral("masking rules of inpatient")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseGates)
#include "test_releasegates.moc"
