#pragma once

#include "core/mask/ValueMasker.h"

namespace steward {

// keep: the value unchanged.
class KeepMasker final : public ValueMasker {
public:
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;
};

} // namespace steward
