#include "core/risk/EncodedTableBuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace steward {

EncodedTableBuilder::EncodedTableBuilder(const QStringList &columnNames)
{
    std::vector<int> indexes(static_cast<size_t>(columnNames.size()));
    for (size_t i = 0; i < indexes.size(); ++i)
        indexes[i] = static_cast<int>(i);
    *this = EncodedTableBuilder(columnNames, std::move(indexes));
}

EncodedTableBuilder::EncodedTableBuilder(const QStringList &columnNames,
                                         std::vector<int> sourceIndexes)
    : m_sourceIndexes(std::move(sourceIndexes))
{
    m_columns.reserve(m_sourceIndexes.size());
    for (size_t i = 0; i < m_sourceIndexes.size(); ++i) {
        m_columns.emplace_back(i < static_cast<size_t>(columnNames.size())
                                   ? columnNames[static_cast<qsizetype>(i)]
                                   : QString());
    }
    for (int index : m_sourceIndexes)
        m_minCells = std::max(m_minCells, index + 1);
}

void EncodedTableBuilder::reserve(size_t records)
{
    for (auto &column : m_columns)
        column.reserve(records);
}

Status EncodedTableBuilder::addRow(const std::vector<std::string_view> &cells)
{
    if (cells.size() < static_cast<size_t>(m_minCells)) {
        return Error::internal(
            tr("record %1 has %2 cells, %3 expected")
                .arg(m_rows + 1)
                .arg(cells.size())
                .arg(m_minCells));
    }
    for (size_t i = 0; i < m_columns.size(); ++i)
        m_columns[i].append(cells[static_cast<size_t>(m_sourceIndexes[i])]);
    ++m_rows;
    return Status::success();
}

EncodedTable EncodedTableBuilder::finish()
{
    for (auto &column : m_columns)
        column.shrinkToFit();
    EncodedTable table(std::move(m_columns), m_rows);
    m_columns.clear();
    m_rows = 0;
    return table;
}

} // namespace steward
