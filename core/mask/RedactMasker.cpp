#include "core/mask/RedactMasker.h"

namespace steward {

MaskedCell RedactMasker::apply(std::string_view, MaskCellContext &) const
{
    return MaskedCell::value(m_text);
}

} // namespace steward
