// SigningIdentity on disk: the encrypted PKCS#8 file with its Name/Role/Fingerprint preamble,
// owner-only permissions, wrong passphrases, and `openssl pkey` reading the file.

#include "core/signing/Minisign.h"
#include "core/signing/SigningIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace steward;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestSigningIdentity final : public QObject {
    Q_OBJECT

private slots:
    void generateNeedsName()
    {
        auto id = SigningIdentity::generate(QStringLiteral("  "), SignerRole::Steward);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::Usage);
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("me.key"));
        auto id = SigningIdentity::generate(QStringLiteral("Chen Jing"), SignerRole::Compliance);
        QVERIFY(id.ok());
        QVERIFY(id->save(path, QStringLiteral("correct horse")).ok());

        const QFileDevice::Permissions perms = QFileInfo(path).permissions();
        QVERIFY(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther | QFileDevice::ExeOwner;
        QCOMPARE(perms & others, QFileDevice::Permissions());
        const QByteArray text = readAll(path);
        QVERIFY(text.startsWith("Steward signing identity\nName: Chen Jing\nRole: compliance\nFingerprint: "
                                + id->fingerprint().toLatin1() + "\n-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(!text.contains("BEGIN PRIVATE KEY"));

        auto pub = PublicKey::load(path + QStringLiteral(".pub"));
        QVERIFY(pub.ok());
        QCOMPARE(pub->key, id->publicKey().key);
        QCOMPARE(pub->name, QStringLiteral("Chen Jing"));
        QCOMPARE(pub->role, QStringLiteral("compliance"));

        auto back = SigningIdentity::load(path, QStringLiteral("correct horse"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->name(), QStringLiteral("Chen Jing"));
        QCOMPARE(back->role(), SignerRole::Compliance);
        QCOMPARE(back->fingerprint(), id->fingerprint());
        QCOMPARE(back->publicKey().key, id->publicKey().key);
        // Ed25519 is deterministic: the same key signs the same bytes identically.
        QCOMPARE(back->signRaw("m"), id->signRaw("m"));

        const Minisignature sig = back->sign("message", QStringLiteral("trusted"));
        QVERIFY(Minisign::verify(*pub, "message", sig).ok());
        QVERIFY(!Minisign::verify(*pub, "messagE", sig).ok());
        Minisignature altered = sig;
        altered.trustedComment = QStringLiteral("trusteD");
        QVERIFY(!Minisign::verify(*pub, "message", altered).ok());
    }

    void wrongPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("me.key"));
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Ethics);
        QVERIFY(id->save(path, QStringLiteral("right")).ok());
        auto back = SigningIdentity::load(path, QStringLiteral("wrong"));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, ErrorCode::Verification);
        QVERIFY(back.error().message.contains(QLatin1String("wrong passphrase")));
        QVERIFY(!back.error().message.contains(QLatin1String("right")));
    }

    void refusesOverwriteAndEmptyPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("me.key"));
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Ethics);
        Status s = id->save(path, QString());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Usage);
        QVERIFY(id->save(path, QStringLiteral("p")).ok());
        s = id->save(path, QStringLiteral("p"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::BadInput);
        QVERIFY(id->save(path, QStringLiteral("q"), true).ok());
        QVERIFY(SigningIdentity::load(path, QStringLiteral("q")).ok());
    }

    void rejectsOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unencrypted")
            << QByteArray("Name: A\nRole: ethics\n-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n"
                          "-----END PRIVATE KEY-----\n");
        QTest::newRow("no name")
            << QByteArray("Role: ethics\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n");
        QTest::newRow("bad role")
            << QByteArray("Name: A\nRole: boss\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n");
        QTest::newRow("damaged")
            << QByteArray("Name: A\nRole: ethics\n-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n");
    }

    void rejectsOtherFiles()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.key"));
        writeAll(path, text);
        auto id = SigningIdentity::load(path, QStringLiteral("p"));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::BadInput);
        QCOMPARE(id.error().file, path);
    }

    void tamperedFingerprintLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("me.key"));
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Ethics);
        QVERIFY(id->save(path, QStringLiteral("p")).ok());
        QByteArray text = readAll(path);
        text.replace("Fingerprint: " + id->fingerprint().toLatin1(), "Fingerprint: 0000000000000000");
        writeAll(path, text);
        auto back = SigningIdentity::load(path, QStringLiteral("p"));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, ErrorCode::BadInput);
    }

    void opensslReadsTheKey()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("me.key"));
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Steward);
        QVERIFY(id->save(path, QStringLiteral("s3cret pass")).ok());
        QProcess p;
        p.start(openssl, {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                          QStringLiteral("pass:s3cret pass"), QStringLiteral("-pubout"),
                          QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // The DER SubjectPublicKeyInfo of Ed25519 ends with the 32 raw key bytes.
        QVERIFY(p.readAllStandardOutput().endsWith(id->publicKey().key));

        QProcess wrong;
        wrong.start(openssl, {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                              QStringLiteral("pass:nope"), QStringLiteral("-noout")});
        QVERIFY(wrong.waitForFinished(30000));
        QVERIFY(wrong.exitCode() != 0);

        // The file uses scrypt (PBES2) with AES-256-CBC.
        QProcess asn;
        asn.start(openssl, {QStringLiteral("asn1parse")});
        // asn1parse reads bare PEM only: give it the block without the preamble.
        const QByteArray text = readAll(path);
        asn.write(text.mid(text.indexOf("-----BEGIN")));
        asn.closeWriteChannel();
        QVERIFY(asn.waitForFinished(30000));
        const QByteArray parsed = asn.readAllStandardOutput();
        QVERIFY(parsed.contains("PBES2"));
        QVERIFY(parsed.contains(":scrypt"));
        QVERIFY(parsed.contains("aes-256-cbc"));
    }
};

QTEST_GUILESS_MAIN(TestSigningIdentity)
#include "test_signingidentity.moc"
