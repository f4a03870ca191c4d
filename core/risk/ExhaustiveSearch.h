#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/AnonymizationResult.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/EncodedTable.h"

#include <vector>

namespace steward {

// Evaluates every node of the generalisation lattice and returns the optimum under the same
// ordering as LatticeSearch (least loss, then lowest level sum, then lexicographically smallest
// level vector). The reference that proves the pruning search optimal in tests and benchmarks.
class ExhaustiveSearch final {
public:
    static Result<AnonymizationResult> run(const EncodedTable &table,
                                           const std::vector<AttributeGeneralization> &attributes,
                                           const AnonymizationSettings &settings,
                                           const ProgressCallback &progress = {},
                                           const CancellationToken *cancel = nullptr);
};

} // namespace steward
