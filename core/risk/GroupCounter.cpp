#include "core/risk/GroupCounter.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace steward {

void GroupCounter::setCapacity(size_t capacity)
{
    m_slotMask = capacity - 1;
    m_shift = 64 - std::countr_zero(capacity);
    m_slots.assign(capacity, Slot{0, kEmpty, 0});
}

void GroupCounter::reset(int words, size_t expectedGroups)
{
    m_words = words;
    m_size = 0;
    // Load at most 2/3 for the expected groups; grow() keeps it below 3/4.
    setCapacity(std::max<size_t>(16, std::bit_ceil(expectedGroups + expectedGroups / 2 + 1)));
    m_keys.clear();
    m_counts.clear();
}

uint64_t GroupCounter::hashWords(const uint64_t *key) const
{
    uint64_t hash = 0;
    for (int i = 0; i < m_words; ++i)
        hash = mix(hash ^ key[i]) + static_cast<uint64_t>(i);
    return hash;
}

uint32_t GroupCounter::add(const uint64_t *key, uint32_t count)
{
    if (m_words == 1)
        return add(key[0], count);
    const uint64_t hash = hashWords(key);
    const size_t bytes = sizeof(uint64_t) * static_cast<size_t>(m_words);
    for (size_t slot = hash >> m_shift;; slot = (slot + 1) & m_slotMask) {
        const Slot &s = m_slots[slot];
        if (s.id == kEmpty)
            return insertNewWide(slot, key, hash, count);
        if (s.key == hash && std::memcmp(this->key(s.id), key, bytes) == 0) {
            m_counts[s.id] += count;
            return s.id;
        }
    }
}

uint32_t GroupCounter::insertNew(size_t slot, uint64_t key, uint32_t count)
{
    const auto id = static_cast<uint32_t>(m_size++);
    m_slots[slot] = Slot{key, id, count};
    if (m_size * 4 > m_slots.size() * 3)
        grow();
    return id;
}

uint32_t GroupCounter::insertNewWide(size_t slot, const uint64_t *key, uint64_t hash,
                                     uint32_t count)
{
    const auto id = static_cast<uint32_t>(m_size++);
    m_slots[slot] = Slot{hash, id, 0};
    m_keys.insert(m_keys.end(), key, key + m_words);
    m_counts.push_back(count);
    if (m_size * 4 > m_slots.size() * 3)
        grow();
    return id;
}

void GroupCounter::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    setCapacity(old.size() * 2);
    for (const Slot &s : old) {
        if (s.id == kEmpty)
            continue;
        const uint64_t hash = m_words == 1 ? mix(s.key) : s.key;
        size_t slot = hash >> m_shift;
        while (m_slots[slot].id != kEmpty)
            slot = (slot + 1) & m_slotMask;
        m_slots[slot] = s;
    }
}

void GroupCounter::finish()
{
    if (m_words != 1 || m_counts.size() == m_size)
        return;
    m_keys.resize(m_size);
    m_counts.resize(m_size);
    for (const Slot &s : m_slots) {
        if (s.id != kEmpty) {
            m_keys[s.id] = s.key;
            m_counts[s.id] = s.count;
        }
    }
}

void GroupCounter::releaseSlots()
{
    std::vector<Slot>().swap(m_slots);
}

ClassHistogram GroupCounter::histogram() const
{
    ClassHistogram histogram;
    histogram.words = m_words;
    if (m_words == 1) {
        histogram.keys.resize(m_size);
        histogram.counts.resize(m_size);
        for (const Slot &s : m_slots) {
            if (s.id != kEmpty) {
                histogram.keys[s.id] = s.key;
                histogram.counts[s.id] = s.count;
            }
        }
    } else {
        histogram.keys.assign(m_keys.begin(), m_keys.end());
        histogram.counts.assign(m_counts.begin(), m_counts.end());
    }
    return histogram;
}

} // namespace steward
