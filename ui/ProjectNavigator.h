#pragma once

#include "core/release/Release.h"
#include "core/store/DatasetInfo.h"

#include <QList>
#include <QTreeWidget>

class QAction;

namespace steward::ui {

// The left-hand tree of what a project contains: its datasets and its releases (each with its
// state). A group other than Datasets appears only once it has content, so the tree never shows
// empty scaffolding. One item is current at a time: a dataset or a release.
class ProjectNavigator final : public QTreeWidget {
    Q_OBJECT
public:
    enum class Group { Datasets, Releases, Agreements, Assessments };
    enum Roles { KindRole = Qt::UserRole + 1, NameRole };
    enum class Kind { Group = 1, Dataset, Placeholder, Release };

    explicit ProjectNavigator(QWidget *parent = nullptr);

    // Replaces the listed datasets, keeping the current selection when it still exists.
    void setDatasets(const QList<DatasetInfo> &datasets);
    // Replaces the listed releases (the group disappears when there are none), keeping the
    // current selection when it still exists.
    void setReleases(const QList<Release> &releases);
    void clearProject();

    QStringList datasetNames() const;
    QString currentDatasetName() const;
    bool selectDataset(const QString &name);
    QStringList releaseNames() const;
    QString currentReleaseName() const;
    bool selectRelease(const QString &name);

    // Actions offered in the context menu of a dataset and of the tree's background.
    void setDatasetActions(const QList<QAction *> &actions);
    void setBackgroundActions(const QList<QAction *> &actions);
    // Actions offered in the context menu of a release.
    void setReleaseActions(const QList<QAction *> &actions);

signals:
    // The selected dataset changed ("" when no dataset is selected).
    void currentDatasetChanged(const QString &name);
    void datasetActivated(const QString &name);
    // The selected release changed ("" when no release is selected).
    void currentReleaseChanged(const QString &name);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QTreeWidgetItem *groupItem(Group group, bool create);
    QTreeWidgetItem *datasetItem(const QString &name) const;
    QTreeWidgetItem *childItem(Kind kind, const QString &name) const;
    QStringList childNames(Kind kind) const;
    QString groupTitle(Group group) const;
    void emitCurrentChanged();

    QList<QAction *> m_datasetActions;
    QList<QAction *> m_backgroundActions;
    QList<QAction *> m_releaseActions;
    QString m_lastEmitted;
    QString m_lastEmittedRelease;
    bool m_updating = false;
};

} // namespace steward::ui
