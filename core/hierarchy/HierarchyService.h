#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// A hierarchy the steward chose or edited for a field, stored in the project per dataset name and
// field name (like masking rules, so it carries over to `import --replace` and goes with `delete`).
struct StoredHierarchy {
    QString field;
    HierarchySpec spec;
    QString setBy;
    QDateTime setAt; // UTC
};

// Every change of stored hierarchies, for both shells: one transaction per call with its audit
// entry ("hierarchy.set" / "hierarchy.clear", detail: field and builder name, never values).
class HierarchyService final {
    Q_DECLARE_TR_FUNCTIONS(steward::HierarchyService)
public:
    explicit HierarchyService(ProjectStore &store) : m_store(store) {}

    Result<std::optional<StoredHierarchy>> load(const DatasetInfo &dataset, const QString &field);
    Result<QList<StoredHierarchy>> loadAll(const DatasetInfo &dataset);
    // Sets (replacing) or, with none, clears the field's hierarchy. BadInput when the field is not
    // a column of the dataset.
    Status set(const DatasetInfo &dataset, const QString &field,
               const std::optional<HierarchySpec> &spec);

private:
    ProjectStore &m_store;
};

} // namespace steward
