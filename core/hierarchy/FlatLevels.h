#pragma once

#include "core/hierarchy/LevelFunction.h"

namespace steward {

// flat: the value, then * (sex and other small vocabularies).
class FlatLevels final : public LevelFunction {
public:
    int height() const override { return 1; }
    bool label(std::string_view, int, std::string &) const override { return false; }
    bool readable(std::string_view) const override { return true; }
    QString levelName(int) const override { return {}; }
    QString describe(int) const override { return {}; }
};

} // namespace steward
