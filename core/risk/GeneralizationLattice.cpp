#include "core/risk/GeneralizationLattice.h"

namespace steward {

GeneralizationLattice::GeneralizationLattice(std::vector<int> maxLevels, std::vector<int> minLevels)
    : m_maxLevels(std::move(maxLevels)), m_minLevels(std::move(minLevels))
{
    if (m_minLevels.empty())
        m_minLevels.assign(m_maxLevels.size(), 0);
    m_strides.assign(m_maxLevels.size(), 1);
    m_size = 1;
    for (int a = attributes() - 1; a >= 0; --a) {
        m_strides[a] = m_size;
        m_size *= static_cast<uint64_t>(m_maxLevels[a] - m_minLevels[a] + 1);
    }
}

std::vector<int> GeneralizationLattice::levels(uint64_t node) const
{
    std::vector<int> result(m_maxLevels.size());
    for (int a = 0; a < attributes(); ++a)
        result[a] = level(node, a);
    return result;
}

uint64_t GeneralizationLattice::node(const std::vector<int> &levels) const
{
    uint64_t result = 0;
    for (int a = 0; a < attributes(); ++a)
        result += static_cast<uint64_t>(levels[a] - m_minLevels[a]) * m_strides[a];
    return result;
}

int GeneralizationLattice::levelSum(uint64_t node) const
{
    int sum = 0;
    for (int a = 0; a < attributes(); ++a)
        sum += level(node, a);
    return sum;
}

bool GeneralizationLattice::lessOrEqual(uint64_t lower, uint64_t upper) const
{
    for (int a = 0; a < attributes(); ++a) {
        if (level(lower, a) > level(upper, a))
            return false;
    }
    return true;
}

uint64_t GeneralizationLattice::sizeFor(const std::vector<int> &maxLevels, uint64_t limit,
                                        const std::vector<int> &minLevels)
{
    uint64_t size = 1;
    for (size_t a = 0; a < maxLevels.size(); ++a) {
        size *= static_cast<uint64_t>(maxLevels[a] - (minLevels.empty() ? 0 : minLevels[a]) + 1);
        if (size > limit)
            return 0;
    }
    return size;
}

} // namespace steward
