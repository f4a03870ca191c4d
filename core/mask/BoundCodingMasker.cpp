#include "core/mask/BoundCodingMasker.h"

#include "core/mask/MaskText.h"

namespace steward {

BoundCodingMasker::BoundCodingMasker(Direction direction, double bound, std::string label)
    : m_direction(direction), m_bound(bound), m_label(std::move(label))
{
}

MaskedCell BoundCodingMasker::apply(std::string_view value, MaskCellContext &) const
{
    const std::optional<double> x = masktext::parseNumber(value);
    if (!x)
        return MaskedCell::unreadable();
    const bool beyond = m_direction == Direction::Top ? *x >= m_bound : *x <= m_bound;
    return MaskedCell::value(beyond ? std::string_view(m_label) : masktext::trim(value));
}

} // namespace steward
