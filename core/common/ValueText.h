#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace steward::valuetext {

// Byte-level UTF-8 helpers for cell values, shared by the masking operators and the hierarchy
// builders. They run on every cell, so they do not allocate (except appending to the caller's buffer).

// Removes leading and trailing ASCII white space, U+00A0 and U+3000 (ideographic space).
std::string_view trim(std::string_view s);
// Number of code points (UTF-8 lead bytes).
size_t codePointCount(std::string_view s);
// Byte offset of code point `index` (s.size() when index ≥ the count).
size_t codePointOffset(std::string_view s, size_t index);

// A finite decimal number as the importer accepts it: optional sign, digits, optional fraction,
// optional exponent ("42", "-3.5", ".5", "1e3"); surrounding white space is trimmed. Nothing else
// (no thousands separators, units or hex).
std::optional<double> parseNumber(std::string_view s);
// The shortest text that reads back as `value` ("10", "2.5", "0.1", "-3").
void appendNumber(std::string &out, double value);
QString numberText(double value);
// Whether `value` is an integer that a double holds exactly (|value| < 2^53).
bool isWholeNumber(double value);

} // namespace steward::valuetext
