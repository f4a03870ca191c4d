// `export` and `verify` end to end with the built steward-cli: import → classify → rules →
// documents → keygen/trust → submit → decide ×2 → export --encrypt-to → verify (and the standard
// tools on the package); a flipped byte named by verify with exit 4; a release changed after its
// approval refused with exit 3 and nothing left; usage errors.

#include "tests/cli/CliTestSupport.h"
#include "tests/core/packaging/PackagingTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward::clitest;
using namespace steward::packtest;

class TestCliExportVerify final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_recipient;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &args)
    {
        return runCli(args, m_dir.path(), u"project passphrase"_s);
    }

    // Runs a step that must succeed.
    bool step(const QStringList &args)
    {
        const CliRun r = run(args);
        if (r.code != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), r.code, r.err.constData());
        return r.code == 0;
    }

    static QStringList failureFiles(const QJsonObject &report)
    {
        QStringList files;
        for (const QJsonValue &f : report.value(u"failures"_s).toArray())
            files.append(f.toObject().value(u"file"_s).toString());
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("STEWARD_KEY_PASSPHRASE", "key passphrase");
        m_project = path(u"p.steward"_s);
        QVERIFY(step({u"sample"_s, u"--out"_s, path(u"s.csv"_s), u"--rows"_s, u"200"_s, u"--seed"_s, u"5"_s}));
        QVERIFY(step({u"init"_s, m_project}));
        QVERIFY(step({u"import"_s, m_project, path(u"s.csv"_s), u"--name"_s, u"inpatient"_s}));
        QVERIFY(step({u"classify"_s, m_project, u"inpatient"_s, u"--auto"_s, u"--confirm"_s, u"all"_s}));
        QVERIFY(step({u"rules"_s, m_project, u"inpatient"_s, u"--preset"_s, u"gbt39725-controlled"_s}));
        QVERIFY(step({u"anonymize"_s, m_project, u"inpatient"_s, u"--k"_s, u"3"_s, u"--max-suppression"_s, u"10"_s}));
        // Grade-5 fields may not leave unmasked in the controlled mode.
        QVERIFY(step({u"rules"_s, m_project, u"inpatient"_s, u"--set"_s, u"主要诊断名称=drop"_s, u"--set"_s,
                      u"检验结果=drop"_s}));
        // The pseudonyms need the project secret: made before the review (an export never makes it).
        QVERIFY(step({u"show"_s, m_project, u"inpatient"_s, u"--masked"_s, u"--limit"_s, u"1"_s}));
        QVERIFY(step({u"release"_s, u"create"_s, m_project, u"study"_s, u"--dataset"_s, u"inpatient"_s,
                      u"--mode"_s, u"controlled"_s, u"--recipient"_s, u"Research Institute"_s,
                      u"--purpose"_s, u"a readmission study"_s, u"--legal-basis"_s,
                      u"public_interest_research"_s, u"--lang"_s, u"en"_s}));
        QVERIFY(step({u"release"_s, u"set"_s, m_project, u"study"_s, u"users=Li Lei"_s, u"retention_months=12"_s,
                      u"start=2027-01-01"_s, u"end=2027-12-31"_s, u"contact=office@example.org"_s}));
        const ToolRun docs = runTool(u"python3"_s, {QStringLiteral(STEWARD_TEST_DATA_DIR "/../tools/complete_documents.py"),
                                                    QStringLiteral(STEWARD_CLI_PATH), m_project, u"study"_s,
                                                    QStringLiteral(STEWARD_TEST_DATA_DIR "/../../resources/templates"),
                                                    u"en"_s});
        QVERIFY2(docs.exitCode == 0, docs.out.constData());
        for (const QString &role : {u"steward"_s, u"compliance"_s, u"ethics"_s}) {
            QVERIFY(step({u"keygen"_s, u"--name"_s, u"Test "_s + role, u"--role"_s, role, u"--out"_s,
                          path(role + u".key"_s)}));
            QVERIFY(step({u"trust"_s, u"add"_s, m_project, path(role + u".key.pub"_s), u"--role"_s, role}));
        }
        const CliRun status = run({u"release"_s, u"status"_s, m_project, u"study"_s, u"--json"_s});
        QVERIFY2(status.code == 0, status.err.constData());
        QVERIFY(step({u"release"_s, u"submit"_s, m_project, u"study"_s}));
        QVERIFY(step({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--key"_s, path(u"compliance.key"_s), u"--approve"_s}));
        QVERIFY(step({u"release"_s, u"decide"_s, m_project, u"study"_s, u"--key"_s, path(u"ethics.key"_s), u"--approve"_s,
                      u"--comment"_s, u"approved by the committee"_s}));

        const ToolRun keygen = runTool(u"age-keygen"_s, {u"-o"_s, path(u"age.txt"_s)});
        QVERIFY2(keygen.exitCode == 0, keygen.out.constData());
        const ToolRun recipient = runTool(u"age-keygen"_s, {u"-y"_s, path(u"age.txt"_s)});
        QCOMPARE(recipient.exitCode, 0);
        m_recipient = QString::fromLatin1(recipient.out.trimmed());
    }

    void exportEncryptedThenVerify()
    {
        const QString sealed = path(u"study.zip.age"_s);
        const CliRun exported = run({u"export"_s, m_project, u"study"_s, u"--out"_s, sealed, u"--key"_s,
                                     path(u"steward.key"_s), u"--encrypt-to"_s, m_recipient, u"--json"_s});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QVERIFY2(exported.jsonProblem.isEmpty(), qPrintable(exported.jsonProblem));
        QCOMPARE(exported.json.value(u"package"_s).toString(), QFileInfo(sealed).absoluteFilePath());
        QVERIFY(exported.json.value(u"files"_s).toInt() >= 14);
        QCOMPARE(exported.json.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(readAll(sealed), QCryptographicHash::Sha256).toHex()));
        QVERIFY(readAll(sealed).startsWith("age-encryption.org/v1\n"));

        const CliRun verified = run({u"verify"_s, sealed, u"--identity"_s, path(u"age.txt"_s), u"--json"_s});
        QVERIFY2(verified.code == 0, verified.out.constData());
        QCOMPARE(verified.json.value(u"ok"_s).toBool(), true);
        QCOMPARE(verified.json.value(u"encrypted"_s).toBool(), true);
        QCOMPARE(verified.json.value(u"release"_s).toString(), u"study"_s);
        QCOMPARE(verified.json.value(u"files"_s).toInt(), exported.json.value(u"files"_s).toInt());
        const QJsonArray signatures = verified.json.value(u"signatures"_s).toArray();
        QCOMPARE(signatures.size(), 3);
        QStringList roles;
        for (const QJsonValue &s : signatures) {
            QVERIFY(s.toObject().value(u"ok"_s).toBool());
            roles.append(s.toObject().value(u"role"_s).toString());
        }
        roles.sort();
        QCOMPARE(roles, QStringList({u"compliance"_s, u"ethics"_s, u"steward"_s}));

        // Trusted keys given: all three signers are among them.
        const CliRun trusted = run({u"verify"_s, sealed, u"--identity"_s, path(u"age.txt"_s), u"--trusted"_s,
                                    path(u"steward.key.pub"_s), u"--trusted"_s, path(u"compliance.key.pub"_s),
                                    u"--trusted"_s, path(u"ethics.key.pub"_s), u"--json"_s});
        QVERIFY2(trusted.code == 0, trusted.out.constData());
        const CliRun partly = run({u"verify"_s, sealed, u"--identity"_s, path(u"age.txt"_s), u"--trusted"_s,
                                   path(u"ethics.key.pub"_s), u"--json"_s});
        QCOMPARE(partly.code, 4);

        // age itself decrypts the package; the standard tools check the bag.
        const ToolRun age = runTool(u"age"_s, {u"-d"_s, u"-i"_s, path(u"age.txt"_s), u"-o"_s, path(u"opened.zip"_s), sealed});
        QVERIFY2(age.exitCode == 0, age.out.constData());
        const QString bag = unzipBag(path(u"opened.zip"_s), path(u"opened"_s));
        QVERIFY(!bag.isEmpty());
        QVERIFY(QFileInfo(bag).fileName().startsWith(u"study-"_s));
        for (const QString &manifest : {u"manifest-sha256.txt"_s, u"tagmanifest-sha256.txt"_s}) {
            const ToolRun r = runTool(u"sha256sum"_s, {u"-c"_s, manifest}, bag);
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
        const ToolRun minisign = runTool(u"minisign"_s, {u"-Vm"_s, u"tagmanifest-sha256.txt"_s, u"-p"_s, u"steward.pub"_s}, bag);
        QVERIFY2(minisign.exitCode == 0, minisign.out.constData());
        const ToolRun validator = runTool(u"python3"_s, {validatorScript(), bag});
        QVERIFY2(validator.exitCode == 0, validator.out.constData());

        // Without a key, with the wrong one.
        QCOMPARE(run({u"verify"_s, sealed}).code, 1);
        const ToolRun other = runTool(u"age-keygen"_s, {u"-o"_s, path(u"other.txt"_s)});
        QCOMPARE(other.exitCode, 0);
        const CliRun wrong = run({u"verify"_s, sealed, u"--identity"_s, path(u"other.txt"_s), u"--json"_s});
        QCOMPARE(wrong.code, 4);
        QVERIFY(wrong.json.contains(u"error"_s));

        // The register.
        const CliRun list = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray exports =
            list.json.value(u"releases"_s).toArray().first().toObject().value(u"exports"_s).toArray();
        QVERIFY(!exports.isEmpty());
        QCOMPARE(exports.first().toObject().value(u"sha256"_s).toString(), exported.json.value(u"sha256"_s).toString());
    }

    void flippedByteIsNamed()
    {
        const QString plain = path(u"plain.zip"_s);
        const CliRun exported = run({u"export"_s, m_project, u"study"_s, u"--out"_s, plain, u"--key"_s,
                                     path(u"steward.key"_s)});
        QVERIFY2(exported.code == 0, exported.err.constData());
        const CliRun ok = run({u"verify"_s, plain});
        QVERIFY2(ok.code == 0, ok.err.constData());

        const QString flipped = path(u"flipped.zip"_s);
        QVERIFY(flipByte(plain, u"data/release.json"_s, path(u"flip"_s), flipped));
        const CliRun json = run({u"verify"_s, flipped, u"--json"_s});
        QCOMPARE(json.code, 4);
        QCOMPARE(json.json.value(u"ok"_s).toBool(), false);
        QVERIFY2(failureFiles(json.json).contains(u"data/release.json"_s), json.out.constData());
        const CliRun text = run({u"verify"_s, flipped});
        QCOMPARE(text.code, 4);
        QVERIFY2(text.err.contains("data/release.json"), text.err.constData());
    }

    // Runs last: it changes the release, whose approvals then no longer count.
    void zChangedReleaseIsRefused()
    {
        QVERIFY(step({u"release"_s, u"set"_s, m_project, u"study"_s, u"purpose=another study"_s}));
        const QString out = path(u"refused/study.zip"_s);
        QVERIFY(QDir().mkpath(path(u"refused"_s)));
        const CliRun refused = run({u"export"_s, m_project, u"study"_s, u"--out"_s, out, u"--key"_s,
                                    path(u"steward.key"_s), u"--json"_s});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"approvals"_s),
                 refused.out.constData());
        QVERIFY(QDir(path(u"refused"_s)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(run({u"export"_s, m_project, u"study"_s, u"--out"_s, path(u"x.zip"_s)}).code, 1);
        QCOMPARE(run({u"export"_s, m_project, u"study"_s, u"--key"_s, path(u"steward.key"_s)}).code, 1);
        QVERIFY(writeAll(path(u"pass.txt"_s), "a passphrase\n"));
        QCOMPARE(run({u"export"_s, m_project, u"study"_s, u"--out"_s, path(u"x.zip"_s), u"--key"_s,
                      path(u"steward.key"_s), u"--encrypt-to"_s, m_recipient, u"--encrypt-passphrase-file"_s,
                      path(u"pass.txt"_s)})
                     .code,
                 1);
        QCOMPARE(run({u"export"_s, m_project, u"study"_s, u"--out"_s, path(u"x.zip"_s), u"--key"_s,
                      path(u"steward.key"_s), u"--encrypt-to"_s, u"age1notarecipient"_s})
                     .code,
                 1);
        QCOMPARE(run({u"verify"_s, path(u"none.zip"_s)}).code, 2);
        QVERIFY(!QFileInfo::exists(path(u"x.zip"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliExportVerify)
#include "test_cli_export_verify.moc"
