#include "core/classify/Taxonomy.h"

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

QString Taxonomy::fieldRoleLabel(FieldRole role)
{
    switch (role) {
    case FieldRole::Direct:
        return tr("Direct identifier");
    case FieldRole::Quasi:
        return tr("Quasi-identifier");
    case FieldRole::Sensitive:
        return tr("Sensitive attribute");
    case FieldRole::Other:
        return tr("Other");
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

QString Taxonomy::dataCategoryLabel(DataCategory category)
{
    switch (category) {
    case DataCategory::PersonalAttribute:
        return tr("Personal attribute");
    case DataCategory::HealthStatus:
        return tr("Health status");
    case DataCategory::MedicalApplication:
        return tr("Medical application");
    case DataCategory::MedicalPayment:
        return tr("Medical payment");
    case DataCategory::HealthResource:
        return tr("Health resource");
    case DataCategory::PublicHealth:
        return tr("Public health");
    }
    return {};
}

} // namespace steward
