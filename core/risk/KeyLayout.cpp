#include "core/risk/KeyLayout.h"

#include <bit>

namespace steward {

KeyLayout::KeyLayout(const std::vector<uint32_t> &domainSizes)
{
    int word = 0;
    int used = 0;
    for (uint32_t size : domainSizes) {
        const int bits = size <= 1 ? 1 : std::bit_width(size - 1);
        if (used + bits > 64) {
            ++word;
            used = 0;
        }
        m_word.push_back(word);
        m_shift.push_back(used);
        m_mask.push_back(bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1);
        used += bits;
    }
    m_words = word + 1;
}

} // namespace steward
