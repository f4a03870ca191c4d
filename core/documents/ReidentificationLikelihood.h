#pragma once

namespace steward {

// The likelihood (CNIL scale 1–4: negligible, limited, significant, maximum) of re-identifying a
// person in the data, derived from the measured highest prosecutor risk (1 / smallest class):
//   risk ≤ 0.05 (classes of 20 or more)   → 1 negligible
//   risk ≤ 0.2  (classes of 5 or more)    → 2 limited
//   risk ≤ 0.5  (classes of 2 or more)    → 3 significant
//   otherwise   (someone is unique)        → 4 maximum
// The thresholds are the risk ceilings of the sharing modes (domain reference); documented in the
// README and printed under the assessment's risk register.
class ReidentificationLikelihood final {
public:
    static int fromProsecutorRisk(double highestRisk);
    static constexpr double kThresholds[3] = {0.05, 0.2, 0.5};
};

} // namespace steward
