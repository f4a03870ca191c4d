#pragma once

#include "core/mask/ValueMasker.h"

#include <string>

namespace steward {

// mask[:first=N,last=N,char=C]: keeps the first and last characters (code points) of the trimmed
// value and replaces each other character by the mask character (defaults 1, 1, '*'): 张三丰 →
// 张*丰, 13800138000 with first=3,last=4 → 138****8000. At least one character is always
// masked: the kept ends shrink for short values (first before last), so 张三 → 张* and a
// one-character value becomes the mask character.
class PartialMasker final : public ValueMasker {
public:
    PartialMasker(int first, int last, std::string maskCharacter);
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    size_t m_first;
    size_t m_last;
    std::string m_char; // UTF-8 of one code point
};

} // namespace steward
