#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Bech32 (BIP 173, not Bech32m) as age writes its keys: a human-readable part, "1", the data in
// 5-bit groups and a six-character checksum. Internal to core/age.
namespace steward::bech32 {

struct Decoded {
    QString hrp; // lower case
    QByteArray data; // 8-bit bytes
};

// Lower-case text; the caller upper-cases it when the format wants (secret keys).
QString encode(const QString &hrp, const QByteArray &data);
// Nothing for mixed case, characters outside the alphabet, a bad checksum or non-zero padding.
// No length limit: age's keys stay below BIP 173's 90 characters anyway.
std::optional<Decoded> decode(const QString &text);

} // namespace steward::bech32
