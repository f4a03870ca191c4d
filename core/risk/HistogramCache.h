#pragma once

#include "core/risk/ClassHistogram.h"
#include "core/risk/GeneralizationLattice.h"

#include <deque>
#include <memory>
#include <unordered_map>

namespace steward {

// Class histograms of evaluated lattice nodes, so that a node's classes are rolled up from a
// cached more-specific node instead of rescanning the records. Bounded by a byte budget: the
// oldest entries go first; pinned entries (the bottom node) stay.
class HistogramCache final {
public:
    HistogramCache(const GeneralizationLattice &lattice, size_t budgetBytes);

    void insert(uint64_t node, std::shared_ptr<const ClassHistogram> histogram,
                bool pinned = false);
    std::shared_ptr<const ClassHistogram> find(uint64_t node) const;
    // The cached node ≤ `node` with the fewest classes (its direct predecessors are tried
    // first), or `fallback` when none is cached.
    uint64_t bestSource(uint64_t node, uint64_t fallback) const;
    size_t bytes() const { return m_bytes; }
    size_t entries() const { return m_entries.size(); }

private:
    struct Entry {
        std::shared_ptr<const ClassHistogram> histogram;
        size_t bytes = 0;
        bool pinned = false;
    };
    void evict();

    const GeneralizationLattice &m_lattice;
    size_t m_budget;
    size_t m_bytes = 0;
    std::unordered_map<uint64_t, Entry> m_entries;
    std::deque<uint64_t> m_order; // insertion order of unpinned entries
};

} // namespace steward
