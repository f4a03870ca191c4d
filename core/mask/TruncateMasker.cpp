#include "core/mask/TruncateMasker.h"

#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

#include <algorithm>

namespace steward {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view v)
{
    return std::all_of(v.begin(), v.end(), isDigit);
}

bool isResidentId(std::string_view v)
{
    return v.size() == 18 && allDigits(v.substr(0, 17))
        && (isDigit(v[17]) || v[17] == 'X' || v[17] == 'x');
}

} // namespace

MaskedCell TruncateMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::string_view v = masktext::trim(value);
    std::string &out = context.buffer();
    if (isResidentId(v)) {
        const size_t keep = std::min<size_t>(m_keep, 6);
        out.assign(v.substr(0, keep));
        out.append(6 - keep, '0');
        return MaskedCell::value(out);
    }
    if (allDigits(v)) {
        if (v.size() <= m_keep)
            return MaskedCell::value(v);
        out.assign(v.substr(0, m_keep));
        out.append(v.size() - m_keep, '0');
        return MaskedCell::value(out);
    }
    return MaskedCell::value(v.substr(0, masktext::codePointOffset(v, m_keep)));
}

} // namespace steward
