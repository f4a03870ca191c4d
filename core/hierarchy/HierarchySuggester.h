#pragma once

#include "core/hierarchy/HierarchySpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

struct FieldProfile;

// The hierarchy Steward proposes for a quasi-identifier, from its profile (detectors, inferred
// type, header, value range) — dates: date (birth dates: date:decade); ages: interval:5,10,20
// with top=90; other numbers: widths from the range; postal codes: redact:4,3,2; resident IDs and
// region codes: region; phones: redact:7,3; ICD-10 codes: icd10; anything else: flat.
class HierarchySuggester final {
    Q_DECLARE_TR_FUNCTIONS(steward::HierarchySuggester)
public:
    static HierarchySpec suggest(const FieldProfile &profile);
    // Why, in words (translated), for the dialog's tooltip and the CLI's text output.
    static QString reason(const FieldProfile &profile);
};

} // namespace steward
