#include "core/common/ValueText.h"

#include <charconv>
#include <cmath>

namespace steward::valuetext {

namespace {

inline bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Length of a white-space character starting at p (0 when none).
inline size_t spaceAt(const char *p, size_t n)
{
    const auto c = static_cast<unsigned char>(p[0]);
    if (isAsciiSpace(c))
        return 1;
    if (c == 0xC2 && n >= 2 && static_cast<unsigned char>(p[1]) == 0xA0)
        return 2; // U+00A0
    if (c == 0xE3 && n >= 3 && static_cast<unsigned char>(p[1]) == 0x80
        && static_cast<unsigned char>(p[2]) == 0x80)
        return 3; // U+3000
    return 0;
}

// Length of a white-space character ending at p + n (0 when none).
inline size_t spaceBefore(const char *p, size_t n)
{
    const auto c = static_cast<unsigned char>(p[n - 1]);
    if (isAsciiSpace(c))
        return 1;
    if (c == 0xA0 && n >= 2 && static_cast<unsigned char>(p[n - 2]) == 0xC2)
        return 2;
    if (c == 0x80 && n >= 3 && static_cast<unsigned char>(p[n - 2]) == 0x80
        && static_cast<unsigned char>(p[n - 3]) == 0xE3)
        return 3;
    return 0;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::string_view trim(std::string_view s)
{
    const char *p = s.data();
    size_t n = s.size();
    while (n > 0) {
        const size_t k = spaceAt(p, n);
        if (k == 0)
            break;
        p += k;
        n -= k;
    }
    while (n > 0) {
        const size_t k = spaceBefore(p, n);
        if (k == 0)
            break;
        n -= k;
    }
    return std::string_view(p, n);
}

size_t codePointCount(std::string_view s)
{
    size_t count = 0;
    for (const char c : s)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

size_t codePointOffset(std::string_view s, size_t index)
{
    size_t seen = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == index)
                return i;
            ++seen;
        }
    }
    return s.size();
}

std::optional<double> parseNumber(std::string_view s)
{
    s = trim(s);
    if (s.empty())
        return std::nullopt;
    // Check the shape first: from_chars alone would accept "inf", "nan" and hex-like forms.
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
        if (fraction == 0)
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
    return value == 0 ? 0.0 : value; // no "-0"
}

void appendNumber(std::string &out, double value)
{
    if (value == 0)
        value = 0; // no "-0"
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec == std::errc())
        out.append(buffer, end);
}

QString numberText(double value)
{
    std::string text;
    appendNumber(text, value);
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::fabs(value) < 9007199254740992.0
        && std::trunc(value) == value;
}

} // namespace steward::valuetext
