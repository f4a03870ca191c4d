#include "core/risk/EncodedTable.h"

namespace steward {

int EncodedTable::columnIndex(const QString &name) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[i].name() == name)
            return i;
    }
    return -1;
}

size_t EncodedTable::memoryBytes() const
{
    size_t bytes = 0;
    for (const auto &column : m_columns)
        bytes += column.memoryBytes();
    return bytes;
}

} // namespace steward
