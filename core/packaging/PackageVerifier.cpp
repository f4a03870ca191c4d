#include "core/packaging/PackageVerifier.h"

#include "core/packaging/BagReader.h"
#include "core/packaging/PackageLayout.h"
#include "core/signing/Minisign.h"
#include "core/workflow/ReviewDecision.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <openssl/evp.h>

#include <memory>

namespace steward {

namespace {

// Whether `signature` (64 bytes) is `key`'s Ed25519 signature of `message` as it is.
bool ed25519Verifies(const QByteArray &key, const QByteArray &message, const QByteArray &signature)
{
    if (key.size() != 32 || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size())),
        &EVP_PKEY_free);
    if (!pkey)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

// "steward <kind> | signer: N | role: R | release: X | time: ISO" → the value of `key`.
QString commentValue(const QString &trustedComment, const QString &key)
{
    const QStringList parts = trustedComment.split(QLatin1Char('|'));
    const QString prefix = key + QLatin1Char(':');
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (p.startsWith(prefix))
            return p.mid(prefix.size()).trimmed();
    }
    return {};
}

bool isTrusted(const PublicKey &key, const QString &role, const QList<PublicKey> &trusted)
{
    for (const PublicKey &t : trusted) {
        // A trusted .pub that names a role (Steward's own) counts for that role only.
        if (t.key == key.key && (t.role.isEmpty() || t.role == role))
            return true;
    }
    return false;
}

struct Checked {
    bool ok = false;
    QString failedFile; // the file to blame when not ok
    QString reason;
};

// Checks one minisign signature file over `message` (the bytes of `messageFile`) with `key`, and
// says which file is at fault when it fails: the signature's own global signature still
// verifying means the signature is as written, so the signed file was changed.
Checked checkSignature(const PublicKey &key, const QByteArray &message, const QString &messageFile,
                       const QByteArray &signatureText, const QString &signatureFile,
                       const QString &expectedUntrustedComment, Minisignature *parsed)
{
    auto signature = Minisignature::parse(signatureText, signatureFile);
    if (!signature)
        return {false, signatureFile, signature.error().message};
    if (parsed)
        *parsed = *signature;
    // Any byte of the file outside what the signature covers: the file must be exactly what the
    // signer wrote.
    if (signature->toText() != signatureText)
        return {false, signatureFile, PackageVerifier::tr("is not in the form its signer writes")};
    if (!expectedUntrustedComment.isEmpty() && signature->untrustedComment != expectedUntrustedComment)
        return {false, signatureFile, PackageVerifier::tr("its untrusted comment was altered")};
    const Status verified = Minisign::verify(key, message, *signature, messageFile);
    if (verified)
        return {true, {}, {}};
    const bool blockIntact = signature->keyId == key.keyId
        && ed25519Verifies(key.key, signature->signature + signature->trustedComment.toUtf8(),
                           signature->globalSignature);
    return {false, blockIntact ? messageFile : signatureFile, verified.error().message};
}

} // namespace

QJsonObject VerificationReport::toJson() const
{
    QJsonArray sigs;
    for (const Signature &s : signatures)
        sigs.append(QJsonObject{{QStringLiteral("file"), s.file},
                                {QStringLiteral("signer"), s.signer},
                                {QStringLiteral("role"), s.role},
                                {QStringLiteral("fingerprint"), s.fingerprint},
                                {QStringLiteral("ok"), s.ok},
                                {QStringLiteral("trusted"), s.trusted},
                                {QStringLiteral("detail"), s.detail}});
    QJsonArray fails;
    for (const Failure &f : failures)
        fails.append(QJsonObject{{QStringLiteral("file"), f.file}, {QStringLiteral("reason"), f.reason}});
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("encrypted"), encrypted},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("content_hash"), contentHash},
                       {QStringLiteral("signatures"), sigs},
                       {QStringLiteral("failures"), fails}};
}

Result<VerificationReport> PackageVerifier::verify(const QString &path, const AgeDecryptionKey &key,
                                                   const QList<PublicKey> &trusted,
                                                   const ProgressCallback &progress,
                                                   const CancellationToken *cancel)
{
    BagReader bag;
    if (const Status opened = bag.open(path, key); !opened)
        return opened.error();

    VerificationReport report;
    report.encrypted = bag.wasEncrypted();
    report.files = int(bag.files().size());
    const QSet<QString> present(bag.files().cbegin(), bag.files().cend());

    // Hashes first: a file named here is the one that changed.
    for (const BagReader::Failure &f : bag.checkBag(progress, cancel))
        report.failures.append({f.file, f.reason});
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    // release.json: what the approvals must have signed.
    QJsonObject release;
    if (!present.contains(PackageLayout::releaseJson)) {
        report.failures.append({PackageLayout::releaseJson, tr("is missing")});
    } else if (auto bytes = bag.read(PackageLayout::releaseJson); !bytes) {
        report.failures.append({PackageLayout::releaseJson, bytes.error().message});
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            report.failures.append({PackageLayout::releaseJson, tr("is not a JSON object")});
        } else {
            release = doc.object();
            report.release = release.value(QStringLiteral("release")).toString();
            report.contentHash = release.value(QStringLiteral("content_hash")).toString();
        }
    }

    // The steward's signature over the tag manifest.
    {
        VerificationReport::Signature sig;
        sig.file = PackageLayout::stewardSignature;
        sig.role = QStringLiteral("steward");
        auto pubText = bag.read(PackageLayout::stewardPublicKey);
        auto sigText = bag.read(PackageLayout::stewardSignature);
        auto manifest = bag.read(PackageLayout::tagManifest);
        std::optional<PublicKey> pub;
        if (!pubText) {
            report.failures.append({PackageLayout::stewardPublicKey, tr("is missing")});
            sig.detail = tr("the steward's public key is missing");
        } else if (auto parsed = PublicKey::parse(*pubText, PackageLayout::stewardPublicKey); !parsed) {
            report.failures.append({PackageLayout::stewardPublicKey, parsed.error().message});
            sig.detail = parsed.error().message;
        } else {
            pub = *parsed;
            sig.fingerprint = pub->fingerprint();
            sig.signer = pub->name;
        }
        if (!sigText) {
            report.failures.append({PackageLayout::stewardSignature, tr("is missing: the package is not signed")});
            sig.detail = tr("the package is not signed");
        } else if (pub && manifest) {
            Minisignature parsed;
            const Checked c = checkSignature(*pub, *manifest, PackageLayout::tagManifest, *sigText,
                                             PackageLayout::stewardSignature,
                                             PackageLayout::signatureComment(pub->fingerprint()), &parsed);
            if (const QString signer = commentValue(parsed.trustedComment, QStringLiteral("signer")); !signer.isEmpty())
                sig.signer = signer;
            const QString role = commentValue(parsed.trustedComment, QStringLiteral("role"));
            sig.ok = c.ok;
            if (!c.ok) {
                sig.detail = c.reason;
                report.failures.append({c.failedFile, tr("the steward's signature does not verify: %1").arg(c.reason)});
            } else if (role != QLatin1String("steward")) {
                sig.ok = false;
                sig.detail = tr("signed in the role \"%1\", not as the steward").arg(role);
                report.failures.append({PackageLayout::stewardSignature, sig.detail});
            } else {
                sig.detail = tr("signs %1, which lists every other file's SHA-256").arg(PackageLayout::tagManifest);
            }
            if (!trusted.isEmpty())
                sig.trusted = isTrusted(*pub, QStringLiteral("steward"), trusted);
        }
        report.signatures.append(sig);
    }

    // Every approval: its signature, and that it approves this release's content.
    QStringList decisions;
    for (const QString &file : bag.files()) {
        if (file.startsWith(PackageLayout::approvalsDir) && file.endsWith(QLatin1String(".json")))
            decisions.append(file);
    }
    for (const QString &file : std::as_const(decisions)) {
        const QString base = file.chopped(5); // without ".json"
        const QString sigFile = file + QStringLiteral(".minisig");
        const QString pubFile = base + QStringLiteral(".pub");
        VerificationReport::Signature sig;
        sig.file = sigFile;
        auto json = bag.read(file);
        auto sigText = bag.read(sigFile);
        auto pubText = bag.read(pubFile);
        if (!json || !sigText || !pubText) {
            const QString missing = !sigText ? sigFile : !pubText ? pubFile : file;
            sig.detail = tr("%1 is missing").arg(missing);
            report.failures.append({missing, tr("is missing")});
            report.signatures.append(sig);
            continue;
        }
        auto pub = PublicKey::parse(*pubText, pubFile);
        if (!pub) {
            sig.detail = pub.error().message;
            report.failures.append({pubFile, pub.error().message});
            report.signatures.append(sig);
            continue;
        }
        sig.fingerprint = pub->fingerprint();
        auto decision = ReviewDecision::fromJson(*json, file);
        if (decision) {
            sig.signer = decision->signerName;
            sig.role = decision->signerRole;
        }
        const Checked c = checkSignature(*pub, *json, file, *sigText, sigFile, {}, nullptr);
        sig.ok = c.ok;
        if (!c.ok) {
            sig.detail = c.reason;
            report.failures.append({c.failedFile, tr("the approval's signature does not verify: %1").arg(c.reason)});
        } else if (!decision) {
            sig.ok = false;
            sig.detail = decision.error().message;
            report.failures.append({file, decision.error().message});
        } else if (decision->signerFingerprint.compare(pub->fingerprint(), Qt::CaseInsensitive) != 0) {
            sig.ok = false;
            sig.detail = tr("names the key %1 but is signed with %2").arg(decision->signerFingerprint, pub->fingerprint());
            report.failures.append({file, sig.detail});
        } else if (!decision->approve) {
            sig.ok = false;
            sig.detail = tr("is a rejection, not an approval");
            report.failures.append({file, sig.detail});
        } else if (decision->contentHash != report.contentHash) {
            sig.ok = false;
            sig.detail = tr("approves other content (%1) than %2 carries (%3)")
                             .arg(decision->contentHash.left(12), PackageLayout::releaseJson,
                                  report.contentHash.left(12));
            report.failures.append({file, sig.detail});
        } else if (decision->release != report.release) {
            sig.ok = false;
            sig.detail = tr("approves release \"%1\", not \"%2\"").arg(decision->release, report.release);
            report.failures.append({file, sig.detail});
        } else {
            sig.detail = tr("approves content %1").arg(decision->contentHash.left(12));
        }
        if (!trusted.isEmpty())
            sig.trusted = isTrusted(*pub, sig.role, trusted);
        report.signatures.append(sig);
    }

    // release.json names its approvals: each must be in the package.
    const QJsonArray listed = release.value(QStringLiteral("approvals")).toArray();
    for (const QJsonValue &v : listed) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        if (!file.isEmpty() && !present.contains(file))
            report.failures.append({file, tr("is named in %1 but missing").arg(PackageLayout::releaseJson)});
    }
    if (!release.isEmpty() && listed.size() != decisions.size())
        report.failures.append({PackageLayout::releaseJson,
                                tr("names %Ln approval(s), the package holds %1", nullptr, int(listed.size()))
                                    .arg(decisions.size())});

    // As many valid approvals per role as the release required (distinct keys).
    QHash<QString, QSet<QString>> approvers;
    for (const VerificationReport::Signature &s : std::as_const(report.signatures)) {
        if (s.ok && s.file != PackageLayout::stewardSignature)
            approvers[s.role].insert(s.fingerprint);
    }
    const QJsonObject required = release.value(QStringLiteral("approvals_required")).toObject();
    for (auto it = required.constBegin(); it != required.constEnd(); ++it) {
        const int needed = it.value().toInt();
        const int valid = int(approvers.value(it.key()).size());
        if (valid < needed)
            report.failures.append({PackageLayout::releaseJson,
                                    tr("requires %1 %2 approval(s), the package holds %3 valid")
                                        .arg(QString::number(needed), it.key(), QString::number(valid))});
    }

    if (!trusted.isEmpty()) {
        for (const VerificationReport::Signature &s : std::as_const(report.signatures)) {
            if (s.ok && !s.trusted)
                report.failures.append({s.file, tr("signed by %1 (%2), which is not among the trusted keys for the role %3")
                                                    .arg(s.signer, s.fingerprint, s.role)});
        }
    }
    report.ok = report.failures.isEmpty();
    return report;
}

} // namespace steward
