#include "core/hierarchy/LevelText.h"

#include <charconv>
#include <cmath>

namespace steward::leveltext {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::optional<double> parseNumber(std::string_view s)
{
    s = trim(s);
    if (s.empty())
        return std::nullopt;
    // The shape first: from_chars alone would accept "inf", "nan" and hex-like forms.
    size_t i = 0;
    if (s[i] == '+' || s[i] == '-')
        ++i;
    size_t digits = 0;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t fraction = 0;
        while (i < s.size() && isDigit(s[i])) {
            ++i;
            ++fraction;
        }
        if (fraction == 0 && digits == 0)
            return std::nullopt;
        digits += fraction;
    }
    if (digits == 0)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    const char *begin = s.data() + (s[0] == '+' ? 1 : 0);
    double value = 0;
    const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value == 0 ? 0.0 : value;
}

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

size_t codePoints(std::string_view s)
{
    size_t count = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

size_t prefixBytes(std::string_view s, size_t count)
{
    size_t seen = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == count)
                return i;
            ++seen;
        }
    }
    return s.size();
}

bool isMultiple(double value, double step)
{
    const double ratio = value / step;
    return std::fabs(ratio - std::round(ratio)) <= 1e-9 * std::max(1.0, std::fabs(ratio));
}

} // namespace steward::leveltext
