#pragma once

#include <QIcon>

namespace steward::ui {

// Icons of the user interface: the desktop theme's icon when it has one, else Steward's own SVG
// (crisp at every scale factor; no bitmaps).
enum class IconId {
    AppLogo,
    NewProject,
    OpenProject,
    CloseProject,
    Import,
    Replace,
    Rename,
    Delete,
    Dataset,
    Group,
    Release,
    About,
    Warning,
    Error,
    Classify,
    Profile,
    Confirm,
    Override,
    Apply,
    Template,
    Export,
    Undo,
    Redo,
    NeedsDecision,
    Confirmed,
    Overridden,
    ShowPassword,
    HidePassword,
};

QIcon icon(IconId id);

} // namespace steward::ui
