#pragma once

#include <cstddef>
#include <vector>

namespace steward {

// What the k-anonymity search is asked for (per quasi-identifier vectors are in the order of the
// attributes handed to the search).
struct AnonymizationSettings {
    int k = 5;
    // Fraction (0–1) of the records that may be suppressed: the records of classes still smaller
    // than k are suppressed when there are at most floor(limit × records) of them.
    double suppressionLimit = 0.0;
    // Weight of each attribute in the total loss (empty: equal weights). Non-negative, not all 0.
    std::vector<double> weights;
    // Highest level the search may use per attribute (empty or −1: the hierarchy's height;
    // values above the height are clamped to it).
    std::vector<int> maxLevels;
    // Memory for cached class histograms of evaluated nodes (the search only; the result does not
    // depend on it).
    size_t cacheBytes = size_t(256) << 20;
};

} // namespace steward
