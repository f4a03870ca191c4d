#include "risk/ApplyAnonymizationCommand.h"

#include "mask/RecordSuppressionStore.h"
#include "masking/SetMaskRulesCommand.h"
#include "store/ProjectStore.h"
#include "store/WriteScope.h"

namespace steward::ui {

ApplyAnonymizationCommand::ApplyAnonymizationCommand(
    ProjectStore *store, DatasetInfo dataset, AnonymizationOutcome outcome,
    FieldRules beforeRules, std::optional<RecordSuppression> beforeSuppression, Written written)
    : m_store(store),
      m_dataset(std::move(dataset)),
      m_outcome(std::move(outcome)),
      m_beforeRules(std::move(beforeRules)),
      m_beforeSuppression(std::move(beforeSuppression)),
      m_written(std::move(written))
{
    setText(tr("Apply the k-anonymity result"));
}

void ApplyAnonymizationCommand::redo()
{
    report(AnonymizationService::apply(*m_store, m_dataset, m_outcome));
}

void ApplyAnonymizationCommand::undo()
{
    sql::WriteScope scope(m_store->db(), "anonymize_undo");
    Status status = scope.beginStatus();
    if (status)
        status = SetMaskRulesCommand::write(*m_store, m_dataset, m_beforeRules,
                                            MaskRuleStore::Action::Set);
    if (status)
        status = RecordSuppressionStore(*m_store).save(m_dataset, m_beforeSuppression);
    if (status)
        status = scope.commit();
    report(status);
}

void ApplyAnonymizationCommand::report(const Status &status)
{
    if (!status)
        setObsolete(true);
    if (m_written)
        m_written(status);
}

} // namespace steward::ui
