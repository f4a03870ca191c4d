// End-to-end tests of the review workflow on the command line: `release status` lists the
// eleven gates (exit 0 whatever they say), `release submit` refuses a release whose gates fail
// (exit 3, nothing changed) and freezes one whose gates hold, `release decide` records decisions
// made here with a key or imported from a file — a rejection returns the release to draft with
// its comment, the required approvals make it approved — and refuses a bad signature (exit 4), an
// untrusted key, a wrong role and a decision on old content (exit 3). A later rule change returns
// the release to draft, audited once; `release list` shows the reconciled state.
//
// The project, the keys and the decision files are prepared in-process with core (the fixture);
// every workflow step runs the built steward-cli.

#include "tests/cli/CliTestSupport.h"
#include "tests/core/workflow/WorkflowTestSupport.h"

#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/workflow/ReviewDecision.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::clitest::CliRun;

namespace {

const QString kKeyPassphrase = u"reviewer key passphrase"_s;

QStringList names(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(u"name"_s).toString());
    return list;
}

} // namespace

class TestCliWorkflow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void statusListsEveryGate();
    void submitRefusedWhenGatesFail();
    void fullReview();
    void refusals();
    void laterChangeReturnsToDraft();

private:
    CliRun run(const QStringList &args) { return clitest::runCli(args, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void withStore(const std::function<void(ProjectStore &)> &work)
    {
        auto store = ProjectStore::open(m_project);
        if (!store)
            qFatal("open: %s", qPrintable(store.error().message));
        work(**store);
    }
    int auditCount(const QString &action)
    {
        const CliRun r = run({u"audit"_s, m_project, u"--json"_s});
        int n = 0;
        for (const QJsonValue &v : r.json.value(u"entries"_s).toArray())
            n += v.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        return n;
    }
    QString makeKey(const QString &file, const QString &name, SignerRole role,
                    std::optional<SignerRole> trustedAs)
    {
        auto identity = SigningIdentity::generate(name, role);
        if (!identity)
            qFatal("keygen: %s", qPrintable(identity.error().message));
        if (Status s = identity->save(path(file), kKeyPassphrase); !s)
            qFatal("save key: %s", qPrintable(s.error().message));
        if (trustedAs)
            withStore([&](ProjectStore &store) {
                if (!TrustService(store).add(identity->publicKey(), *trustedAs))
                    qFatal("trust add failed");
            });
        return identity->fingerprint();
    }
    // A decision file signed with a key file, as a reviewer's `review` would write it.
    QString decisionFile(const QString &keyFile, const QString &hash, bool approve,
                         const QString &release = u"study"_s)
    {
        auto identity = SigningIdentity::load(path(keyFile), kKeyPassphrase);
        if (!identity)
            qFatal("load key: %s", qPrintable(identity.error().message));
        ReviewDecision d;
        d.release = release;
        d.contentHash = hash;
        d.approve = approve;
        d.comment = u"reviewed offline"_s;
        const SignedDecision signedDecision = SignedDecision::sign(d, *identity);
        const QString file = path(u"%1-%2-%3.decision.zip"_s.arg(release, signedDecision.decision.signerRole,
                                                                  identity->fingerprint()));
        if (Status s = signedDecision.writeFile(file); !s)
            qFatal("decision: %s", qPrintable(s.error().message));
        return file;
    }
    QStringList keyArgs(const QString &keyFile) const
    {
        return {u"--key"_s, path(keyFile), u"--key-passphrase-file"_s, path(u"key-pass.txt"_s)};
    }
    QJsonObject status(const QString &release = u"study"_s)
    {
        const CliRun r = run({u"release"_s, u"status"_s, m_project, release, u"--json"_s});
        if (r.code != 0)
            qWarning("status failed: %s", r.err.constData());
        return r.json;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliWorkflow::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(u"p.steward"_s);
    {
        auto store = ProjectStore::create(m_project);
        QVERIFY(store.ok());
        const Release release = workflowtest::standardProject(**store, *m_dir);
        workflowtest::fillDocuments(**store, release);
    }
    QFile pass(path(u"key-pass.txt"_s));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(kKeyPassphrase.toUtf8() + '\n');
    pass.close();
    makeKey(u"compliance.key"_s, u"Chen Compliance"_s, SignerRole::Compliance, SignerRole::Compliance);
    makeKey(u"ethics.key"_s, u"Zhou Ethics"_s, SignerRole::Ethics, SignerRole::Ethics);
}

void TestCliWorkflow::help()
{
    const CliRun group = run({u"help"_s, u"release"_s});
    QCOMPARE(group.code, 0);
    for (const char *sub : {"\n  release submit ", "\n  release decide ", "\n  release status "})
        QVERIFY2(group.out.contains(sub), sub);
    const CliRun decide = run({u"help"_s, u"release"_s, u"decide"_s});
    QVERIFY(decide.out.startsWith("Usage: steward-cli release decide PROJECT NAME"));
    for (const char *option : {"--import", "--key", "--approve", "--reject", "--comment",
                               "--key-passphrase-file"})
        QVERIFY2(decide.out.contains(QByteArray("\n  ") + option), option);
    const CliRun submit = run({u"help"_s, u"release"_s, u"submit"_s});
    QVERIFY(submit.out.contains("\n  --out"));
    // Usage errors: neither or both of --import and --key, --key without a verdict.
    QCOMPARE(run({u"release"_s, u"decide"_s, m_project, u"study"_s}).code, 1);
    QCOMPARE(run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s} + keyArgs(u"ethics.key"_s)).code, 1);
    QCOMPARE(run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s, path(u"x"_s),
                  u"--approve"_s}).code,
             1);
}

void TestCliWorkflow::statusListsEveryGate()
{
    const CliRun r = run({u"release"_s, u"status"_s, m_project, u"study"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"state"_s).toString(), u"draft"_s);
    const QJsonArray gates = r.json.value(u"gates"_s).toArray();
    QCOMPARE(names(gates),
             (QStringList{u"datasets"_s, u"classification"_s, u"direct_identifiers"_s,
                          u"grade_ceiling"_s, u"risk"_s, u"consent"_s, u"dsa_complete"_s,
                          u"dsa_up_to_date"_s, u"dpia_complete"_s, u"dpia_up_to_date"_s,
                          u"approvals"_s}));
    for (const QJsonValue &v : gates) {
        const QJsonObject gate = v.toObject();
        const bool expected = gate.value(u"name"_s).toString() != u"approvals"_s;
        QVERIFY2(gate.value(u"ok"_s).toBool() == expected,
                 qPrintable(gate.value(u"name"_s).toString() + u": "_s + gate.value(u"detail"_s).toString()));
    }
    QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
    QCOMPARE(r.json.value(u"content_hash"_s).toString().size(), 64);
    QVERIFY(r.json.value(u"submitted_hash"_s).isNull());
    QCOMPARE(r.json.value(u"approvals_required"_s).toObject().value(u"ethics"_s).toInt(), 1);

    const CliRun text = run({u"release"_s, u"status"_s, m_project, u"study"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("approvals"));
    QVERIFY(text.out.contains("consent"));
}

void TestCliWorkflow::submitRefusedWhenGatesFail()
{
    // Public mode allows grade 2 at most unmasked: sex (grade 3) is kept.
    QCOMPARE(run({u"release"_s, u"create"_s, m_project, u"open"_s, u"--dataset"_s, u"inpatient"_s,
                  u"--mode"_s, u"public"_s}).code,
             0);
    const int submits = auditCount(u"release.submit"_s);
    const CliRun refused = run({u"release"_s, u"submit"_s, m_project, u"open"_s, u"--json"_s});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.jsonProblem.isEmpty(), qPrintable(refused.jsonProblem));
    const QJsonObject error = refused.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"policy"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"grade_ceiling"_s));
    const CliRun text = run({u"release"_s, u"submit"_s, m_project, u"open"_s});
    QCOMPARE(text.code, 3);
    QVERIFY(text.out.contains("grade_ceiling"));
    QVERIFY(text.err.startsWith("error: "));
    QCOMPARE(auditCount(u"release.submit"_s), submits);
    QCOMPARE(status(u"open"_s).value(u"state"_s).toString(), u"draft"_s);
}

void TestCliWorkflow::fullReview()
{
    // A package that cannot be written: nothing is submitted.
    const int submits = auditCount(u"release.submit"_s);
    const CliRun unwritable = run({u"release"_s, u"submit"_s, m_project, u"study"_s, u"--out"_s,
                                   path(u"missing/dir/study.review.zip"_s)});
    QVERIFY(unwritable.code != 0);
    QCOMPARE(auditCount(u"release.submit"_s), submits);
    QCOMPARE(status().value(u"state"_s).toString(), u"draft"_s);

    const CliRun submitted = run({u"release"_s, u"submit"_s, m_project, u"study"_s, u"--json"_s});
    QVERIFY2(submitted.code == 0, submitted.err.constData());
    QCOMPARE(submitted.json.value(u"release"_s).toString(), u"study"_s);
    QCOMPARE(submitted.json.value(u"state"_s).toString(), u"submitted"_s);
    const QString hash = submitted.json.value(u"content_hash"_s).toString();
    QCOMPARE(hash.size(), 64);
    QVERIFY(submitted.json.contains(u"package"_s));
    QVERIFY(submitted.json.value(u"package"_s).isNull());

    // The ethics member rejects on the steward's machine, with a comment.
    const CliRun rejected = run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                                + keyArgs(u"ethics.key"_s)
                                + QStringList{u"--reject"_s, u"--comment"_s,
                                              u"diagnoses too detailed"_s, u"--json"_s});
    QVERIFY2(rejected.code == 0, rejected.err.constData());
    QCOMPARE(rejected.json.value(u"state"_s).toString(), u"draft"_s);
    const QJsonArray afterReject = rejected.json.value(u"approvals"_s).toArray();
    QCOMPARE(afterReject.size(), 1);
    const QJsonObject rejection = afterReject.first().toObject();
    QCOMPARE(rejection.value(u"role"_s).toString(), u"ethics"_s);
    QCOMPARE(rejection.value(u"approve"_s).toBool(), false);
    QCOMPARE(rejection.value(u"signer"_s).toString(), u"Zhou Ethics"_s);
    QVERIFY(!rejection.value(u"at"_s).toString().isEmpty());
    const QJsonObject st = status();
    QCOMPARE(st.value(u"rejections"_s).toArray().first().toObject().value(u"comment"_s).toString(),
             u"diagnoses too detailed"_s);
    const CliRun text = run({u"release"_s, u"status"_s, m_project, u"study"_s});
    QVERIFY(text.out.contains("diagnoses too detailed"));

    // Submitted again; compliance approves here, ethics from a decision file.
    const CliRun packaged = run({u"release"_s, u"submit"_s, m_project, u"study"_s, u"--out"_s,
                                 u"study.review.zip"_s, u"--json"_s});
    QVERIFY2(packaged.code == 0, packaged.err.constData());
    QCOMPARE(packaged.json.value(u"package"_s).toString(), path(u"study.review.zip"_s));
    QVERIFY(QFile::exists(path(u"study.review.zip"_s)));
    QCOMPARE(packaged.json.value(u"content_hash"_s).toString(), hash);
    const CliRun approved = run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                                + keyArgs(u"compliance.key"_s)
                                + QStringList{u"--approve"_s, u"--json"_s});
    QVERIFY2(approved.code == 0, approved.err.constData());
    QCOMPARE(approved.json.value(u"state"_s).toString(), u"submitted"_s);
    const QString ethicsDecision = decisionFile(u"ethics.key"_s, hash, true);
    const CliRun imported = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                                 ethicsDecision, u"--json"_s});
    QVERIFY2(imported.code == 0, imported.err.constData());
    QCOMPARE(imported.json.value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(imported.json.value(u"approvals"_s).toArray().size(), 3);
    QCOMPARE(imported.json.value(u"already_recorded"_s).toBool(), false);

    // The same file imported again: a no-op, said so, not audited, not listed twice.
    const CliRun twice = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                              ethicsDecision, u"--json"_s});
    QVERIFY2(twice.code == 0, twice.err.constData());
    QCOMPARE(twice.json.value(u"already_recorded"_s).toBool(), true);
    QCOMPARE(twice.json.value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(twice.json.value(u"approvals"_s).toArray().size(), 3);
    const CliRun twiceText = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                                  ethicsDecision});
    QCOMPARE(twiceText.code, 0);
    QVERIFY2(twiceText.out.contains("already recorded"), twiceText.out.constData());

    const QJsonObject now = status();
    QCOMPARE(now.value(u"state"_s).toString(), u"approved"_s);
    QCOMPARE(now.value(u"ok"_s).toBool(), true);
    QCOMPARE(auditCount(u"release.approve"_s), 1);
    QCOMPARE(auditCount(u"release.reject"_s), 1);
    QCOMPARE(auditCount(u"release.decide"_s), 3);

    const CliRun list = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
    QCOMPARE(list.code, 0);
    for (const QJsonValue &v : list.json.value(u"releases"_s).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"name"_s).toString() == u"study"_s)
            QCOMPARE(r.value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(r.value(u"exports"_s).isArray());
    }
}

void TestCliWorkflow::refusals()
{
    // Under review again, so that every refusal is about the decision itself.
    QCOMPARE(run({u"release"_s, u"submit"_s, m_project, u"study"_s}).code, 0);
    const QString hash = status().value(u"submitted_hash"_s).toString();
    const int decides = auditCount(u"release.decide"_s);

    // Unknown key.
    makeKey(u"stranger.key"_s, u"Nobody"_s, SignerRole::Compliance, std::nullopt);
    const CliRun unknown = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                                decisionFile(u"stranger.key"_s, hash, true), u"--json"_s});
    QCOMPARE(unknown.code, 3);
    QVERIFY(unknown.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"not trusted"_s));

    // Wrong role: a compliance-trusted key deciding as ethics.
    makeKey(u"hats.key"_s, u"Two Hats"_s, SignerRole::Ethics, SignerRole::Compliance);
    const CliRun role = run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                            + keyArgs(u"hats.key"_s) + QStringList{u"--approve"_s});
    QCOMPARE(role.code, 3);

    // Old content.
    const QString old(64, u'a');
    const CliRun stale = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                              decisionFile(u"compliance.key"_s, old, true)});
    QCOMPARE(stale.code, 3);
    QVERIFY(stale.err.contains("other content"));

    // A bad signature: the decision changed after signing.
    auto decision = SignedDecision::readFile(decisionFile(u"compliance.key"_s, hash, false));
    QVERIFY(decision.ok());
    decision->json.replace("\"approve\":false", "\"approve\":true ");
    QVERIFY(decision->writeFile(path(u"tampered.decision.zip"_s)).ok());
    const CliRun bad = run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s,
                            path(u"tampered.decision.zip"_s), u"--json"_s});
    QCOMPARE(bad.code, 4);
    QCOMPARE(bad.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"verification"_s);

    // Not a decision file; a wrong key passphrase.
    QFile junk(path(u"junk.zip"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a zip");
    junk.close();
    QCOMPARE(run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--import"_s, path(u"junk.zip"_s)}).code, 2);
    QFile wrong(path(u"wrong-pass.txt"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not it\n");
    wrong.close();
    QCOMPARE(run({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--key"_s, path(u"ethics.key"_s),
                  u"--key-passphrase-file"_s, path(u"wrong-pass.txt"_s), u"--approve"_s}).code,
             4);

    QCOMPARE(auditCount(u"release.decide"_s), decides);
    QCOMPARE(status().value(u"state"_s).toString(), u"submitted"_s);
}

void TestCliWorkflow::laterChangeReturnsToDraft()
{
    // Approve the current submission, then change a rule.
    QCOMPARE(run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                 + keyArgs(u"compliance.key"_s) + QStringList{u"--approve"_s}).code,
             0);
    QCOMPARE(run(QStringList{u"release"_s, u"decide"_s, m_project, u"study"_s}
                 + keyArgs(u"ethics.key"_s) + QStringList{u"--approve"_s}).code,
             0);
    QCOMPARE(status().value(u"state"_s).toString(), u"approved"_s);
    const int before = auditCount(u"release.invalidate"_s);
    QCOMPARE(run({u"rules"_s, m_project, u"inpatient"_s, u"--set"_s, u"age=bands:width=20"_s}).code, 0);
    const CliRun shown = run({u"release"_s, u"show"_s, m_project, u"study"_s, u"--json"_s});
    QCOMPARE(shown.json.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(auditCount(u"release.invalidate"_s), before + 1);

    const QJsonObject st = status();
    QCOMPARE(st.value(u"state"_s).toString(), u"draft"_s);
    QVERIFY(st.value(u"invalidated_by"_s).toArray().toVariantList().contains(u"the masking rules of inpatient"_s));
    for (const QJsonValue &v : st.value(u"approvals"_s).toArray())
        QCOMPARE(v.toObject().value(u"current"_s).toBool(), false);
    QCOMPARE(auditCount(u"release.invalidate"_s), before + 1);
    QCOMPARE(status().value(u"state"_s).toString(), u"draft"_s);
    const CliRun list = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
    QCOMPARE(list.json.value(u"releases"_s).toArray().at(1).toObject().value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(auditCount(u"release.invalidate"_s), before + 1);
    const CliRun text = run({u"release"_s, u"status"_s, m_project, u"study"_s});
    QVERIFY(text.out.contains("the masking rules of inpatient"));
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "test_cli_workflow.moc"
