// PublicKey in minisign's format: fingerprints as minisign prints them, parsing of .pub files
// (Steward's and minisign's own) with the line of each error, and the derived key id.

#include "core/signing/PublicKey.h"
#include "core/signing/SigningIdentity.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace steward;

class TestPublicKey final : public QObject {
    Q_OBJECT

private slots:
    void fingerprintIsLittleEndianHex()
    {
        // minisign stores the key id as bytes d7 fd … 99 and prints 997D8D1D48F1FDD7.
        const QByteArray id = QByteArray::fromHex("d7fdf1481d8d7d99");
        QCOMPARE(PublicKey::fingerprintOf(id), QStringLiteral("997D8D1D48F1FDD7"));
        QCOMPARE(PublicKey::fingerprintOf(QByteArray::fromHex("0100000000000000")),
                 QStringLiteral("0000000000000001"));
    }

    void parsesMinisignPublicKey()
    {
        const QByteArray text = "untrusted comment: minisign public key 997D8D1D48F1FDD7\n"
                                "RWTX/fFIHY19mZG5EN5uTghvE6FbKDfeUipP4ysNazXsPge5SyDYnfrx\n";
        auto key = PublicKey::parse(text, QStringLiteral("x.pub"));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->fingerprint(), QStringLiteral("997D8D1D48F1FDD7"));
        QCOMPARE(key->key.size(), 32);
        QCOMPARE(key->comment, QStringLiteral("minisign public key 997D8D1D48F1FDD7"));
        QVERIFY(key->name.isEmpty());
        QVERIFY(key->role.isEmpty());
        QCOMPARE(key->base64(), QStringLiteral("RWTX/fFIHY19mZG5EN5uTghvE6FbKDfeUipP4ysNazXsPge5SyDYnfrx"));
        QCOMPARE(key->toMinisignText().toUtf8(), text);

        // The base64 line alone is a key too (`minisign -P`).
        auto bare = PublicKey::parse("RWTX/fFIHY19mZG5EN5uTghvE6FbKDfeUipP4ysNazXsPge5SyDYnfrx");
        QVERIFY(bare.ok());
        QCOMPARE(bare->key, key->key);
    }

    void stewardKeyRoundTrip()
    {
        auto id = SigningIdentity::generate(QStringLiteral("Li Wei"), SignerRole::Ethics);
        QVERIFY(id.ok());
        const PublicKey &pk = id->publicKey();
        QCOMPARE(pk.keyId, PublicKey::deriveKeyId(pk.key));
        QCOMPARE(pk.keyId, QCryptographicHash::hash(pk.key, QCryptographicHash::Sha256).left(8));
        const QString text = pk.toMinisignText();
        QVERIFY(text.startsWith(QStringLiteral("untrusted comment: minisign public key ")
                                + pk.fingerprint() + QStringLiteral(" \u00B7 Li Wei (ethics)\n")));
        auto back = PublicKey::parse(text.toUtf8());
        QVERIFY(back.ok());
        QCOMPARE(back->name, QStringLiteral("Li Wei"));
        QCOMPARE(back->role, QStringLiteral("ethics"));
        QCOMPARE(back->keyId, pk.keyId);
        QCOMPARE(back->key, pk.key);
        QCOMPARE(back->fingerprint().size(), 16);
        QByteArray edited = text.toUtf8();
        edited.replace("\n", "\r\n");
        auto crlf = PublicKey::parse("\xEF\xBB\xBF" + edited);
        QVERIFY(crlf.ok());
        QCOMPARE(crlf->key, pk.key);
        QCOMPARE(crlf->name, QStringLiteral("Li Wei"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("") << 1;
        QTest::newRow("not base64") << QByteArray("untrusted comment: x\nRWT!!!!\n") << 2;
        QTest::newRow("too short") << QByteArray("untrusted comment: x\nRWTX/fFIHY19\n") << 2;
        QTest::newRow("wrong algorithm")
            << QByteArray("untrusted comment: x\n" + ("Xx" + QByteArray(40, 'a')).toBase64() + "\n") << 2;
        QTest::newRow("comment only") << QByteArray("untrusted comment: x\n") << 2;
        QTest::newRow("no comment prefix")
            << QByteArray("comment\nRWTX/fFIHY19mZG5EN5uTghvE6FbKDfeUipP4ysNazXsPge5SyDYnfrx\n") << 1;
        QTest::newRow("trailing line")
            << QByteArray("untrusted comment: x\nRWTX/fFIHY19mZG5EN5uTghvE6FbKDfeUipP4ysNazXsPge5SyDYnfrx\nmore\n")
            << 3;
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        auto key = PublicKey::parse(text, QStringLiteral("k.pub"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::BadInput);
        QCOMPARE(key.error().file, QStringLiteral("k.pub"));
        QCOMPARE(key.error().line, line);
    }

    void loadMissingFile()
    {
        auto key = PublicKey::load(QStringLiteral("/nonexistent/k.pub"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "test_publickey.moc"
