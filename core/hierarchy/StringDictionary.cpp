#include "core/hierarchy/StringDictionary.h"

#include <functional>

namespace steward {

uint64_t StringDictionary::hashOf(std::string_view value)
{
    return std::hash<std::string_view>{}(value);
}

uint32_t StringDictionary::find(std::string_view value) const
{
    if (m_slots.empty())
        return kNotFound;
    const uint64_t hash = hashOf(value);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const uint32_t entry = m_slots[slot];
        if (entry == 0)
            return kNotFound;
        const uint32_t code = entry - 1;
        if (m_hashes[code] == hash && this->value(code) == value)
            return code;
    }
}

uint32_t StringDictionary::intern(std::string_view value)
{
    if ((m_hashes.size() + 1) * 2 > m_slots.size())
        grow();
    const uint64_t hash = hashOf(value);
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    for (;; slot = (slot + 1) & mask) {
        const uint32_t entry = m_slots[slot];
        if (entry == 0)
            break;
        const uint32_t code = entry - 1;
        if (m_hashes[code] == hash && this->value(code) == value)
            return code;
    }
    const auto code = static_cast<uint32_t>(m_hashes.size());
    m_arena.append(value);
    m_offsets.push_back(m_arena.size());
    m_hashes.push_back(hash);
    m_slots[slot] = code + 1;
    return code;
}

std::string_view StringDictionary::value(uint32_t code) const
{
    const size_t begin = m_offsets[code];
    return std::string_view(m_arena).substr(begin, m_offsets[code + 1] - begin);
}

size_t StringDictionary::memoryBytes() const
{
    return m_arena.capacity() + m_offsets.capacity() * sizeof(size_t)
        + m_hashes.capacity() * sizeof(uint64_t) + m_slots.capacity() * sizeof(uint32_t);
}

void StringDictionary::grow()
{
    const size_t capacity = m_slots.empty() ? 16 : m_slots.size() * 2;
    m_slots.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (uint32_t code = 0; code < m_hashes.size(); ++code) {
        size_t slot = m_hashes[code] & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = code + 1;
    }
}

} // namespace steward
