#include "ui/masking/SetMaskRulesCommand.h"

#include "core/mask/MaskRuleService.h"

namespace steward::ui {

SetMaskRulesCommand::SetMaskRulesCommand(ProjectStore *store, DatasetInfo dataset,
                                         FieldRules before, FieldRules after,
                                         MaskRuleStore::Action action, const QString &text,
                                         Written written)
    : m_store(store),
      m_dataset(std::move(dataset)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_action(action),
      m_written(std::move(written))
{
    setText(text);
}

void SetMaskRulesCommand::undo()
{
    apply(m_before, MaskRuleStore::Action::Set);
}

void SetMaskRulesCommand::redo()
{
    // Only the first write of suggestions is audited as such; redoing is the steward's choice.
    const MaskRuleStore::Action action = m_pushed ? MaskRuleStore::Action::Set : m_action;
    m_pushed = true;
    apply(m_after, action);
}

void SetMaskRulesCommand::apply(const FieldRules &rules, MaskRuleStore::Action action)
{
    Status status = m_store ? MaskRuleService(*m_store).setFieldRules(m_dataset, rules, action)
                            : Status(Error::internal(tr("the project is no longer open")));
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(status);
}

} // namespace steward::ui
