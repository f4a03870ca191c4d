// Review decisions: the JSON round trip and its errors with line and column; a signed decision
// verifies, survives the zip file (three entries) byte for byte, and any change to its JSON,
// its signature or its signer is a verification failure; a file that is not a decision is bad
// input.

#include "core/signing/SigningIdentity.h"
#include "core/workflow/ReviewDecision.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace steward;

namespace {

const QString kHash = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

ReviewDecision sample()
{
    ReviewDecision d;
    d.release = QStringLiteral("study");
    d.contentHash = kHash;
    d.approve = false;
    d.comment = QStringLiteral("住院号 must not leave — 请修改");
    d.sections = {SectionMark{QStringLiteral("dpia"), QStringLiteral("risks"),
                              QStringLiteral("to_correct"), QStringLiteral("add the onward sharing risk")},
                  SectionMark{QStringLiteral("dsa"), QStringLiteral("purpose"),
                              QStringLiteral("acceptable"), {}}};
    d.signerName = QStringLiteral("Zhou Ethics");
    d.signerRole = QStringLiteral("ethics");
    d.signerFingerprint = QStringLiteral("0011223344556677");
    d.decidedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30, 0), Qt::UTC);
    return d;
}

SigningIdentity identity(SignerRole role = SignerRole::Ethics)
{
    auto made = SigningIdentity::generate(QStringLiteral("Zhou Ethics"), role);
    if (!made)
        qFatal("identity: %s", qPrintable(made.error().message));
    return std::move(*made);
}

} // namespace

class TestReviewDecision final : public QObject {
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const ReviewDecision d = sample();
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("steward-decision/1"));
        QCOMPARE(json.value(QStringLiteral("decided_at")).toString(), QStringLiteral("2026-12-07T09:30:00Z"));
        auto back = ReviewDecision::fromJson(QJsonDocument(json).toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->release, d.release);
        QCOMPARE(back->contentHash, d.contentHash);
        QCOMPARE(back->approve, d.approve);
        QCOMPARE(back->comment, d.comment);
        QCOMPARE(back->sections.size(), 2);
        QCOMPARE(back->sections.first().comment, d.sections.first().comment);
        QCOMPARE(back->sections.last().mark, QStringLiteral("acceptable"));
        QCOMPARE(back->signerName, d.signerName);
        QCOMPARE(back->signerRole, d.signerRole);
        QCOMPARE(back->signerFingerprint, d.signerFingerprint);
        QCOMPARE(back->decidedAt, d.decidedAt);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::newRow("not json") << QByteArray("{\n  \"format\": ,\n}") << 2;
        QTest::newRow("wrong format")
            << QByteArray("{\n\"format\": \"steward-review/1\"\n}") << 2;
        const QByteArray good = QJsonDocument(sample().toJson()).toJson();
        QByteArray hash = good;
        hash.replace(kHash.toLatin1(), "abc");
        QTest::newRow("short hash") << hash << 0;
        QByteArray mark = good;
        mark.replace("\"to_correct\"", "\"fine\"");
        QTest::newRow("unknown mark") << mark << 0;
        QByteArray at = good;
        at.replace("2026-12-07T09:30:00Z", "yesterday");
        QTest::newRow("bad time") << at << 0;
        QByteArray approve = good;
        approve.replace("\"approve\": false", "\"approve\": \"no\"");
        QTest::newRow("approve not bool") << approve << 0;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        auto parsed = ReviewDecision::fromJson(json, QStringLiteral("decision.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::BadInput);
        QCOMPARE(parsed.error().file, QStringLiteral("decision.json"));
        QVERIFY(parsed.error().line > 0);
        QVERIFY(parsed.error().column > 0);
        if (line > 0)
            QCOMPARE(parsed.error().line, qint64(line));
    }

    void signVerifyAndZip()
    {
        const SigningIdentity ethics = identity();
        ReviewDecision d = sample();
        d.decidedAt = {};
        const SignedDecision signedDecision = SignedDecision::sign(d, ethics);
        QCOMPARE(signedDecision.decision.signerFingerprint, ethics.fingerprint());
        QCOMPARE(signedDecision.decision.signerRole, QStringLiteral("ethics"));
        QVERIFY(signedDecision.decision.decidedAt.isValid());
        QVERIFY(signedDecision.signature.trustedComment.contains(QStringLiteral("study")));
        QVERIFY(signedDecision.verify().ok());

        const QByteArray zip = signedDecision.toZip();
        QVERIFY(!zip.isEmpty());
        auto back = SignedDecision::fromZip(zip, QStringLiteral("d.zip"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->json, signedDecision.json);
        QCOMPARE(back->decision.comment, d.comment);
        QCOMPARE(back->decision.decidedAt, signedDecision.decision.decidedAt);
        QCOMPARE(back->signer.fingerprint(), ethics.fingerprint());
        QVERIFY(back->verify().ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("study-ethics-%1.decision.zip").arg(ethics.fingerprint()));
        QVERIFY(signedDecision.writeFile(path).ok());
        auto read = SignedDecision::readFile(path);
        QVERIFY(read.ok());
        QVERIFY(read->verify().ok());
    }

    void tamperedIsVerificationFailure()
    {
        const SigningIdentity ethics = identity();
        const SignedDecision original = SignedDecision::sign(sample(), ethics);

        SignedDecision json = original;
        json.json.replace("\"approve\":false", "\"approve\":true ");
        QCOMPARE(json.verify().error().code, ErrorCode::Verification);

        SignedDecision comment = original;
        comment.signature.trustedComment += QStringLiteral(" approved");
        QCOMPARE(comment.verify().error().code, ErrorCode::Verification);

        SignedDecision other = original;
        other.signer = identity().publicKey();
        QCOMPARE(other.verify().error().code, ErrorCode::Verification);

        // The JSON names another key than the one that signed it.
        SignedDecision mismatch = original;
        mismatch.decision.signerFingerprint = QStringLiteral("FFFFFFFFFFFFFFFF");
        QCOMPARE(mismatch.verify().error().code, ErrorCode::Verification);
    }

    void notADecision()
    {
        auto garbage = SignedDecision::fromZip("this is not a zip", QStringLiteral("x.zip"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, ErrorCode::BadInput);
        auto missing = SignedDecision::readFile(QStringLiteral("/nonexistent/d.zip"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestReviewDecision)
#include "test_reviewdecision.moc"
