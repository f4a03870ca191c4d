#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/EncodedTable.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/RiskReport.h"
#include "core/risk/RiskRequest.h"

#include <QStringList>

#include <string_view>
#include <vector>

namespace steward {

class MissingValues;

// A table whose risk is measured, fed one record at a time: its quasi-identifiers, then its
// sensitive attributes, then the further columns only a record suppression reads.
// DatasetRiskAnalysis measures the data as released and the data as stored (the baseline) with
// one each; they differ only in the rows they are fed (the masked output of a MaskWorker, or the
// stored cells) and in the records already suppressed.
class MeasuredTable final {
public:
    // `rowColumns` names the cells of the rows that addRow() is given; `records` pre-sizes.
    MeasuredTable(const QStringList &quasi, const QStringList &sensitive,
                  const QStringList &suppressionQuasi, const QStringList &rowColumns,
                  size_t records);

    // Whether the cell at `index` of the rows fed is one of the table's.
    bool reads(int index) const;

    // Adds a record whose cells need no normalising.
    Status addRow(const std::vector<std::string_view> &row);
    // Adds a record with an empty cell and every missing-value marker of the import as one value;
    // a cell equal to `notMissing` (the masked rows' mark of a suppressed cell) stays as it is.
    Status addRow(const std::vector<std::string_view> &row, const MissingValues &missing,
                  std::string_view notMissing = {});

    // Ends the rows; the table can be analysed from now on.
    void finish();

    // Positions in the table.
    std::vector<int> quasiColumns() const;
    std::vector<int> sensitiveColumns() const;
    std::vector<int> columnsOf(const QStringList &names) const;

    // The risk with the columns `quasi` as the quasi-identifiers, ungeneralised, and `sensitive`
    // as the sensitive attributes.
    Result<RiskReport> analyze(const std::vector<int> &quasi, const std::vector<int> &sensitive,
                               const RiskRequest &request, const CancellationToken *cancel) const;
    // The risk of the table's own quasi-identifiers and sensitive attributes for target `k`, with
    // the records flagged in `suppressed` (may be empty) left out.
    Result<RiskReport> measure(int k, std::vector<uint8_t> suppressed,
                               const CancellationToken *cancel) const;

private:
    int m_quasiCount;
    int m_sensitiveCount;
    QStringList m_names;
    std::vector<int> m_indexes; // into the rows fed
    EncodedTableBuilder m_builder;
    std::vector<std::string_view> m_row;
    EncodedTable m_table;
};

} // namespace steward
