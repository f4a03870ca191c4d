#pragma once

#include "core/hierarchy/HierarchySpec.h"

#include <QString>

#include <optional>

namespace steward {

// What is wrong with a spec built in memory (the editor) or parsed: `item` is the interval level,
// redaction step or group it concerns (0-based; -1 for the spec as a whole), so that the parser can
// point at it in the text.
struct SpecProblem {
    int item = -1;
    QString message;
};

std::optional<SpecProblem> checkSpec(const HierarchySpec &spec);

} // namespace steward
