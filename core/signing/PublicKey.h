#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace steward {

// An Ed25519 public key in minisign's format (https://jedisct1.github.io/minisign/):
//
//   untrusted comment: <free text>
//   base64("Ed" || key_id (8 bytes) || public key (32 bytes))
//
// Steward's own identities take key_id = the first 8 bytes of SHA-256(public key), so a key id is
// derived, never stored beside the private key; keys made by `minisign -G` keep their random id.
// The untrusted comment of a Steward .pub is
//   "untrusted comment: minisign public key <FINGERPRINT> · <name> (<role>)"
// (name and role are informative only: the role a project trusts a key for is set by `trust add`).
struct PublicKey {
    Q_DECLARE_TR_FUNCTIONS(steward::PublicKey)
public:
    QByteArray keyId;  // 8 bytes, as in the file
    QByteArray key;    // 32 bytes
    QString comment;   // the untrusted comment, without its prefix
    QString name;      // from a Steward comment; empty otherwise
    QString role;      // from a Steward comment ("steward", "compliance", "ethics"); empty otherwise

    // The key id as minisign prints it: 16 upper-case hex digits of the little-endian 64-bit number.
    QString fingerprint() const;
    // The base64 line (second line of the .pub file).
    QString base64() const;
    // The whole .pub file text, ending with a newline.
    QString toMinisignText() const;

    // Parses a .pub file's text (or just its base64 line). BadInput naming `file` and the line
    // that is wrong: not base64, wrong length, algorithm other than "Ed".
    static Result<PublicKey> parse(const QByteArray &text, const QString &file = {});
    static Result<PublicKey> load(const QString &path);
    // The key id Steward derives for a raw public key.
    static QByteArray deriveKeyId(const QByteArray &publicKey);
    // Fingerprint from 8 key-id bytes.
    static QString fingerprintOf(const QByteArray &keyId);
};

} // namespace steward
