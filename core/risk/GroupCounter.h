#pragma once

#include "core/risk/ClassHistogram.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace steward {

// Counts records per packed key (a hash GROUP BY): open addressing with linear probing, groups
// numbered 0, 1, … in order of first appearance. One-word keys live in the slots with their
// count (one memory access per record); wider keys are stored once, densely, and compared through
// the slot's hash. Reusable: reset() keeps the allocations.
class GroupCounter final {
public:
    static constexpr uint32_t kEmpty = 0xFFFFFFFFu;

    GroupCounter() { reset(1, 0); }

    // Starts over with keys of `words` uint64 and room for about `expectedGroups` groups (the
    // table grows when needed).
    void reset(int words, size_t expectedGroups);

    // Adds `count` (≥ 1) records to the group of a one-word key; returns the group's number.
    uint32_t add(uint64_t key, uint32_t count)
    {
        for (size_t slot = mix(key) >> m_shift;; slot = (slot + 1) & m_slotMask) {
            Slot &s = m_slots[slot];
            if (s.id == kEmpty)
                return insertNew(slot, key, count);
            if (s.key == key) {
                s.count += count;
                return s.id;
            }
        }
    }
    // The same for a key of words() uint64.
    uint32_t add(const uint64_t *key, uint32_t count);

    int words() const { return m_words; }
    size_t size() const { return m_size; }
    // Groups by number: call finish() after the last add() before using these.
    void finish();
    // After finish(): frees the hash table itself (the largest part with many groups); key(),
    // count() and counts() stay valid, add() and histogram() may not be called until reset().
    void releaseSlots();
    const uint64_t *key(uint32_t group) const { return m_keys.data() + size_t(group) * m_words; }
    uint32_t count(uint32_t group) const { return m_counts[group]; }
    const std::vector<uint32_t> &counts() const { return m_counts; }
    // The groups as a histogram sized exactly, index = group number (no finish() needed).
    ClassHistogram histogram() const;

private:
    struct Slot {
        uint64_t key;   // one-word key, or the hash of a wider key
        uint32_t id;    // group number, kEmpty for a free slot
        uint32_t count; // one-word keys only
    };
    static uint64_t mix(uint64_t x)
    {
        x ^= x >> 31;
        x *= 0x9E3779B97F4A7C15ull;
        x ^= x >> 29;
        return x * 0xBF58476D1CE4E5B9ull;
    }
    uint64_t hashWords(const uint64_t *key) const;
    uint32_t insertNew(size_t slot, uint64_t key, uint32_t count);
    uint32_t insertNewWide(size_t slot, const uint64_t *key, uint64_t hash, uint32_t count);
    void setCapacity(size_t capacity);
    void grow();

    int m_words = 1;
    int m_shift = 60; // slot = hash >> m_shift
    size_t m_slotMask = 15;
    size_t m_size = 0;
    std::vector<Slot> m_slots;
    std::vector<uint64_t> m_keys;   // dense by group (wide keys: always; one word: after finish)
    std::vector<uint32_t> m_counts; // idem
};

} // namespace steward
