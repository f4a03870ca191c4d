// The project secret: generation, passphrase protection (scrypt + AES-256-GCM, versioned JSON),
// the distinct wrong-passphrase error, tamper detection, backup and restore, derived keys.

#include "core/mask/ProjectSecret.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

// Cheap scrypt for tests (documents written by Steward use the default cost).
const ProjectSecret::KdfCost kFast{quint64(1) << 10, 8, 1};

QByteArray counting()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        bytes[i] = char(i);
    return bytes;
}

ProjectSecret fixedSecret()
{
    return *ProjectSecret::fromBytes(counting());
}

QByteArray edit(const QByteArray &document, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(document).object();
    change(root);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProjectSecret : public QObject {
    Q_OBJECT

private slots:
    void generatesDistinctSecrets();
    void fromBytesNeedsExactSize();
    void wrapsAndUnwraps();
    void defaultCostRoundTrip();
    void documentFormat();
    void wrappingIsRandomised();
    void wrongPassphraseIsVerificationError();
    void emptyPassphraseIsUsageError();
    void passphraseIsNormalised();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void malformedDocumentsAreBadInput_data();
    void malformedDocumentsAreBadInput();
    void backupAndRestore();
    void restoreErrors();
    void derivedKeysAreHmacOfPurpose();
    void fingerprintIdentifiesSecret();
};

void TestProjectSecret::generatesDistinctSecrets()
{
    const Result<ProjectSecret> a = ProjectSecret::generate();
    const Result<ProjectSecret> b = ProjectSecret::generate();
    QVERIFY(a.ok() && b.ok());
    QVERIFY(!(*a == *b));
    QVERIFY(a->fingerprint() != b->fingerprint());
    QVERIFY(*a == *a);
}

void TestProjectSecret::fromBytesNeedsExactSize()
{
    QVERIFY(ProjectSecret::fromBytes(counting()).ok());
    QCOMPARE(ProjectSecret::fromBytes(QByteArray(31, 'x')).error().code, ErrorCode::BadInput);
    QCOMPARE(ProjectSecret::fromBytes(QByteArray(33, 'x')).error().code, ErrorCode::BadInput);
    QVERIFY(fixedSecret() == fixedSecret());
}

void TestProjectSecret::wrapsAndUnwraps()
{
    const ProjectSecret secret = *ProjectSecret::generate();
    const Result<QByteArray> document = secret.wrap(u"correct horse battery staple"_s, kFast);
    QVERIFY(document.ok());
    QVERIFY(ProjectSecret::isProtectedDocument(*document));
    const Result<ProjectSecret> back
        = ProjectSecret::unwrap(*document, u"correct horse battery staple"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(*back == secret);
    QCOMPARE(back->fingerprint(), secret.fingerprint());
}

void TestProjectSecret::defaultCostRoundTrip()
{
    // The production cost (scrypt N = 2^17, r = 8: 128 MiB) must work within OpenSSL's limits.
    const ProjectSecret secret = fixedSecret();
    const Result<QByteArray> document = secret.wrap(u"口令 passphrase"_s);
    QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().message));
    const QJsonObject kdf = QJsonDocument::fromJson(*document).object().value(u"kdf"_s).toObject();
    QCOMPARE(kdf.value(u"n"_s).toDouble(), 131072.0);
    QCOMPARE(kdf.value(u"r"_s).toDouble(), 8.0);
    QCOMPARE(kdf.value(u"p"_s).toDouble(), 1.0);
    const Result<ProjectSecret> back = ProjectSecret::unwrap(*document, u"口令 passphrase"_s);
    QVERIFY(back.ok());
    QVERIFY(*back == secret);
}

void TestProjectSecret::documentFormat()
{
    const ProjectSecret secret = fixedSecret();
    const QByteArray document = *secret.wrap(u"pw"_s, kFast);
    const QJsonObject root = QJsonDocument::fromJson(document).object();
    QCOMPARE(root.value(u"steward_secret"_s).toInt(), 1);
    QCOMPARE(root.value(u"kdf"_s).toObject().value(u"name"_s).toString(), u"scrypt"_s);
    QCOMPARE(root.value(u"cipher"_s).toObject().value(u"name"_s).toString(), u"aes-256-gcm"_s);
    QCOMPARE(QByteArray::fromBase64(
                 root.value(u"kdf"_s).toObject().value(u"salt"_s).toString().toLatin1())
                 .size(),
             16);
    QCOMPARE(QByteArray::fromBase64(
                 root.value(u"cipher"_s).toObject().value(u"nonce"_s).toString().toLatin1())
                 .size(),
             12);
    QCOMPARE(QByteArray::fromBase64(
                 root.value(u"cipher"_s).toObject().value(u"tag"_s).toString().toLatin1())
                 .size(),
             16);
    QCOMPARE(QByteArray::fromBase64(root.value(u"ciphertext"_s).toString().toLatin1()).size(), 32);
    QCOMPARE(root.value(u"fingerprint"_s).toString(), secret.fingerprint());
    // The secret itself appears nowhere in the document.
    QVERIFY(!document.contains(counting().toBase64()));
    QVERIFY(!document.contains(counting().toHex()));
    QVERIFY(QByteArray::fromBase64(root.value(u"ciphertext"_s).toString().toLatin1())
            != counting());
}

void TestProjectSecret::wrappingIsRandomised()
{
    const ProjectSecret secret = fixedSecret();
    const QByteArray a = *secret.wrap(u"pw"_s, kFast);
    const QByteArray b = *secret.wrap(u"pw"_s, kFast);
    QVERIFY(a != b); // fresh salt and nonce
    QVERIFY(*ProjectSecret::unwrap(a, u"pw"_s) == *ProjectSecret::unwrap(b, u"pw"_s));
}

void TestProjectSecret::wrongPassphraseIsVerificationError()
{
    const QByteArray document = *fixedSecret().wrap(u"right"_s, kFast);
    for (const QString &wrong : {u"hunter2"_s, u"Right"_s, u"right "_s}) {
        const Result<ProjectSecret> result = ProjectSecret::unwrap(document, wrong);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Verification);
        QCOMPARE(result.error().exitCode(), 4);
        QVERIFY(!result.error().message.contains(wrong));
    }
}

void TestProjectSecret::emptyPassphraseIsUsageError()
{
    QCOMPARE(fixedSecret().wrap(QString(), kFast).error().code, ErrorCode::Usage);
    const QByteArray document = *fixedSecret().wrap(u"x"_s, kFast);
    QCOMPARE(ProjectSecret::unwrap(document, QString()).error().code, ErrorCode::Usage);
}

void TestProjectSecret::passphraseIsNormalised()
{
    // "é" typed as one code point or as e + combining acute is the same passphrase (NFC).
    const QString composed = u"caf\u00e9"_s;
    const QString decomposed = u"cafe\u0301"_s;
    QVERIFY(composed != decomposed);
    const QByteArray document = *fixedSecret().wrap(composed, kFast);
    QVERIFY(ProjectSecret::unwrap(document, decomposed).ok());
}

void TestProjectSecret::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("ciphertext") << u"ciphertext"_s;
    QTest::newRow("tag") << u"tag"_s;
    QTest::newRow("nonce") << u"nonce"_s;
    QTest::newRow("salt") << u"salt"_s;
    QTest::newRow("cost") << u"cost"_s;
    QTest::newRow("fingerprint") << u"fingerprint"_s;
}

void TestProjectSecret::tamperingIsDetected()
{
    QFETCH(QString, what);
    const QByteArray document = *fixedSecret().wrap(u"pw"_s, kFast);
    const auto flip = [](const QJsonValue &value) {
        QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
        bytes[0] = char(bytes[0] ^ 1);
        return QString::fromLatin1(bytes.toBase64());
    };
    const QByteArray changed = edit(document, [&](QJsonObject &root) {
        QJsonObject kdf = root.value(u"kdf"_s).toObject();
        QJsonObject cipher = root.value(u"cipher"_s).toObject();
        if (what == u"ciphertext")
            root.insert(u"ciphertext"_s, flip(root.value(u"ciphertext"_s)));
        else if (what == u"tag")
            cipher.insert(u"tag"_s, flip(cipher.value(u"tag"_s)));
        else if (what == u"nonce")
            cipher.insert(u"nonce"_s, flip(cipher.value(u"nonce"_s)));
        else if (what == u"salt")
            kdf.insert(u"salt"_s, flip(kdf.value(u"salt"_s)));
        else if (what == u"cost")
            kdf.insert(u"n"_s, 2048);
        else if (what == u"fingerprint")
            root.insert(u"fingerprint"_s, u"0000000000000000"_s);
        root.insert(u"kdf"_s, kdf);
        root.insert(u"cipher"_s, cipher);
    });
    const Result<ProjectSecret> result = ProjectSecret::unwrap(changed, u"pw"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Verification);
}

void TestProjectSecret::malformedDocumentsAreBadInput_data()
{
    QTest::addColumn<QByteArray>("document");
    const QByteArray good = *fixedSecret().wrap(u"pw"_s, kFast);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no version") << edit(good,
                                        [](QJsonObject &r) { r.remove(u"steward_secret"_s); });
    QTest::newRow("newer version")
        << edit(good, [](QJsonObject &r) { r.insert(u"steward_secret"_s, 2); });
    QTest::newRow("other kdf") << edit(good, [](QJsonObject &r) {
        QJsonObject kdf = r.value(u"kdf"_s).toObject();
        kdf.insert(u"name"_s, u"pbkdf2"_s);
        r.insert(u"kdf"_s, kdf);
    });
    QTest::newRow("n not power of two") << edit(good, [](QJsonObject &r) {
        QJsonObject kdf = r.value(u"kdf"_s).toObject();
        kdf.insert(u"n"_s, 1000);
        r.insert(u"kdf"_s, kdf);
    });
    QTest::newRow("n huge") << edit(good, [](QJsonObject &r) {
        QJsonObject kdf = r.value(u"kdf"_s).toObject();
        kdf.insert(u"n"_s, double(quint64(1) << 40));
        r.insert(u"kdf"_s, kdf);
    });
    QTest::newRow("short salt") << edit(good, [](QJsonObject &r) {
        QJsonObject kdf = r.value(u"kdf"_s).toObject();
        kdf.insert(u"salt"_s, u"AAAA"_s);
        r.insert(u"kdf"_s, kdf);
    });
    QTest::newRow("bad base64") << edit(
        good, [](QJsonObject &r) { r.insert(u"ciphertext"_s, u"!!!"_s); });
    QTest::newRow("too large") << QByteArray(100000, ' ');
}

void TestProjectSecret::malformedDocumentsAreBadInput()
{
    QFETCH(QByteArray, document);
    const Result<ProjectSecret> result = ProjectSecret::unwrap(document, u"pw"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::BadInput);
}

void TestProjectSecret::backupAndRestore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secret-backup.json"_s);
    const ProjectSecret secret = *ProjectSecret::generate();
    QVERIFY(secret.writeBackup(path, u"backup passphrase"_s, kFast).ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const Result<ProjectSecret> restored = ProjectSecret::readBackup(path, u"backup passphrase"_s);
    QVERIFY(restored.ok());
    QVERIFY(*restored == secret);
    const Result<ProjectSecret> wrong = ProjectSecret::readBackup(path, u"other"_s);
    QCOMPARE(wrong.error().code, ErrorCode::Verification);
    // Overwriting a backup replaces it whole.
    QVERIFY(secret.writeBackup(path, u"new passphrase"_s, kFast).ok());
    QVERIFY(ProjectSecret::readBackup(path, u"new passphrase"_s).ok());
    QCOMPARE(ProjectSecret::readBackup(path, u"backup passphrase"_s).error().code,
             ErrorCode::Verification);
}

void TestProjectSecret::restoreErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"none.json"_s);
    const Result<ProjectSecret> a = ProjectSecret::readBackup(missing, u"pw"_s);
    QCOMPARE(a.error().code, ErrorCode::BadInput);
    QCOMPARE(a.error().file, missing);
    const QString junk = dir.filePath(u"junk.json"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"steward_secret\": 1}");
    file.close();
    const Result<ProjectSecret> b = ProjectSecret::readBackup(junk, u"pw"_s);
    QCOMPARE(b.error().code, ErrorCode::BadInput);
    QCOMPARE(b.error().file, junk);
    QVERIFY(!fixedSecret().writeBackup(dir.filePath(u"no/such/dir/x.json"_s), u"pw"_s, kFast).ok());
}

void TestProjectSecret::derivedKeysAreHmacOfPurpose()
{
    const ProjectSecret secret = fixedSecret();
    const QByteArray expected = QMessageAuthenticationCode::hash("steward/pseudonym/v1", counting(),
                                                                 QCryptographicHash::Sha256);
    QCOMPARE(secret.deriveKey("steward/pseudonym/v1"), expected);
    QCOMPARE(secret.deriveKey("steward/pseudonym/v1").size(), 32);
    QVERIFY(secret.deriveKey("steward/pseudonym/v1") != secret.deriveKey("steward/date-shift/v1"));
    QVERIFY(secret.deriveKey("a") != ProjectSecret::generate()->deriveKey("a"));
}

void TestProjectSecret::fingerprintIdentifiesSecret()
{
    const ProjectSecret secret = fixedSecret();
    const QString print = secret.fingerprint();
    QCOMPARE(print.size(), 16);
    const QByteArray mac = QMessageAuthenticationCode::hash("steward/fingerprint/v1", counting(),
                                                            QCryptographicHash::Sha256);
    QCOMPARE(print, QString::fromLatin1(mac.left(8).toHex()));
    QCOMPARE(secret.fingerprint(), print); // stable
}

QTEST_GUILESS_MAIN(TestProjectSecret)
#include "test_projectsecret.moc"
