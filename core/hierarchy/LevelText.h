#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

// Small text helpers of the built-in hierarchy builders. They mirror the masking operators'
// number grammar (core/mask/MaskText) because hierarchies sit below masking and cannot use it.
namespace steward::leveltext {

// ASCII white space removed at both ends.
std::string_view trim(std::string_view s);
// A plain decimal number ("42", "-3.5", ".5", "1e3"), white space trimmed; nothing else.
std::optional<double> parseNumber(std::string_view s);
// Shortest text that reads back as the same number, without an exponent unless the number is
// very large or small ("5", "0.5", "100000", "1e+30"); never "-0".
std::string numberText(double value);
QString numberQText(double value);
// Number of UTF-8 code points.
size_t codePoints(std::string_view s);
// Byte length of the first `count` code points (all of `s` when it has fewer).
size_t prefixBytes(std::string_view s, size_t count);
// Whether `value` is (within rounding) a whole multiple of `step`.
bool isMultiple(double value, double step);

} // namespace steward::leveltext
