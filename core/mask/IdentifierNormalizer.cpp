#include "core/mask/IdentifierNormalizer.h"

#include "core/mask/MaskText.h"

namespace steward {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

bool isMobile(std::string_view digits)
{
    return digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

// A landline in trunk form: 0, a 2-3 digit area code (10, 2x or 3 digits), 7-8 digits.
bool isLandline(std::string_view digits)
{
    return digits.size() >= 10 && digits.size() <= 12 && digits[0] == '0' && digits[1] != '0';
}

// Step 2: full-width ASCII and U+3000 to ASCII. Returns false when there is nothing to convert.
bool convertFullWidth(std::string_view value, std::string &out)
{
    bool any = false;
    for (size_t i = 0; i + 2 < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c == 0xEF || c == 0xE3) {
            any = true;
            break;
        }
    }
    if (!any)
        return false;
    out.clear();
    any = false;
    for (size_t i = 0; i < value.size();) {
        const auto c0 = static_cast<unsigned char>(value[i]);
        if (i + 2 < value.size() && (c0 == 0xEF || c0 == 0xE3)) {
            const auto c1 = static_cast<unsigned char>(value[i + 1]);
            const auto c2 = static_cast<unsigned char>(value[i + 2]);
            const unsigned cp = ((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out += static_cast<char>(cp - 0xFF01 + 0x21);
                i += 3;
                any = true;
                continue;
            }
            if (cp == 0x3000) {
                out += ' ';
                i += 3;
                any = true;
                continue;
            }
        }
        out += value[i];
        ++i;
    }
    return any;
}

} // namespace

std::string_view IdentifierNormalizer::normalize(std::string_view value, std::string &scratch)
{
    std::string_view v = masktext::trim(value);
    if (v.empty())
        return v;
    // Step 2 (rare: only values with full-width characters pay for the copy).
    if (v.find('\xEF') != std::string_view::npos || v.find('\xE3') != std::string_view::npos) {
        std::string converted;
        if (convertFullWidth(v, converted)) {
            scratch = std::move(converted);
            v = masktext::trim(scratch);
            if (v.empty())
                return v;
        }
    }
    // Step 3: resident ID check character.
    if (v.size() == 18 && (v[17] == 'x')) {
        bool digits = true;
        for (size_t i = 0; i < 17 && digits; ++i)
            digits = isDigit(v[i]);
        if (digits) {
            std::string upper(v);
            upper[17] = 'X';
            scratch = std::move(upper);
            return scratch;
        }
    }
    // Step 4: phones. Only digits, separators and a leading '+'.
    const size_t n = v.size();
    if (n < 10 || n > 24)
        return v;
    size_t digitCount = 0;
    size_t dots = 0;
    bool separators = false;
    bool plus = false;
    for (size_t i = 0; i < n; ++i) {
        const char c = v[i];
        if (isDigit(c)) {
            ++digitCount;
        } else if (isSeparator(c)) {
            separators = true;
            dots += c == '.';
        } else if (c == '+' && digitCount == 0 && !plus) {
            plus = true; // "+86 …", "(+86) …"
        } else {
            return v;
        }
    }
    if (dots == 1)
        return v; // a decimal number, not a phone
    if (!separators && !plus && digitCount == n && !(n >= 13 && v.substr(0, 4) == "0086"))
        return v; // plain digits: already normal (a mobile or landline without country code)
    char digits[24];
    size_t d = 0;
    for (const char c : v) {
        if (isDigit(c))
            digits[d++] = c;
    }
    std::string_view all(digits, d);
    bool country = false;
    if (plus) {
        if (all.substr(0, 2) != "86")
            return v; // another country: keep as written
        all.remove_prefix(2);
        country = true;
    } else if (all.substr(0, 4) == "0086") {
        all.remove_prefix(4);
        country = true;
    }
    std::string result;
    if (isMobile(all)) {
        result.assign(all);
    } else {
        // After a country code the trunk 0 is usually left out: put it back.
        if (country && !all.empty() && all[0] != '0')
            result = "0";
        result.append(all);
        if (!isLandline(result))
            return v;
    }
    scratch = std::move(result);
    return scratch;
}

} // namespace steward
