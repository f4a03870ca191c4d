#pragma once

class QMenu;
class QToolButton;

namespace steward::ui {

// Gives `button` the drop-down `menu` with the arrow on the text's line: its own part at the
// right of the button (MenuButtonPopup) instead of the small arrow InstantPopup draws in the
// bottom corner, under the text. A click on the text opens the menu as well, unless the button
// has a default action of its own (then the text runs that action and the arrow opens the menu).
void setDropDownMenu(QToolButton *button, QMenu *menu);

} // namespace steward::ui
