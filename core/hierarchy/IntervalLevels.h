#pragma once

#include "core/hierarchy/HierarchySpec.h"
#include "core/hierarchy/LevelFunction.h"
#include "core/hierarchy/SpecCheck.h"

#include <QCoreApplication>

#include <optional>
#include <utility>
#include <vector>

namespace steward {

// interval:LEVEL,…[;top=T][;bottom=B]: numbers into intervals, one partition per level, each
// coarser than the one before (its breaks a subset of the finer level's). When every width, break
// and bound of the spec is a whole number, intervals are written "50-54" ([50, 55)), otherwise
// "[50.5, 55.5)"; values ≥ T are "T+", values < B "<B", and
// explicit breaks leave "<first" and "last+" at the open ends.
class IntervalLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::IntervalLevels)
public:
    explicit IntervalLevels(const HierarchySpec &spec);
    int height() const override { return int(m_levels.size()) + 1; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;

    // Widths positive, breaks ascending, top above bottom, every level nested in the one before.
    static std::optional<SpecProblem> check(const HierarchySpec &spec);

private:
    // The interval [lo, hi) of `level` holding `probe`, or with `below` the one below the level's
    // first break (bounds may be infinite).
    std::pair<double, double> bucket(int level, double probe, bool below) const;

    struct Level {
        double width = 0;          // > 0: a grid from the anchor
        std::vector<double> breaks; // otherwise: breaks strictly inside (bottom, top)
    };
    std::vector<Level> m_levels;
    std::optional<double> m_top;
    std::optional<double> m_bottom;
    bool m_wholeNumbers = true;
};

} // namespace steward
