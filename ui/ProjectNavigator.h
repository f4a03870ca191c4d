#pragma once

#include "core/store/DatasetInfo.h"

#include <QList>
#include <QTreeWidget>

class QAction;

namespace steward::ui {

// The left-hand tree of what a project contains. Today: its datasets. Later issues add releases,
// agreements and assessments as further groups; a group appears only once it has content, so the
// tree never shows empty scaffolding.
class ProjectNavigator final : public QTreeWidget {
    Q_OBJECT
public:
    enum class Group { Datasets, Releases, Agreements, Assessments };
    enum Roles { KindRole = Qt::UserRole + 1, NameRole };
    enum class Kind { Group = 1, Dataset, Placeholder };

    explicit ProjectNavigator(QWidget *parent = nullptr);

    // Replaces the listed datasets, keeping the current selection when it still exists.
    void setDatasets(const QList<DatasetInfo> &datasets);
    void clearProject();

    QStringList datasetNames() const;
    QString currentDatasetName() const;
    bool selectDataset(const QString &name);

    // Actions offered in the context menu of a dataset and of the tree's background.
    void setDatasetActions(const QList<QAction *> &actions);
    void setBackgroundActions(const QList<QAction *> &actions);

signals:
    // The selected dataset changed ("" when no dataset is selected).
    void currentDatasetChanged(const QString &name);
    void datasetActivated(const QString &name);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QTreeWidgetItem *groupItem(Group group, bool create);
    QTreeWidgetItem *datasetItem(const QString &name) const;
    QString groupTitle(Group group) const;
    void emitCurrentChanged();

    QList<QAction *> m_datasetActions;
    QList<QAction *> m_backgroundActions;
    QString m_lastEmitted;
    bool m_updating = false;
};

} // namespace steward::ui
