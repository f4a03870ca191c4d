#include "ui/masking/ApplyRuleSetCommand.h"

#include "core/mask/RecordSuppressionStore.h"
#include "ui/masking/SetMaskRulesCommand.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

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

Status ApplyRuleSetCommand::write(ProjectStore &store, const DatasetInfo &dataset,
                                  const RuleSetState &state)
{
    sql::WriteScope scope(StoreAccess::db(store), "apply_rule_set");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (!state.rules.isEmpty()) {
        if (Status s = SetMaskRulesCommand::write(store, dataset, state.rules,
                                                  MaskRuleStore::Action::Set);
            !s)
            return s;
    }
    if (state.hasSuppression) {
        if (Status s = RecordSuppressionStore(store).save(dataset, state.suppression); !s)
            return s;
    }
    if (!state.auditAction.isEmpty()) {
        if (Status s = ProjectStore::appendAudit(StoreAccess::db(store), state.auditAction,
                                                 dataset.name, state.auditDetail);
            !s)
            return s;
    }
    return scope.commit();
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
    const Status status = m_store ? write(*m_store, m_dataset, state)
                                  : Status(Error::internal(QStringLiteral("no project")));
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(status);
}

} // namespace steward::ui
