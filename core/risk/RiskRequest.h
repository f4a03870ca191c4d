#pragma once

#include "core/risk/AnonymizationSettings.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace steward {

// The transformation RiskAnalyzer measures.
struct RiskRequest {
    // Generalisation level per quasi-identifier (empty: all 0, the data as it is).
    std::vector<int> levels;
    // Target k for "records below k" (and for suppressBelowK).
    int k = 5;
    // Suppress the records of classes smaller than k (what an anonymize result does).
    bool suppressBelowK = false;
    // With suppressBelowK: classes failing any of these models (columns of the measured table)
    // are suppressed too, as an anonymization with them found.
    std::vector<SensitiveModel> suppressionModels;
    // Records already suppressed (1 = suppressed; empty: none), e.g. by stored rules.
    std::vector<uint8_t> suppressed;
    // Weight per quasi-identifier for the total loss (empty: equal weights).
    std::vector<double> weights;
};

} // namespace steward
