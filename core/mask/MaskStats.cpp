#include "core/mask/MaskStats.h"

namespace steward {

void MaskStats::merge(const MaskStats &other)
{
    rows += other.rows;
    if (columns.size() < other.columns.size())
        columns.resize(other.columns.size());
    for (size_t i = 0; i < other.columns.size(); ++i) {
        columns[i].values += other.columns[i].values;
        columns[i].empty += other.columns[i].empty;
        columns[i].missing += other.columns[i].missing;
        columns[i].suppressed += other.columns[i].suppressed;
        columns[i].unreadable += other.columns[i].unreadable;
    }
}

} // namespace steward
