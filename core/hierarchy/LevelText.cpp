#include "core/hierarchy/LevelText.h"

#include <charconv>
#include <cmath>

namespace steward::leveltext {

std::string numberText(double value)
{
    if (value == 0)
        value = 0;
    // Plain digits read better in labels and specs ("100000", "0.0001"); very large or small
    // numbers fall back to the shortest form with an exponent.
    char buffer[64];
    const auto fixed = std::to_chars(buffer, buffer + 24, value, std::chars_format::fixed);
    if (fixed.ec == std::errc())
        return std::string(buffer, fixed.ptr);
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        return {};
    return std::string(buffer, end);
}

QString numberQText(double value)
{
    const std::string text = numberText(value);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

bool isMultiple(double value, double step)
{
    const double ratio = value / step;
    return std::fabs(ratio - std::round(ratio)) <= 1e-9 * std::max(1.0, std::fabs(ratio));
}

} // namespace steward::leveltext
