#pragma once

#include "core/classify/DatasetClassification.h"
#include "core/mask/MaskRule.h"

#include <QList>
#include <QString>

#include <utility>

namespace steward {

// Suggested masking rules from a dataset's classification (the confirmed role of a field, else
// the suggested one; the concept recognised by the classifier):
//
// - direct identifiers are dropped, except the subject key — the first direct identifier whose
//   concept is a person key (resident ID / identity number, medical record number, inpatient,
//   outpatient, health card or insurance number, SSN) — which becomes a keyed pseudonym;
// - quasi-identifiers are generalised: age → 5-year bands with 90 and over
//   in one band (bands:breaks="0,5,…,90"), birth date → date:to=year, other dates
//   → date:to=month, postal code → truncate:keep=3, address or district → redact, a (masked)
//   person name → drop; sex, department and the other quasi-identifiers are kept (the risk pass
//   and `anonymize` generalise them further when needed);
// - sensitive attributes are kept (they are what the research needs; the role flags them), except
//   free text (notes) → scrub;
// - everything else is kept.
//
// Every column gets a rule (keep included), in column order.
class RuleSuggester final {
public:
    static QList<std::pair<QString, MaskRule>> suggest(const DatasetClassification &classification);
    // The field the suggestion pseudonymises as the subject key, empty when there is none.
    static QString subjectKey(const DatasetClassification &classification);
    // One field's suggestion given the dataset's subject key.
    static MaskRule suggestField(const FieldClassification &field, const QString &subjectKey);
};

} // namespace steward
