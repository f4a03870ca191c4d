// A release whose masking rules need the project secret (a keyed pseudonym) in a project that has
// none yet: `release submit` creates the secret before it takes the content hash (the project
// passphrase from STEWARD_PASSPHRASE or --passphrase-file; without one it exits 1 and nothing
// changes), so the approved release can be exported — with or without --out, the release stays
// submitted. An export of a draft is refused by policy (exit 3) before any passphrase is asked.

#include "tests/cli/CliTestSupport.h"
#include "tests/core/workflow/WorkflowTestSupport.h"

#include "core/mask/ProjectSecretStore.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::clitest::CliRun;

namespace {

const QString kKeyPassphrase = u"reviewer key passphrase"_s;
const QString kProjectPassphrase = u"project passphrase"_s;

} // namespace

class TestCliSubmitSecret final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void submitCreatesTheSecretThenExportWorks();
    void submitWithPackageStaysSubmitted();
    void submitWithoutPassphraseChangesNothing();
    void draftExportRefusedBeforeAnyPassphrase();

private:
    CliRun run(const QStringList &args, const QString &passphrase = {})
    {
        return clitest::runCli(args, m_dir->path(), passphrase);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool secretExists()
    {
        auto store = ProjectStore::open(m_project);
        if (!store)
            qFatal("open: %s", qPrintable(store.error().message));
        return ProjectSecretStore(**store).exists();
    }
    QStringList keyArgs(const QString &role) const
    {
        return {u"--key"_s, path(role + u".key"_s), u"--key-passphrase-file"_s, path(u"key-pass.txt"_s)};
    }
    QString state()
    {
        const CliRun r = run({u"release"_s, u"status"_s, m_project, u"study"_s, u"--json"_s});
        return r.json.value(u"state"_s).toString();
    }
    void approve()
    {
        for (const QString &role : {u"compliance"_s, u"ethics"_s}) {
            const CliRun r = run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                                 + keyArgs(role) + QStringList{u"--approve"_s});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QCOMPARE(state(), u"approved"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::vector<SigningIdentity> m_keys;
};

void TestCliSubmitSecret::initTestCase()
{
    for (const auto &[name, role] : {std::pair{u"Sun Steward"_s, SignerRole::Steward},
                                     std::pair{u"Chen Compliance"_s, SignerRole::Compliance},
                                     std::pair{u"Zhou Ethics"_s, SignerRole::Ethics}}) {
        auto identity = SigningIdentity::generate(name, role);
        QVERIFY(identity.ok());
        m_keys.push_back(std::move(*identity));
    }
}

void TestCliSubmitSecret::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(u"p.steward"_s);
    {
        auto store = ProjectStore::create(m_project);
        QVERIFY(store.ok());
        coretest::importCsv(**store, *m_dir, u"inpatient"_s, workflowtest::table());
        workflowtest::classify(**store);
        workflowtest::setRules(**store, {u"mrn=pseudonym"_s, u"age=bands:width=10"_s});
        const Release release = workflowtest::createRelease(**store);
        workflowtest::fillDocuments(**store, release);
        QVERIFY(!ProjectSecretStore(**store).exists());
        for (const SigningIdentity &key : std::as_const(m_keys))
            QVERIFY(TrustService(**store).add(key.publicKey(), key.role()).ok());
    }
    const QStringList roles{u"steward"_s, u"compliance"_s, u"ethics"_s};
    for (int i = 0; i < roles.size(); ++i)
        QVERIFY(m_keys.at(size_t(i)).save(path(roles.at(i) + u".key"_s), kKeyPassphrase).ok());
    QFile pass(path(u"key-pass.txt"_s));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(kKeyPassphrase.toUtf8() + '\n');
    pass.close();
    QFile project(path(u"pp.txt"_s));
    QVERIFY(project.open(QIODevice::WriteOnly));
    project.write(kProjectPassphrase.toUtf8() + '\n');
    project.close();
}

void TestCliSubmitSecret::submitCreatesTheSecretThenExportWorks()
{
    const CliRun submitted =
        run({u"release"_s, u"submit"_s, m_project, u"study"_s, u"--json"_s}, kProjectPassphrase);
    QVERIFY2(submitted.code == 0, submitted.err.constData());
    QCOMPARE(submitted.json.value(u"state"_s).toString(), u"submitted"_s);
    QVERIFY(secretExists());
    approve();

    const CliRun exported = run(QStringList{u"export"_s, m_project, u"study"_s, u"--out"_s,
                                            path(u"study.zip"_s)}
                                    + keyArgs(u"steward"_s),
                                kProjectPassphrase);
    QVERIFY2(exported.code == 0, exported.err.constData());
    QVERIFY(QFile::exists(path(u"study.zip"_s)));
}

void TestCliSubmitSecret::submitWithPackageStaysSubmitted()
{
    const CliRun submitted = run({u"release"_s, u"submit"_s, m_project, u"study"_s, u"--out"_s,
                                  path(u"study.review.zip"_s), u"--passphrase-file"_s,
                                  path(u"pp.txt"_s), u"--json"_s});
    QVERIFY2(submitted.code == 0, submitted.err.constData());
    QVERIFY(QFile::exists(path(u"study.review.zip"_s)));
    QVERIFY(secretExists());
    const CliRun status = run({u"release"_s, u"status"_s, m_project, u"study"_s, u"--json"_s});
    QCOMPARE(status.json.value(u"state"_s).toString(), u"submitted"_s);
    QCOMPARE(status.json.value(u"content_hash"_s).toString(),
             submitted.json.value(u"content_hash"_s).toString());
    approve();
}

void TestCliSubmitSecret::submitWithoutPassphraseChangesNothing()
{
    const CliRun refused = run({u"release"_s, u"submit"_s, m_project, u"study"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY(!secretExists());
    QCOMPARE(state(), u"draft"_s);
}

void TestCliSubmitSecret::draftExportRefusedBeforeAnyPassphrase()
{
    // No project passphrase and no key passphrase: the policy answers first.
    const CliRun refused = run({u"export"_s, m_project, u"study"_s, u"--out"_s, path(u"study.zip"_s),
                                u"--key"_s, path(u"steward.key"_s), u"--json"_s});
    QCOMPARE(refused.code, 3);
    const QString message =
        refused.json.value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"approvals"_s), refused.out.constData());
    QVERIFY(!QFile::exists(path(u"study.zip"_s)));
    QVERIFY(!secretExists());
}

QTEST_GUILESS_MAIN(TestCliSubmitSecret)
#include "test_cli_submit_secret.moc"
