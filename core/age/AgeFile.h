#pragma once

#include "core/age/AgeRecipient.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

// Encryption and decryption in the age format (age-encryption.org/v1), built from OpenSSL 3
// primitives: X25519, HKDF-SHA256, ChaCha20-Poly1305, scrypt, HMAC-SHA256. Streams in the
// format's 64 KiB chunks, so memory does not grow with the file; binary format (no armor) written,
// armored input accepted when decrypting. `age -d` reads what encrypt() writes and decrypt()
// reads what `age -e` writes.
struct AgeEncryptionTarget {
    QList<AgeRecipient> recipients;   // X25519 stanzas
    std::optional<QString> passphrase; // an scrypt stanza (alone: age allows no other stanza with it)
    int scryptWorkFactor = 18;         // log2 N, as age
};

struct AgeDecryptionKey {
    QList<AgeIdentity> identities;
    std::optional<QString> passphrase; // scrypt work factors above 22 are refused
};

class AgeFile final {
    Q_DECLARE_TR_FUNCTIONS(steward::AgeFile)
public:
    // True when the first bytes are an age header ("age-encryption.org/v1\n" or the armor line).
    static bool looksEncrypted(QIODevice &in);
    static bool looksEncrypted(const QString &path);

    // Usage error for no recipient, or a passphrase together with recipients.
    static Status encrypt(QIODevice &in, QIODevice &out, const AgeEncryptionTarget &target,
                          const ProgressCallback &progress = {}, const CancellationToken *cancel = nullptr);
    // Verification error (exit 4): "no identity matches", "wrong passphrase", "the header MAC does
    // not match", "chunk N was altered or the file is truncated". BadInput: not an age file.
    // What was written to `out` before a failure must be discarded by the caller.
    static Status decrypt(QIODevice &in, QIODevice &out, const AgeDecryptionKey &key,
                          const ProgressCallback &progress = {}, const CancellationToken *cancel = nullptr);
};

} // namespace steward
