#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/AnonymizationResult.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/EncodedTable.h"

#include <vector>

namespace steward {

// Finds the full-domain generalisation with the least information loss that reaches k-anonymity
// within the suppression limit (ties: lowest level sum, then lexicographically smallest level
// vector), without evaluating the whole lattice. See LatticeSearch.cpp for the pruning argument.
class LatticeSearch final {
public:
    static Result<AnonymizationResult> run(const EncodedTable &table,
                                           const std::vector<AttributeGeneralization> &attributes,
                                           const AnonymizationSettings &settings,
                                           const ProgressCallback &progress = {},
                                           const CancellationToken *cancel = nullptr);
};

} // namespace steward
