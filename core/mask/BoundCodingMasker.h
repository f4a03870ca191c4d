#pragma once

#include "core/mask/ValueMasker.h"

#include <string>

namespace steward {

// topcode[:max=N,label=…] and bottomcode:min=N[,label=…]: numbers at or beyond the bound become
// the label, the others stay as written (trimmed). topcode: x ≥ max → label (default max 90,
// label "90+"); bottomcode: x ≤ min → label (default "<=N"). Not a number → unreadable
// (suppressed, counted).
class BoundCodingMasker final : public ValueMasker {
public:
    enum class Direction { Top, Bottom };
    BoundCodingMasker(Direction direction, double bound, std::string label);
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    Direction m_direction;
    double m_bound;
    std::string m_label;
};

} // namespace steward
