#include "core/mask/DateShiftMasker.h"

#include "core/import/DateText.h"
#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

namespace steward {

int DateShiftMasker::offsetFor(quint64 hash, int days)
{
    const quint64 r = hash % (2 * quint64(days));
    return r < quint64(days) ? -int(r + 1) : int(r - quint64(days) + 1);
}

MaskedCell DateShiftMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::optional<DateText> date = DateText::parse(masktext::trim(value));
    if (!date)
        return MaskedCell::unreadable();
    const std::optional<quint64> hash = context.subjectHash(m_subjectColumn);
    if (!hash)
        return MaskedCell::unreadable();
    std::string &out = context.buffer();
    out.clear();
    if (!date->appendShifted(out, offsetFor(*hash, m_days)))
        return MaskedCell::unreadable();
    return MaskedCell::value(out);
}

} // namespace steward
