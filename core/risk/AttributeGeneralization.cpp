#include "core/risk/AttributeGeneralization.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace steward {

namespace {
constexpr uint32_t kUnset = 0xFFFFFFFFu;
}

Result<AttributeGeneralization> AttributeGeneralization::create(const EncodedTable &table,
                                                                int column,
                                                                const Hierarchy *hierarchy)
{
    const EncodedColumn &data = table.column(column);
    const uint32_t dictionarySize = data.distinctCount();

    std::vector<quint64> frequency(dictionarySize, 0);
    for (uint32_t code : data.codes())
        ++frequency[code];

    AttributeGeneralization result;
    result.m_column = column;
    result.m_name = data.name();

    // Level-0 hierarchy codes of the values present; count the values the hierarchy lacks.
    std::vector<uint32_t> hierarchyCode(dictionarySize, kUnset);
    quint64 missing = 0;
    for (uint32_t code = 0; code < dictionarySize; ++code) {
        if (frequency[code] == 0)
            continue;
        ++result.m_distinct;
        if (hierarchy) {
            hierarchyCode[code] = hierarchy->find(data.dictionary().value(code));
            if (hierarchyCode[code] == StringDictionary::kNotFound)
                ++missing;
        }
    }
    if (missing > 0) {
        // A plain variable: lupdate does not see a translation whose count is a template call.
        const int count = static_cast<int>(std::min<quint64>(missing, INT_MAX));
        return Error::badInput(
            tr("field '%1': %Ln distinct value(s) present in the data "
               "are missing from the hierarchy",
                                        nullptr, count)
                .arg(result.m_name),
            hierarchy->source());
    }
    result.m_full = result.m_distinct >= 2 ? result.m_distinct - 1 : 1;

    const int levels = hierarchy ? hierarchy->levelCount() : 1;
    result.m_dataToLevel.assign(levels, std::vector<uint32_t>(dictionarySize, 0));
    result.m_domainSizes.assign(levels, 0);
    result.m_numerators.resize(levels);
    result.m_levelLossSums.assign(levels, 0);
    result.m_labels.resize(levels - 1);

    // Dense codes per level in order of the column codes (deterministic).
    std::vector<std::vector<uint32_t>> denseOf(levels);
    if (hierarchy) {
        for (int level = 0; level < levels; ++level)
            denseOf[level].assign(hierarchy->size(level), kUnset);
    }
    std::vector<std::vector<quint64>> covered(levels);   // distinct present values per dense code
    std::vector<std::vector<quint64>> records(levels);   // records per dense code
    for (uint32_t code = 0; code < dictionarySize; ++code) {
        if (frequency[code] == 0)
            continue;
        uint32_t generalised = hierarchyCode[code];
        for (int level = 0; level < levels; ++level) {
            if (level > 0)
                generalised = hierarchy->parent(level - 1, generalised);
            uint32_t dense;
            if (!hierarchy) {
                dense = result.m_domainSizes[0];
            } else if (denseOf[level][generalised] != kUnset) {
                dense = denseOf[level][generalised];
            } else {
                dense = result.m_domainSizes[level];
                denseOf[level][generalised] = dense;
            }
            if (dense == result.m_domainSizes[level]) {
                ++result.m_domainSizes[level];
                covered[level].push_back(0);
                records[level].push_back(0);
                if (level == 0)
                    result.m_level0Values.push_back(code);
                else
                    result.m_labels[level - 1].emplace_back(hierarchy->label(level, generalised));
            }
            ++covered[level][dense];
            records[level][dense] += frequency[code];
            result.m_dataToLevel[level][code] = dense;
        }
    }

    for (int level = 0; level < levels; ++level) {
        auto &numerators = result.m_numerators[level];
        numerators.resize(result.m_domainSizes[level]);
        quint64 sum = 0;
        for (uint32_t dense = 0; dense < result.m_domainSizes[level]; ++dense) {
            numerators[dense] = static_cast<uint32_t>(covered[level][dense] - 1);
            sum += records[level][dense] * numerators[dense];
        }
        result.m_levelLossSums[level] = sum;
    }

    // Level-to-level maps through any present value (the hierarchy is a tree, so all agree).
    result.m_levelToLevel.resize(levels);
    for (int from = 0; from < levels; ++from) {
        auto &maps = result.m_levelToLevel[from];
        maps.resize(levels - from);
        for (int to = from; to < levels; ++to)
            maps[to - from].assign(result.m_domainSizes[from], 0);
        for (uint32_t code = 0; code < dictionarySize; ++code) {
            if (frequency[code] == 0)
                continue;
            const uint32_t source = result.m_dataToLevel[from][code];
            for (int to = from; to < levels; ++to)
                maps[to - from][source] = result.m_dataToLevel[to][code];
        }
    }
    return result;
}

std::string AttributeGeneralization::label(const EncodedTable &table, int level,
                                           uint32_t code) const
{
    if (level == 0)
        return std::string(table.column(m_column).dictionary().value(m_level0Values[code]));
    return m_labels[level - 1][code];
}

} // namespace steward
