#include "core/mask/GeneralizerMasker.h"

#include "core/mask/MaskCellContext.h"

namespace steward {

MaskedCell GeneralizerMasker::apply(std::string_view value, MaskCellContext &context) const
{
    std::string &out = context.buffer();
    out = m_generalizer.label(value, m_level);
    return MaskedCell::value(out);
}

} // namespace steward
