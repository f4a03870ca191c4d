#pragma once

#include "core/risk/EncodedColumn.h"

#include <QString>

#include <vector>

namespace steward {

// A table held as dictionary-encoded columns (4 bytes per cell plus each column's distinct
// values): what risk measurement and the k-anonymity search work on. Built by
// EncodedTableBuilder from any stream of records.
class EncodedTable final {
public:
    EncodedTable() = default;
    explicit EncodedTable(std::vector<EncodedColumn> columns, size_t rows)
        : m_columns(std::move(columns)), m_rows(rows)
    {
    }

    size_t rowCount() const { return m_rows; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    const EncodedColumn &column(int index) const { return m_columns[index]; }
    // Index of the column named `name`, or -1.
    int columnIndex(const QString &name) const;
    size_t memoryBytes() const;

private:
    std::vector<EncodedColumn> m_columns;
    size_t m_rows = 0;
};

} // namespace steward
