#pragma once

#include "core/classify/Taxonomy.h"

#include <QString>

namespace steward {

// The classifier's proposal for one field, for a steward to confirm or override.
struct Suggestion {
    FieldRole role = FieldRole::Other;
    DataCategory category = DataCategory::MedicalApplication;
    int grade = 2;           // 1-5
    double confidence = 0.0; // 0-1
    QString evidence;        // one translated line a person can check
    QString detector;        // id of the detector whose hits decided it, empty when none
    QString conceptId;       // id of the concept suggested, empty when nothing was recognised
};

} // namespace steward
