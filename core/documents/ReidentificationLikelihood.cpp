#include "core/documents/ReidentificationLikelihood.h"

#include <cmath>

namespace steward {

int ReidentificationLikelihood::fromProsecutorRisk(double highestRisk)
{
    // 1/k is computed in floating point: 1.0/20 must count as "≤ 0.05", whatever the rounding.
    constexpr double tolerance = 1e-9;
    if (std::isnan(highestRisk))
        return 4;
    for (int i = 0; i < 3; ++i) {
        if (highestRisk <= kThresholds[i] + tolerance)
            return i + 1;
    }
    return 4;
}

} // namespace steward
