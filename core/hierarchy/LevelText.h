#pragma once

#include "core/common/ValueText.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

// Small text helpers of the built-in hierarchy builders; white space and numbers are read as the
// masking operators read them (core/common/ValueText).
namespace steward::leveltext {

using valuetext::parseNumber;
using valuetext::trim;
// Shortest text that reads back as the same number, without an exponent unless the number is
// very large or small ("5", "0.5", "100000", "1e+30"); never "-0".
std::string numberText(double value);
QString numberQText(double value);
// Whether `value` is (within rounding) a whole multiple of `step`.
bool isMultiple(double value, double step);

} // namespace steward::leveltext
