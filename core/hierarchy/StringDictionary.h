#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace steward {

// Interns UTF-8 strings to dense codes 0, 1, 2, … in order of first appearance. Values live in one
// arena (no per-string allocation); lookups go through an open-addressing table. Used for the
// dictionary of an encoded column and for the labels of a hierarchy level.
class StringDictionary final {
public:
    static constexpr uint32_t kNotFound = 0xFFFFFFFFu;

    // The code of `value`, adding it when new.
    uint32_t intern(std::string_view value);
    // The code of `value`, or kNotFound.
    uint32_t find(std::string_view value) const;
    std::string_view value(uint32_t code) const;
    uint32_t size() const { return static_cast<uint32_t>(m_hashes.size()); }
    // Heap bytes held (arena, offsets, table).
    size_t memoryBytes() const;

private:
    static uint64_t hashOf(std::string_view value);
    void grow();

    std::string m_arena;
    std::vector<size_t> m_offsets{0}; // value i is arena[offsets[i], offsets[i+1])
    std::vector<uint64_t> m_hashes;   // per code
    std::vector<uint32_t> m_slots;    // code + 1, 0 = empty; size is a power of two
};

} // namespace steward
