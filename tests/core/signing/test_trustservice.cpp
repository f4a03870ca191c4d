// TrustService: the keys a project trusts per role, each change in one transaction with its audit
// entry; duplicates and unknown fingerprints refused without a trace.

#include "tests/support/TempProject.h"

#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace steward;

namespace {

QJsonObject lastDetail(ProjectStore &store)
{
    auto entries = store.auditEntries();
    if (!entries || entries->isEmpty())
        qFatal("no audit entries");
    return QJsonDocument::fromJson(entries->last().detail.toUtf8()).object();
}

PublicKey newKey(const QString &name, SignerRole role)
{
    auto id = SigningIdentity::generate(name, role);
    if (!id)
        qFatal("generate");
    return id->publicKey();
}

} // namespace

class TestTrustService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    ProjectStore &store() { return m_project->store(); }

private slots:
    void init() { m_project = std::make_unique<testsupport::TempProject>(); }
    void cleanup() { m_project.reset(); }

    void addListRemove()
    {
        TrustService trust(store());
        const PublicKey ethics = newKey(QStringLiteral("Zhou Min"), SignerRole::Ethics);
        const PublicKey compliance = newKey(QStringLiteral("Alice"), SignerRole::Compliance);
        const qsizetype before = m_project->auditActions().size();

        auto added = trust.add(ethics, SignerRole::Ethics);
        QVERIFY(added.ok());
        QCOMPARE(added->name, QStringLiteral("Zhou Min"));
        QCOMPARE(m_project->auditActions().size(), before + 1);
        QCOMPARE(m_project->auditActions().last(), QStringLiteral("trust.add"));
        QJsonObject detail = lastDetail(store());
        QCOMPARE(detail.value(QStringLiteral("fingerprint")).toString(), ethics.fingerprint());
        QCOMPARE(detail.value(QStringLiteral("role")).toString(), QStringLiteral("ethics"));
        QCOMPARE(detail.value(QStringLiteral("name")).toString(), QStringLiteral("Zhou Min"));

        QVERIFY(trust.add(compliance, SignerRole::Compliance, QStringLiteral("A. Auditor")).ok());
        // The same key for a second role is a second row.
        QVERIFY(trust.add(ethics, SignerRole::Compliance).ok());

        auto keys = trust.list();
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 3);
        QCOMPARE(keys->at(0).role, SignerRole::Compliance);
        QCOMPARE(keys->at(0).name, QStringLiteral("A. Auditor"));
        QCOMPARE(keys->at(1).name, QStringLiteral("Zhou Min"));
        QCOMPARE(keys->at(2).role, SignerRole::Ethics);
        QCOMPARE(keys->at(2).key.key, ethics.key);
        QCOMPARE(keys->at(2).key.keyId, ethics.keyId);
        QCOMPARE(keys->at(2).addedBy.isEmpty(), false);
        QVERIFY(keys->at(2).addedAt.isValid());
        const QJsonObject json = keys->at(2).toJson();
        QCOMPARE(json.value(QStringLiteral("fingerprint")).toString(), ethics.fingerprint());
        QCOMPARE(json.value(QStringLiteral("public_key")).toString(), ethics.base64());
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("ethics"));

        auto found = trust.find(ethics.keyId);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QVERIFY(trust.find(QByteArray(8, '\0'))->isEmpty());

        const qsizetype beforeRemove = m_project->auditActions().size();
        QVERIFY(trust.remove(ethics.fingerprint().toLower()).ok());
        QCOMPARE(m_project->auditActions().size(), beforeRemove + 1);
        QCOMPARE(m_project->auditActions().last(), QStringLiteral("trust.remove"));
        QCOMPARE(lastDetail(store()).value(QStringLiteral("fingerprint")).toString(), ethics.fingerprint());
        keys = trust.list();
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().fingerprint(), compliance.fingerprint());
        QVERIFY(store().verifyAudit()->ok);
    }

    void refusals()
    {
        TrustService trust(store());
        const PublicKey key = newKey(QStringLiteral("B"), SignerRole::Ethics);
        QVERIFY(trust.add(key, SignerRole::Ethics).ok());
        const qsizetype before = m_project->auditActions().size();

        auto again = trust.add(key, SignerRole::Ethics, QStringLiteral("other name"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::BadInput);
        QVERIFY(again.error().message.contains(key.fingerprint()));

        Status s = trust.remove(QStringLiteral("0123456789ABCDEF"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::BadInput);
        s = trust.remove(QStringLiteral("nothex"));
        QVERIFY(!s.ok());

        QCOMPARE(m_project->auditActions().size(), before);
        QCOMPARE(trust.list()->size(), 1);
    }

    void nameFallsBackToFingerprint()
    {
        TrustService trust(store());
        PublicKey key = newKey(QStringLiteral("C"), SignerRole::Steward);
        key.name.clear();
        key.comment.clear();
        auto added = trust.add(key, SignerRole::Steward);
        QVERIFY(added.ok());
        QCOMPARE(added->name, key.fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestTrustService)
#include "test_trustservice.moc"
