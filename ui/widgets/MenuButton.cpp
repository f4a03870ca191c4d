#include "ui/widgets/MenuButton.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

namespace steward::ui {

void setDropDownMenu(QToolButton *button, QMenu *menu)
{
    const QAction *action = button->defaultAction();
    // An action that carries the menu itself gives it to its button already.
    if (!action || action->menu() != menu)
        button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    QObject::connect(button, &QToolButton::clicked, button, [button] {
        // An action with a menu of its own (e.g. "Apply Preset") does nothing when run: the
        // menu is what it offers.
        const QAction *current = button->defaultAction();
        if (!current || current->menu())
            button->showMenu();
    });
}

} // namespace steward::ui
