#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskRule.h"
#include "core/mask/RecordSuppression.h"
#include "core/risk/RiskReport.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace steward {

class ProjectStore;

// What to measure: which fields, which target k, and the transformation (field rules and record
// suppression; `masked == false` measures the data as stored).
struct DatasetRiskOptions {
    QStringList quasi;
    QStringList sensitive;
    int k = 5;
    bool masked = true;
    QList<std::pair<QString, MaskRule>> rules; // per field; fields not named are kept
    MaskEnvironment environment;               // secret, missing markers, files
    std::optional<RecordSuppression> recordSuppression;
    // Also measure the data as stored in the same pass (the "before" of before-vs-after).
    bool withBaseline = false;
    // Records that do not leave at all (no valid consent): asked once per record, before
    // masking, with the stored value of the column at `recordFilterColumn` (0-based); a record
    // it refuses is in neither the masked data nor the baseline. Unset: every record is measured.
    int recordFilterColumn = -1;
    std::function<bool(std::string_view value)> keepRecord;
};

// Information loss of one field under its rule: the average over its cells of (m−1)/(N−1), m the
// number of distinct stored values that the cell's masked value covers, N the number of distinct
// stored values of the field (0 when N ≤ 1); a dropped field, a suppressed cell and a cell of a
// suppressed record count 1. Kept and pseudonymised fields (one-to-one) lose 0.
struct FieldLoss {
    QString field;
    QString op; // operator name
    double loss = 0.0;
    quint64 suppressedCells = 0; // cells made null by the rule (suppress, recode unmatched=…, a date a shift cannot read)
};

struct DatasetRiskResult {
    QStringList quasi;     // the quasi-identifiers measured (dropped fields leave the analysis)
    QStringList sensitive; // the sensitive attributes measured
    int k = 5;
    bool masked = true;
    RiskReport report;                 // the data as released (masked, records suppressed)
    std::optional<RiskReport> baseline; // the data as stored (withBaseline)
    std::vector<FieldLoss> fieldLoss;   // every column of the dataset, in column order
    // Mean loss over the quasi-identifiers asked for (dropped ones count 1); 0 when none.
    double totalLoss = 0.0;
    quint64 suppressedCells = 0;   // over all fields, by the rules
    // Records left out by the record suppression (also report.suppressedRecords).
    quint64 suppressedRecords = 0;
    // The record suppression needed more than its maxFraction of the records.
    bool suppressionOverLimit = false;
};

// Masks a stored dataset by its rules in one streaming pass (no whole-table copy of the cells:
// quasi-identifier and sensitive values are dictionary-encoded), then measures risk and
// information loss. Runs on any thread with its own connection (pass a secondary store when off
// the UI thread). Progress counts rows; cancellation returns ErrorCode::Cancelled.
class DatasetRiskAnalysis final {
    Q_DECLARE_TR_FUNCTIONS(steward::DatasetRiskAnalysis)
public:
    static Result<DatasetRiskResult> run(ProjectStore &store, const DatasetInfo &dataset,
                                         const DatasetRiskOptions &options,
                                         const ProgressCallback &progress = {},
                                         const CancellationToken *cancel = nullptr);
};

} // namespace steward
