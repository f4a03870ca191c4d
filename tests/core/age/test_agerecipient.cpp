// Age recipients and identities: Bech32 text both ways, the public key of a secret key, identity
// files as age-keygen writes them.

#include "core/age/AgeRecipient.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

// The error text of a failed result (QVERIFY2 evaluates its message even when the check passes).
template <class R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// A key pair written by age-keygen (a test vector, protects nothing).
const QString kSecret =
    QStringLiteral("AGE-SECRET-KEY-18RZPLJUU0YMZJJHN2LYQME65N3DVXZAH6GVD7ERYLHZ8N8LTPV4S06CUXH");
const QString kPublic =
    QStringLiteral("age1n374uplxuetwr6n39dhjy7a2sen6dx9edyaaku3vaw9fqwd67y6qk9jk0m");

} // namespace

class TestAgeRecipient : public QObject {
    Q_OBJECT

private slots:
    void parsesAndPrintsRecipient()
    {
        const auto recipient = AgeRecipient::parse(kPublic);
        QVERIFY2(recipient.ok(), why(recipient).constData());
        QCOMPARE(recipient->publicKey.size(), 32);
        QCOMPARE(recipient->toString(), kPublic);
        // Upper case is the same key (Bech32 is case-insensitive, never mixed).
        const auto upper = AgeRecipient::parse(kPublic.toUpper());
        QVERIFY(upper.ok());
        QCOMPARE(upper->publicKey, recipient->publicKey);
    }

    void rejectsMalformedRecipient_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ssh key") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI");
        QTest::newRow("identity instead") << kSecret;
        QTest::newRow("bad checksum") << QString(kPublic).replace(10, 1, QLatin1Char('q'));
        QTest::newRow("mixed case") << QString(kPublic).replace(4, 1, QLatin1Char('N'));
        QTest::newRow("character outside alphabet")
            << QString(kPublic).replace(7, 1, QLatin1Char('b'));
        QTest::newRow("truncated") << kPublic.left(kPublic.size() - 1);
        QTest::newRow("short key")
            << QStringLiteral("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
    }

    void rejectsMalformedRecipient()
    {
        QFETCH(QString, text);
        const auto recipient = AgeRecipient::parse(text);
        QVERIFY(!recipient.ok());
        QCOMPARE(recipient.error().code, ErrorCode::Usage);
        QVERIFY(!recipient.error().message.isEmpty());
    }

    void identityTextAndPublicKey()
    {
        QTemporaryDir dir;
        const QString path =
            testsupport::writeFixture(dir, QStringLiteral("id.txt"), kSecret.toLatin1() + '\n');
        const auto identities = AgeIdentity::load(path);
        QVERIFY2(identities.ok(), why(identities).constData());
        QCOMPARE(identities->size(), 1);
        QCOMPARE(identities->first().toString(), kSecret);
        QCOMPARE(identities->first().recipient().toString(), kPublic);
    }

    void generatedIdentitiesDiffer()
    {
        const AgeIdentity a = AgeIdentity::generate();
        const AgeIdentity b = AgeIdentity::generate();
        QCOMPARE(a.secretKey.size(), 32);
        QVERIFY(a.secretKey != b.secretKey);
        QVERIFY(a.toString().startsWith(QLatin1String("AGE-SECRET-KEY-1")));
        const auto parsed = AgeRecipient::parse(a.recipient().toString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->publicKey, a.recipient().publicKey);
    }

    void loadsIdentityFileWithComments()
    {
        QTemporaryDir dir;
        const AgeIdentity other = AgeIdentity::generate();
        const QByteArray content = "# created: 2026-12-07T12:33:22Z\n"
                                   "# public key: "
            + kPublic.toLatin1() + "\r\n" + kSecret.toLatin1()
            + "\r\n"
              "\n"
              "   \n"
            + other.toString().toLatin1();
        const QString path = testsupport::writeFixture(dir, QStringLiteral("ids.txt"), content);
        const auto identities = AgeIdentity::load(path);
        QVERIFY2(identities.ok(), why(identities).constData());
        QCOMPARE(identities->size(), 2);
        QCOMPARE(identities->at(0).recipient().toString(), kPublic);
        QCOMPARE(identities->at(1).secretKey, other.secretKey);
    }

    void malformedIdentityLineNamesLineWithoutKey()
    {
        QTemporaryDir dir;
        // One character of the key changed: the checksum fails.
        QString broken = kSecret;
        broken[20] = broken[20] == QLatin1Char('Q') ? QLatin1Char('P') : QLatin1Char('Q');
        const QString path = testsupport::writeFixture(dir, QStringLiteral("broken.txt"),
                                                       "# comment\n\n" + broken.toLatin1() + '\n');
        const auto identities = AgeIdentity::load(path);
        QVERIFY(!identities.ok());
        QCOMPARE(identities.error().code, ErrorCode::BadInput);
        QCOMPARE(identities.error().file, path);
        QCOMPARE(identities.error().line, 3);
        QVERIFY(!identities.error().toString().contains(broken.mid(16, 20)));
    }

    void emptyOrMissingIdentityFile()
    {
        QTemporaryDir dir;
        const QString empty =
            testsupport::writeFixture(dir, QStringLiteral("empty.txt"), "# nothing\n");
        const auto none = AgeIdentity::load(empty);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::BadInput);
        const auto missing = AgeIdentity::load(dir.filePath(QStringLiteral("missing.txt")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestAgeRecipient)
#include "test_agerecipient.moc"
