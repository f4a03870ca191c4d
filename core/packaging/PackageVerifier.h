#pragma once

#include "core/age/AgeFile.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/signing/PublicKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

// `verify PACKAGE` and the GUI's package check: the bag (every payload hash, Payload-Oxum, the
// tag manifest), the steward's signature over the tag manifest, every approval's signature, that
// each approval signs release.json's content hash and release, and — with trusted keys given —
// that the steward key and the approvers' keys are among them (with a steward key trusted as
// such). Offline, no project.
struct VerificationReport {
    Q_DECLARE_TR_FUNCTIONS(steward::VerificationReport)
public:
    struct Signature {
        QString file;        // "tagmanifest-sha256.txt.minisig", "approvals/ethics-….json.minisig"
        QString signer;
        QString role;
        QString fingerprint;
        bool ok = false;
        bool trusted = false; // among the --trusted keys (false when none were given)
        QString detail;
    };
    struct Failure { QString file; QString reason; };
    bool ok = false;                 // no failure (and, with trusted keys given, every signer trusted)
    bool encrypted = false;
    QString release;
    QString contentHash;
    int files = 0;
    QList<Signature> signatures;
    QList<Failure> failures;

    // `verify --json`: {"ok", "files", "encrypted", "release", "content_hash",
    //  "signatures": [{"file", "signer", "role", "fingerprint", "ok", "trusted", "detail"}],
    //  "failures": [{"file", "reason"}]}
    QJsonObject toJson() const;
};

class PackageVerifier final {
    Q_DECLARE_TR_FUNCTIONS(steward::PackageVerifier)
public:
    // An error only when the package cannot be read at all (BadInput, or Verification for a
    // failed decryption); every integrity finding is in the report.
    static Result<VerificationReport> verify(const QString &path, const AgeDecryptionKey &key = {},
                                             const QList<PublicKey> &trusted = {},
                                             const ProgressCallback &progress = {},
                                             const CancellationToken *cancel = nullptr);
};

} // namespace steward
