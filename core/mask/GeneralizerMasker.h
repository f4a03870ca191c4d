#pragma once

#include "core/hierarchy/Generalizer.h"
#include "core/mask/ValueMasker.h"

namespace steward {

// hierarchy:builder=SPEC,level=N (or the hierarchy stored for the field): the value's label at
// level N of a built-in hierarchy. Values the builder cannot read become "*" like every level
// above 0 of such a hierarchy says, so the masked output matches what anonymization measured.
class GeneralizerMasker final : public ValueMasker {
public:
    GeneralizerMasker(Generalizer generalizer, int level)
        : m_generalizer(std::move(generalizer)), m_level(level)
    {
    }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    Generalizer m_generalizer;
    int m_level;
};

} // namespace steward
