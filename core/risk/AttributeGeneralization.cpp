#include "core/risk/AttributeGeneralization.h"

#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/StringDictionary.h"

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
    result.allocate(levels, dictionarySize);

    // Dense codes per level in order of the column codes (deterministic).
    std::vector<std::vector<uint32_t>> denseOf(levels);
    if (hierarchy) {
        for (int level = 0; level < levels; ++level)
            denseOf[level].assign(hierarchy->size(level), kUnset);
    }
    std::vector<LevelCounts> counts(levels);
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
                counts[level].covered.push_back(0);
                counts[level].records.push_back(0);
                if (level == 0)
                    result.m_level0Values.push_back(code);
                else
                    result.m_labels[level - 1].emplace_back(hierarchy->label(level, generalised));
            }
            ++counts[level].covered[dense];
            counts[level].records[dense] += frequency[code];
            result.m_dataToLevel[level][code] = dense;
        }
    }
    result.finish(counts, frequency);
    return result;
}

Result<AttributeGeneralization> AttributeGeneralization::create(const EncodedTable &table,
                                                                int column,
                                                                const Generalizer &generalizer)
{
    const EncodedColumn &data = table.column(column);
    const uint32_t dictionarySize = data.distinctCount();

    std::vector<quint64> frequency(dictionarySize, 0);
    for (uint32_t code : data.codes())
        ++frequency[code];

    AttributeGeneralization result;
    result.m_column = column;
    result.m_name = data.name();
    for (uint32_t code = 0; code < dictionarySize; ++code) {
        if (frequency[code] > 0)
            ++result.m_distinct;
    }
    result.m_full = result.m_distinct >= 2 ? result.m_distinct - 1 : 1;

    const int levels = generalizer.height() + 1;
    result.allocate(levels, dictionarySize);

    // Labels are identified per level by their text, as in a Hierarchy; dense codes are given in
    // order of the column codes, as create() with the built rows gives them.
    std::vector<StringDictionary> labels(static_cast<size_t>(levels));
    // Dense code at a level → dense code at the next one: checks that the labels nest.
    std::vector<std::vector<uint32_t>> parents(static_cast<size_t>(levels));
    std::vector<LevelCounts> counts(levels);
    std::string label;
    for (uint32_t code = 0; code < dictionarySize; ++code) {
        if (frequency[code] == 0)
            continue;
        const std::string_view value = data.dictionary().value(code);
        uint32_t below = kUnset;
        for (int level = 0; level < levels; ++level) {
            uint32_t dense;
            if (level == 0) {
                dense = result.m_domainSizes[0];
            } else {
                if (value.empty())
                    label.clear();
                else
                    label = generalizer.label(value, level);
                dense = labels[level].intern(label);
            }
            if (dense == result.m_domainSizes[level]) {
                ++result.m_domainSizes[level];
                counts[level].covered.push_back(0);
                counts[level].records.push_back(0);
                if (level + 1 < levels)
                    parents[level].push_back(kUnset);
                if (level == 0)
                    result.m_level0Values.push_back(code);
                else
                    result.m_labels[level - 1].push_back(label);
            }
            if (level > 0) {
                uint32_t &parent = parents[level - 1][below];
                if (parent == kUnset) {
                    parent = dense;
                } else if (parent != dense) {
                    // Labels are (generalised) cell values: the message names the field and the
                    // levels only.
                    return Error::badInput(
                        tr("field '%1': a label at level %2 generalises to two different labels "
                           "at level %3: a hierarchy must be a tree")
                            .arg(result.m_name)
                            .arg(level - 1)
                            .arg(level));
                }
            }
            ++counts[level].covered[dense];
            counts[level].records[dense] += frequency[code];
            result.m_dataToLevel[level][code] = dense;
            below = dense;
        }
    }
    result.finish(counts, frequency);
    return result;
}

void AttributeGeneralization::allocate(int levels, uint32_t dictionarySize)
{
    m_dataToLevel.assign(levels, std::vector<uint32_t>(dictionarySize, 0));
    m_domainSizes.assign(levels, 0);
    m_numerators.resize(levels);
    m_levelLossSums.assign(levels, 0);
    m_labels.resize(levels - 1);
}

void AttributeGeneralization::finish(const std::vector<LevelCounts> &counts,
                                     const std::vector<quint64> &frequency)
{
    const int levels = int(m_domainSizes.size());
    for (int level = 0; level < levels; ++level) {
        auto &numerators = m_numerators[level];
        numerators.resize(m_domainSizes[level]);
        quint64 sum = 0;
        for (uint32_t dense = 0; dense < m_domainSizes[level]; ++dense) {
            numerators[dense] = static_cast<uint32_t>(counts[level].covered[dense] - 1);
            sum += counts[level].records[dense] * numerators[dense];
        }
        m_levelLossSums[level] = sum;
    }

    // Level-to-level maps through any present value (the hierarchy is a tree, so all agree).
    const uint32_t dictionarySize = uint32_t(frequency.size());
    // Dense level-0 codes are given in column-code order, so with every code present they are
    // the column codes.
    m_level0IsColumn = levels > 0 && m_domainSizes[0] == dictionarySize;
    m_levelToLevel.resize(levels);
    for (int from = m_level0IsColumn ? 1 : 0; from < levels; ++from) {
        auto &maps = m_levelToLevel[from];
        maps.resize(levels - from);
        for (int to = from; to < levels; ++to)
            maps[to - from].assign(m_domainSizes[from], 0);
        for (uint32_t code = 0; code < dictionarySize; ++code) {
            if (frequency[code] == 0)
                continue;
            const uint32_t source = m_dataToLevel[from][code];
            for (int to = from; to < levels; ++to)
                maps[to - from][source] = m_dataToLevel[to][code];
        }
    }
}

std::string AttributeGeneralization::label(const EncodedTable &table, int level,
                                           uint32_t code) const
{
    if (level == 0)
        return std::string(table.column(m_column).dictionary().value(m_level0Values[code]));
    return m_labels[level - 1][code];
}

} // namespace steward
