#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace steward {

// The transformation a k-anonymity search chose, and how it was found.
struct AnonymizationResult {
    // False when no transformation reaches k within the suppression limit (even the top node,
    // which generalises everything, has fewer than k records, or suppressing them is not allowed).
    bool found = false;
    std::vector<int> levels;         // generalisation level per attribute
    quint64 records = 0;             // records in the data
    quint64 suppressedRecords = 0;   // records of classes below k, suppressed
    quint64 classes = 0;             // equivalence classes of the records kept
    quint64 minClass = 0;            // smallest class kept (0 when all records are suppressed)
    double loss = 0.0;               // total information loss (weighted mean over attributes)
    std::vector<double> fieldLoss;   // per attribute, suppressed cells counting 1
    std::vector<uint8_t> suppressed; // per record: 1 = suppressed
    // Per settings.sensitive model, over the classes kept: the smallest l (distinct count,
    // exp(entropy), or the largest l the recursive condition holds for) or the largest t distance.
    std::vector<double> sensitiveAchieved;
    double averageRisk = 0.0; // classes / records kept
    // Class-size distribution of the records kept: (class size, number of classes), increasing.
    std::vector<std::pair<quint64, quint64>> classSizes;

    // Statistics of the search.
    quint64 latticeSize = 0;
    quint64 nodesEvaluated = 0; // class histograms computed (rolled up or scanned)
    quint64 nodesChecked = 0;   // nodes whose anonymity was tested by an evaluation
};

} // namespace steward
