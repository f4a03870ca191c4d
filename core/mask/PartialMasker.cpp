#include "core/mask/PartialMasker.h"

#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

#include <algorithm>

namespace steward {

PartialMasker::PartialMasker(int first, int last, std::string maskCharacter)
    : m_first(size_t(std::max(first, 0))),
      m_last(size_t(std::max(last, 0))),
      m_char(std::move(maskCharacter))
{
}

MaskedCell PartialMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::string_view v = masktext::trim(value);
    const size_t n = masktext::codePointCount(v);
    if (n == 0)
        return MaskedCell::value(v);
    const size_t first = std::min(m_first, n - 1);
    const size_t last = std::min(m_last, n - 1 - first);
    std::string &out = context.buffer();
    out.clear();
    const size_t firstEnd = masktext::codePointOffset(v, first);
    out.append(v.substr(0, firstEnd));
    for (size_t i = first; i < n - last; ++i)
        out += m_char;
    out.append(v.substr(masktext::codePointOffset(v, n - last)));
    return MaskedCell::value(out);
}

} // namespace steward
