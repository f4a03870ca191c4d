#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// How data leaves (domain reference, "Sharing modes"): to one recipient, to several, to anyone,
// into a centralised secure enclave (controlled access), or not at all (federated: only
// aggregates computed in place leave).
enum class SharingMode { Bilateral, Multilateral, Public, Controlled, Federated };

QString sharingModeName(SharingMode mode); // "bilateral", "multilateral", "public", "controlled", "federated"
std::optional<SharingMode> sharingModeFromName(QStringView name); // case-insensitive
QList<SharingMode> allSharingModes();

// The legal bases of PIPL Art. 13 a release may rest on.
enum class LegalBasis {
    Consent,
    Contract,
    LegalDuty,
    PublicHealthEmergency,
    PublicInterestResearch,
    AlreadyPublic,
    OtherLaw,
};

// "consent", "contract", "legal_duty", "public_health_emergency", "public_interest_research",
// "already_public", "other_law"
QString legalBasisName(LegalBasis basis);
std::optional<LegalBasis> legalBasisFromName(QStringView name);
QList<LegalBasis> allLegalBases();

// Translated names for people (UI language).
class SharingModes final {
    Q_DECLARE_TR_FUNCTIONS(steward::SharingModes)
public:
    static QString label(SharingMode mode);       // "Controlled access (secure enclave)"
    static QString description(SharingMode mode); // one sentence: who sees what
    static QString label(LegalBasis basis);       // "Consent of the individual (PIPL Art. 13(1))"
};

} // namespace steward
