#pragma once

#include <QtGlobal>

#include <cstdint>
#include <utility>
#include <vector>

namespace steward {

// Re-identification risk and utility of one transformation of a table (RiskAnalyzer). Classes are
// formed by the generalised quasi-identifier values of the records kept; suppressed records are
// left out of the classes and counted separately. Fractions are 0–1 of the records kept (0 when
// none is kept), as the CLI reports them.
struct RiskReport {
    quint64 records = 0;             // records in the data
    quint64 suppressedRecords = 0;   // left out (given mask and/or classes below k)
    quint64 retainedRecords = 0;     // records − suppressedRecords
    quint64 classes = 0;             // equivalence classes of the records kept
    quint64 minClass = 0;            // smallest class: the data is minClass-anonymous (0: none)
    quint64 recordsBelowK = 0;       // records kept in classes smaller than the target k
    double recordsBelowKFraction = 0.0;
    quint64 sampleUniqueRecords = 0; // records kept that are alone in their class
    double sampleUniques = 0.0;
    double prosecutorRiskMax = 0.0;  // 1 / minClass
    double prosecutorRiskAvg = 0.0;  // classes / records kept
    // Per sensitive column (in the order asked): the smallest number of distinct sensitive
    // values in a class (distinct l-diversity); 0 when no record is kept.
    std::vector<quint64> lDiversity;
    // Per sensitive column: the smallest exp(entropy) of a class's values (entropy l-diversity)
    // and the largest Earth Mover's Distance of a class's distribution to that of the records
    // not given as suppressed (RiskRequest::suppressed), the reference the search used
    // (t-closeness; ordered distance when every non-missing value is a number, else equal
    // distance). Empty when no record is kept.
    std::vector<double> entropyL;
    std::vector<double> tCloseness;
    // Per quasi-identifier: average cell loss (suppressed cells count 1), and their weighted mean.
    std::vector<double> fieldLoss;
    double totalLoss = 0.0;
    // Class-size distribution: (class size, number of classes), by increasing size.
    std::vector<std::pair<quint64, quint64>> classSizes;
    // Per record: 1 = suppressed (filled when anything was suppressed).
    std::vector<uint8_t> suppressed;
};

} // namespace steward
