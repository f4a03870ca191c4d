#include "core/release/SharingMode.h"

namespace steward {

namespace {

struct ModeName {
    SharingMode mode;
    const char *name;
};

constexpr ModeName kModes[] = {
    {SharingMode::Bilateral, "bilateral"},   {SharingMode::Multilateral, "multilateral"},
    {SharingMode::Public, "public"},         {SharingMode::Controlled, "controlled"},
    {SharingMode::Federated, "federated"},
};

struct BasisName {
    LegalBasis basis;
    const char *name;
};

constexpr BasisName kBases[] = {
    {LegalBasis::Consent, "consent"},
    {LegalBasis::Contract, "contract"},
    {LegalBasis::LegalDuty, "legal_duty"},
    {LegalBasis::PublicHealthEmergency, "public_health_emergency"},
    {LegalBasis::PublicInterestResearch, "public_interest_research"},
    {LegalBasis::AlreadyPublic, "already_public"},
    {LegalBasis::OtherLaw, "other_law"},
};

} // namespace

QString sharingModeName(SharingMode mode)
{
    for (const ModeName &m : kModes) {
        if (m.mode == mode)
            return QLatin1String(m.name);
    }
    return {};
}

std::optional<SharingMode> sharingModeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const ModeName &m : kModes) {
        if (trimmed.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.mode;
    }
    return std::nullopt;
}

QList<SharingMode> allSharingModes()
{
    QList<SharingMode> modes;
    for (const ModeName &m : kModes)
        modes.append(m.mode);
    return modes;
}

QString legalBasisName(LegalBasis basis)
{
    for (const BasisName &b : kBases) {
        if (b.basis == basis)
            return QLatin1String(b.name);
    }
    return {};
}

std::optional<LegalBasis> legalBasisFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const BasisName &b : kBases) {
        if (trimmed.compare(QLatin1String(b.name), Qt::CaseInsensitive) == 0)
            return b.basis;
    }
    return std::nullopt;
}

QList<LegalBasis> allLegalBases()
{
    QList<LegalBasis> bases;
    for (const BasisName &b : kBases)
        bases.append(b.basis);
    return bases;
}

QString SharingModes::label(SharingMode mode)
{
    switch (mode) {
    case SharingMode::Bilateral:
        return tr("Bilateral (one recipient)");
    case SharingMode::Multilateral:
        return tr("Multilateral (several recipients)");
    case SharingMode::Public:
        return tr("Public access (open data)");
    case SharingMode::Controlled:
        return tr("Controlled access (secure enclave)");
    case SharingMode::Federated:
        return tr("Federated (only aggregates leave)");
    }
    return {};
}

QString SharingModes::description(SharingMode mode)
{
    switch (mode) {
    case SharingMode::Bilateral:
        return tr("A copy of the data goes to one recipient organisation, whose named users work "
                  "with it under the agreement.");
    case SharingMode::Multilateral:
        return tr("Copies of the data go to several recipient organisations under one agreement, "
                  "so more people hold the data.");
    case SharingMode::Public:
        return tr("The data is published: anyone may download it, without an agreement or any "
                  "control over who sees it.");
    case SharingMode::Controlled:
        return tr("The data stays in a secure enclave run by the provider; named users work with "
                  "it there and only reviewed outputs leave.");
    case SharingMode::Federated:
        return tr("The data never leaves the provider: analyses run where the data is and only "
                  "aggregate results leave.");
    }
    return {};
}

QString SharingModes::label(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent:
        return tr("Consent of the individual (PIPL Art. 13(1))");
    case LegalBasis::Contract:
        return tr("Necessary for a contract with the individual (PIPL Art. 13(2))");
    case LegalBasis::LegalDuty:
        return tr("Necessary for a legal duty or obligation (PIPL Art. 13(3))");
    case LegalBasis::PublicHealthEmergency:
        return tr("Public health emergency, or to protect life, health or property (PIPL Art. "
                  "13(4))");
    case LegalBasis::PublicInterestResearch:
        // Art. 13(5) names news reporting and supervision by public opinion; research in the
        // public interest is commonly placed here, so the label keeps to the wording of the law.
        return tr("Acts in the public interest, within a reasonable scope (PIPL Art. 13(5))");
    case LegalBasis::AlreadyPublic:
        return tr("Information the individual made public or that was lawfully made public "
                  "(PIPL Art. 13(6))");
    case LegalBasis::OtherLaw:
        return tr("Other circumstances provided by laws and administrative regulations (PIPL "
                  "Art. 13(7))");
    }
    return {};
}

} // namespace steward
