#include "ui/hierarchy/HierarchyEditCommand.h"

namespace steward::ui {

HierarchyEditCommand::HierarchyEditCommand(HierarchySpec before, HierarchySpec after,
                                           const QString &text, Show show)
    : m_before(std::move(before)), m_after(std::move(after)), m_show(std::move(show))
{
    setText(text);
}

void HierarchyEditCommand::undo()
{
    m_show(m_before);
}

void HierarchyEditCommand::redo()
{
    m_show(m_after);
}

} // namespace steward::ui
