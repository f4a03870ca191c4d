#pragma once

#include "core/common/Result.h"
#include "core/signing/Minisign.h"
#include "core/signing/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

class SigningIdentity;

// A reviewer's mark on one section of a document (domain.md: acceptable / improvable / to correct).
struct SectionMark {
    QString document; // "dpia" or "dsa"
    QString section;  // the template's section key
    QString mark;     // "acceptable", "improvable", "to_correct"
    QString comment;
};

// A signed decision on the content of a release. The signed bytes are decision.json, exactly:
//
//   {"format": "steward-decision/1", "release": NAME, "content_hash": HEX, "approve": bool,
//    "comment": TEXT, "sections": [{"document", "section", "mark", "comment"}],
//    "signer": {"name", "role", "fingerprint"}, "decided_at": ISO-8601 UTC}
//
// A decision FILE is a zip of three entries: decision.json, decision.json.minisig (minisign, so
// `unzip` + `minisign -Vm decision.json -p signer.pub` checks it by hand) and signer.pub. The
// same three go into an export package under approvals/ as tag files.
struct ReviewDecision {
    Q_DECLARE_TR_FUNCTIONS(steward::ReviewDecision)
public:
    QString release;
    QString contentHash;
    bool approve = false;
    QString comment;
    QList<SectionMark> sections;
    QString signerName;
    QString signerRole;        // "compliance", "ethics" (or "steward")
    QString signerFingerprint; // 16 hex
    QDateTime decidedAt;       // UTC

    QJsonObject toJson() const;
    // BadInput with `file` and line/column for malformed JSON or a missing/invalid member.
    static Result<ReviewDecision> fromJson(const QByteArray &json, const QString &file = {});
};

struct SignedDecision {
    Q_DECLARE_TR_FUNCTIONS(steward::SignedDecision)
public:
    ReviewDecision decision;
    QByteArray json;           // decision.json as signed
    Minisignature signature;
    PublicKey signer;

    // Builds decision.json (compact, UTF-8), signs it with `identity` (signer fields from it,
    // decidedAt now when null), trusted comment Minisign::trustedComment("decision", …).
    static SignedDecision sign(const ReviewDecision &decision, const SigningIdentity &identity);
    // Verification error (exit 4) when the signature does not verify against `signer` or the
    // signer fingerprint in the JSON is not the signing key's.
    Status verify() const;

    QByteArray toZip() const;
    Status writeFile(const QString &path) const; // QSaveFile
    // BadInput: not a decision file (missing entry, malformed). Does not verify.
    static Result<SignedDecision> readFile(const QString &path);
    static Result<SignedDecision> fromZip(const QByteArray &zip, const QString &file = {});
};

} // namespace steward
