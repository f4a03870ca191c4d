#include "core/hierarchy/HierarchyService.h"

#include "core/hierarchy/HierarchyStore.h"

#include <algorithm>

namespace steward {

Result<std::optional<StoredHierarchy>> HierarchyService::load(const DatasetInfo &dataset,
                                                              const QString &field)
{
    return HierarchyStore(m_store).load(dataset, field);
}

Result<QList<StoredHierarchy>> HierarchyService::loadAll(const DatasetInfo &dataset)
{
    return HierarchyStore(m_store).loadAll(dataset);
}

Status HierarchyService::set(const DatasetInfo &dataset, const QString &field,
                             const std::optional<HierarchySpec> &spec)
{
    const bool isColumn = std::any_of(dataset.columns.cbegin(), dataset.columns.cend(),
                                      [&field](const ColumnInfo &c) { return c.name == field; });
    if (!isColumn)
        return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, field));
    return HierarchyStore(m_store).save(dataset, field, spec);
}

} // namespace steward
