#include "core/signing/SignerRole.h"

namespace steward {

QString SignerRoles::name(SignerRole role)
{
    switch (role) {
    case SignerRole::Steward: return QStringLiteral("steward");
    case SignerRole::Compliance: return QStringLiteral("compliance");
    case SignerRole::Ethics: return QStringLiteral("ethics");
    }
    return {};
}

std::optional<SignerRole> SignerRoles::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (SignerRole role : {SignerRole::Steward, SignerRole::Compliance, SignerRole::Ethics}) {
        if (n == SignerRoles::name(role))
            return role;
    }
    return std::nullopt;
}

QStringList SignerRoles::names()
{
    return {name(SignerRole::Steward), name(SignerRole::Compliance), name(SignerRole::Ethics)};
}

QString SignerRoles::label(SignerRole role)
{
    switch (role) {
    case SignerRole::Steward: return tr("Data steward");
    case SignerRole::Compliance: return tr("Compliance");
    case SignerRole::Ethics: return tr("Ethics committee");
    }
    return {};
}

} // namespace steward
