// Minisign signatures: the .minisig text round trip, verification failures by cause, and
// interoperability with Debian's `minisign` tool in both directions.

#include "core/signing/Minisign.h"
#include "core/signing/PublicKey.h"
#include "core/signing/SigningIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>
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

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QByteArray flipped(QByteArray b, qsizetype at)
{
    b[at] = static_cast<char>(b.at(at) ^ 0x01);
    return b;
}

} // namespace

class TestMinisign final : public QObject {
    Q_OBJECT

private:
    QString m_minisign;

private slots:
    void initTestCase()
    {
        m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    }

    void signAndVerify()
    {
        auto id = SigningIdentity::generate(QStringLiteral("Zhang San"), SignerRole::Steward);
        QVERIFY(id.ok());
        const QByteArray message = "tagmanifest contents\n";
        const QString comment = Minisign::trustedComment(
            QStringLiteral("export"), QStringLiteral("Zhang San"), QStringLiteral("steward"),
            QStringLiteral("r1"), QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        QCOMPARE(comment, QStringLiteral("steward export | signer: Zhang San | role: steward | "
                                         "release: r1 | time: 2026-12-07T12:00:00Z"));
        const Minisignature sig = id->sign(message, comment);
        QCOMPARE(sig.algorithm, QByteArray("ED"));
        QCOMPARE(sig.fingerprint(), id->fingerprint());
        QVERIFY(Minisign::verify(id->publicKey(), message, sig).ok());

        // Text round trip.
        const QByteArray text = sig.toText();
        QVERIFY(text.endsWith('\n'));
        QCOMPARE(text.count('\n'), 4);
        auto back = Minisignature::parse(text, QStringLiteral("m.minisig"));
        QVERIFY(back.ok());
        QCOMPARE(back->trustedComment, comment);
        QCOMPARE(back->untrustedComment, QStringLiteral("signature from Steward"));
        QCOMPARE(back->toText(), text);
        // Saved by an editor with a byte-order mark and Windows line ends: the same signature.
        QByteArray edited = text;
        edited.replace("\n", "\r\n");
        auto crlf = Minisignature::parse("\xEF\xBB\xBF" + edited);
        QVERIFY(crlf.ok());
        QVERIFY(Minisign::verify(id->publicKey(), message, *crlf).ok());
        QVERIFY(Minisign::verify(id->publicKey(), message, *back).ok());
    }

    void verificationFailures()
    {
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Compliance);
        auto other = SigningIdentity::generate(QStringLiteral("B"), SignerRole::Compliance);
        QVERIFY(id.ok() && other.ok());
        const QByteArray message = "data";
        const Minisignature sig = id->sign(message, QStringLiteral("steward decision"));

        Status s = Minisign::verify(id->publicKey(), "datA", sig, QStringLiteral("x.csv"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Verification);
        QVERIFY(s.error().message.contains(QLatin1String("does not match x.csv")));

        Minisignature altered = sig;
        altered.trustedComment = QStringLiteral("steward decision!");
        s = Minisign::verify(id->publicKey(), message, altered);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("trusted comment")));

        s = Minisign::verify(other->publicKey(), message, sig);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Verification);
        QVERIFY(s.error().message.contains(id->fingerprint()));

        Minisignature badSig = sig;
        badSig.signature = flipped(sig.signature, 10);
        QVERIFY(!Minisign::verify(id->publicKey(), message, badSig).ok());

        // A legacy "Ed" signature is over the message itself.
        Minisignature legacy = sig;
        legacy.algorithm = "Ed";
        legacy.signature = id->signRaw(message);
        legacy.globalSignature = id->signRaw(legacy.signature + legacy.trustedComment.toUtf8());
        QVERIFY(Minisign::verify(id->publicKey(), message, legacy).ok());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        auto id = SigningIdentity::generate(QStringLiteral("A"), SignerRole::Compliance);
        const QList<QByteArray> good = id->sign("m", QStringLiteral("t")).toText().split('\n');
        auto join = [&](int replace, const QByteArray &with) {
            QList<QByteArray> l = good.mid(0, 4);
            l[replace] = with;
            return l.join('\n') + '\n';
        };
        QTest::newRow("no untrusted") << join(0, "comment") << 1;
        QTest::newRow("bad base64") << join(1, "!!!") << 2;
        QTest::newRow("short signature") << join(1, "RUTX") << 2;
        QTest::newRow("unknown algorithm") << join(1, ("XX" + QByteArray(72, 'a')).toBase64()) << 2;
        QTest::newRow("no trusted") << join(2, "comment") << 3;
        QTest::newRow("short global") << join(3, QByteArray(10, 'a').toBase64()) << 4;
        QTest::newRow("truncated") << (good.mid(0, 3).join('\n') + '\n') << 4;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        auto sig = Minisignature::parse(text, QStringLiteral("s.minisig"));
        QVERIFY(!sig.ok());
        QCOMPARE(sig.error().code, ErrorCode::BadInput);
        QCOMPARE(sig.error().file, QStringLiteral("s.minisig"));
        QCOMPARE(sig.error().line, line);
    }

    // minisign signs with its own key; Steward verifies.
    void interopMinisignSigns_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("prehashed") << false;
        QTest::newRow("legacy") << true;
    }

    void interopMinisignSigns()
    {
        QFETCH(bool, legacy);
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run gen = run(m_minisign, {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"),
                                         QStringLiteral("X.pub"), QStringLiteral("-s"), QStringLiteral("X.key")},
                            dir.path());
        QVERIFY2(gen.exitCode == 0, gen.out.constData());
        const QByteArray data = "release contents\n\x01\x02 binary \xff\n";
        writeAll(dir.filePath(QStringLiteral("FILE")), data);
        QStringList args{QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("X.key"),
                         QStringLiteral("-m"), QStringLiteral("FILE"), QStringLiteral("-t"),
                         QStringLiteral("a trusted comment \u00E9")};
        if (legacy)
            args << QStringLiteral("-l");
        const Run sign = run(m_minisign, args, dir.path());
        QVERIFY2(sign.exitCode == 0, sign.out.constData());

        auto key = PublicKey::load(dir.filePath(QStringLiteral("X.pub")));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        // minisign names the key by the same id (it drops leading zeros).
        QVERIFY(key->comment.endsWith(QString::number(
            qFromLittleEndian<quint64>(key->keyId.constData()), 16).toUpper()));
        const QByteArray sigText = readAll(dir.filePath(QStringLiteral("FILE.minisig")));
        auto sig = Minisignature::parse(sigText, QStringLiteral("FILE.minisig"));
        QVERIFY2(sig.ok(), qPrintable(sig.ok() ? QString() : sig.error().toString()));
        QCOMPARE(sig->algorithm, legacy ? QByteArray("Ed") : QByteArray("ED"));
        QCOMPARE(sig->trustedComment, QStringLiteral("a trusted comment \u00E9"));
        QCOMPARE(sig->fingerprint(), key->fingerprint());
        Status ok = Minisign::verify(*key, data, *sig, QStringLiteral("FILE"));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));

        for (qsizetype i : {qsizetype(0), data.size() / 2, data.size() - 1})
            QVERIFY(!Minisign::verify(*key, flipped(data, i), *sig).ok());
        // A flipped byte in the signature file: either unreadable or not verifying.
        const QList<QByteArray> lines = sigText.split('\n');
        for (int line : {1, 2, 3}) {
            QList<QByteArray> l = lines;
            l[line] = flipped(l[line], l[line].size() / 2);
            auto tampered = Minisignature::parse(l.join('\n'));
            QVERIFY(!tampered.ok() || !Minisign::verify(*key, data, *tampered).ok());
        }
    }

    // Steward signs; minisign verifies.
    void interopStewardSigns()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto id = SigningIdentity::generate(QStringLiteral("\u738B\u82B3 Wang Fang"), SignerRole::Steward);
        QVERIFY(id.ok());
        QVERIFY(id->save(dir.filePath(QStringLiteral("steward.key")), QStringLiteral("pw")).ok());
        const QByteArray data = "tagmanifest-sha256.txt\n0123\n";
        writeAll(dir.filePath(QStringLiteral("FILE")), data);
        const QString comment = Minisign::trustedComment(
            QStringLiteral("export"), id->name(), QStringLiteral("steward"), QStringLiteral("r1"),
            QDateTime::currentDateTimeUtc());
        writeAll(dir.filePath(QStringLiteral("FILE.minisig")), id->sign(data, comment).toText());

        const QStringList args{QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("steward.key.pub"),
                               QStringLiteral("-m"), QStringLiteral("FILE")};
        const Run ok = run(m_minisign, args, dir.path());
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY2(ok.out.contains((QStringLiteral("Trusted comment: ") + comment).toUtf8()), ok.out.constData());

        writeAll(dir.filePath(QStringLiteral("FILE")), flipped(data, 3));
        QVERIFY(run(m_minisign, args, dir.path()).exitCode != 0);

        // An altered trusted comment fails too.
        writeAll(dir.filePath(QStringLiteral("FILE")), data);
        QByteArray sigText = readAll(dir.filePath(QStringLiteral("FILE.minisig")));
        sigText.replace("role: steward", "role: stewarD");
        writeAll(dir.filePath(QStringLiteral("FILE.minisig")), sigText);
        QVERIFY(run(m_minisign, args, dir.path()).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestMinisign)
#include "test_minisign.moc"
