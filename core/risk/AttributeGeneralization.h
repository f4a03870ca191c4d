#pragma once

#include "core/common/Result.h"
#include "core/risk/EncodedTable.h"
#include "core/hierarchy/Hierarchy.h"

#include <QtGlobal>

#include <QCoreApplication>
#include <cstdint>
#include <string>
#include <vector>

namespace steward {

class Generalizer;

// One quasi-identifier of an encoded table bound to its generalisation hierarchy (or to none:
// then only level 0 exists). Per level it maps the column's codes to dense codes of the
// generalised values that occur in the data, and knows what information loss each generalised
// value costs:
//   cell loss = (m − 1) / (N − 1)
// with m the number of distinct values present in the data that the generalised value covers and
// N the number of distinct values of the attribute in the data (a suppressed cell costs 1; when
// N = 1 a generalised cell costs 0). Losses are kept as exact integers: numerator m − 1 over the
// denominator full() = max(N − 1, 1).
class AttributeGeneralization final {
    Q_DECLARE_TR_FUNCTIONS(steward::AttributeGeneralization)
public:
    // BadInput (located at the hierarchy file) when values present in the column are missing from
    // the hierarchy; the message names the field and how many values, never the values.
    static Result<AttributeGeneralization> create(const EncodedTable &table, int column,
                                                  const Hierarchy *hierarchy);
    // The same for a built-in hierarchy, straight from its generalizer: only the values present
    // are generalised and only the labels the data reaches are kept (no table of rows, no
    // Hierarchy), which matters for nearly unique values such as amounts. The empty value
    // (missing data) stays empty at every level. Equal to create() with the built rows, the
    // empty value's row emptied; BadInput when the labels do not nest (a builder bug).
    static Result<AttributeGeneralization> create(const EncodedTable &table, int column,
                                                  const Generalizer &generalizer);

    int column() const { return m_column; }
    const QString &name() const { return m_name; }
    int height() const { return static_cast<int>(m_dataToLevel.size()) - 1; }
    // N: distinct values present in the data.
    uint32_t distinctValues() const { return m_distinct; }
    // Dense codes at `level`: 0 … domainSize(level) − 1 (only generalised values present).
    uint32_t domainSize(int level) const { return m_domainSizes[level]; }
    // Column code → dense code at `level`.
    const std::vector<uint32_t> &dataToLevel(int level) const { return m_dataToLevel[level]; }
    // Dense code at `from` → dense code at `to` (from ≤ to).
    const std::vector<uint32_t> &levelToLevel(int from, int to) const
    {
        // When every column code is present, level 0 is the column code itself and its maps are
        // dataToLevel's: not held twice (a million amounts cost 4 MB a level).
        if (from == 0 && m_level0IsColumn)
            return m_dataToLevel[to];
        return m_levelToLevel[from][to - from];
    }
    // Loss numerator m − 1 of the dense code at `level`.
    uint32_t lossNumerator(int level, uint32_t code) const { return m_numerators[level][code]; }
    const std::vector<uint32_t> &lossNumerators(int level) const { return m_numerators[level]; }
    // The common loss denominator max(N − 1, 1); a suppressed cell has numerator full().
    uint32_t full() const { return m_full; }
    // Σ over all records of the loss numerator at `level` (no suppression).
    quint64 levelLossSum(int level) const { return m_levelLossSums[level]; }
    // Text of the dense code at `level`: the hierarchy label, or at level 0 the value in `table`
    // (the table this was created for).
    std::string label(const EncodedTable &table, int level, uint32_t code) const;

private:
    AttributeGeneralization() = default;
    // Counts of one level's dense codes while they are assigned.
    struct LevelCounts {
        std::vector<quint64> covered; // distinct present values per dense code
        std::vector<quint64> records; // records per dense code
    };
    // Sizes everything for `levels` levels over `dictionarySize` column codes.
    void allocate(int levels, uint32_t dictionarySize);
    // Numerators, loss sums and level-to-level maps from the assigned dense codes.
    void finish(const std::vector<LevelCounts> &counts, const std::vector<quint64> &frequency);

    int m_column = -1;
    QString m_name;
    uint32_t m_distinct = 0;
    uint32_t m_full = 1;
    std::vector<uint32_t> m_domainSizes;
    std::vector<std::vector<uint32_t>> m_dataToLevel;
    std::vector<std::vector<std::vector<uint32_t>>> m_levelToLevel;
    bool m_level0IsColumn = false; // dense level-0 code = column code
    std::vector<std::vector<uint32_t>> m_numerators;
    std::vector<quint64> m_levelLossSums;
    std::vector<uint32_t> m_level0Values;            // dense level-0 code → column code
    std::vector<std::vector<std::string>> m_labels; // levels ≥ 1 (index level − 1)
};

} // namespace steward
