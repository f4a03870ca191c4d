#include "core/mask/SuppressMasker.h"

namespace steward {

MaskedCell SuppressMasker::apply(std::string_view, MaskCellContext &) const
{
    return MaskedCell::suppressed();
}

} // namespace steward
