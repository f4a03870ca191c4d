#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace steward {

// An age X25519 recipient ("age1…", Bech32) and identity ("AGE-SECRET-KEY-1…", as age-keygen
// writes them, comments allowed in identity files). https://age-encryption.org/v1
struct AgeRecipient {
    Q_DECLARE_TR_FUNCTIONS(steward::AgeRecipient)
public:
    QByteArray publicKey; // 32 bytes
    QString toString() const; // "age1…"
    // Usage error naming what is wrong (not Bech32, wrong prefix, wrong length).
    static Result<AgeRecipient> parse(const QString &text);
};

struct AgeIdentity {
    Q_DECLARE_TR_FUNCTIONS(steward::AgeIdentity)
public:
    QByteArray secretKey; // 32 bytes, wiped on destruction
    ~AgeIdentity();
    AgeRecipient recipient() const;
    QString toString() const; // "AGE-SECRET-KEY-1…"
    static AgeIdentity generate();
    // Every identity line of an identity file ('#' comments and blank lines skipped). BadInput with
    // file and line for a malformed line; never quotes the key.
    static Result<QList<AgeIdentity>> load(const QString &path);
};

} // namespace steward
