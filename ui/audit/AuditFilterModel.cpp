#include "ui/audit/AuditFilterModel.h"

#include "ui/audit/AuditTrailModel.h"

namespace steward::ui {

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void AuditFilterModel::update(QString &member, const QString &value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
    emit filtersChanged();
}

void AuditFilterModel::setActionFilter(const QString &action)
{
    update(m_action, action);
}

void AuditFilterModel::setTargetFilter(const QString &target)
{
    update(m_target, target);
}

void AuditFilterModel::setReleaseFilter(const QString &release)
{
    update(m_release, release);
}

bool AuditFilterModel::isReleaseAction(const QString &action)
{
    return action.startsWith(QLatin1String("release."))
        || action.startsWith(QLatin1String("document."));
}

void AuditFilterModel::setUserFilter(const QString &user)
{
    update(m_user, user);
}

void AuditFilterModel::setTextFilter(const QString &text)
{
    update(m_text, text.trimmed());
}

bool AuditFilterModel::isFiltering() const
{
    return !m_action.isEmpty() || !m_target.isEmpty() || !m_release.isEmpty() || !m_user.isEmpty()
        || !m_text.isEmpty();
}

void AuditFilterModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_action.clear();
    m_target.clear();
    m_release.clear();
    m_user.clear();
    m_text.clear();
    invalidateFilter();
    emit filtersChanged();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto raw = [&](int column) {
        return model->index(sourceRow, column, sourceParent)
            .data(AuditTrailModel::RawRole)
            .toString();
    };
    if (!m_action.isEmpty() && raw(AuditTrailModel::ActionIdColumn) != m_action)
        return false;
    if (!m_target.isEmpty() && raw(AuditTrailModel::TargetColumn) != m_target)
        return false;
    if (!m_release.isEmpty()
        && (!isReleaseAction(raw(AuditTrailModel::ActionIdColumn))
            || raw(AuditTrailModel::TargetColumn) != m_release))
        return false;
    if (!m_user.isEmpty() && raw(AuditTrailModel::UserColumn) != m_user)
        return false;
    if (!m_text.isEmpty()) {
        const QString all = model->index(sourceRow, 0, sourceParent)
                                .data(AuditTrailModel::SearchRole)
                                .toString();
        if (!all.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool AuditFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Ids order entries in time (the chain is append-only) and numbers as numbers.
    if (left.column() == AuditTrailModel::IdColumn || left.column() == AuditTrailModel::TimeColumn)
        return left.data(AuditTrailModel::IdRole).toLongLong()
               < right.data(AuditTrailModel::IdRole).toLongLong();
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace steward::ui
