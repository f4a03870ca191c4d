#include "ui/masking/ApplyRuleSetCommand.h"

#include "core/mask/MaskRuleService.h"

namespace steward::ui {

ApplyRuleSetCommand::ApplyRuleSetCommand(ProjectStore *store, DatasetInfo dataset,
                                         RuleSetState before, RuleSetState after,
                                         const QString &text, Written written)
    : m_store(store),
      m_dataset(std::move(dataset)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_written(std::move(written))
{
    setText(text);
}

void ApplyRuleSetCommand::redo()
{
    apply(m_after);
}

void ApplyRuleSetCommand::undo()
{
    apply(m_before);
}

void ApplyRuleSetCommand::apply(const RuleSetState &state)
{
    const Status status = m_store ? MaskRuleService(*m_store).applyRuleSet(m_dataset, state)
                                  : Status(Error::internal(QStringLiteral("no project")));
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(status);
}

} // namespace steward::ui
