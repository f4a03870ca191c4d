#pragma once

#include "core/common/Result.h"
#include "core/risk/EncodedTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <string_view>
#include <vector>

namespace steward {

// Builds an EncodedTable from a stream of records given as UTF-8 cells (e.g. a RowSource or rows
// read back from the project store). Only the selected columns are kept.
class EncodedTableBuilder final {
    Q_DECLARE_TR_FUNCTIONS(steward::EncodedTableBuilder)
public:
    // Keeps every column of records with `columnNames.size()` cells.
    explicit EncodedTableBuilder(const QStringList &columnNames);
    // Keeps the record cells at `sourceIndexes` (in that order) under `columnNames`.
    EncodedTableBuilder(const QStringList &columnNames, std::vector<int> sourceIndexes);

    // Pre-sizes the code vectors when the record count is known.
    void reserve(size_t records);
    // Adds one record. Fails (Internal: a caller bug, not an input error) when a selected index is
    // beyond the record's cells.
    Status addRow(const std::vector<std::string_view> &cells);
    size_t rowCount() const { return m_rows; }
    // The table; the builder is empty afterwards.
    EncodedTable finish();

private:
    std::vector<EncodedColumn> m_columns;
    std::vector<int> m_sourceIndexes;
    int m_minCells = 0;
    size_t m_rows = 0;
};

} // namespace steward
