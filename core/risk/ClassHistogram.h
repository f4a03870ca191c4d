#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace steward {

// The equivalence classes of one transformation: a packed key (KeyLayout, `words` uint64 each)
// and a record count per class, in no particular order.
struct ClassHistogram {
    int words = 1;
    std::vector<uint64_t> keys; // size() * words
    std::vector<uint32_t> counts;

    size_t size() const { return counts.size(); }
    const uint64_t *key(size_t index) const { return keys.data() + index * words; }
    size_t memoryBytes() const
    {
        return keys.capacity() * sizeof(uint64_t) + counts.capacity() * sizeof(uint32_t);
    }
};

} // namespace steward
