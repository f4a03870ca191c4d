// End-to-end tests of `steward-cli keygen` and `trust add|list|remove`: the key files (owner-only
// private key, minisign public key), their JSON, exit codes, audited trust changes, and a key made
// by `minisign -G` trusted like Steward's own.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

class TestCliKeygenTrust final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;

    CliRun run(const QStringList &args) { return steward::clitest::runCli(args, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QJsonArray keys()
    {
        const CliRun r = run({u"trust"_s, u"list"_s, m_project, u"--json"_s});
        if (r.code != 0)
            qWarning("trust list failed: %s", r.err.constData());
        return r.json.value(u"keys"_s).toArray();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        write(u"pass"_s, "a long key passphrase\n");
        m_project = path(u"p.steward"_s);
        const CliRun r = run({u"init"_s, m_project, u"--json"_s});
        QCOMPARE(r.code, 0);
    }

    void keygen()
    {
        const CliRun r = run({u"keygen"_s, u"--name"_s, u"Li Wei"_s, u"--role"_s, u"ethics"_s, u"--out"_s,
                              u"li.key"_s, u"--key-passphrase-file"_s, u"pass"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QString fingerprint = r.json.value(u"fingerprint"_s).toString();
        QCOMPARE(fingerprint.size(), 16);
        const QString publicKey = r.json.value(u"public_key"_s).toString();
        QVERIFY(publicKey.startsWith(u"RW"_s)); // base64 of "Ed"

        const QFileInfo key(path(u"li.key"_s));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                      | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QFile pub(path(u"li.key.pub"_s));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray pubText = pub.readAll();
        QCOMPARE(pubText, (u"untrusted comment: minisign public key "_s + fingerprint + u" \u00B7 Li Wei (ethics)\n"_s
                           + publicKey + u"\n"_s)
                              .toUtf8());
        QFile priv(path(u"li.key"_s));
        QVERIFY(priv.open(QIODevice::ReadOnly));
        const QByteArray privText = priv.readAll();
        QVERIFY(privText.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!privText.contains("a long key passphrase"));

        // An existing file is kept unless --force.
        const QStringList again{u"keygen"_s, u"--name"_s, u"X"_s, u"--role"_s, u"ethics"_s, u"--out"_s,
                                u"li.key"_s, u"--key-passphrase-file"_s, u"pass"_s, u"--json"_s};
        CliRun refused = run(again);
        QCOMPARE(refused.code, 2);
        QFile same(path(u"li.key"_s));
        QVERIFY(same.open(QIODevice::ReadOnly));
        QCOMPARE(same.readAll(), privText);
        CliRun forced = run(again + QStringList{u"--force"_s});
        QCOMPARE(forced.code, 0);
        QVERIFY(forced.json.value(u"fingerprint"_s).toString() != fingerprint);
    }

    void keygenErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QStringList pass{u"--key-passphrase-file"_s, u"pass"_s};
        QTest::newRow("no name") << (QStringList{u"--role"_s, u"ethics"_s, u"--out"_s, u"k"_s} + pass) << 1;
        QTest::newRow("bad role") << (QStringList{u"--name"_s, u"A"_s, u"--role"_s, u"boss"_s, u"--out"_s, u"k"_s} + pass)
                                  << 1;
        QTest::newRow("no out") << (QStringList{u"--name"_s, u"A"_s, u"--role"_s, u"ethics"_s} + pass) << 1;
        // No terminal, no file, no environment: nothing to ask.
        QTest::newRow("no passphrase") << QStringList{u"--name"_s, u"A"_s, u"--role"_s, u"ethics"_s, u"--out"_s, u"k"_s}
                                       << 1;
        QTest::newRow("missing passphrase file")
            << QStringList{u"--name"_s, u"A"_s, u"--role"_s, u"ethics"_s, u"--out"_s, u"k"_s,
                           u"--key-passphrase-file"_s, u"nofile"_s}
            << 2;
    }

    void keygenErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        qunsetenv("STEWARD_KEY_PASSPHRASE");
        const CliRun r = run(QStringList{u"keygen"_s} + args + QStringList{u"--json"_s});
        QCOMPARE(r.code, code);
        QVERIFY(r.json.contains(u"error"_s));
        QVERIFY(!QFileInfo::exists(path(u"k"_s)));
    }

    void passphraseFromEnvironment()
    {
        qputenv("STEWARD_KEY_PASSPHRASE", "from the environment");
        const CliRun r = run({u"keygen"_s, u"--name"_s, u"A"_s, u"--role"_s, u"steward"_s, u"--out"_s,
                              u"a.key"_s, u"--json"_s});
        qunsetenv("STEWARD_KEY_PASSPHRASE");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(path(u"a.key.pub"_s)));
    }

    void trustAddListRemove()
    {
        QCOMPARE(run({u"keygen"_s, u"--name"_s, u"Zhou"_s, u"--role"_s, u"compliance"_s, u"--out"_s,
                      u"z.key"_s, u"--key-passphrase-file"_s, u"pass"_s})
                     .code,
                 0);
        QVERIFY(keys().isEmpty());

        CliRun added = run({u"trust"_s, u"add"_s, m_project, u"z.key.pub"_s, u"--role"_s, u"compliance"_s, u"--json"_s});
        QVERIFY2(added.code == 0, added.err.constData());
        QJsonArray list = added.json.value(u"keys"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject key = list.first().toObject();
        const QString fingerprint = key.value(u"fingerprint"_s).toString();
        QCOMPARE(key.value(u"name"_s).toString(), u"Zhou"_s);
        QCOMPARE(key.value(u"role"_s).toString(), u"compliance"_s);

        // Again for the same role: refused, nothing added.
        CliRun dup = run({u"trust"_s, u"add"_s, m_project, u"z.key.pub"_s, u"--role"_s, u"compliance"_s, u"--json"_s});
        QCOMPARE(dup.code, 2);
        // Another role under another name.
        CliRun second = run({u"trust"_s, u"add"_s, m_project, u"z.key.pub"_s, u"--role"_s, u"ethics"_s,
                             u"--name"_s, u"Dr Zhou"_s, u"--json"_s});
        QCOMPARE(second.code, 0);
        list = keys();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"name"_s).toString(), u"Dr Zhou"_s);

        // Text output lists the fingerprint.
        CliRun text = run({u"trust"_s, u"list"_s, m_project});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(fingerprint.toLatin1()));

        CliRun removed = run({u"trust"_s, u"remove"_s, m_project, fingerprint.toLower(), u"--json"_s});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QVERIFY(removed.json.value(u"keys"_s).toArray().isEmpty());
        CliRun missing = run({u"trust"_s, u"remove"_s, m_project, fingerprint, u"--json"_s});
        QCOMPARE(missing.code, 2);

        CliRun audit = run({u"audit"_s, m_project, u"--verify"_s, u"--json"_s});
        QCOMPARE(audit.code, 0);
        const QByteArray trail = run({u"audit"_s, m_project}).out;
        QCOMPARE(trail.count("trust.add"), 2);
        QCOMPARE(trail.count("trust.remove"), 1);
    }

    void trustErrors()
    {
        write(u"bad.pub"_s, "untrusted comment: x\nnot a key\n");
        CliRun bad = run({u"trust"_s, u"add"_s, m_project, u"bad.pub"_s, u"--role"_s, u"ethics"_s, u"--json"_s});
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.json.value(u"error"_s).toObject().value(u"line"_s).toInt(), 2);
        CliRun noRole = run({u"trust"_s, u"add"_s, m_project, u"bad.pub"_s, u"--json"_s});
        QCOMPARE(noRole.code, 1);
        CliRun badRole = run({u"trust"_s, u"add"_s, m_project, u"bad.pub"_s, u"--role"_s, u"x"_s, u"--json"_s});
        QCOMPARE(badRole.code, 1);
        CliRun badFp = run({u"trust"_s, u"remove"_s, m_project, u"xyz"_s, u"--json"_s});
        QCOMPARE(badFp.code, 1);
    }

    void trustMinisignKey()
    {
        const QString minisign = QStandardPaths::findExecutable(u"minisign"_s);
        if (minisign.isEmpty())
            QSKIP("minisign is not installed");
        QProcess gen;
        gen.setWorkingDirectory(m_dir->path());
        gen.start(minisign, {u"-G"_s, u"-W"_s, u"-p"_s, u"m.pub"_s, u"-s"_s, u"m.key"_s});
        QVERIFY(gen.waitForFinished(30000));
        QCOMPARE(gen.exitCode(), 0);
        CliRun added = run({u"trust"_s, u"add"_s, m_project, u"m.pub"_s, u"--role"_s, u"steward"_s, u"--json"_s});
        QVERIFY2(added.code == 0, added.err.constData());
        const QJsonObject key = added.json.value(u"keys"_s).toArray().first().toObject();
        // No Steward comment: the name is the fingerprint, which minisign prints in its comment.
        QCOMPARE(key.value(u"name"_s).toString(), key.value(u"fingerprint"_s).toString());
        QFile pub(path(u"m.pub"_s));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QVERIFY(pub.readLine().toUpper().contains(
            QString(key.value(u"fingerprint"_s).toString()).remove(QRegularExpression(u"^0+"_s)).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestCliKeygenTrust)
#include "test_cli_keygen_trust.moc"
