// PackageVerifier on packages laid out as an export is (PackageLayout): an intact package verifies,
// one flipped byte in any file is found and that file (or signature) is named, approvals must sign
// release.json's content hash, trusted keys are checked, and an age-encrypted package is opened
// with an identity. The standard tools (sha256sum, minisign, age, an independent BagIt validator)
// accept what Steward writes.

#include "tests/core/packaging/PackagingTestSupport.h"

#include "core/age/AgeFile.h"
#include "core/packaging/BagWriter.h"
#include "core/packaging/PackageLayout.h"
#include "core/packaging/PackageVerifier.h"
#include "core/signing/Minisign.h"
#include "core/signing/SigningIdentity.h"
#include "core/workflow/ReviewDecision.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace steward;
using namespace steward::packtest;

namespace {

const QString kHash = u"3f2a9c1d5e7b8a6f4c2d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b"_s;

SigningIdentity identity(const QString &name, SignerRole role)
{
    auto made = SigningIdentity::generate(name, role);
    if (!made)
        qFatal("generate: %s", qPrintable(made.error().message));
    return std::move(*made);
}

SignedDecision decision(const SigningIdentity &who, const QString &hash, bool approve = true,
                        const QString &release = u"study"_s)
{
    ReviewDecision d;
    d.release = release;
    d.contentHash = hash;
    d.approve = approve;
    d.comment = u"reviewed"_s;
    return SignedDecision::sign(d, who);
}

} // namespace

class TestPackageVerifier final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<SigningIdentity> m_steward;
    std::optional<SigningIdentity> m_ethics;
    std::optional<SigningIdentity> m_compliance;
    QString m_package;

    // A package with two payload files, release.json quoting `hash`, the given decisions under
    // approvals/ and the steward's signature.
    QString writePackage(const QString &name, const QList<SignedDecision> &decisions,
                         const QString &hash = kHash)
    {
        const QString zip = m_dir.filePath(name);
        BagWriter bag(zip, u"study-2026-12-07"_s);
        if (!bag.open())
            return {};
        QByteArray csv = "id,sex,age\r\n";
        for (int i = 0; i < 500; ++i)
            csv += "P" + QByteArray::number(i) + ",F,30-39\r\n";
        QJsonArray approvals;
        for (const SignedDecision &d : decisions)
            approvals.append(QJsonObject{{u"file"_s, PackageLayout::approvalsDir + d.decision.signerRole + u'-'
                                                         + d.decision.signerFingerprint + u".json"_s}});
        const QJsonObject release{{u"release"_s, u"study"_s},
                                  {u"content_hash"_s, hash},
                                  {u"approvals"_s, approvals},
                                  {u"approvals_required"_s, QJsonObject{{u"ethics"_s, 1}}}};
        if (!bag.addFile(u"data/study.csv"_s, csv) || !bag.addFile(u"data/dictionary/study.csv"_s, QByteArray("field\n"))
            || !bag.addFile(PackageLayout::releaseJson, QJsonDocument(release).toJson()))
            return {};
        for (const SignedDecision &d : decisions) {
            const QString base = PackageLayout::approvalsDir + d.decision.signerRole + u'-' + d.decision.signerFingerprint;
            if (!bag.addFile(base + u".json"_s, d.json) || !bag.addFile(base + u".json.minisig"_s, d.signature.toText())
                || !bag.addFile(base + u".pub"_s, d.signer.toMinisignText().toUtf8()))
                return {};
        }
        if (!bag.addFile(PackageLayout::stewardPublicKey, m_steward->publicKey().toMinisignText().toUtf8()))
            return {};
        bag.setBagInfo({{u"External-Identifier"_s, u"study"_s}});
        const Status done = bag.finish([this](const QByteArray &tags) -> Result<std::pair<QString, QByteArray>> {
            const QString comment = Minisign::trustedComment(u"package"_s, m_steward->name(), u"steward"_s,
                                                             u"study"_s, QDateTime::currentDateTimeUtc());
            return std::make_pair(PackageLayout::stewardSignature,
                                  m_steward->sign(tags, comment, PackageLayout::signatureComment(m_steward->fingerprint()))
                                      .toText());
        });
        return done ? zip : QString();
    }

    static QStringList failingFiles(const VerificationReport &report)
    {
        QStringList files;
        for (const VerificationReport::Failure &f : report.failures)
            files.append(f.file);
        return files;
    }

    static QString describe(const VerificationReport &report)
    {
        QStringList lines;
        for (const VerificationReport::Failure &f : report.failures)
            lines.append(f.file + u": "_s + f.reason);
        return lines.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_steward.emplace(identity(u"Steward Wang"_s, SignerRole::Steward));
        m_ethics.emplace(identity(u"Ethics Li"_s, SignerRole::Ethics));
        m_compliance.emplace(identity(u"Compliance Zhao"_s, SignerRole::Compliance));
        m_package = writePackage(u"good.zip"_s, {decision(*m_compliance, kHash), decision(*m_ethics, kHash)});
        QVERIFY(!m_package.isEmpty());
    }

    void intactPackageVerifies()
    {
        auto report = PackageVerifier::verify(m_package);
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(describe(*report)));
        QCOMPARE(report->release, u"study"_s);
        QCOMPARE(report->contentHash, kHash);
        QVERIFY(!report->encrypted);
        QCOMPARE(report->signatures.size(), 3);
        QCOMPARE(report->signatures.first().file, PackageLayout::stewardSignature);
        QCOMPARE(report->signatures.first().fingerprint, m_steward->fingerprint());
        QCOMPARE(report->signatures.first().signer, u"Steward Wang"_s);
        for (const VerificationReport::Signature &s : report->signatures)
            QVERIFY2(s.ok, qPrintable(s.file + u": "_s + s.detail));
        const QJsonObject json = report->toJson();
        for (const char *key : {"ok", "files", "encrypted", "release", "content_hash", "signatures", "failures"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"files"_s).toInt(), report->files);
    }

    // One flipped byte in any file of the package is found, naming that file.
    void everyFlippedByteIsNamed()
    {
        const QString bag = unzipBag(m_package, m_dir.filePath(u"list"_s));
        QVERIFY(!bag.isEmpty());
        const QStringList files = bagFiles(bag);
        QCOMPARE(files.size(), 15);
        for (const QString &file : files) {
            const QString flipped = m_dir.filePath(u"flipped.zip"_s);
            QVERIFY2(flipByte(m_package, file, m_dir.filePath(u"flip"_s), flipped), qPrintable(file));
            auto report = PackageVerifier::verify(flipped);
            QVERIFY2(report.ok(), qPrintable(file));
            QVERIFY2(!report->ok, qPrintable(file));
            QVERIFY2(failingFiles(*report).contains(file),
                     qPrintable(u"flipped "_s + file + u", reported:\n"_s + describe(*report)));
        }
    }

    void approvalOfOtherContentFails()
    {
        const QString other = u"0000000000000000000000000000000000000000000000000000000000000000"_s;
        const QString zip = writePackage(u"other.zip"_s, {decision(*m_ethics, other)});
        auto report = PackageVerifier::verify(zip);
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        const QString file = PackageLayout::approvalsDir + u"ethics-"_s + m_ethics->fingerprint() + u".json"_s;
        QVERIFY2(failingFiles(*report).contains(file), qPrintable(describe(*report)));
        QCOMPARE(report->signatures.size(), 2);
        QVERIFY(!report->signatures.at(1).ok);
    }

    void missingApprovalIsFound()
    {
        const QString zip = writePackage(u"compliance-only.zip"_s, {decision(*m_compliance, kHash)});
        auto report = PackageVerifier::verify(zip);
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QCOMPARE(report->failures.size(), 1);
        QCOMPARE(report->failures.first().file, PackageLayout::releaseJson);
    }

    void rejectionIsNoApproval()
    {
        const QString zip = writePackage(u"rejected.zip"_s, {decision(*m_ethics, kHash, false)});
        auto report = PackageVerifier::verify(zip);
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
    }

    void trustedKeys()
    {
        auto trustedAll = PackageVerifier::verify(
            m_package, {}, {m_steward->publicKey(), m_ethics->publicKey(), m_compliance->publicKey()});
        QVERIFY(trustedAll.ok());
        QVERIFY2(trustedAll->ok, qPrintable(describe(*trustedAll)));
        for (const VerificationReport::Signature &s : trustedAll->signatures)
            QVERIFY(s.trusted);

        // The ethics key alone is trusted: the steward's and the compliance signatures are not.
        auto some = PackageVerifier::verify(m_package, {}, {m_ethics->publicKey()});
        QVERIFY(some.ok());
        QVERIFY(!some->ok);
        QVERIFY(failingFiles(*some).contains(PackageLayout::stewardSignature));
        QVERIFY(!some->signatures.first().trusted);

        // The steward's key named as another role's key does not make it trusted as steward.
        PublicKey asEthics = m_steward->publicKey();
        asEthics.role = u"ethics"_s;
        auto wrongRole = PackageVerifier::verify(
            m_package, {}, {asEthics, m_ethics->publicKey(), m_compliance->publicKey()});
        QVERIFY(wrongRole.ok());
        QVERIFY(!wrongRole->ok);
    }

    void standardToolsVerify()
    {
        const QString bag = unzipBag(m_package, m_dir.filePath(u"tools"_s));
        QVERIFY(!bag.isEmpty());
        for (const QString &manifest : {PackageLayout::manifest, PackageLayout::tagManifest}) {
            const ToolRun r = runTool(u"sha256sum"_s, {u"-c"_s, manifest}, bag);
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
        ToolRun r = runTool(u"minisign"_s, {u"-Vm"_s, PackageLayout::tagManifest, u"-p"_s, PackageLayout::stewardPublicKey}, bag);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("role: steward"), r.out.constData());
        const QString approval = PackageLayout::approvalsDir + u"ethics-"_s + m_ethics->fingerprint();
        r = runTool(u"minisign"_s, {u"-Vm"_s, approval + u".json"_s, u"-p"_s, approval + u".pub"_s}, bag);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        r = runTool(u"python3"_s, {validatorScript(), bag});
        QVERIFY2(r.exitCode == 0, r.out.constData());

        // minisign itself notices a changed tag manifest.
        QByteArray tags = readAll(bag + u"/"_s + PackageLayout::tagManifest);
        tags[3] = tags.at(3) == 'a' ? 'b' : 'a';
        QVERIFY(writeAll(bag + u"/"_s + PackageLayout::tagManifest, tags));
        r = runTool(u"minisign"_s, {u"-Vm"_s, PackageLayout::tagManifest, u"-p"_s, PackageLayout::stewardPublicKey}, bag);
        QVERIFY(r.exitCode != 0);
    }

    void encryptedPackage()
    {
        const AgeIdentity recipient = AgeIdentity::generate();
        const QString encrypted = m_package + u".age"_s;
        {
            QFile in(m_package);
            QFile out(encrypted);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QVERIFY(out.open(QIODevice::WriteOnly));
            AgeEncryptionTarget target;
            target.recipients = {recipient.recipient()};
            QVERIFY(AgeFile::encrypt(in, out, target).ok());
        }
        const QString identityFile = m_dir.filePath(u"id.txt"_s);
        QVERIFY(writeAll(identityFile, "# test identity\n" + recipient.toString().toLatin1() + "\n"));

        // age decrypts it to the very zip.
        const QString decrypted = m_dir.filePath(u"decrypted.zip"_s);
        const ToolRun age = runTool(u"age"_s, {u"-d"_s, u"-i"_s, identityFile, u"-o"_s, decrypted, encrypted});
        QVERIFY2(age.exitCode == 0, age.out.constData());
        QCOMPARE(readAll(decrypted), readAll(m_package));

        AgeDecryptionKey key;
        key.identities = {recipient};
        auto report = PackageVerifier::verify(encrypted, key);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->ok, qPrintable(describe(*report)));
        QVERIFY(report->encrypted);

        auto noKey = PackageVerifier::verify(encrypted);
        QVERIFY(!noKey.ok());
        QCOMPARE(noKey.error().code, ErrorCode::Usage);

        AgeDecryptionKey wrong;
        wrong.identities = {AgeIdentity::generate()};
        auto wrongKey = PackageVerifier::verify(encrypted, wrong);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(wrongKey.error().code, ErrorCode::Verification);
    }

    void notAPackage()
    {
        const QString text = m_dir.filePath(u"notes.zip"_s);
        QVERIFY(writeAll(text, "hello"));
        auto report = PackageVerifier::verify(text);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestPackageVerifier)
#include "test_packageverifier.moc"
