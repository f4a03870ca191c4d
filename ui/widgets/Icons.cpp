#include "ui/widgets/Icons.h"

#include <QString>

namespace steward::ui {

namespace {

struct IconSpec {
    const char *themeName; // freedesktop icon naming spec; nullptr = always Steward's own
    const char *resource;
};

IconSpec spec(IconId id)
{
    switch (id) {
    case IconId::AppLogo: return {nullptr, ":/ui/icons/steward.svg"};
    case IconId::NewProject: return {"document-new", ":/ui/icons/project-new.svg"};
    case IconId::OpenProject: return {"document-open", ":/ui/icons/project-open.svg"};
    case IconId::CloseProject: return {"document-close", ":/ui/icons/project-close.svg"};
    case IconId::Import: return {"document-import", ":/ui/icons/import.svg"};
    case IconId::Replace: return {"view-refresh", ":/ui/icons/replace.svg"};
    case IconId::Rename: return {"edit-rename", ":/ui/icons/rename.svg"};
    case IconId::Delete: return {"edit-delete", ":/ui/icons/delete.svg"};
    case IconId::Dataset: return {nullptr, ":/ui/icons/dataset.svg"};
    case IconId::Group: return {nullptr, ":/ui/icons/group.svg"};
    case IconId::Release: return {nullptr, ":/ui/icons/release.svg"};
    case IconId::About: return {"help-about", ":/ui/icons/about.svg"};
    case IconId::Warning: return {"dialog-warning", ":/ui/icons/warning.svg"};
    case IconId::Error: return {"dialog-error", ":/ui/icons/error.svg"};
    case IconId::Classify: return {nullptr, ":/ui/icons/classify.svg"};
    case IconId::Profile: return {nullptr, ":/ui/icons/profile.svg"};
    case IconId::Confirm: return {nullptr, ":/ui/icons/confirm.svg"};
    case IconId::Override: return {nullptr, ":/ui/icons/override.svg"};
    case IconId::Apply: return {nullptr, ":/ui/icons/apply.svg"};
    case IconId::Template: return {nullptr, ":/ui/icons/template.svg"};
    case IconId::Export: return {"document-export", ":/ui/icons/export.svg"};
    case IconId::Undo: return {"edit-undo", ":/ui/icons/undo.svg"};
    case IconId::Redo: return {"edit-redo", ":/ui/icons/redo.svg"};
    case IconId::NeedsDecision: return {nullptr, ":/ui/icons/needs-decision.svg"};
    case IconId::Confirmed: return {nullptr, ":/ui/icons/confirmed.svg"};
    case IconId::Overridden: return {nullptr, ":/ui/icons/overridden.svg"};
    case IconId::ShowPassword: return {"view-visible", ":/ui/icons/show-password.svg"};
    case IconId::HidePassword: return {"view-hidden", ":/ui/icons/hide-password.svg"};
    }
    return {nullptr, ":/ui/icons/steward.svg"};
}

} // namespace

QIcon icon(IconId id)
{
    const IconSpec s = spec(id);
    const QIcon fallback(QString::fromLatin1(s.resource));
    if (!s.themeName)
        return fallback;
    return QIcon::fromTheme(QString::fromLatin1(s.themeName), fallback);
}

} // namespace steward::ui
