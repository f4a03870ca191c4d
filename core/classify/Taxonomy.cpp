#include "core/classify/Taxonomy.h"

#include <QCoreApplication>

namespace steward {

QString fieldRoleName(FieldRole role)
{
    switch (role) {
    case FieldRole::Direct: return QStringLiteral("direct");
    case FieldRole::Quasi: return QStringLiteral("quasi");
    case FieldRole::Sensitive: return QStringLiteral("sensitive");
    case FieldRole::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<FieldRole> fieldRoleFromName(QStringView name)
{
    for (FieldRole role : {FieldRole::Direct, FieldRole::Quasi, FieldRole::Sensitive, FieldRole::Other}) {
        if (name == fieldRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString fieldRoleLabel(FieldRole role)
{
    switch (role) {
    case FieldRole::Direct:
        return QCoreApplication::translate("steward::Taxonomy", "Direct identifier");
    case FieldRole::Quasi:
        return QCoreApplication::translate("steward::Taxonomy", "Quasi-identifier");
    case FieldRole::Sensitive:
        return QCoreApplication::translate("steward::Taxonomy", "Sensitive attribute");
    case FieldRole::Other:
        return QCoreApplication::translate("steward::Taxonomy", "Other");
    }
    return {};
}

QString dataCategoryName(DataCategory category)
{
    switch (category) {
    case DataCategory::PersonalAttribute: return QStringLiteral("personal_attribute");
    case DataCategory::HealthStatus: return QStringLiteral("health_status");
    case DataCategory::MedicalApplication: return QStringLiteral("medical_application");
    case DataCategory::MedicalPayment: return QStringLiteral("medical_payment");
    case DataCategory::HealthResource: return QStringLiteral("health_resource");
    case DataCategory::PublicHealth: return QStringLiteral("public_health");
    }
    return QStringLiteral("personal_attribute");
}

std::optional<DataCategory> dataCategoryFromName(QStringView name)
{
    for (DataCategory category :
         {DataCategory::PersonalAttribute, DataCategory::HealthStatus, DataCategory::MedicalApplication,
          DataCategory::MedicalPayment, DataCategory::HealthResource, DataCategory::PublicHealth}) {
        if (name == dataCategoryName(category))
            return category;
    }
    return std::nullopt;
}

QString dataCategoryLabel(DataCategory category)
{
    switch (category) {
    case DataCategory::PersonalAttribute:
        return QCoreApplication::translate("steward::Taxonomy", "Personal attribute");
    case DataCategory::HealthStatus:
        return QCoreApplication::translate("steward::Taxonomy", "Health status");
    case DataCategory::MedicalApplication:
        return QCoreApplication::translate("steward::Taxonomy", "Medical application");
    case DataCategory::MedicalPayment:
        return QCoreApplication::translate("steward::Taxonomy", "Medical payment");
    case DataCategory::HealthResource:
        return QCoreApplication::translate("steward::Taxonomy", "Health resource");
    case DataCategory::PublicHealth:
        return QCoreApplication::translate("steward::Taxonomy", "Public health");
    }
    return {};
}

} // namespace steward
