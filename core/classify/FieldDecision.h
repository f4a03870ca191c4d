#pragma once

#include "core/classify/Taxonomy.h"

#include <QList>
#include <QString>

namespace steward {

// A steward's decision about one field of a dataset. Decisions attach to a field by NAME (not by
// column position), so they survive `import --replace` with next month's extract.
//
// `hasValues` without `confirmed` is a decision carried over (from a replaced version whose
// suggestion changed, or from another dataset or template whose field changed): shown to the
// steward as the previous decision, but the field still needs a decision.
struct FieldDecision {
    bool confirmed = false;
    bool hasValues = false; // role, category and grade below are set
    FieldRole role = FieldRole::Other;
    DataCategory category = DataCategory::MedicalApplication;
    int grade = 0;       // 1-5 when hasValues
    QString reason;      // required when the decision differs from the suggestion (an override)
    QString decidedBy;   // OS user
    QString decidedAt;   // ISO 8601 UTC with milliseconds (AuditTrail::now())
    QString origin;      // "manual", "dataset:NAME" or "template:NAME"

    // The suggestion and field type the decision was made against. When the field's current
    // suggestion (role, category or grade) or type differs from them, the decision is stale and
    // the field needs a decision again (FieldClassification::needsDecision()).
    bool hasBasis = false;
    FieldRole basisRole = FieldRole::Other;
    DataCategory basisCategory = DataCategory::MedicalApplication;
    int basisGrade = 0;
    QString basisType;

    // Confirmed and different from the suggestion it was made against.
    bool isOverride() const;
    bool operator==(const FieldDecision &other) const = default;
};

// A field's decision as a whole, for undo/redo: ClassificationService::undo()/redo() write these
// states back exactly.
struct FieldDecisionState {
    QString field;
    FieldDecision decision;
    bool operator==(const FieldDecisionState &other) const = default;
};

} // namespace steward
