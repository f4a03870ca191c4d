#pragma once

#include "core/hierarchy/HierarchySpec.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace steward::ui {

// The groups of a `groups` hierarchy as a tree for dragging values between them: the first
// top-level row holds the field's values that are in no group (they generalise to the "other"
// label), each further top-level row is a group with its values below it. The model never
// changes the groups itself: a drop or a rename asks for the change (moveRequested,
// renameRequested), the editor makes it an undoable step and sets the groups again.
class HierarchyGroupsModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int kUngrouped = -1;
    static constexpr int kNoGroup = -2;
    static const QString kMimeType;

    explicit HierarchyGroupsModel(QObject *parent = nullptr);

    // `values`: the field's distinct values (those in no group appear under the first row).
    void setGroups(const QList<HierarchySpec::Group> &groups, const QStringList &values);
    const QList<HierarchySpec::Group> &groups() const { return m_groups; }
    const QStringList &ungrouped() const { return m_ungrouped; }

    QModelIndex ungroupedIndex() const { return index(0, 0); }
    QModelIndex groupIndex(int group) const { return index(group + 1, 0); }
    // The group a top-level row stands for (kUngrouped for the first), or the group of a value's
    // row; kNoGroup for an invalid index.
    int groupOf(const QModelIndex &index) const;
    bool isValue(const QModelIndex &index) const;
    QString value(const QModelIndex &index) const;
    // Indexes of the given values, wherever they are.
    QModelIndex indexOfValue(const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // `group` kUngrouped takes the values out of their groups.
    void moveRequested(const QStringList &values, int group);
    void renameRequested(int group, const QString &label);

private:
    const QStringList &valuesOf(int topRow) const;

    QList<HierarchySpec::Group> m_groups;
    QStringList m_ungrouped;
};

} // namespace steward::ui
