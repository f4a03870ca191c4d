#pragma once

#include "core/common/Result.h"
#include "core/release/ReleasePolicy.h"
#include "core/release/SharingMode.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

// One export of a release (the register the next stage fills: the package's hash and signer).
struct ReleaseExport {
    QDateTime at; // UTC
    QString sha256;
    QString file;
    QString signer;            // name of the steward who signed the package
    QString signerFingerprint; // of the steward's key (16 hex)
    QString recipient;         // the recipient organisation at the time of export
    QString encryption;        // "none", "passphrase", "recipients"
    QString contentHash;       // the approved content the package carries
};

// A release: which datasets of the project leave, to whom, why, on which legal basis, how
// (sharing mode and the policy it sets) and for how long. Stored in the project (schema v5);
// changed only through ReleaseService.
struct Release {
    Q_DECLARE_TR_FUNCTIONS(steward::Release)
public:
    qint64 id = 0;                // 0 until stored
    QString name;                 // unique in the project
    QStringList datasets;         // dataset names, in the order given (stored by dataset id, so a rename follows)
    QString providerOrganisation; // the hospital providing the data (defaults to the project title)
    QString recipientOrganisation;
    QString recipientContact;     // person, e-mail or address of the recipient's responsible person
    QStringList users;            // named users at the recipient
    QString purpose;
    std::optional<LegalBasis> legalBasis;
    QString legalBasisText;       // free text: the consent form, the law, the contract reference
    SharingMode mode = SharingMode::Bilateral;
    ReleasePolicy policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
    int retentionMonths = 0;      // 0: not set
    QDate startDate;              // null: not set
    QDate endDate;
    QString language = QStringLiteral("zh_CN"); // of its documents: "zh_CN" or "en"
    // The purpose matched against the scopes of the datasets' consent registers (setting key
    // "consent_purpose"; e.g. "research"). Empty: no record of a dataset with a register may leave.
    QString consentPurpose;
    // "draft", "submitted", "approved": changed only by WorkflowService (core/workflow).
    QString state = QStringLiteral("draft");
    QString createdBy;
    QDateTime createdAt;          // UTC
    QDateTime updatedAt;          // UTC
    QList<ReleaseExport> exports; // newest first

    // Keys of `release set KEY=VALUE` besides the policy keys (ReleasePolicy::keys()):
    // "name", "datasets" (comma-separated names), "provider", "recipient", "contact", "users"
    // (comma-separated), "purpose", "legal_basis" (a legalBasisName or empty), "legal_basis_text",
    // "mode" (sets the mode's default policy; a looser result needs a reason), "retention_months",
    // "start", "end" (ISO dates or empty), "lang", "consent_purpose".
    static QStringList settingKeys();
    // Parses and applies one setting (policy keys included). Usage error naming the key and what
    // was expected; never the value itself when it could be personal data.
    Status set(const QString &key, const QString &value);

    // `release show --json`: {"release": name, "state", "mode", "datasets", "provider", "recipient",
    // "contact", "users", "purpose", "legal_basis", "legal_basis_text", "retention_months",
    // "start", "end", "lang", "consent_purpose", "policy": {...}, "created_by", "created_at", "updated_at",
    // "exports": [{"at", "sha256", "file", "signer"}]}
    QJsonObject toJson() const;
};

} // namespace steward
