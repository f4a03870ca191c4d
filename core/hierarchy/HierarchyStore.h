#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// The stored hierarchies of the datasets of a project (table `field_hierarchies`, schema v4),
// keyed by (dataset id, field name) like the masking rules, so that they survive
// `import --replace` and go away with their dataset (trigger). The spec is kept as its JSON form.
//
// A write is ONE transaction (a savepoint inside the caller's) with one audit entry:
// "hierarchy.set" (detail: field and builder name) or "hierarchy.clear" (detail: field); never a
// value of the data or of the hierarchy.
class HierarchyStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::HierarchyStore)
public:
    explicit HierarchyStore(ProjectStore &store) : m_store(store) {}

    // The dataset's stored hierarchies: its columns first in column order, then fields that are
    // not columns (any more), by name.
    Result<QList<StoredHierarchy>> loadAll(const DatasetInfo &dataset);
    Result<std::optional<StoredHierarchy>> load(const DatasetInfo &dataset, const QString &field);
    // Stores (replacing) or, with none, removes the field's hierarchy. Does not check the field.
    Status save(const DatasetInfo &dataset, const QString &field,
                const std::optional<HierarchySpec> &spec);

private:
    ProjectStore &m_store;
};

} // namespace steward
