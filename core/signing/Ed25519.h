#pragma once

#include <QByteArray>

// The OpenSSL primitives the signing formats use, kept apart so that only this folder's sources
// include OpenSSL headers.
namespace steward::ed25519 {

// Whether `signature` (64 bytes) is a valid Ed25519 signature of `message` by `publicKey` (32 bytes).
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
// BLAKE2b with a 64-byte output (what minisign's "ED" algorithm signs); empty on failure.
QByteArray blake2b512(const QByteArray &message);

} // namespace steward::ed25519
