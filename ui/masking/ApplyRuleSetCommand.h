#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskRuleService.h"
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

// The rules of some fields and, optionally, the record suppression of a dataset.
using RuleSetState = MaskRuleSet;

// A whole rule set applied at once (a k-anonymity result, a template, a preset) as one step of
// the Masking tab's undo history: redo() writes the new state, undo() the previous one, each
// through MaskRuleService::applyRuleSet (one transaction with its audit entries). The first
// redo() happens on push. A failed write makes the command obsolete (the stack drops it).
class ApplyRuleSetCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ApplyRuleSetCommand)
public:
    using Written = std::function<void(const Status &status)>;

    ApplyRuleSetCommand(ProjectStore *store, DatasetInfo dataset, RuleSetState before,
                        RuleSetState after, const QString &text, Written written);

    void redo() override;
    void undo() override;

private:
    void apply(const RuleSetState &state);

    ProjectStore *m_store;
    DatasetInfo m_dataset;
    RuleSetState m_before;
    RuleSetState m_after;
    Written m_written;
};

} // namespace steward::ui
