#include "core/consent/ConsentFilter.h"

#include "core/consent/ConsentRegisterReader.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

namespace steward {

Result<std::optional<ConsentFilter>> ConsentFilter::load(ProjectStore &store, qint64 datasetId,
                                                         const QString &purpose)
{
    sql::Database &db = StoreAccess::db(store);
    auto head = db.prepare("SELECT r.id, r.subject_field, d.name FROM consent_registers r "
                           "JOIN datasets d ON d.id = r.dataset_id WHERE r.dataset_id = ?");
    if (!head)
        return head.error();
    head->bind(1, datasetId);
    const auto step = head->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(tr("read the consent register"));
    if (step == sql::Statement::StepResult::Done)
        return std::optional<ConsentFilter>();

    ConsentFilter filter;
    const qint64 registerId = head->columnInt(0);
    filter.m_subjectField = head->columnText(1);
    filter.m_counts.dataset = head->columnText(2);
    filter.m_counts.registerAttached = true;
    filter.m_counts.purpose = purpose;
    const QString wanted = normalizedPurpose(purpose);

    auto records = db.prepare(
        "SELECT subject_key, status, scope FROM consent_records WHERE register_id = ?");
    if (!records)
        return records.error();
    records->bind(1, registerId);
    const QString granted = consentStatusName(ConsentStatus::Granted);
    const QString withdrawn = consentStatusName(ConsentStatus::Withdrawn);
    for (;;) {
        const auto row = records->step();
        if (row == sql::Statement::StepResult::Error)
            return db.lastError(tr("read the consent register"));
        if (row == sql::Statement::StepResult::Done)
            break;
        QString key = records->columnText(0);
        const QString status = records->columnText(1);
        if (status == granted) {
            if (scopeCovers(records->columnText(2), wanted))
                filter.m_granted.insert(std::move(key));
            else
                filter.m_outOfScope.insert(std::move(key));
        } else if (status == withdrawn) {
            filter.m_withdrawn.insert(std::move(key));
        } else {
            filter.m_refused.insert(std::move(key));
        }
    }
    return std::optional<ConsentFilter>(std::move(filter));
}

bool ConsentFilter::keep(const QString &subjectValue)
{
    const QString key = normalizedSubjectKey(subjectValue);
    if (!key.isEmpty()) {
        if (m_granted.contains(key)) {
            ++m_counts.recordsKept;
            return true;
        }
        if (m_withdrawn.contains(key)) {
            ++m_counts.excludedWithdrawn;
            return false;
        }
        if (m_refused.contains(key)) {
            ++m_counts.excludedRefused;
            return false;
        }
        if (m_outOfScope.contains(key)) {
            ++m_counts.excludedOutOfScope;
            return false;
        }
    }
    ++m_counts.excludedNoRecord;
    return false;
}

} // namespace steward
