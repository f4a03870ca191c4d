#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

// Who signs: the steward exports, compliance staff and ethics committee members decide.
enum class SignerRole { Steward, Compliance, Ethics };

class SignerRoles final {
    Q_DECLARE_TR_FUNCTIONS(steward::SignerRoles)
public:
    static QString name(SignerRole role);                       // "steward", "compliance", "ethics"
    static std::optional<SignerRole> fromName(const QString &name);
    static QStringList names();
    static QString label(SignerRole role);                      // translated: "Data steward", …
};

} // namespace steward
