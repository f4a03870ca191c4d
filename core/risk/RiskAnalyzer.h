#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/EncodedTable.h"
#include "core/risk/RiskReport.h"
#include "core/risk/RiskRequest.h"

#include <QCoreApplication>
#include <vector>

namespace steward {

// Measures re-identification risk and information loss of a table under a transformation
// (generalisation level per quasi-identifier, optional record suppression): one hash GROUP BY
// over packed code tuples, one more pass per sensitive column. Missing values (empty cells) are
// ordinary values here: all empty cells of a quasi-identifier fall in one class, and an empty
// sensitive value counts as one distinct value.
class RiskAnalyzer final {
    Q_DECLARE_TR_FUNCTIONS(steward::RiskAnalyzer)
public:
    // Keeps references: `table` and `quasiIdentifiers` must outlive the analyzer.
    RiskAnalyzer(const EncodedTable &table,
                 const std::vector<AttributeGeneralization> &quasiIdentifiers,
                 std::vector<int> sensitiveColumns);

    // Usage errors for a request that does not fit (levels above a hierarchy's height, a mask of
    // the wrong size, k < 1, bad weights, unknown sensitive columns).
    Result<RiskReport> analyze(const RiskRequest &request, const ProgressCallback &progress = {},
                               const CancellationToken *cancel = nullptr) const;

private:
    Status validate(const RiskRequest &request) const;

    const EncodedTable &m_table;
    const std::vector<AttributeGeneralization> &m_quasiIdentifiers;
    std::vector<int> m_sensitiveColumns;
};

} // namespace steward
