#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace steward {

// Packs one dense code per attribute into a key of 64-bit words: each attribute gets the bits its
// domain needs and fields never straddle a word. With a combined width of ≤ 64 bits (the common
// case: Adult's nine attributes need 32) a key is a single uint64.
class KeyLayout final {
public:
    KeyLayout() = default;
    explicit KeyLayout(const std::vector<uint32_t> &domainSizes);

    int words() const { return m_words; }
    int attributes() const { return static_cast<int>(m_shift.size()); }
    int word(int attribute) const { return m_word[attribute]; }
    int shift(int attribute) const { return m_shift[attribute]; }
    uint64_t mask(int attribute) const { return m_mask[attribute]; }

    uint32_t get(const uint64_t *key, int attribute) const
    {
        return static_cast<uint32_t>((key[m_word[attribute]] >> m_shift[attribute])
                                     & m_mask[attribute]);
    }
    void set(uint64_t *key, int attribute, uint32_t code) const
    {
        uint64_t &w = key[m_word[attribute]];
        w = (w & ~(m_mask[attribute] << m_shift[attribute]))
            | (static_cast<uint64_t>(code) << m_shift[attribute]);
    }

private:
    int m_words = 1;
    std::vector<int> m_word;
    std::vector<int> m_shift;
    std::vector<uint64_t> m_mask;
};

} // namespace steward
