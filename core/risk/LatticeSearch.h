#pragma once

#include "common/Cancellation.h"
#include "common/Result.h"
#include "risk/AnonymizationResult.h"
#include "risk/AnonymizationSettings.h"
#include "risk/AttributeGeneralization.h"
#include "risk/EncodedTable.h"

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
