// Age files: round trips through passphrases and X25519 recipients, the errors for a wrong key,
// an altered header or payload and a truncated file, and interoperation with the age tool itself
// in both directions.

#include "core/age/AgeFile.h"
#include "tests/support/TestFiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace steward;

namespace {

// The error text of a failed result (QVERIFY2 evaluates its message even when the check passes).
template <class R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

constexpr qsizetype kChunk = 64 * 1024;

// Written by age 1.1.1 (`age -r` and `age -a -r`) for the key pair of the recipient suite; checked
// without the age tool, so the format stays covered where age is not installed.
const char kVectorSecret[] =
    "AGE-SECRET-KEY-18RZPLJUU0YMZJJHN2LYQME65N3DVXZAH6GVD7ERYLHZ8N8LTPV4S06CUXH";
const char kVectorPlain[] = "Steward reads what age wrote.\n";
const char kVectorBinaryBase64[] =
    "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB0VWFFdlhKeGhzbG9rdFJEU3gzWGwxVFJV"
    "bVZkS1ZWWkt6TElHVzlWSTFBCitVZmdHU05Tb0R2WVFaeGxkajFQcG9rRXE0ODZyOHl2YVdKODhn"
    "dzNSVWsKLS0tIEQvMEdMSmE1Wk5PaG1oTm8zQjE3akYrd0cwbWkvWjBZdGRyaXZYL1IxQU0KJQJg"
    "FEfW3IYhIAxMQC1y+l0ACbmvwqNnX0SWlEFofLhRdDjQYED10nfSigzjoPZoxwX2A7SeZS+Z5R/M"
    "wKE=";
const char kVectorArmored[] = "-----BEGIN AGE ENCRYPTED FILE-----\n"
                              "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBqam9MOGZ4c0xwOStOY0cw\n"
                              "UzY2bTM0ZVJFTlM0VHFrUFF1UGxjeUtYend3Cis0V2paRXh3M29wQXROZUxZY1pX\n"
                              "R3RYT3QwNlVTc1BtQ2JBcHhQb3hxekEKLS0tIFJaRmJHUGlGQkwzOGM5TzFOOC9L\n"
                              "SERBaXl6N2RSZ2QwajR0eXA2WU1sNFkK+Akc6m+awlSmMte7fIKxuFWRvGP1PvhM\n"
                              "9b8xlo/cnQdmOeN1vEO+TCPxY9qbH+5YuIDgB2TA0YuyjzMCzqU=\n"
                              "-----END AGE ENCRYPTED FILE-----\n";
// Fast enough for a test suite; the default (18) is exercised once, against age.
constexpr int kTestWorkFactor = 10;

QByteArray content(qsizetype size, quint32 seed = 7)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

AgeEncryptionTarget passphraseTarget(const QString &passphrase, int workFactor = kTestWorkFactor)
{
    AgeEncryptionTarget target;
    target.passphrase = passphrase;
    target.scryptWorkFactor = workFactor;
    return target;
}

AgeEncryptionTarget recipientTarget(const QList<AgeIdentity> &identities)
{
    AgeEncryptionTarget target;
    for (const AgeIdentity &identity : identities)
        target.recipients.append(identity.recipient());
    return target;
}

AgeDecryptionKey passphraseKey(const QString &passphrase)
{
    AgeDecryptionKey key;
    key.passphrase = passphrase;
    return key;
}

AgeDecryptionKey identityKey(const QList<AgeIdentity> &identities)
{
    AgeDecryptionKey key;
    key.identities = identities;
    return key;
}

Status encryptFile(const QString &source, const QString &target, const AgeEncryptionTarget &to)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("encryptFile: cannot open %s or %s", qPrintable(source), qPrintable(target));
    return AgeFile::encrypt(in, out, to);
}

Status decryptFile(const QString &source, const QString &target, const AgeDecryptionKey &key)
{
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("decryptFile: cannot open %s or %s", qPrintable(source), qPrintable(target));
    return AgeFile::decrypt(in, out, key);
}

QByteArray encryptBytes(const QByteArray &plain, const AgeEncryptionTarget &to)
{
    QBuffer in;
    in.setData(plain);
    QBuffer out;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    const Status status = AgeFile::encrypt(in, out, to);
    if (!status)
        qFatal("encryptBytes: %s", qPrintable(status.error().toString()));
    return out.data();
}

// The offset of the payload (the byte after the header's MAC line).
qsizetype payloadStart(const QByteArray &encrypted)
{
    return encrypted.indexOf('\n', encrypted.indexOf("\n--- ") + 1) + 1;
}

// Writes `bytes` to `name` in `dir` and decrypts it into `name`.out.
Status decryptFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes,
                      const AgeDecryptionKey &key)
{
    const QString path = testsupport::writeFixture(dir, name, bytes);
    return decryptFile(path, path + QStringLiteral(".out"), key);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", qPrintable(program));
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

// age reads passphrases from the terminal only: `script` gives it a pseudo-terminal whose input is
// what we write (each line answers one prompt).
Run runOnTerminal(const QString &command, const QByteArray &typed)
{
    return run(QStandardPaths::findExecutable(QStringLiteral("script")),
               {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, typed);
}

// Bytes generated on demand: a large input that never exists in memory as a whole.
class PatternSource final : public QIODevice {
public:
    explicit PatternSource(qint64 size) : m_size(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // A 251-byte period (prime) so that chunks differ from one another.
        static const QByteArray period = content(251, 3);
        const qint64 n = qMin(maxSize, m_size - m_done);
        for (qint64 i = 0; i < n;) {
            const qint64 at = (m_done + i) % period.size();
            const qint64 piece = qMin(n - i, period.size() - at);
            memcpy(data + i, period.constData() + at, size_t(piece));
            i += piece;
        }
        m_done += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_done = 0;
};

// Keeps only a hash of what is written.
class DigestSink final : public QIODevice {
public:
    DigestSink() { open(QIODevice::WriteOnly); }
    QByteArray result() const { return m_hash.result(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// The process's peak resident memory in KiB (Linux), after resetting it when `reset`; -1 when
// the kernel does not tell.
qint64 peakResidentKiB(bool reset)
{
    if (reset) {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
            return -1;
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

class TestAgeFile : public QObject {
    Q_OBJECT

private:
    QString m_age;
    QString m_ageKeygen;

    void requireAge()
    {
        if (m_age.isEmpty() || m_ageKeygen.isEmpty())
            QSKIP("the age tool is not installed");
    }

private slots:
    void initTestCase()
    {
        m_age = QStandardPaths::findExecutable(QStringLiteral("age"));
        m_ageKeygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("passphrase");
        const QList<std::pair<const char *, qsizetype>> sizes = {{"empty", 0},
                                                                 {"one byte", 1},
                                                                 {"one chunk", kChunk},
                                                                 {"chunk and one byte", kChunk + 1},
                                                                 {"300 KiB", 300 * 1024 + 7}};
        for (const auto &[name, size] : sizes) {
            QTest::addRow("%s, passphrase", name) << size << true;
            QTest::addRow("%s, X25519", name) << size << false;
        }
    }

    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, passphrase);
        QTemporaryDir dir;
        const QByteArray plain = content(size);
        const QString source = testsupport::writeFixture(dir, QStringLiteral("plain.bin"), plain);
        const QString encrypted = dir.filePath(QStringLiteral("plain.bin.age"));
        const QString decrypted = dir.filePath(QStringLiteral("decrypted.bin"));
        const AgeIdentity identity = AgeIdentity::generate();
        const QString secret = QStringLiteral("correct horse battery staple ✓");

        const Status encryptStatus = encryptFile(
            source, encrypted, passphrase ? passphraseTarget(secret) : recipientTarget({identity}));
        QVERIFY2(encryptStatus.ok(), why(encryptStatus).constData());
        QVERIFY(AgeFile::looksEncrypted(encrypted));
        QVERIFY(!AgeFile::looksEncrypted(source));

        // Header, 16-byte nonce, and a 16-byte tag per 64 KiB chunk (one chunk when empty).
        const QByteArray bytes = testsupport::readFile(encrypted);
        const qsizetype chunks = qMax<qsizetype>(1, (size + kChunk - 1) / kChunk);
        QCOMPARE(bytes.size() - payloadStart(bytes), 16 + size + 16 * chunks);
        QVERIFY(bytes.startsWith(passphrase ? "age-encryption.org/v1\n-> scrypt "
                                            : "age-encryption.org/v1\n-> X25519 "));

        const Status decryptStatus = decryptFile(
            encrypted, decrypted, passphrase ? passphraseKey(secret) : identityKey({identity}));
        QVERIFY2(decryptStatus.ok(), why(decryptStatus).constData());
        QVERIFY(testsupport::readFile(decrypted) == plain);
    }

    void decryptsWhatAgeWrote_data()
    {
        QTest::addColumn<QByteArray>("encrypted");
        QTest::newRow("binary") << QByteArray::fromBase64(kVectorBinaryBase64);
        QTest::newRow("armored") << QByteArray(kVectorArmored);
    }

    void decryptsWhatAgeWrote()
    {
        QFETCH(QByteArray, encrypted);
        QTemporaryDir dir;
        const QString idFile = testsupport::writeFixture(dir, QStringLiteral("id.txt"),
                                                         QByteArray("# created by age-keygen\n")
                                                             + kVectorSecret + '\n');
        const auto identities = AgeIdentity::load(idFile);
        QVERIFY2(identities.ok(), why(identities).constData());
        const QString path =
            testsupport::writeFixture(dir, QStringLiteral("vector.age"), encrypted);
        QVERIFY(AgeFile::looksEncrypted(path));
        const Status status =
            decryptFile(path, path + QStringLiteral(".out"), identityKey(*identities));
        QVERIFY2(status.ok(), why(status).constData());
        QCOMPARE(testsupport::readFile(path + QStringLiteral(".out")), QByteArray(kVectorPlain));
        // Another identity does not open it.
        const Status other = decryptFile(path, path + QStringLiteral(".out"),
                                         identityKey({AgeIdentity::generate()}));
        QCOMPARE(other.error().code, ErrorCode::Verification);
    }

    void anyOfSeveralRecipientsDecrypts()
    {
        const QList<AgeIdentity> identities = {AgeIdentity::generate(), AgeIdentity::generate(),
                                               AgeIdentity::generate()};
        const QByteArray plain = content(1000);
        const QByteArray encrypted = encryptBytes(plain, recipientTarget(identities));
        QCOMPARE(encrypted.count("\n-> X25519 "), 3);
        for (const AgeIdentity &identity : identities) {
            QBuffer in;
            in.setData(encrypted);
            in.open(QIODevice::ReadOnly);
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            // An unrelated identity first: it is tried and passed over.
            const Status status =
                AgeFile::decrypt(in, out, identityKey({AgeIdentity::generate(), identity}));
            QVERIFY2(status.ok(), why(status).constData());
            QVERIFY(out.data() == plain);
        }
    }

    void wrongPassphraseNamesFile()
    {
        QTemporaryDir dir;
        const QByteArray encrypted =
            encryptBytes(content(100), passphraseTarget(QStringLiteral("right")));
        const QString path =
            testsupport::writeFixture(dir, QStringLiteral("secret.age"), encrypted);
        const QString output = dir.filePath(QStringLiteral("out.bin"));
        const Status status =
            decryptFile(path, output, passphraseKey(QStringLiteral("hunter2-guess")));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QCOMPARE(status.error().file, path);
        QVERIFY2(status.error().message.contains(path), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(QLatin1String("passphrase")));
        QVERIFY(!status.error().toString().contains(QLatin1String("hunter2")));
        QCOMPARE(QFileInfo(output).size(), 0);

        // No passphrase at all (only identities) is refused the same way.
        const Status none = decryptFile(path, output, identityKey({AgeIdentity::generate()}));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::Verification);
    }

    void noMatchingIdentity()
    {
        QTemporaryDir dir;
        const QByteArray encrypted =
            encryptBytes(content(100), recipientTarget({AgeIdentity::generate()}));
        const QString path = testsupport::writeFixture(dir, QStringLiteral("x.age"), encrypted);
        const Status status = decryptFile(path, path + QStringLiteral(".out"),
                                          identityKey({AgeIdentity::generate()}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QCOMPARE(status.error().file, path);
        QVERIFY(status.error().message.contains(QLatin1String("identity")));
        // A passphrase does not open a file encrypted to recipients.
        const Status passphrase = decryptFile(path, path + QStringLiteral(".out"),
                                              passphraseKey(QStringLiteral("anything")));
        QCOMPARE(passphrase.error().code, ErrorCode::Verification);
    }

    void alteredHeaderIsRefused_data()
    {
        QTest::addColumn<bool>("passphrase");
        QTest::addColumn<QByteArray>("after"); // the change is 3 characters after this marker
        QTest::newRow("scrypt salt") << true << QByteArray("-> scrypt ");
        QTest::newRow("scrypt body") << true << QByteArray("\n-> scrypt ");
        QTest::newRow("X25519 share") << false << QByteArray("-> X25519 ");
        QTest::newRow("X25519 body") << false << QByteArray("\n-> X25519 ");
        QTest::newRow("MAC") << false << QByteArray("\n--- ");
    }

    void alteredHeaderIsRefused()
    {
        QFETCH(bool, passphrase);
        QFETCH(QByteArray, after);
        QTemporaryDir dir;
        const AgeIdentity identity = AgeIdentity::generate();
        const QString secret = QStringLiteral("pw");
        QByteArray encrypted = encryptBytes(
            content(500), passphrase ? passphraseTarget(secret) : recipientTarget({identity}));
        // A marker starting with a newline means the body line after the stanza line.
        qsizetype at = encrypted.indexOf(after) + after.size();
        if (after.startsWith('\n') && !after.startsWith("\n---"))
            at = encrypted.indexOf('\n', encrypted.indexOf(after) + 1) + 1;
        at += 3;
        encrypted[at] = encrypted[at] == 'A' ? 'B' : 'A';
        const Status status =
            decryptFixture(dir, QStringLiteral("altered.age"), encrypted,
                           passphrase ? passphraseKey(secret) : identityKey({identity}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QVERIFY(status.error().file.endsWith(QLatin1String("altered.age")));
    }

    void alteredHeaderFailsMac()
    {
        QTemporaryDir dir;
        const AgeIdentity first = AgeIdentity::generate();
        const AgeIdentity second = AgeIdentity::generate();
        const QByteArray encrypted = encryptBytes(content(500), recipientTarget({first, second}));

        // The second stanza's body changed: the first identity still unwraps the file key, and
        // the MAC over the header catches the change.
        QByteArray altered = encrypted;
        const qsizetype secondBody =
            altered.indexOf('\n', altered.lastIndexOf("\n-> X25519 ") + 1) + 1;
        altered[secondBody + 5] = altered[secondBody + 5] == 'A' ? 'B' : 'A';
        Status status =
            decryptFixture(dir, QStringLiteral("body.age"), altered, identityKey({first}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QVERIFY2(status.error().message.contains(QLatin1String("MAC")),
                 qPrintable(status.error().message));

        // The MAC itself changed.
        altered = encrypted;
        const qsizetype mac = altered.indexOf("\n--- ") + 5;
        altered[mac + 3] = altered[mac + 3] == 'A' ? 'B' : 'A';
        status = decryptFixture(dir, QStringLiteral("mac.age"), altered, identityKey({first}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
    }

    void unknownStanzasAreParsedAndSkipped()
    {
        QTemporaryDir dir;
        const AgeIdentity identity = AgeIdentity::generate();
        const QByteArray encrypted = encryptBytes(content(10), recipientTarget({identity}));
        const qsizetype macLine = encrypted.indexOf("\n--- ") + 1;
        // A 48-byte body fills one line exactly, so an empty line ends it.
        const QByteArray body = QByteArray(48, 'g').toBase64();
        QCOMPARE(body.size(), 64);
        QByteArray extra = encrypted;
        extra.insert(macLine, "-> grease-test a b\n" + body + "\n\n");
        // Parsed and skipped: only the MAC, which covers the whole header, objects.
        Status status =
            decryptFixture(dir, QStringLiteral("grease.age"), extra, identityKey({identity}));
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QVERIFY2(status.error().message.contains(QLatin1String("MAC")), why(status).constData());

        // Without the empty line the MAC line is read as a body line, and is too long for one.
        extra = encrypted;
        extra.insert(macLine, "-> grease-test a b\n" + body + "\n");
        status = decryptFixture(dir, QStringLiteral("unended.age"), extra, identityKey({identity}));
        QCOMPARE(status.error().code, ErrorCode::BadInput);
        QCOMPARE(status.error().line, 6);
    }

    void malformedHeaderIsBadInput_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::newRow("other version")
            << QByteArray("age-encryption.org/v1\n") << QByteArray("age-encryption.org/v2\n") << 1;
        QTest::newRow("stanza marker")
            << QByteArray("\n-> scrypt") << QByteArray("\n=> scrypt") << 2;
        QTest::newRow("double space") << QByteArray("-> scrypt ") << QByteArray("-> scrypt  ") << 2;
        QTest::newRow("work factor with leading zero")
            << QByteArray(" 10\n") << QByteArray(" 010\n") << 2;
        QTest::newRow("work factor above 22") << QByteArray(" 10\n") << QByteArray(" 23\n") << 2;
        QTest::newRow("MAC line marker") << QByteArray("\n--- ") << QByteArray("\n-- ") << 4;
    }

    void malformedHeaderIsBadInput()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QTemporaryDir dir;
        QByteArray encrypted = encryptBytes(content(100), passphraseTarget(QStringLiteral("pw")));
        QVERIFY(encrypted.contains(from));
        encrypted.replace(encrypted.indexOf(from), from.size(), to);
        const Status status = decryptFixture(dir, QStringLiteral("bad.age"), encrypted,
                                             passphraseKey(QStringLiteral("pw")));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::BadInput);
        QVERIFY(status.error().file.endsWith(QLatin1String("bad.age")));
        QCOMPARE(status.error().line, line);
        QVERIFY(status.error().message.contains(QLatin1String("xpected"))
                || status.error().message.contains(QLatin1String("at most")));
    }

    void notAnAgeFile()
    {
        QTemporaryDir dir;
        const Status status = decryptFixture(dir, QStringLiteral("plain.csv"), "id,age\n1,34\n",
                                             passphraseKey(QStringLiteral("pw")));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::BadInput);
        QCOMPARE(status.error().line, 1);
        const Status empty = decryptFixture(dir, QStringLiteral("empty"), QByteArray(),
                                            passphraseKey(QStringLiteral("pw")));
        QCOMPARE(empty.error().code, ErrorCode::BadInput);
    }

    void alteredPayloadNamesChunk_data()
    {
        QTest::addColumn<qsizetype>("offset"); // into the payload after the nonce
        QTest::addColumn<QString>("chunk");
        QTest::newRow("first chunk") << qsizetype(100) << QStringLiteral("Chunk 1 ");
        QTest::newRow("first chunk's tag") << qsizetype(kChunk + 3) << QStringLiteral("Chunk 1 ");
        QTest::newRow("second chunk") << qsizetype(kChunk + 16 + 10) << QStringLiteral("Chunk 2 ");
        QTest::newRow("nonce") << qsizetype(-3) << QStringLiteral("Chunk 1 ");
    }

    void alteredPayloadNamesChunk()
    {
        QFETCH(qsizetype, offset);
        QFETCH(QString, chunk);
        QTemporaryDir dir;
        const AgeIdentity identity = AgeIdentity::generate();
        QByteArray encrypted = encryptBytes(content(kChunk + 500), recipientTarget({identity}));
        const qsizetype at = payloadStart(encrypted) + 16 + offset;
        encrypted[at] = char(encrypted[at] ^ 0x01);
        const Status status =
            decryptFixture(dir, QStringLiteral("altered.age"), encrypted, identityKey({identity}));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QVERIFY2(status.error().message.startsWith(chunk), qPrintable(status.error().message));
    }

    void truncatedOrExtendedPayload_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>(
            "keep"); // bytes of the payload kept (after the nonce); -1 = extend
        QTest::newRow("last byte missing") << qsizetype(1000) << qsizetype(1000 + 16 - 1);
        QTest::newRow("tag cut") << qsizetype(1000) << qsizetype(1000 + 5);
        QTest::newRow("whole last chunk missing")
            << qsizetype(kChunk + 1) << qsizetype(kChunk + 16);
        QTest::newRow("empty file's chunk missing") << qsizetype(0) << qsizetype(0);
        QTest::newRow("nonce cut") << qsizetype(10) << qsizetype(-10);
        QTest::newRow("bytes appended") << qsizetype(kChunk) << qsizetype(-1);
    }

    void truncatedOrExtendedPayload()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, keep);
        QTemporaryDir dir;
        const QString secret = QStringLiteral("pw");
        QByteArray encrypted = encryptBytes(content(size), passphraseTarget(secret));
        const qsizetype payload = payloadStart(encrypted) + 16;
        if (keep == -1)
            encrypted += QByteArray(20, 'x');
        else
            encrypted.truncate(payload + keep);
        const Status status =
            decryptFixture(dir, QStringLiteral("cut.age"), encrypted, passphraseKey(secret));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Verification);
        QVERIFY(status.error().message.contains(QLatin1String("truncated")));
    }

    void armoredInputIsRead()
    {
        const QString secret = QStringLiteral("pw");
        const QByteArray plain = content(kChunk + 77);
        const QByteArray binary = encryptBytes(plain, passphraseTarget(secret));
        const QByteArray base64 = binary.toBase64();
        QByteArray armored = "\n-----BEGIN AGE ENCRYPTED FILE-----\r\n";
        for (qsizetype at = 0; at < base64.size(); at += 64)
            armored += base64.mid(at, 64) + "\r\n";
        armored += "-----END AGE ENCRYPTED FILE-----\r\n\n";
        QBuffer in;
        in.setData(armored);
        in.open(QIODevice::ReadOnly);
        QBuffer withoutBlankLine;
        withoutBlankLine.setData(armored.mid(1));
        withoutBlankLine.open(QIODevice::ReadOnly);
        QVERIFY(AgeFile::looksEncrypted(withoutBlankLine));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const Status status = AgeFile::decrypt(in, out, passphraseKey(secret));
        QVERIFY2(status.ok(), why(status).constData());
        QVERIFY(out.data() == plain);

        // Text after the end line is refused.
        QBuffer trailing;
        trailing.setData(armored + "more");
        trailing.open(QIODevice::ReadOnly);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const Status refused = AgeFile::decrypt(trailing, sink, passphraseKey(secret));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::BadInput);
    }

    void usageErrors()
    {
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(AgeFile::encrypt(in, out, AgeEncryptionTarget()).error().code, ErrorCode::Usage);
        AgeEncryptionTarget both = passphraseTarget(QStringLiteral("pw"));
        both.recipients.append(AgeIdentity::generate().recipient());
        QCOMPARE(AgeFile::encrypt(in, out, both).error().code, ErrorCode::Usage);
        QCOMPARE(AgeFile::encrypt(in, out, passphraseTarget(QString())).error().code,
                 ErrorCode::Usage);
        QCOMPARE(out.size(), 0);
    }

    void progressAndCancel()
    {
        const QByteArray plain = content(3 * kChunk);
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QList<Progress> reports;
        QVERIFY(AgeFile::encrypt(in, out, passphraseTarget(QStringLiteral("pw")),
                                 [&](const Progress &p) { reports.append(p); })
                    .ok());
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports.last().done, plain.size());
        QCOMPARE(reports.last().estimatedTotal, plain.size());

        CancellationToken cancel;
        cancel.cancel();
        QBuffer encrypted;
        encrypted.setData(out.data());
        encrypted.open(QIODevice::ReadOnly);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QCOMPARE(AgeFile::decrypt(encrypted, sink, passphraseKey(QStringLiteral("pw")), {}, &cancel)
                     .error()
                     .code,
                 ErrorCode::Cancelled);
    }

    void pipesAreStreamed()
    {
        // Standard input and output of the command line are pipes: no size, no seeking, data
        // arriving in pieces.
        QTemporaryDir dir;
        const QByteArray plain = content(3 * kChunk + 5);
        const QString source = testsupport::writeFixture(dir, QStringLiteral("plain.bin"), plain);
        const AgeIdentity identity = AgeIdentity::generate();
        QProcess producer;
        producer.start(QStringLiteral("cat"), {source}, QIODevice::ReadOnly);
        QVERIFY(producer.waitForStarted());
        QBuffer encrypted;
        encrypted.open(QIODevice::WriteOnly);
        QList<Progress> reports;
        Status status = AgeFile::encrypt(producer, encrypted, recipientTarget({identity}),
                                         [&](const Progress &p) { reports.append(p); });
        QVERIFY2(status.ok(), why(status).constData());
        QCOMPARE(reports.last().done, plain.size());
        producer.waitForFinished();

        const QString encryptedFile =
            testsupport::writeFixture(dir, QStringLiteral("plain.bin.age"), encrypted.data());
        QProcess reader;
        reader.start(QStringLiteral("cat"), {encryptedFile}, QIODevice::ReadOnly);
        QVERIFY(reader.waitForStarted());
        QBuffer decrypted;
        decrypted.open(QIODevice::WriteOnly);
        status = AgeFile::decrypt(reader, decrypted, identityKey({identity}));
        QVERIFY2(status.ok(), why(status).constData());
        QVERIFY(decrypted.data() == plain);
        reader.waitForFinished();
    }

    void largeInputStreamsInBoundedMemory()
    {
        // 32 MiB through encryption to a file and back through decryption into a hash: the
        // process's peak memory grows by a small fraction of that.
        constexpr qint64 size = 32 * 1024 * 1024 + 123;
        QTemporaryDir dir;
        const AgeIdentity identity = AgeIdentity::generate();
        const QString path = dir.filePath(QStringLiteral("large.age"));
        QByteArray expected;
        {
            PatternSource pattern(size);
            DigestSink digest;
            char block[65536];
            for (qint64 n; (n = pattern.read(block, sizeof block)) > 0;)
                digest.write(block, n);
            expected = digest.result();
        }
        const qint64 before = peakResidentKiB(true);
        PatternSource source(size);
        QFile encrypted(path);
        QVERIFY(encrypted.open(QIODevice::WriteOnly));
        Status status = AgeFile::encrypt(source, encrypted, recipientTarget({identity}));
        QVERIFY2(status.ok(), why(status).constData());
        encrypted.close();
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        DigestSink sink;
        status = AgeFile::decrypt(encrypted, sink, identityKey({identity}));
        QVERIFY2(status.ok(), why(status).constData());
        QCOMPARE(sink.result(), expected);
        const qint64 after = peakResidentKiB(false);
        if (before < 0 || after < 0)
            QSKIP("the peak memory of the process is not readable here");
        QVERIFY2(after - before < 8 * 1024,
                 QByteArray::number(after - before).append(" KiB more at the peak").constData());
    }

    // --- Interoperation with the age tool -------------------------------------------------------

    void ageKeygenIdentityLoads()
    {
        requireAge();
        QTemporaryDir dir;
        const QString idFile = dir.filePath(QStringLiteral("id.txt"));
        QCOMPARE(run(m_ageKeygen, {QStringLiteral("-o"), idFile}).exitCode, 0);
        const Run publicKey = run(m_ageKeygen, {QStringLiteral("-y"), idFile});
        QCOMPARE(publicKey.exitCode, 0);
        const auto identities = AgeIdentity::load(idFile);
        QVERIFY2(identities.ok(), why(identities).constData());
        QCOMPARE(identities->size(), 1);
        QCOMPARE(identities->first().recipient().toString(),
                 QString::fromLatin1(publicKey.out.trimmed()));
    }

    void ageDecryptsStewardX25519()
    {
        requireAge();
        QTemporaryDir dir;
        const QString idFile = dir.filePath(QStringLiteral("id.txt"));
        QCOMPARE(run(m_ageKeygen, {QStringLiteral("-o"), idFile}).exitCode, 0);
        const Run publicKey = run(m_ageKeygen, {QStringLiteral("-y"), idFile});
        const auto recipient = AgeRecipient::parse(QString::fromLatin1(publicKey.out.trimmed()));
        QVERIFY2(recipient.ok(), why(recipient).constData());

        for (qsizetype size : {qsizetype(0), kChunk, qsizetype(300 * 1024 + 1)}) {
            const QByteArray plain = content(size, quint32(size));
            const QString source =
                testsupport::writeFixture(dir, QStringLiteral("plain.bin"), plain);
            const QString encrypted = dir.filePath(QStringLiteral("plain.bin.age"));
            AgeEncryptionTarget target;
            target.recipients = {AgeIdentity::generate().recipient(), *recipient};
            QVERIFY(encryptFile(source, encrypted, target).ok());
            const QString decrypted = dir.filePath(QStringLiteral("by-age.bin"));
            const Run age = run(m_age,
                                {QStringLiteral("-d"), QStringLiteral("-i"), idFile,
                                 QStringLiteral("-o"), decrypted, encrypted});
            QVERIFY2(age.exitCode == 0, age.err.constData());
            QVERIFY(testsupport::readFile(decrypted) == plain);
        }
    }

    void stewardDecryptsAgeX25519()
    {
        requireAge();
        QTemporaryDir dir;
        const AgeIdentity identity = AgeIdentity::generate();
        const QString idFile =
            testsupport::writeFixture(dir, QStringLiteral("steward-id.txt"),
                                      "# public key: " + identity.recipient().toString().toLatin1()
                                          + "\n" + identity.toString().toLatin1() + "\n");
        const auto identities = AgeIdentity::load(idFile);
        QVERIFY(identities.ok());
        const QString other = AgeIdentity::generate().recipient().toString();

        const QByteArray plain = content(200 * 1024 + 3);
        const QString source = testsupport::writeFixture(dir, QStringLiteral("plain.bin"), plain);
        for (bool armor : {false, true}) {
            const QString encrypted =
                dir.filePath(armor ? QStringLiteral("a.age") : QStringLiteral("b.age"));
            QStringList arguments = {QStringLiteral("-r"), other,
                                     QStringLiteral("-r"), identity.recipient().toString(),
                                     QStringLiteral("-o"), encrypted};
            if (armor)
                arguments.prepend(QStringLiteral("-a"));
            const Run age = run(m_age, arguments << source);
            QVERIFY2(age.exitCode == 0, age.err.constData());
            QVERIFY(AgeFile::looksEncrypted(encrypted));
            const QString decrypted = dir.filePath(QStringLiteral("decrypted.bin"));
            const Status status = decryptFile(encrypted, decrypted, identityKey(*identities));
            QVERIFY2(status.ok(), why(status).constData());
            QVERIFY(testsupport::readFile(decrypted) == plain);
        }
    }

    void passphraseInteroperatesThroughTerminal()
    {
        requireAge();
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script (util-linux) is needed to give age a terminal");
        QTemporaryDir dir;
        const QString secret = QStringLiteral("pässphrase for age");
        const QByteArray typed = secret.toUtf8() + '\n';
        const QByteArray plain = content(kChunk + 9);
        const QString source = testsupport::writeFixture(dir, QStringLiteral("plain.bin"), plain);

        // Steward encrypts; age decrypts. A low work factor keeps the suite fast: age accepts any
        // factor up to 22, and the factor is written into the stanza as given.
        QCOMPARE(AgeEncryptionTarget().scryptWorkFactor, 18);
        const QString ours = dir.filePath(QStringLiteral("ours.age"));
        QVERIFY(encryptFile(source, ours, passphraseTarget(secret)).ok());
        QVERIFY(
            testsupport::readFile(ours).contains(" " + QByteArray::number(kTestWorkFactor) + "\n"));
        const QString byAge = dir.filePath(QStringLiteral("by-age.bin"));
        Run age = runOnTerminal(QStringLiteral("%1 -d -o %2 %3")
                                    .arg(shellQuoted(m_age), shellQuoted(byAge), shellQuoted(ours)),
                                typed);
        QVERIFY2(age.exitCode == 0, age.out.constData());
        QVERIFY(testsupport::readFile(byAge) == plain);

        // age encrypts (it asks twice, and uses work factor 18); Steward decrypts.
        const QString theirs = dir.filePath(QStringLiteral("theirs.age"));
        age = runOnTerminal(QStringLiteral("%1 -p -o %2 %3")
                                .arg(shellQuoted(m_age), shellQuoted(theirs), shellQuoted(source)),
                            typed + typed);
        QVERIFY2(age.exitCode == 0, age.out.constData());
        const QString byUs = dir.filePath(QStringLiteral("by-us.bin"));
        const Status status = decryptFile(theirs, byUs, passphraseKey(secret));
        QVERIFY2(status.ok(), why(status).constData());
        QVERIFY(testsupport::readFile(byUs) == plain);
    }
};

QTEST_GUILESS_MAIN(TestAgeFile)
#include "test_agefile.moc"
