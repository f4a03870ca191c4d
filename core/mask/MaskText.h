#pragma once

#include "core/common/ValueText.h"

namespace steward {
// The masking operators' name for the cell-value text helpers.
namespace masktext = valuetext;
} // namespace steward
