#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <memory>

namespace steward {

// The per-project secret behind keyed pseudonyms and date shifts: 32 bytes from OpenSSL's RNG,
// created when first needed and kept for the life of the project, so that one person gets the same
// token in every dataset of the project.
//
// At rest the secret is protected by a passphrase (shared/docs/cli.md): scrypt (N = 2^17, r = 8,
// p = 1, 16-byte random salt) derives a 256-bit key that encrypts the secret with AES-256-GCM
// (12-byte random nonce, 16-byte tag). The protected form is a small versioned JSON document:
//
//   {"steward_secret": 1,
//    "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": BASE64},
//    "cipher": {"name": "aes-256-gcm", "nonce": BASE64, "tag": BASE64},
//    "ciphertext": BASE64, "fingerprint": HEX16}
//
// The version, KDF parameters, nonce and fingerprint are authenticated as GCM associated data, so
// any change to the document fails to unwrap. The fingerprint (the first 8 bytes of
// HMAC-SHA256(secret, "steward/fingerprint/v1"), hex) identifies the secret without revealing it:
// it tells whether a backup belongs to a project. A backup is the protected document written to a
// file (owner-only permissions); restoring reads and unwraps it.
//
// The secret is never logged and never part of a message; its memory is wiped when the last copy
// goes. Passphrases are UTF-8 after Unicode NFC normalisation and must not be empty.
class ProjectSecret final {
    Q_DECLARE_TR_FUNCTIONS(steward::ProjectSecret)

public:
    static constexpr int kSize = 32;

    // scrypt cost of a new protected document; unwrap() reads the cost from the document and
    // accepts n from 2^10 to 2^22 (a power of two), r 1-32, p 1-16, with at most 1 GiB of memory
    // (128·r·n) and 16 times the default work (n·r·p ≤ 2^24).
    struct KdfCost {
        quint64 n = quint64(1) << 17;
        quint32 r = 8;
        quint32 p = 1;
    };

    // 32 fresh random bytes (RAND_bytes); Internal error when the RNG fails.
    static Result<ProjectSecret> generate();
    // A secret from its raw bytes (exactly kSize); for tests and key migration.
    static Result<ProjectSecret> fromBytes(QByteArrayView bytes);

    // The protected document (UTF-8 JSON). Usage error for an empty passphrase.
    Result<QByteArray> wrap(const QString &passphrase) const;
    Result<QByteArray> wrap(const QString &passphrase, const KdfCost &cost) const;
    // Reads a protected document. A wrong passphrase (or an altered document) is
    // ErrorCode::Verification (exit 4); a document that is not one, or of a newer version, is
    // BadInput; an empty passphrase is Usage.
    static Result<ProjectSecret> unwrap(QByteArrayView document, const QString &passphrase);
    // Whether `document` looks like a protected secret (parses and has a known version), without
    // the passphrase.
    static bool isProtectedDocument(QByteArrayView document);

    // Backup and restore: the protected document as a file (written whole, owner-only).
    Status writeBackup(const QString &path, const QString &passphrase) const;
    Status writeBackup(const QString &path, const QString &passphrase, const KdfCost &cost) const;
    static Result<ProjectSecret> readBackup(const QString &path, const QString &passphrase);

    // HMAC-SHA256(secret, purpose): an independent 32-byte key per use ("steward/pseudonym/v1",
    // "steward/date-shift/v1"), so that tokens and shifts never reveal each other.
    QByteArray deriveKey(QByteArrayView purpose) const;
    // 16 hex digits identifying the secret (see above).
    QString fingerprint() const;

    bool operator==(const ProjectSecret &other) const;

private:
    struct Bytes;
    explicit ProjectSecret(std::shared_ptr<const Bytes> bytes);
    std::shared_ptr<const Bytes> m_bytes;
};

} // namespace steward
