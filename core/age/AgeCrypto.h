#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The primitives the age format is built from, over OpenSSL 3. Internal to core/age: callers
// outside use AgeFile and AgeRecipient.
namespace steward::agecrypto {

constexpr int kKeySize = 32;
constexpr int kTagSize = 16;
constexpr int kNonceSize = 12;

// Random bytes from OpenSSL's generator; empty when the generator fails.
QByteArray randomBytes(int size);
// Overwrites the bytes (the buffer is detached first, so other copies keep theirs).
void wipe(QByteArray &bytes);

// Constant-time comparison (MACs); false for different sizes.
bool equal(QByteArrayView a, QByteArrayView b);

// HKDF-SHA256 (RFC 5869); empty on failure.
QByteArray hkdf(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int size = kKeySize);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// ChaCha20-Poly1305 (RFC 8439) with empty associated data: ciphertext followed by the 16-byte tag.
QByteArray seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext);
// Nothing when the tag does not match.
std::optional<QByteArray> open(QByteArrayView key, QByteArrayView nonce, QByteArrayView sealed);

// scrypt with r = 8, p = 1 and N = 2^logN; empty on failure (e.g. out of memory).
QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN);

// X25519 (RFC 7748): the public share of a secret scalar, and the shared secret; empty on failure.
QByteArray x25519Public(QByteArrayView secret);
QByteArray x25519(QByteArrayView secret, QByteArrayView peerPublic);

} // namespace steward::agecrypto
