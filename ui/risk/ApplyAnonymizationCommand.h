#pragma once

#include "common/Result.h"
#include "mask/MaskRule.h"
#include "mask/RecordSuppression.h"
#include "risk/AnonymizationService.h"
#include "store/DatasetInfo.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>
#include <utility>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// An anonymization result made the rules of a dataset, as one step of the Masking tab's undo
// history: redo() stores the hierarchy rules and the record suppression of the result
// (AnonymizationService::apply), undo() puts back the quasi-identifiers' previous rules and the
// previous record suppression, each in one audited transaction. The first redo() happens on push.
// A failed write makes the command obsolete (the stack drops it).
class ApplyAnonymizationCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ApplyAnonymizationCommand)
public:
    using Written = std::function<void(const Status &status)>;
    using FieldRules = QList<std::pair<QString, std::optional<MaskRule>>>;

    // `beforeRules`: every field the outcome sets, with its stored rule (none: kept).
    ApplyAnonymizationCommand(ProjectStore *store, DatasetInfo dataset,
                              AnonymizationOutcome outcome, FieldRules beforeRules,
                              std::optional<RecordSuppression> beforeSuppression,
                              Written written);

    void redo() override;
    void undo() override;

private:
    void report(const Status &status);

    ProjectStore *m_store;
    DatasetInfo m_dataset;
    AnonymizationOutcome m_outcome;
    FieldRules m_beforeRules;
    std::optional<RecordSuppression> m_beforeSuppression;
    Written m_written;
};

} // namespace steward::ui
