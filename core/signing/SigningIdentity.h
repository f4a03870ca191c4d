#pragma once

#include "core/common/Result.h"
#include "core/signing/Minisign.h"
#include "core/signing/PublicKey.h"
#include "core/signing/SignerRole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace steward {

// A person's signing identity: an Ed25519 key pair with a name and a role (`keygen`).
//
// On disk (FILE) the private key is a passphrase-encrypted PKCS#8 PEM ("-----BEGIN ENCRYPTED
// PRIVATE KEY-----", PBES2 with scrypt and AES-256-CBC; `openssl pkey -in FILE` reads it with the
// passphrase). Lines before the PEM block carry the name and role, which OpenSSL skips:
//
//   Steward signing identity
//   Name: <name>
//   Role: <steward|compliance|ethics>
//   Fingerprint: <16 hex digits>
//
// FILE.pub holds the public key in minisign format (PublicKey). The file is written owner-only
// (0600) through QSaveFile. The private key lives only inside this object (OpenSSL EVP_PKEY),
// never logged; the passphrase is used once and not kept.
class SigningIdentity final {
    Q_DECLARE_TR_FUNCTIONS(steward::SigningIdentity)
public:
    SigningIdentity();
    ~SigningIdentity();
    SigningIdentity(SigningIdentity &&) noexcept;
    SigningIdentity &operator=(SigningIdentity &&) noexcept;
    SigningIdentity(const SigningIdentity &) = delete;
    SigningIdentity &operator=(const SigningIdentity &) = delete;

    // A new key pair. Usage error for an empty name.
    static Result<SigningIdentity> generate(const QString &name, SignerRole role);
    // Writes FILE and FILE.pub. Usage error for an empty passphrase; Internal on I/O failure;
    // BadInput when FILE exists and `overwrite` is false.
    Status save(const QString &path, const QString &passphrase, bool overwrite = false) const;
    // Reads FILE. BadInput when it is not a Steward identity or not an encrypted PKCS#8 Ed25519
    // key; Verification (exit 4) "wrong passphrase for FILE".
    static Result<SigningIdentity> load(const QString &path, const QString &passphrase);

    QString name() const;
    SignerRole role() const;
    const PublicKey &publicKey() const; // name and role filled in
    QString fingerprint() const { return publicKey().fingerprint(); }

    // Raw Ed25519 signature (64 bytes).
    QByteArray signRaw(const QByteArray &message) const;
    // A minisign "ED" signature of `message` with this trusted comment.
    Minisignature sign(const QByteArray &message, const QString &trustedComment,
                       const QString &untrustedComment = QStringLiteral("signature from Steward")) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace steward
