#include "core/hierarchy/IntervalLevels.h"

#include "core/hierarchy/LevelText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace steward {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A grid following explicit breaks is only checked point by point when both ends are bounded;
// beyond this many points the spec is rejected rather than checked for minutes.
constexpr double kMaxGridPoints = 100000;

bool same(double a, double b)
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return a == b;
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Removes the rounding noise of anchor + k·width (0.30000000000000004 → 0.3).
double snap(double value)
{
    const double scaled = std::round(value * 1e9) / 1e9;
    return std::fabs(scaled - value) < 1e-7 ? scaled : value;
}

bool integral(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

void appendInterval(std::string &out, double lo, double hi, bool wholeNumbers)
{
    if (!std::isfinite(lo) && !std::isfinite(hi)) {
        out.push_back('*');
    } else if (!std::isfinite(lo)) {
        out.push_back('<');
        out.append(leveltext::numberText(hi));
    } else if (!std::isfinite(hi)) {
        out.append(leveltext::numberText(lo));
        out.push_back('+');
    } else if (wholeNumbers) {
        out.append(leveltext::numberText(lo));
        if (hi - lo > 1) {
            out.push_back('-');
            out.append(leveltext::numberText(hi - 1));
        }
    } else {
        out.push_back('[');
        out.append(leveltext::numberText(lo));
        out.append(", ");
        out.append(leveltext::numberText(hi));
        out.push_back(')');
    }
}

bool contains(const std::vector<double> &breaks, double value)
{
    return std::any_of(breaks.begin(), breaks.end(), [&](double b) { return same(b, value); });
}

std::vector<double> inside(const std::vector<double> &breaks, double lower, double upper)
{
    std::vector<double> result;
    for (const double b : breaks) {
        if (b > lower && b < upper && !same(b, lower) && !same(b, upper))
            result.push_back(b);
    }
    return result;
}

} // namespace

IntervalLevels::IntervalLevels(const HierarchySpec &spec) : m_top(spec.top), m_bottom(spec.bottom)
{
    m_wholeNumbers = integral(spec.top.value_or(0)) && integral(spec.bottom.value_or(0));
    const double lower = spec.bottom.value_or(-kInfinity);
    const double upper = spec.top.value_or(kInfinity);
    for (const HierarchySpec::IntervalLevel &level : spec.levels) {
        Level built;
        if (level.width)
            built.width = *level.width;
        else
            built.breaks = inside(level.breaks, lower, upper);
        m_wholeNumbers = m_wholeNumbers && integral(level.width.value_or(0))
            && std::all_of(level.breaks.begin(), level.breaks.end(), integral);
        m_levels.push_back(std::move(built));
    }
}

std::pair<double, double> IntervalLevels::bucket(int level, double probe, bool below) const
{
    const Level &spec = m_levels[size_t(level - 1)];
    double lo = m_bottom.value_or(-kInfinity);
    double hi = m_top.value_or(kInfinity);
    if (spec.width > 0) {
        const double anchor = m_bottom.value_or(0);
        const double k = std::floor((probe - anchor) / spec.width + 1e-9);
        lo = std::max(lo, snap(anchor + k * spec.width));
        hi = std::min(hi, snap(anchor + (k + 1) * spec.width));
    } else if (below) {
        if (!spec.breaks.empty())
            hi = spec.breaks.front();
    } else {
        const double tolerance = 1e-9 * std::max(1.0, std::fabs(probe));
        const auto it = std::upper_bound(spec.breaks.begin(), spec.breaks.end(), probe + tolerance);
        if (it != spec.breaks.begin())
            lo = *std::prev(it);
        if (it != spec.breaks.end())
            hi = *it;
    }
    return {lo, hi};
}

bool IntervalLevels::label(std::string_view value, int level, std::string &out) const
{
    const std::optional<double> number = leveltext::parseNumber(value);
    if (!number || level < 1 || level > int(m_levels.size()))
        return false;
    const double x = *number;
    out.clear();
    if (m_bottom && x < *m_bottom) {
        appendInterval(out, -kInfinity, *m_bottom, m_wholeNumbers);
        return true;
    }
    if (m_top && x >= *m_top) {
        appendInterval(out, *m_top, kInfinity, m_wholeNumbers);
        return true;
    }
    // Each coarser level is found from the finer level's interval, not from the value again: a
    // value within rounding of a break then lands in nested intervals at every level.
    auto [lo, hi] = bucket(1, x, false);
    for (int l = 2; l <= level; ++l)
        std::tie(lo, hi) = bucket(l, std::isfinite(lo) ? lo : hi, !std::isfinite(lo));
    appendInterval(out, lo, hi, m_wholeNumbers);
    return true;
}

QString IntervalLevels::levelName(int level) const
{
    if (level < 1 || level > int(m_levels.size()))
        return {};
    const Level &spec = m_levels[size_t(level - 1)];
    if (spec.width > 0)
        return tr("width %1").arg(QLocale().toString(spec.width, 'g', 15));
    return tr("%n break(s)", nullptr, int(spec.breaks.size()));
}

QString IntervalLevels::describe(int level) const
{
    if (level < 1 || level > int(m_levels.size()))
        return {};
    const Level &spec = m_levels[size_t(level - 1)];
    QString text = spec.width > 0
        ? tr("intervals of width %1").arg(QLocale().toString(spec.width, 'g', 15))
        : tr("intervals between %n break(s)", nullptr, int(spec.breaks.size()));
    if (m_top)
        text += tr(", %1 and over together").arg(QLocale().toString(*m_top, 'g', 15));
    if (m_bottom)
        text += tr(", under %1 together").arg(QLocale().toString(*m_bottom, 'g', 15));
    return text;
}

std::optional<SpecProblem> IntervalLevels::check(const HierarchySpec &spec)
{
    if (spec.levels.empty())
        return SpecProblem{-1, tr("an interval hierarchy needs at least one level")};
    if (spec.top && spec.bottom && *spec.top <= *spec.bottom)
        return SpecProblem{-1, tr("'top' must be greater than 'bottom'")};
    const double lower = spec.bottom.value_or(-kInfinity);
    const double upper = spec.top.value_or(kInfinity);
    const double anchor = spec.bottom.value_or(0);
    for (size_t i = 0; i < spec.levels.size(); ++i) {
        const HierarchySpec::IntervalLevel &level = spec.levels[i];
        if (level.width) {
            if (!std::isfinite(*level.width) || *level.width <= 0)
                return SpecProblem{int(i), tr("interval level %1: a width must be greater than 0")
                                               .arg(i + 1)};
        } else {
            if (level.breaks.empty())
                return SpecProblem{int(i), tr("interval level %1 has neither a width nor breaks")
                                               .arg(i + 1)};
            for (size_t b = 0; b < level.breaks.size(); ++b) {
                if (!std::isfinite(level.breaks[b])
                    || (b > 0 && level.breaks[b] <= level.breaks[b - 1])) {
                    return SpecProblem{int(i), tr("interval level %1: breaks must be numbers in "
                                                  "increasing order")
                                                   .arg(i + 1)};
                }
            }
        }
        if (i == 0)
            continue;
        const HierarchySpec::IntervalLevel &finer = spec.levels[i - 1];
        const QString notNested
            = tr("interval level %1 does not nest in level %2: every break of a level must also "
                 "be a break of the level before it")
                  .arg(i + 1)
                  .arg(i);
        if (level.width && finer.width) {
            if (!leveltext::isMultiple(*level.width, *finer.width))
                return SpecProblem{int(i), notNested};
        } else if (!level.width && finer.width) {
            for (const double b : inside(level.breaks, lower, upper)) {
                if (!leveltext::isMultiple(b - anchor, *finer.width))
                    return SpecProblem{int(i), notNested};
            }
        } else if (!level.width && !finer.width) {
            const std::vector<double> fine = inside(finer.breaks, lower, upper);
            for (const double b : inside(level.breaks, lower, upper)) {
                if (!contains(fine, b))
                    return SpecProblem{int(i), notNested};
            }
        } else {
            // A grid after explicit breaks nests only within a bounded range.
            if (!spec.top || !spec.bottom || (upper - lower) / *level.width > kMaxGridPoints)
                return SpecProblem{int(i), notNested};
            const std::vector<double> fine = inside(finer.breaks, lower, upper);
            for (double k = 1;; ++k) {
                const double b = snap(anchor + k * *level.width);
                if (b >= upper || same(b, upper))
                    break;
                if (!contains(fine, b))
                    return SpecProblem{int(i), notNested};
            }
        }
    }
    return std::nullopt;
}

} // namespace steward
