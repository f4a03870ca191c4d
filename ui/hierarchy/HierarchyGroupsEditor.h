#pragma once

#include "core/hierarchy/HierarchySpec.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeView;

namespace steward::ui {

class HierarchyGroupsModel;

// The groups of a `groups` hierarchy: the field's values in no group on the left, the groups
// with their values on the right. Values move by dragging them onto a group (or back to the
// list), or, from the keyboard, by selecting them and choosing "Move to Group" (Ctrl+G) with the
// group named in the box beside it. Groups are added, renamed (F2) and deleted here too. Every
// change is asked for with edited(); the dialog makes it an undoable step and calls setGroups().
class HierarchyGroupsEditor final : public QWidget {
    Q_OBJECT
public:
    explicit HierarchyGroupsEditor(QWidget *parent = nullptr);

    // `values`: the field's distinct non-empty values.
    void setGroups(const QList<HierarchySpec::Group> &groups, const QString &otherLabel,
                   const QStringList &values);

    HierarchyGroupsModel *model() const { return m_model; }
    QListView *ungroupedView() const { return m_ungroupedView; }
    QTreeView *groupsView() const { return m_groupsView; }
    QComboBox *targetBox() const { return m_target; }
    QPushButton *moveButton() const { return m_moveButton; }

    // The operations behind the buttons (also for tests).
    void moveSelected();
    void moveValues(const QStringList &values, int group);
    void newGroup();
    void renameGroup(int group, const QString &label);
    void deleteSelectedGroup();

signals:
    void edited(const QList<steward::HierarchySpec::Group> &groups, const QString &otherLabel,
                const QString &undoText);

private:
    QStringList selectedValues() const;
    int selectedGroup() const;
    void updateTargets();
    void updateButtons();

    HierarchyGroupsModel *m_model;
    QStringList m_values;
    QString m_otherLabel;
    QListView *m_ungroupedView;
    QTreeView *m_groupsView;
    QComboBox *m_target;
    QPushButton *m_moveButton;
    QPushButton *m_newButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QLineEdit *m_otherEdit;
};

} // namespace steward::ui
