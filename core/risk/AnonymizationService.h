#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/mask/MaskRule.h"
#include "core/mask/RecordSuppression.h"
#include "core/risk/AnonymizationResult.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace steward {

class ProjectStore;

// One quasi-identifier of an anonymization request.
struct AnonymizationField {
    QString name;
    // The value hierarchy: a file (value;level1;…;*) or a built-in one. Neither: the hierarchy
    // stored in the project for the field, else the one HierarchySuggester proposes.
    QString hierarchyFile;
    std::optional<HierarchySpec> builder;
    double weight = 1.0; // weight of the field's loss, ≥ 0
    int maxLevel = -1;   // highest level the search may use; −1: the hierarchy's height
};

// A privacy model on a sensitive attribute of an anonymization request.
struct AnonymizationSensitive {
    QString name;
    SensitiveModel model;
};

// What `anonymize` (CLI) and the anonymize dialog ask for.
struct AnonymizationRequest {
    // The quasi-identifiers, each once. The service orders them by column, so that ties between
    // equal-loss transformations do not depend on the order given.
    QList<AnonymizationField> quasi;
    int k = 5;
    double suppressionLimit = 0.0; // fraction 0–1 of the records that may be suppressed
    // Models on sensitive attributes (model.column is ignored: the service resolves `name`).
    QList<AnonymizationSensitive> sensitive;
    // Highest prosecutor risk (1 / smallest class) at most this: raises k to ceil(1 / maxRisk).
    std::optional<double> maxRisk;
    // Average prosecutor risk of the records kept at most this.
    std::optional<double> maxAverageRisk;
};

// What the result does to one quasi-identifier, compared with its stored rule.
struct AnonymizationFieldChange {
    QString field;
    std::optional<MaskRule> previous; // the stored rule before (none: kept)
    MaskRule rule;                    // what the result stores (== previous when unchanged)
    QString hierarchy;                // spec text (HierarchySpec::format), file, or "stored"
    int floor = 0;                    // lowest level the previous rule allowed
    int level = 0;                    // the level chosen
    QString levelName;                // Generalizer::levelName, or "level N" for files
    bool replaced = false;            // the stored rule changes
};

// A search result ready to be stored.
struct AnonymizationOutcome {
    qint64 datasetId = 0;
    int datasetVersion = 0;
    QStringList quasi;          // the quasi-identifiers in column order: the order of result.levels
    AnonymizationResult result; // found is always true
    // One rule per quasi-identifier, in `quasi` order: hierarchy:builder=SPEC,level=L,
    // hierarchy:file=ABSOLUTE_FILE,level=L, hierarchy:level=L (the stored table), the previous
    // rule when the level is its floor, or keep for level 0.
    QList<std::pair<QString, MaskRule>> rules;
    // What the release must leave out: set when the result suppresses records.
    std::optional<RecordSuppression> suppression;
    // Per quasi-identifier, in `quasi` order: what the result replaces (never a weaker rule: a
    // field's stored generalising rule is the floor of its search).
    QList<AnonymizationFieldChange> changes;
    // Class-size distribution at the floors before the search (the data as the stored rules
    // generalise it, nothing suppressed), for the dialog's before/after charts.
    std::vector<std::pair<quint64, quint64>> classSizesBefore;
};

// Finds the least-loss full-domain generalisation reaching k-anonymity for a stored dataset
// (LatticeSearch over the quasi-identifier columns, bound to their hierarchies) and stores it as
// the fields' rules plus the record suppression. Shared by the CLI and the GUI so both produce
// the same rules.
class AnonymizationService final {
    Q_DECLARE_TR_FUNCTIONS(steward::AnonymizationService)
public:
    // The smallest k keeping the highest prosecutor risk 1/k at or below `maxRisk`: ceil(1/R).
    static int kForMaxRisk(double maxRisk);
    // The k a request searches for: its k, raised by a highest-risk ceiling.
    static int effectiveK(const AnonymizationRequest &request);

    // Read-only; runs on the calling thread, on `store`'s connection (the GUI hands it a
    // secondary connection on a worker thread). Cells equal to a missing-value marker of the
    // import count as the empty value (as in `risk`), so a hierarchy generalises missing data
    // through its row for the empty value.
    // Progress: the rows read (estimatedTotal = 2 × rows), then the search as the second half.
    // Errors: Usage for an invalid request (no quasi-identifier, a field twice, k < 1, a limit
    // outside 0–1, a negative weight or level); BadInput for a field that is not a column, an
    // unreadable hierarchy or one missing values of the data, and when no generalisation
    // reaches k within the suppression limit; Cancelled.
    static Result<AnonymizationOutcome> run(ProjectStore &store, const DatasetInfo &dataset,
                                            const AnonymizationRequest &request,
                                            const ProgressCallback &progress = {},
                                            const CancellationToken *cancel = nullptr);

    // Stores the outcome's rules (replacing the quasi-identifiers' previous rules) and its record
    // suppression (clearing a stored one when it has none) in one transaction, a savepoint when
    // the caller has one open. BadInput when the outcome was computed for another dataset or an
    // earlier version of it.
    static Status apply(ProjectStore &store, const DatasetInfo &dataset,
                        const AnonymizationOutcome &outcome);
};

} // namespace steward
