#pragma once

#include "core/classify/FieldClassification.h"
#include "core/store/DatasetInfo.h"

#include <QList>
#include <QStringList>

namespace steward {

// The dataset's sensitivity grade: the highest CONFIRMED field grade (domain.md). Fields that
// need a decision are listed; they block a release later.
struct DatasetGrade {
    int grade = 0;          // 0 when no field is confirmed
    int suggestedGrade = 0; // highest effective grade (decision if confirmed, else suggestion)
    int fieldCount = 0;
    int confirmedCount = 0;     // confirmed and not stale
    QStringList needsDecision;  // field names in column order
};

// Everything the classification view needs about one dataset (ClassificationService::load()).
struct DatasetClassification {
    DatasetInfo dataset;
    bool analyzed = false; // every field has a profile and a suggestion for the current version
    QList<FieldClassification> fields; // in column order

    DatasetGrade grade() const;
    int indexOf(const QString &field) const; // -1 when no such field
    QStringList needsDecision() const;
};

} // namespace steward
