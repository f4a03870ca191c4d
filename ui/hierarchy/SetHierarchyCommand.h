#pragma once

#include "core/common/Result.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// A saved hierarchy as a step of the project's undo history (the Masking tab's stack of the
// dataset, where the rules that use the hierarchy are undone too): the field's stored hierarchy
// before and after (none = no hierarchy stored). redo() and undo() each write through
// HierarchyService::set, one transaction with its audit entry. The first redo() happens when the
// command is pushed and performs the save. A write that fails makes the command obsolete (the
// stack drops it); `written` hears every outcome. The store must outlive the command.
class SetHierarchyCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::SetHierarchyCommand)
public:
    using Written = std::function<void(const Status &status)>;

    SetHierarchyCommand(ProjectStore *store, DatasetInfo dataset, QString field,
                        std::optional<HierarchySpec> before, std::optional<HierarchySpec> after,
                        Written written = {});

    void undo() override;
    void redo() override;

    // Writes without an undo stack (the same write redo() makes).
    static Status write(ProjectStore *store, const DatasetInfo &dataset, const QString &field,
                        const std::optional<HierarchySpec> &spec);

private:
    void apply(const std::optional<HierarchySpec> &spec);

    ProjectStore *m_store;
    DatasetInfo m_dataset;
    QString m_field;
    std::optional<HierarchySpec> m_before;
    std::optional<HierarchySpec> m_after;
    Written m_written;
};

} // namespace steward::ui
