#include "core/mask/DateMasker.h"

#include "core/import/DateText.h"
#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

namespace steward {

MaskedCell DateMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::optional<DateText> date = DateText::parse(masktext::trim(value));
    if (!date)
        return MaskedCell::unreadable();
    char text[8];
    int y = date->year();
    for (int i = 3; i >= 0; --i) {
        text[i] = char('0' + y % 10);
        y /= 10;
    }
    size_t n = 4;
    switch (m_precision) {
    case Precision::Year:
        break;
    case Precision::Month:
        text[4] = '-';
        text[5] = char('0' + date->month() / 10);
        text[6] = char('0' + date->month() % 10);
        n = 7;
        break;
    case Precision::Quarter:
        text[4] = '-';
        text[5] = 'Q';
        text[6] = char('1' + (date->month() - 1) / 3);
        n = 7;
        break;
    }
    std::string &out = context.buffer();
    out.assign(text, n);
    return MaskedCell::value(out);
}

} // namespace steward
