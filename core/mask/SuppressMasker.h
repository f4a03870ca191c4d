#pragma once

#include "core/mask/ValueMasker.h"

namespace steward {

// suppress: every non-empty value is suppressed (null).
class SuppressMasker final : public ValueMasker {
public:
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;
};

} // namespace steward
