#pragma once

#include "core/common/Result.h"
#include "core/signing/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace steward {

// A signature in minisign's format (.minisig):
//
//   untrusted comment: <free text>
//   base64(algorithm (2 bytes) || key_id (8 bytes) || signature (64 bytes))
//   trusted comment: <text, one line>
//   base64(global signature (64 bytes))
//
// algorithm "ED" signs BLAKE2b-512(message) (what Steward writes, minisign's default since 0.10);
// "Ed" signs the message itself (legacy, accepted when verifying). The global signature signs
// signature || trusted comment, so the trusted comment cannot be changed.
struct Minisignature {
    Q_DECLARE_TR_FUNCTIONS(steward::Minisignature)
public:
    QByteArray algorithm;        // "ED" or "Ed"
    QByteArray keyId;            // 8 bytes
    QByteArray signature;        // 64 bytes
    QString untrustedComment;
    QString trustedComment;      // UTF-8, one line
    QByteArray globalSignature;  // 64 bytes

    QString fingerprint() const { return PublicKey::fingerprintOf(keyId); }
    QByteArray toText() const;   // the .minisig file, ending with a newline
    // BadInput naming `file` and the line that is wrong.
    static Result<Minisignature> parse(const QByteArray &text, const QString &file = {});
};

class Minisign final {
    Q_DECLARE_TR_FUNCTIONS(steward::Minisign)
public:
    // Verification error (exit 4) saying what failed: "signed by another key (fingerprint …)",
    // "the signature does not match the data", "the trusted comment was altered". `what` names the
    // signed thing in messages (a file name).
    static Status verify(const PublicKey &key, const QByteArray &message, const Minisignature &signature,
                         const QString &what = {});
    // Trusted comments Steward writes: "steward <kind> | signer: N | role: R | release: X | time: ISO"
    // (newlines and '|' in values replaced by spaces).
    static QString trustedComment(const QString &kind, const QString &signer, const QString &role,
                                  const QString &release, const QDateTime &atUtc);
};

} // namespace steward
