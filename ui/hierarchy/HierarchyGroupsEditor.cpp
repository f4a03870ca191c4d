#include "ui/hierarchy/HierarchyGroupsEditor.h"

#include "ui/hierarchy/HierarchyGroupsModel.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace steward::ui {

HierarchyGroupsEditor::HierarchyGroupsEditor(QWidget *parent)
    : QWidget(parent), m_model(new HierarchyGroupsModel(this))
{
    m_ungroupedView = new QListView(this);
    m_ungroupedView->setObjectName(QStringLiteral("hierarchyUngroupedList"));
    m_ungroupedView->setModel(m_model);
    m_ungroupedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ungroupedView->setDragDropMode(QAbstractItemView::DragDrop);
    m_ungroupedView->setDefaultDropAction(Qt::MoveAction);
    m_ungroupedView->setDragEnabled(true);
    m_ungroupedView->setAcceptDrops(true);
    m_ungroupedView->setDropIndicatorShown(true);
    m_ungroupedView->setUniformItemSizes(true);
    m_ungroupedView->setToolTip(tr("Values in no group; drag them onto a group"));

    m_groupsView = new QTreeView(this);
    m_groupsView->setObjectName(QStringLiteral("hierarchyGroupsTree"));
    m_groupsView->setModel(m_model);
    m_groupsView->setHeaderHidden(true);
    m_groupsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groupsView->setDragDropMode(QAbstractItemView::DragDrop);
    m_groupsView->setDefaultDropAction(Qt::MoveAction);
    m_groupsView->setDragEnabled(true);
    m_groupsView->setAcceptDrops(true);
    m_groupsView->setDropIndicatorShown(true);
    m_groupsView->setEditTriggers(QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::DoubleClicked);
    m_groupsView->setUniformRowHeights(true);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("hierarchyMoveTarget"));
    m_target->setToolTip(tr("Where \"Move to Group\" puts the selected values"));
    m_moveButton = new QPushButton(tr("&Move to Group"), this);
    m_moveButton->setObjectName(QStringLiteral("hierarchyMoveButton"));
    m_moveButton->setToolTip(tr("Move the selected values to the group chosen beside (Ctrl+G)"));
    auto *moveKey = new QAction(this);
    moveKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    moveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(moveKey);
    connect(moveKey, &QAction::triggered, this, &HierarchyGroupsEditor::moveSelected);
    connect(m_moveButton, &QPushButton::clicked, this, &HierarchyGroupsEditor::moveSelected);

    m_newButton = new QPushButton(tr("&New Group"), this);
    m_newButton->setObjectName(QStringLiteral("hierarchyNewGroupButton"));
    m_renameButton = new QPushButton(tr("Re&name…"), this);
    m_renameButton->setObjectName(QStringLiteral("hierarchyRenameGroupButton"));
    m_renameButton->setToolTip(tr("Rename the selected group (F2)"));
    m_deleteButton = new QPushButton(tr("&Delete Group"), this);
    m_deleteButton->setObjectName(QStringLiteral("hierarchyDeleteGroupButton"));
    m_deleteButton->setToolTip(tr("Delete the selected group; its values go back to no group"));
    connect(m_newButton, &QPushButton::clicked, this, &HierarchyGroupsEditor::newGroup);
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        const int group = selectedGroup();
        if (group >= 0)
            m_groupsView->edit(m_model->groupIndex(group));
    });
    connect(m_deleteButton, &QPushButton::clicked, this,
            &HierarchyGroupsEditor::deleteSelectedGroup);

    m_otherEdit = new QLineEdit(this);
    m_otherEdit->setObjectName(QStringLiteral("hierarchyOtherLabel"));
    m_otherEdit->setPlaceholderText(HierarchySpec::tr("Other"));
    m_otherEdit->setToolTip(tr("The label of values in no group at the first level"));
    connect(m_otherEdit, &QLineEdit::editingFinished, this, [this] {
        const QString label = m_otherEdit->text().trimmed();
        if (label != m_otherLabel)
            emit edited(m_model->groups(), label, tr("Label for Other Values"));
    });

    connect(m_model, &HierarchyGroupsModel::moveRequested, this,
            &HierarchyGroupsEditor::moveValues);
    connect(m_model, &HierarchyGroupsModel::renameRequested, this,
            &HierarchyGroupsEditor::renameGroup);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ungroupedView->setRootIndex(m_model->ungroupedIndex());
        m_groupsView->setRowHidden(0, {}, true);
        m_groupsView->expandAll();
        updateTargets();
        updateButtons();
    });
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ungroupedView),
                                    static_cast<QAbstractItemView *>(m_groupsView)})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HierarchyGroupsEditor::updateButtons);

    auto *left = new QVBoxLayout;
    auto *ungroupedLabel = new QLabel(tr("&Values in no group:"), this);
    ungroupedLabel->setBuddy(m_ungroupedView);
    left->addWidget(ungroupedLabel);
    left->addWidget(m_ungroupedView, 1);
    auto *otherRow = new QHBoxLayout;
    auto *otherLabel = new QLabel(tr("&Label for them:"), this);
    otherLabel->setBuddy(m_otherEdit);
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_otherEdit, 1);
    left->addLayout(otherRow);

    auto *right = new QVBoxLayout;
    auto *groupsLabel = new QLabel(tr("&Groups:"), this);
    groupsLabel->setBuddy(m_groupsView);
    right->addWidget(groupsLabel);
    right->addWidget(m_groupsView, 1);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_newButton);
    groupButtons->addWidget(m_renameButton);
    groupButtons->addWidget(m_deleteButton);
    groupButtons->addStretch(1);
    right->addLayout(groupButtons);

    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_target);
    middle->addWidget(toLabel);
    middle->addWidget(m_target);
    middle->addWidget(m_moveButton);
    middle->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(middle);
    layout->addLayout(right, 1);
}

void HierarchyGroupsEditor::setGroups(const QList<HierarchySpec::Group> &groups,
                                      const QString &otherLabel, const QStringList &values)
{
    m_values = values;
    m_otherLabel = otherLabel;
    m_otherEdit->setText(otherLabel);
    const int target = m_target->currentIndex();
    m_model->setGroups(groups, values);
    if (target >= 0 && target < m_target->count())
        m_target->setCurrentIndex(target);
}

QStringList HierarchyGroupsEditor::selectedValues() const
{
    QStringList values;
    QSet<QString> seen;
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ungroupedView),
                                    static_cast<QAbstractItemView *>(m_groupsView)}) {
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
            const QString v = m_model->value(index);
            if (m_model->isValue(index) && !seen.contains(v)) {
                seen.insert(v);
                values.append(v);
            }
        }
    }
    return values;
}

int HierarchyGroupsEditor::selectedGroup() const
{
    const QModelIndex current = m_groupsView->currentIndex();
    if (!current.isValid() || m_model->isValue(current))
        return HierarchyGroupsModel::kNoGroup;
    return m_model->groupOf(current);
}

void HierarchyGroupsEditor::moveSelected()
{
    const QStringList values = selectedValues();
    if (values.isEmpty() || m_target->currentIndex() < 0)
        return;
    moveValues(values, m_target->currentData().toInt());
}

void HierarchyGroupsEditor::moveValues(const QStringList &values, int group)
{
    QList<HierarchySpec::Group> groups = m_model->groups();
    if (group >= static_cast<int>(groups.size()) || values.isEmpty())
        return;
    const QSet<QString> moving(values.begin(), values.end());
    bool changed = false;
    for (int g = 0; g < groups.size(); ++g) {
        if (g == group)
            continue;
        const qsizetype before = groups[g].values.size();
        groups[g].values.removeIf([&moving](const QString &v) { return moving.contains(v); });
        changed |= groups[g].values.size() != before;
    }
    if (group >= 0) {
        for (const QString &v : values) {
            if (!groups[group].values.contains(v)) {
                groups[group].values.append(v);
                changed = true;
            }
        }
    }
    if (!changed)
        return;
    const QString text =
        group >= 0 ? tr("Move %Ln Value(s) to “%1”", nullptr, static_cast<int>(values.size()))
                         .arg(groups[group].label)
                   : tr("Take %Ln Value(s) out of Their Group", nullptr,
                        static_cast<int>(values.size()));
    emit edited(groups, m_otherLabel, text);
}

void HierarchyGroupsEditor::newGroup()
{
    QList<HierarchySpec::Group> groups = m_model->groups();
    QSet<QString> labels;
    for (const HierarchySpec::Group &g : groups)
        labels.insert(g.label);
    QString label;
    for (int n = static_cast<int>(groups.size()) + 1;; ++n) {
        label = tr("Group %1").arg(n);
        if (!labels.contains(label))
            break;
    }
    groups.append(HierarchySpec::Group{label, {}});
    // The values selected go into the new group at once, as a steward making a group means.
    const QStringList values = selectedValues();
    const QSet<QString> moving(values.begin(), values.end());
    for (HierarchySpec::Group &g : groups)
        g.values.removeIf([&moving](const QString &v) { return moving.contains(v); });
    groups.last().values = values;
    emit edited(groups, m_otherLabel, tr("New Group “%1”").arg(label));
    m_target->setCurrentIndex(m_target->count() - 1);
}

void HierarchyGroupsEditor::renameGroup(int group, const QString &label)
{
    QList<HierarchySpec::Group> groups = m_model->groups();
    if (group < 0 || group >= groups.size() || label.trimmed().isEmpty())
        return;
    for (int g = 0; g < groups.size(); ++g)
        if (g != group && groups[g].label == label.trimmed())
            return; // two groups with one label would be one group at that level
    const QString old = groups[group].label;
    groups[group].label = label.trimmed();
    emit edited(groups, m_otherLabel, tr("Rename Group “%1” to “%2”").arg(old, groups[group].label));
}

void HierarchyGroupsEditor::deleteSelectedGroup()
{
    const int group = selectedGroup();
    QList<HierarchySpec::Group> groups = m_model->groups();
    if (group < 0 || group >= groups.size())
        return;
    const QString label = groups[group].label;
    groups.removeAt(group);
    emit edited(groups, m_otherLabel, tr("Delete Group “%1”").arg(label));
}

void HierarchyGroupsEditor::updateTargets()
{
    const int current = m_target->currentIndex();
    m_target->clear();
    m_target->addItem(tr("No group"), HierarchyGroupsModel::kUngrouped);
    for (int g = 0; g < m_model->groups().size(); ++g)
        m_target->addItem(m_model->groups().at(g).label, g);
    m_target->setCurrentIndex(current >= 0 && current < m_target->count()
                                  ? current
                                  : std::min(1, m_target->count() - 1));
}

void HierarchyGroupsEditor::updateButtons()
{
    const bool group = selectedGroup() >= 0;
    m_renameButton->setEnabled(group);
    m_deleteButton->setEnabled(group);
}

} // namespace steward::ui
