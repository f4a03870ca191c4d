#include "core/mask/RecodeMasker.h"

#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

namespace steward {

MaskedCell RecodeMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::optional<std::string_view> to = m_table->lookup(value, context.buffer());
    if (to)
        return MaskedCell::value(*to);
    return m_keepUnmatched ? MaskedCell::value(masktext::trim(value)) : MaskedCell::unreadable();
}

} // namespace steward
