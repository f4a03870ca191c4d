#include "ui/hierarchy/SetHierarchyCommand.h"

#include "core/hierarchy/HierarchyService.h"

namespace steward::ui {

SetHierarchyCommand::SetHierarchyCommand(ProjectStore *store, DatasetInfo dataset, QString field,
                                         std::optional<HierarchySpec> before,
                                         std::optional<HierarchySpec> after, Written written)
    : m_store(store),
      m_dataset(std::move(dataset)),
      m_field(std::move(field)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_written(std::move(written))
{
    setText(tr("Hierarchy of “%1”").arg(m_field));
}

void SetHierarchyCommand::undo()
{
    apply(m_before);
}

void SetHierarchyCommand::redo()
{
    apply(m_after);
}

Status SetHierarchyCommand::write(ProjectStore *store, const DatasetInfo &dataset,
                                  const QString &field, const std::optional<HierarchySpec> &spec)
{
    if (!store)
        return Error::internal(tr("the project is no longer open"));
    return HierarchyService(*store).set(dataset, field, spec);
}

void SetHierarchyCommand::apply(const std::optional<HierarchySpec> &spec)
{
    const Status status = write(m_store, m_dataset, m_field, spec);
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(status);
}

} // namespace steward::ui
