#pragma once

#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

// One thing the release's data violates of its policy today.
struct PolicyViolation {
    // "no_datasets", "unmasked_grade" (a field above the highest unmasked grade keeps its values),
    // "direct_identifier" (a direct identifier leaves unmasked), "free_text" (a free-text field
    // leaves while the policy forbids it), "min_k" (smallest class below the minimum k),
    // "max_risk" (highest prosecutor risk above the ceiling), "dataset_missing" (a dataset of the
    // release was deleted). Unconfirmed fields are judged by their suggestion (the gates of the
    // review stage require confirmation).
    QString rule;
    QString dataset; // empty for release-wide rules
    QString field;   // empty for dataset-wide rules
    QString detail;  // translated; names fields, grades and figures, never cell values

    QJsonObject toJson() const; // {"rule", "dataset", "field", "detail"}
};

// `release check` and the release view's live policy check: pure evaluation of measurements
// against the release's policy (no I/O), so the GUI can re-run it whenever a measurement changes.
class PolicyCheck final {
    Q_DECLARE_TR_FUNCTIONS(steward::PolicyCheck)
public:
    static QList<PolicyViolation> evaluate(const Release &release,
                                           const QList<DatasetMeasurement> &measurements);
};

} // namespace steward
