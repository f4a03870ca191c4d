#include "ui/classification/ClassificationFilterModel.h"

#include "ui/classification/ClassificationModel.h"

namespace steward::ui {

ClassificationFilterModel::ClassificationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("classificationFilterModel"));
    setSortRole(ClassificationModel::SortRole);
    setDynamicSortFilter(true);
}

void ClassificationFilterModel::setNeedsDecisionOnly(bool only)
{
    if (only == m_needsDecisionOnly)
        return;
    m_needsDecisionOnly = only;
    invalidateRowsFilter();
    emit filterChanged();
}

void ClassificationFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
    emit filterChanged();
}

bool ClassificationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_needsDecisionOnly && !first.data(ClassificationModel::NeedsDecisionRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    static constexpr int kSearched[] = {
        ClassificationModel::FieldColumn,    ClassificationModel::SampleColumn,
        ClassificationModel::RoleColumn,     ClassificationModel::CategoryColumn,
        ClassificationModel::EvidenceColumn, ClassificationModel::DecisionColumn,
    };
    for (int column : kSearched) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace steward::ui
