#include "core/risk/HistogramCache.h"

#include <cstdint>

namespace steward {

HistogramCache::HistogramCache(const GeneralizationLattice &lattice, size_t budgetBytes)
    : m_lattice(lattice), m_budget(budgetBytes)
{
}

void HistogramCache::insert(uint64_t node, std::shared_ptr<const ClassHistogram> histogram,
                            bool pinned)
{
    if (m_entries.count(node))
        return;
    const size_t bytes = histogram->memoryBytes() + 64;
    m_entries.emplace(node, Entry{std::move(histogram), bytes, pinned});
    m_bytes += bytes;
    if (!pinned)
        m_order.push_back(node);
    evict();
}

std::shared_ptr<const ClassHistogram> HistogramCache::find(uint64_t node) const
{
    const auto it = m_entries.find(node);
    return it == m_entries.end() ? nullptr : it->second.histogram;
}

uint64_t HistogramCache::bestSource(uint64_t node, uint64_t fallback) const
{
    uint64_t best = fallback;
    size_t bestSize = SIZE_MAX;
    for (int a = 0; a < m_lattice.attributes(); ++a) {
        if (m_lattice.level(node, a) == m_lattice.minLevel(a))
            continue;
        const auto it = m_entries.find(node - m_lattice.stride(a));
        if (it != m_entries.end() && it->second.histogram->size() < bestSize) {
            best = it->first;
            bestSize = it->second.histogram->size();
        }
    }
    if (bestSize != SIZE_MAX)
        return best;
    for (const auto &[cached, entry] : m_entries) {
        if (entry.histogram->size() < bestSize && m_lattice.lessOrEqual(cached, node)) {
            best = cached;
            bestSize = entry.histogram->size();
        }
    }
    return best;
}

void HistogramCache::evict()
{
    // Keep the newest entry even when it alone exceeds the budget: it is about to be used.
    while (m_bytes > m_budget && m_order.size() > 1) {
        const uint64_t node = m_order.front();
        m_order.pop_front();
        const auto it = m_entries.find(node);
        m_bytes -= it->second.bytes;
        m_entries.erase(it);
    }
}

} // namespace steward
