#pragma once

#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

namespace steward {

// region: a resident ID number or a GB/T 2260 administrative code → county "330106" → city
// "330100" → province "330000" → *. Read from the first six digits, which must start with a
// province code of GB/T 2260 (11 Beijing … 82 Macao); anything else is unreadable.
class RegionLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::RegionLevels)
public:
    int height() const override { return 4; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;
};

} // namespace steward
