#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace steward {

// One built-in builder as a function of the value: what Generalizer delegates to. Generalizer
// handles level 0 (the value), the top ("*"), missing values and unreadable ones; a builder only
// labels readable, non-empty values at the levels in between.
class LevelFunction {
public:
    virtual ~LevelFunction() = default;
    // Levels above the value, the top "*" included.
    virtual int height() const = 0;
    // Writes the label of `value` at `level` (1 ≤ level < height()) into `out`; false when the
    // builder cannot read the value (Generalizer then answers "*", or "" for a missing value).
    virtual bool label(std::string_view value, int level, std::string &out) const = 0;
    // Label at height() (the top): "*" unless the builder says otherwise (imported tables).
    virtual bool topLabel(std::string_view value, std::string &out) const
    {
        (void)value;
        (void)out;
        return false;
    }
    // Whether the builder reads `value` (false: "*" above level 0).
    virtual bool readable(std::string_view value) const
    {
        std::string scratch;
        return height() <= 1 || label(value, 1, scratch);
    }
    virtual QString levelName(int level) const = 0; // 1 ≤ level < height()
    virtual QString describe(int level) const = 0;  // 1 ≤ level < height()
};

} // namespace steward
