#include "ui/ProjectNavigator.h"

#include "ui/release/ReleaseText.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/Icons.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>

namespace steward::ui {

ProjectNavigator::ProjectNavigator(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("projectNavigator"));
    setColumnCount(2);
    setHeaderHidden(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    setAnimated(false);
    setMinimumWidth(180);

    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_updating)
            emitCurrentChanged();
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == int(Kind::Dataset))
            emit datasetActivated(item->data(0, NameRole).toString());
    });
}

QString ProjectNavigator::groupTitle(Group group) const
{
    switch (group) {
    case Group::Datasets: return tr("Datasets");
    case Group::Releases: return tr("Releases");
    case Group::Agreements: return tr("Agreements");
    case Group::Assessments: return tr("Assessments");
    }
    return {};
}

QTreeWidgetItem *ProjectNavigator::groupItem(Group group, bool create)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(0, NameRole).toInt() == int(group))
            return item;
    }
    if (!create)
        return nullptr;
    auto *item = new QTreeWidgetItem;
    item->setText(0, groupTitle(group));
    item->setIcon(0, icon(IconId::Group));
    item->setData(0, KindRole, int(Kind::Group));
    item->setData(0, NameRole, int(group));
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setWeight(QFont::DemiBold);
    item->setFont(0, font);
    // Groups keep the order of the enum whatever order they are created in.
    int position = 0;
    while (position < topLevelItemCount()
           && topLevelItem(position)->data(0, NameRole).toInt() < int(group))
        ++position;
    insertTopLevelItem(position, item);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void ProjectNavigator::setDatasets(const QList<DatasetInfo> &datasets)
{
    const QString current = currentDatasetName();
    const QString currentRelease = currentReleaseName();
    m_updating = true;
    QTreeWidgetItem *group = groupItem(Group::Datasets, true);
    qDeleteAll(group->takeChildren());

    const QLocale locale;
    for (const DatasetInfo &dataset : datasets) {
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, dataset.name);
        item->setIcon(0, icon(IconId::Dataset));
        item->setData(0, KindRole, int(Kind::Dataset));
        item->setData(0, NameRole, dataset.name);
        item->setText(1, locale.toString(dataset.rowCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));

        QStringList tip;
        tip << QStringLiteral("<b>%1</b>").arg(dataset.name.toHtmlEscaped());
        tip << tr("%1 · %2").arg(DisplayNames::rowCountText(dataset.rowCount),
                                 DisplayNames::columnCountText(dataset.columns.size()));
        if (!dataset.sourceFile.isEmpty()) {
            QString source = dataset.sourceFile.toHtmlEscaped();
            if (!dataset.encoding.isEmpty())
                source = tr("%1 (%2)").arg(source, DisplayNames::encodingDisplayName(dataset.encoding));
            tip << tr("Imported from %1").arg(source);
        }
        if (dataset.importedAt.isValid()) {
            tip << tr("Imported %1 by %2")
                       .arg(locale.toString(dataset.importedAt.toLocalTime(), QLocale::ShortFormat),
                            dataset.importedBy.toHtmlEscaped());
        }
        if (dataset.version > 1)
            tip << tr("Version %1").arg(dataset.version);
        item->setToolTip(0, tip.join(QStringLiteral("<br>")));
        item->setToolTip(1, DisplayNames::rowCountText(dataset.rowCount));
    }
    if (datasets.isEmpty()) {
        auto *placeholder = new QTreeWidgetItem(group);
        placeholder->setText(0, tr("No datasets yet"));
        placeholder->setData(0, KindRole, int(Kind::Placeholder));
        placeholder->setFlags(Qt::NoItemFlags);
        QFont font = placeholder->font(0);
        font.setItalic(true);
        placeholder->setFont(0, font);
        placeholder->setFirstColumnSpanned(true);
    }
    group->setExpanded(true);

    if (QTreeWidgetItem *item = datasetItem(current))
        setCurrentItem(item);
    else if (QTreeWidgetItem *release = childItem(Kind::Release, currentRelease))
        setCurrentItem(release);
    else
        setCurrentItem(nullptr);
    m_updating = false;
    emitCurrentChanged();
}

void ProjectNavigator::setReleases(const QList<Release> &releases)
{
    const QString current = currentReleaseName();
    QTreeWidgetItem *previous = currentItem();
    m_updating = true;
    QTreeWidgetItem *group = groupItem(Group::Releases, !releases.isEmpty());
    if (group) {
        qDeleteAll(group->takeChildren());
        const QLocale locale;
        for (const Release &release : releases) {
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, release.name);
            item->setIcon(0, icon(IconId::Release));
            item->setData(0, KindRole, int(Kind::Release));
            item->setData(0, NameRole, release.name);
            const QString state = ReleaseText::state(release.state);
            item->setText(1, state);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
            QStringList tip;
            tip << QStringLiteral("<b>%1</b>").arg(release.name.toHtmlEscaped());
            tip << tr("State: %1").arg(state);
            if (!release.recipientOrganisation.isEmpty())
                tip << tr("To %1").arg(release.recipientOrganisation.toHtmlEscaped());
            if (!release.datasets.isEmpty())
                tip << tr("Datasets: %1")
                           .arg(release.datasets.join(tr(", ")).toHtmlEscaped());
            item->setToolTip(0, tip.join(QStringLiteral("<br>")));
            item->setToolTip(1, tip.join(QStringLiteral("<br>")));
        }
        if (releases.isEmpty()) {
            const int index = indexOfTopLevelItem(group);
            delete takeTopLevelItem(index);
        } else {
            group->setExpanded(true);
        }
    }
    // A dataset that was current stays current; a release that was current stays current if it
    // still exists.
    if (QTreeWidgetItem *item = childItem(Kind::Release, current))
        setCurrentItem(item);
    else if (!current.isEmpty() || !previous)
        setCurrentItem(nullptr);
    m_updating = false;
    emitCurrentChanged();
}

void ProjectNavigator::clearProject()
{
    m_updating = true;
    clear();
    m_updating = false;
    emitCurrentChanged();
}

QStringList ProjectNavigator::childNames(Kind kind) const
{
    QStringList names;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, KindRole).toInt() == int(kind))
                names << group->child(c)->data(0, NameRole).toString();
        }
    }
    return names;
}

QStringList ProjectNavigator::datasetNames() const
{
    return childNames(Kind::Dataset);
}

QStringList ProjectNavigator::releaseNames() const
{
    return childNames(Kind::Release);
}

QTreeWidgetItem *ProjectNavigator::childItem(Kind kind, const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *child = group->child(c);
            if (child->data(0, KindRole).toInt() == int(kind)
                && child->data(0, NameRole).toString() == name)
                return child;
        }
    }
    return nullptr;
}

QTreeWidgetItem *ProjectNavigator::datasetItem(const QString &name) const
{
    return childItem(Kind::Dataset, name);
}

QString ProjectNavigator::currentDatasetName() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, KindRole).toInt() != int(Kind::Dataset))
        return {};
    return item->data(0, NameRole).toString();
}

bool ProjectNavigator::selectDataset(const QString &name)
{
    QTreeWidgetItem *item = datasetItem(name);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

QString ProjectNavigator::currentReleaseName() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, KindRole).toInt() != int(Kind::Release))
        return {};
    return item->data(0, NameRole).toString();
}

bool ProjectNavigator::selectRelease(const QString &name)
{
    QTreeWidgetItem *item = childItem(Kind::Release, name);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

void ProjectNavigator::setReleaseActions(const QList<QAction *> &actions)
{
    m_releaseActions = actions;
}

void ProjectNavigator::setDatasetActions(const QList<QAction *> &actions)
{
    m_datasetActions = actions;
}

void ProjectNavigator::setBackgroundActions(const QList<QAction *> &actions)
{
    m_backgroundActions = actions;
}

void ProjectNavigator::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = event->reason() == QContextMenuEvent::Mouse
                                ? itemAt(event->pos())
                                : currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : 0;
    const bool onDataset = kind == int(Kind::Dataset);
    const bool onRelease = kind == int(Kind::Release);
    if (onDataset || onRelease)
        setCurrentItem(item);
    const QList<QAction *> &actions = onDataset   ? m_datasetActions
                                      : onRelease ? m_releaseActions
                                                  : m_backgroundActions;
    if (actions.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(actions);
    menu.exec(event->globalPos());
}

void ProjectNavigator::paintEvent(QPaintEvent *event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("No project open"));
}

void ProjectNavigator::emitCurrentChanged()
{
    // The release first: a window that switches views on either signal ends on the dataset's
    // workspace only when a dataset is current.
    const QString release = currentReleaseName();
    if (release != m_lastEmittedRelease) {
        m_lastEmittedRelease = release;
        emit currentReleaseChanged(release);
    }
    const QString name = currentDatasetName();
    if (name == m_lastEmitted)
        return;
    m_lastEmitted = name;
    emit currentDatasetChanged(name);
}

} // namespace steward::ui
