#pragma once

#include "core/mask/MaskedCell.h"

#include <string_view>

namespace steward {

class MaskCellContext;

// A masking operator compiled for one column, with its parameters parsed once. Immutable and
// shared by all threads; per-thread state (HMAC contexts, buffers) comes from the context.
// apply() is only called for values that are neither empty (after trimming) nor missing markers:
// those the worker passes through itself.
class ValueMasker {
public:
    virtual ~ValueMasker() = default;
    virtual MaskedCell apply(std::string_view value, MaskCellContext &context) const = 0;
};

} // namespace steward
