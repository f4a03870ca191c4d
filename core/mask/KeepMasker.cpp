#include "core/mask/KeepMasker.h"

namespace steward {

MaskedCell KeepMasker::apply(std::string_view value, MaskCellContext &) const
{
    return MaskedCell::value(value);
}

} // namespace steward
