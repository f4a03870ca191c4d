#pragma once

#include "core/risk/DatasetRiskAnalysis.h"

#include <QStringList>

#include <memory>
#include <string_view>
#include <vector>

namespace steward {

class MaskPlan;
struct MaskedCell;

// The information loss of every stored column of a dataset under a mask plan, gathered while
// the rows are masked (DatasetRiskAnalysis): for a generalising rule from the stored → masked
// value mapping, for a one-to-one rule from the cells it could not transform, a dropped field
// losing everything; the records a record suppression leaves out count as lost.
class FieldLossMeter final {
public:
    // `output` names the cells of the masked rows (the plan's output columns).
    FieldLossMeter(const QStringList &columns, const MaskPlan &plan, const QStringList &output,
                   size_t records);
    ~FieldLossMeter();

    // Adds record `row`: its stored cells and what the worker made of them.
    void add(const std::vector<std::string_view> &stored, const std::vector<MaskedCell> &masked,
             qint64 row);

    // Information loss per field (every column, in order) and over the quasi-identifiers asked
    // for, into `result`, with the records flagged in `suppressedRecords` (may be empty;
    // `result.suppressedRecords` of them) left out of `rows` records.
    void measure(const std::vector<uint8_t> &suppressedRecords, qint64 rows,
                 const QStringList &quasi, DatasetRiskResult &result) const;

private:
    class Accumulator;

    const QStringList m_columns;
    const MaskPlan &m_plan;
    // Fields whose rule generalises: the stored → masked mapping.
    std::vector<std::unique_ptr<Accumulator>> m_accumulators;
    std::vector<int> m_outputIndexOfColumn;
    // The records whose cell a one-to-one rule suppressed (a date a shift cannot read), per
    // column: few, and needed to count each lost cell once next to the suppressed records.
    std::vector<std::vector<uint32_t>> m_suppressedRows;
};

} // namespace steward
