#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace steward {

// A privacy model on one sensitive attribute, checked per equivalence class in addition to k
// (a class failing it is suppressed like a class below k, within the same limit).
struct SensitiveModel {
    enum class Kind {
        DistinctL,   // at least l distinct sensitive values
        EntropyL,    // entropy of the sensitive values ≥ log(l)
        RecursiveCL, // r1 < c · (r_l + r_(l+1) + … + r_m), r_i the i-th most frequent count
        TCloseness,  // Earth Mover's Distance to the whole table's distribution ≤ t
    };
    Kind kind = Kind::DistinctL;
    int column = -1;      // column of the EncodedTable (not one of the quasi-identifiers)
    double l = 2.0;       // the l-diversity models
    double c = 1.0;       // RecursiveCL
    double t = 0.2;       // TCloseness
    bool ordered = false; // TCloseness: ordered distance (numeric values), else equal distance

    bool operator==(const SensitiveModel &) const = default;
};

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
    // Lowest level the search may use per attribute (empty: 0). A rule already generalising a
    // field is its floor: anonymization never publishes a field less generalised than its rule.
    std::vector<int> minLevels;
    // Models on sensitive attributes, all of which must hold (with k).
    std::vector<SensitiveModel> sensitive;
    // Average prosecutor risk of the records kept (classes / records kept) at most this (0–1).
    std::optional<double> maxAverageRisk;
    // Memory for cached class histograms of evaluated nodes (the search only; the result does not
    // depend on it).
    size_t cacheBytes = size_t(256) << 20;
};

} // namespace steward
