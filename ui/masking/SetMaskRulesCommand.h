#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskRule.h"
#include "core/mask/MaskRuleStore.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>
#include <utility>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// One step of the Masking tab's undo history: the rules of some fields of a dataset before and
// after a change (none = no rule stored, the field is kept). redo() writes the new rules, undo()
// the old ones, each through MaskRuleService::setFieldRules: one transaction with one audit entry
// ("rules.suggest" for the first redo of "Apply suggested rules", "rules.set" otherwise).
// The first redo() happens when the command is pushed and performs the change. `written` is
// called after every write with its outcome; a write that failed makes the command obsolete (the
// stack drops it, and a push of it is discarded). The store must outlive the command: the view
// clears its stacks before the project closes.
class SetMaskRulesCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::SetMaskRulesCommand)
public:
    using FieldRules = QList<std::pair<QString, std::optional<MaskRule>>>;
    using Written = std::function<void(const Status &status)>;

    SetMaskRulesCommand(ProjectStore *store, DatasetInfo dataset, FieldRules before,
                        FieldRules after, MaskRuleStore::Action action, const QString &text,
                        Written written);

    void undo() override;
    void redo() override;

    const FieldRules &before() const { return m_before; }
    const FieldRules &after() const { return m_after; }

private:
    void apply(const FieldRules &rules, MaskRuleStore::Action action);

    ProjectStore *m_store;
    DatasetInfo m_dataset;
    FieldRules m_before;
    FieldRules m_after;
    MaskRuleStore::Action m_action;
    Written m_written;
    bool m_pushed = false;
};

} // namespace steward::ui
