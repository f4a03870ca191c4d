#include "ui/RecentProjectsMenu.h"

#include "ui/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace steward::ui {

RecentProjectsMenu::RecentProjectsMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("recentProjectsMenu"));
    setTitle(tr("Open &Recent"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::rebuild);
    rebuild();
}

void RecentProjectsMenu::rebuild()
{
    clear();
    Settings settings;
    const QStringList stored = settings.recentProjects();
    QStringList existing;
    // A missing file stays in the list (the start page shows it as missing and offers to remove
    // it: it may be on a drive that is not mounted now); the menu offers only what opens.
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }

    int number = 0;
    for (const QString &path : existing) {
        ++number;
        const QFileInfo info(path);
        // "&1 demo.steward  —  ~/projects"; the mnemonic makes Alt+F, R, 1 work.
        QString label = tr("%1  —  %2")
                            .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (number < 10)
            label.prepend(QStringLiteral("&%1 ").arg(number));
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this,
                [this, path] { emit projectRequested(path); });
    }

    if (existing.isEmpty()) {
        QAction *none = addAction(tr("No recent projects"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"));
    clearAction->setObjectName(QStringLiteral("clearRecentAction"));
    clearAction->setEnabled(!existing.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        Settings().clearRecentProjects();
        rebuild();
    });
}

} // namespace steward::ui
