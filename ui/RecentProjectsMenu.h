#pragma once

#include <QMenu>

namespace steward::ui {

// File → Open Recent: the persisted list of recently opened projects, rebuilt each time it is
// shown; projects whose file is missing are left out (they stay in the settings).
class RecentProjectsMenu final : public QMenu {
    Q_OBJECT
public:
    explicit RecentProjectsMenu(QWidget *parent = nullptr);

    // Rebuilds the entries from the settings (also done before the menu is shown).
    void rebuild();

signals:
    void projectRequested(const QString &path);
};

} // namespace steward::ui
