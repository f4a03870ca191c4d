#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// Field roles of the command-line contract (shared/docs/cli.md, domain.md "Field roles").
enum class FieldRole { Direct, Quasi, Sensitive, Other };

// The six data categories of GB/T 39725-2020 with the contract's machine names.
enum class DataCategory {
    PersonalAttribute,
    HealthStatus,
    MedicalApplication,
    MedicalPayment,
    HealthResource,
    PublicHealth,
};

constexpr int kMinGrade = 1;
constexpr int kMaxGrade = 5;

QString fieldRoleName(FieldRole role);          // "direct", "quasi", "sensitive", "other"
std::optional<FieldRole> fieldRoleFromName(QStringView name);

QString dataCategoryName(DataCategory category); // "personal_attribute", ...
std::optional<DataCategory> dataCategoryFromName(QStringView name);

// The translated names of roles and categories, for people.
class Taxonomy final {
    Q_DECLARE_TR_FUNCTIONS(steward::Taxonomy)
public:
    static QString fieldRoleLabel(FieldRole role);
    static QString dataCategoryLabel(DataCategory category);
};

} // namespace steward
