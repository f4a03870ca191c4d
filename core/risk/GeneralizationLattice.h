#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace steward {

// The full-domain generalisation lattice: one node per level vector (L_0, …, L_{n−1}) with
// minLevel_a ≤ L_a ≤ maxLevel_a, numbered in mixed radix over L_a − minLevel_a (attribute 0 varies
// slowest, so increasing node numbers are lexicographically increasing level vectors). The bottom
// (every attribute at its floor) is node 0, the top node size() − 1. A node's successors raise one
// attribute by one level.
class GeneralizationLattice final {
public:
    GeneralizationLattice() = default;
    // `minLevels` empty: every floor is 0. Requires minLevel_a ≤ maxLevel_a.
    explicit GeneralizationLattice(std::vector<int> maxLevels, std::vector<int> minLevels = {});

    int attributes() const { return static_cast<int>(m_maxLevels.size()); }
    uint64_t size() const { return m_size; }
    int maxLevel(int attribute) const { return m_maxLevels[attribute]; }
    int minLevel(int attribute) const { return m_minLevels[attribute]; }
    uint64_t stride(int attribute) const { return m_strides[attribute]; }
    uint64_t top() const { return m_size - 1; }

    int level(uint64_t node, int attribute) const
    {
        return m_minLevels[attribute]
            + static_cast<int>((node / m_strides[attribute])
                               % static_cast<uint64_t>(m_maxLevels[attribute]
                                                       - m_minLevels[attribute] + 1));
    }
    std::vector<int> levels(uint64_t node) const;
    uint64_t node(const std::vector<int> &levels) const;
    int levelSum(uint64_t node) const;
    // Whether every level of `lower` is ≤ the same level of `upper` (lower ≤ upper in the lattice).
    bool lessOrEqual(uint64_t lower, uint64_t upper) const;
    // Size of the lattice for these maximum (and minimum) levels, or 0 when it exceeds `limit`.
    static uint64_t sizeFor(const std::vector<int> &maxLevels, uint64_t limit,
                            const std::vector<int> &minLevels = {});

private:
    std::vector<int> m_maxLevels;
    std::vector<int> m_minLevels;
    std::vector<uint64_t> m_strides;
    uint64_t m_size = 1;
};

} // namespace steward
