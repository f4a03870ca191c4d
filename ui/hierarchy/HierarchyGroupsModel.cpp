#include "ui/hierarchy/HierarchyGroupsModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace steward::ui {

const QString HierarchyGroupsModel::kMimeType =
    QStringLiteral("application/x-steward-hierarchy-values");

namespace {
// Top-level rows have internal id 0, a value's row the top-level row of its group + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

HierarchyGroupsModel::HierarchyGroupsModel(QObject *parent) : QAbstractItemModel(parent) {}

void HierarchyGroupsModel::setGroups(const QList<HierarchySpec::Group> &groups,
                                     const QStringList &values)
{
    beginResetModel();
    m_groups = groups;
    QSet<QString> grouped;
    for (const HierarchySpec::Group &group : groups)
        for (const QString &v : group.values)
            grouped.insert(v);
    m_ungrouped.clear();
    for (const QString &v : values)
        if (!grouped.contains(v))
            m_ungrouped.append(v);
    endResetModel();
}

int HierarchyGroupsModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return kNoGroup;
    const int top = index.internalId() == kTopLevel ? index.row()
                                                    : static_cast<int>(index.internalId()) - 1;
    return top == 0 ? kUngrouped : top - 1;
}

bool HierarchyGroupsModel::isValue(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != kTopLevel;
}

QString HierarchyGroupsModel::value(const QModelIndex &index) const
{
    if (!isValue(index))
        return {};
    const QStringList &values = valuesOf(static_cast<int>(index.internalId()) - 1);
    return index.row() < values.size() ? values.at(index.row()) : QString();
}

QModelIndex HierarchyGroupsModel::indexOfValue(const QString &v) const
{
    for (int top = 0; top <= m_groups.size(); ++top) {
        const int row = valuesOf(top).indexOf(v);
        if (row >= 0)
            return index(row, 0, index(top, 0));
    }
    return {};
}

const QStringList &HierarchyGroupsModel::valuesOf(int topRow) const
{
    return topRow == 0 ? m_ungrouped : m_groups.at(topRow - 1).values;
}

QModelIndex HierarchyGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row <= m_groups.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || row >= valuesOf(parent.row()).size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex HierarchyGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId()) - 1, 0, kTopLevel);
}

int HierarchyGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size()) + 1;
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return static_cast<int>(valuesOf(parent.row()).size());
}

int HierarchyGroupsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant HierarchyGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isValue(index)) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return value(index);
        return {};
    }
    const int group = groupOf(index);
    const qsizetype n = valuesOf(index.row()).size();
    if (group == kUngrouped) {
        if (role == Qt::DisplayRole)
            return tr("Not in a group (%1)").arg(QLocale().toString(n));
        if (role == Qt::ToolTipRole)
            return tr("Values in no group generalise to the label for other values");
        return {};
    }
    if (role == Qt::DisplayRole)
        return tr("%1 (%2)").arg(m_groups.at(group).label, QLocale().toString(n));
    if (role == Qt::EditRole)
        return m_groups.at(group).label;
    if (role == Qt::ToolTipRole)
        return tr("Drop values here to put them in this group; F2 renames it");
    return {};
}

bool HierarchyGroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int group = groupOf(index);
    if (role != Qt::EditRole || isValue(index) || group < 0)
        return false;
    const QString label = value.toString().trimmed();
    if (label.isEmpty() || label == m_groups.at(group).label)
        return false;
    emit renameRequested(group, label);
    return true;
}

Qt::ItemFlags HierarchyGroupsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isValue(index))
        return f | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    f |= Qt::ItemIsDropEnabled;
    if (groupOf(index) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

Qt::DropActions HierarchyGroupsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions HierarchyGroupsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList HierarchyGroupsModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *HierarchyGroupsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList values;
    for (const QModelIndex &index : indexes)
        if (isValue(index))
            values.append(value(index));
    if (values.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << values;
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

bool HierarchyGroupsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                           int, const QModelIndex &parent) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction
           && groupOf(parent) != kNoGroup;
}

bool HierarchyGroupsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                        int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList values;
    QDataStream stream(data->data(kMimeType));
    stream >> values;
    if (values.isEmpty())
        return false;
    // Dropped on a value: into that value's group.
    emit moveRequested(values, groupOf(parent));
    // The values are moved by the requested change, not by the view removing the dragged rows.
    return false;
}

} // namespace steward::ui
