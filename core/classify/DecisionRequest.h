#pragma once

#include "core/classify/Taxonomy.h"

#include <QString>

#include <optional>

namespace steward {

// What a steward decides for one field (ClassificationService::decide()).
struct DecisionRequest {
    enum class Kind {
        Confirm,  // accept the field's current suggestion (reason optional)
        Override, // set role/grade/category; a reason is required unless they equal the suggestion
        Reopen,   // withdraw the confirmation (the values stay as the previous decision)
    };
    QString field;
    Kind kind = Kind::Confirm;
    FieldRole role = FieldRole::Other;         // Override
    int grade = 0;                             // Override: 1-5
    std::optional<DataCategory> category;      // Override: empty = the suggestion's category
    QString reason;

    static DecisionRequest confirm(const QString &field, const QString &reason = {});
    static DecisionRequest set(const QString &field, FieldRole role, int grade,
                               std::optional<DataCategory> category, const QString &reason);
    static DecisionRequest reopen(const QString &field, const QString &reason = {});
};

} // namespace steward
