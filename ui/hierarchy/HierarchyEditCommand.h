#pragma once

#include "core/hierarchy/HierarchySpec.h"

#include <QUndoCommand>

#include <functional>

namespace steward::ui {

// One edit inside the hierarchy editor (a builder chosen, a parameter changed, a value moved to
// a group, a file imported): the hierarchy before and after. Nothing is stored until Save; the
// dialog shows whichever spec undo() or redo() hands it.
class HierarchyEditCommand final : public QUndoCommand {
public:
    using Show = std::function<void(const HierarchySpec &spec)>;

    HierarchyEditCommand(HierarchySpec before, HierarchySpec after, const QString &text, Show show);

    void undo() override;
    void redo() override;

private:
    HierarchySpec m_before;
    HierarchySpec m_after;
    Show m_show;
};

} // namespace steward::ui
