#pragma once

#include "core/common/Result.h"
#include "core/release/SharingMode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace steward {

// What a release's data must satisfy, set by its sharing mode and stored with the release.
// Defaults per mode (documented in the README, "Release policy"): the risk ceilings of the domain
// reference (0.05 public, 1/3 enclave) and, for data that leaves to named recipients under an
// agreement, 0.2 (bilateral) and 0.1 (multilateral: more people hold a copy); min k is the
// smallest k whose highest prosecutor risk 1/k meets the ceiling.
//   mode          max unmasked grade  min k  max prosecutor risk  ethics  free text
//   public                2            20         0.05             yes      no
//   bilateral             3             5         0.2              yes      no
//   multilateral          3            10         0.1              yes      no
//   controlled            3             3         1/3              yes      yes (outputs reviewed in the enclave)
//   federated             3             3         1/3              no       no
struct ReleasePolicy {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleasePolicy)
public:
    int maxUnmaskedGrade = 3;        // fields graded above this must not leave unmasked (rule keep)
    int minK = 5;                    // smallest equivalence class over the quasi-identifiers
    double maxProsecutorRisk = 0.2;  // highest prosecutor risk (1 / smallest class) of the masked data
    bool ethicsApprovalRequired = true;
    bool freeTextAllowed = false;    // free-text fields (notes) may leave (scrubbed or not)
    // Signed approvals a release needs over its current content before it may leave: distinct
    // trusted compliance keys, and distinct trusted ethics keys (counted only while
    // ethicsApprovalRequired holds; see requiredEthicsApprovals()).
    int complianceApprovals = 1;
    int ethicsApprovals = 1;

    int requiredComplianceApprovals() const { return complianceApprovals; }
    int requiredEthicsApprovals() const { return ethicsApprovalRequired ? ethicsApprovals : 0; }

    static ReleasePolicy defaultsFor(SharingMode mode);

    // Keys of the JSON form and of `release set KEY=VALUE`: "max_unmasked_grade", "min_k",
    // "max_prosecutor_risk", "ethics_approval_required", "free_text_allowed",
    // "compliance_approvals", "ethics_approvals" (0–10).
    static QStringList keys();
    static QString keyLabel(const QString &key); // translated, for people
    QString valueText(const QString &key) const; // "3", "0.2", "true"
    // Parses and sets one value; Usage error naming the key and what was expected
    // (grade 1–5, k ≥ 2, risk in (0, 1], true/false).
    Status setValue(const QString &key, const QString &text);

    // The keys whose value in `proposed` is less strict than here: a higher grade, a lower k, a
    // higher risk, ethics no longer required, free text newly allowed, fewer approvals. Loosening
    // needs a reason.
    QStringList loosenedIn(const ReleasePolicy &proposed) const;

    QJsonObject toJson() const; // the keys above
    static Result<ReleasePolicy> fromJson(const QJsonObject &json);

    bool operator==(const ReleasePolicy &other) const = default;
};

} // namespace steward
