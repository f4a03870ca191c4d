#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchySpec.h"

#include <QCoreApplication>

#include <string>
#include <string_view>
#include <vector>

namespace steward {

// What building a hierarchy for a column's distinct values found.
struct HierarchyBuildReport {
    size_t values = 0;     // distinct values given
    size_t unreadable = 0; // of which the builder could not read (sent to "*" above level 0)
    size_t missing = 0;    // of which empty (missing data)
};

// Builds the table form of a hierarchy (rows `value;level1;…;*`, what Hierarchy, the editor and
// the CSV export work with) from a spec and the distinct values of a column. Every value gets a
// row (validated through Hierarchy::fromRows: covered and nested).
class HierarchyBuilder final {
    Q_DECLARE_TR_FUNCTIONS(steward::HierarchyBuilder)
public:
    static Result<std::vector<std::vector<std::string>>>
    rows(const HierarchySpec &spec, const std::vector<std::string_view> &values,
         HierarchyBuildReport *report = nullptr);
    static Result<Hierarchy> build(const HierarchySpec &spec,
                                   const std::vector<std::string_view> &values,
                                   HierarchyBuildReport *report = nullptr);
    // Writes rows as a `;`-separated UTF-8 file (the ARX format Hierarchy::load reads), whole or
    // not at all.
    static Status writeCsv(const std::vector<std::vector<std::string>> &rows, const QString &path);
};

} // namespace steward
