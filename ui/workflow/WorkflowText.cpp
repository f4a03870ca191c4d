#include "ui/workflow/WorkflowText.h"

#include "core/signing/SignerRole.h"
#include "core/workflow/ReleaseGates.h"

#include <QLocale>

namespace steward::ui {

QString WorkflowText::gate(const QString &id)
{
    // One wording for the command line and the GUI.
    return ReleaseStatus::gateLabel(id);
}

QString WorkflowText::role(const QString &role)
{
    const std::optional<SignerRole> known = SignerRoles::fromName(role);
    return known ? SignerRoles::label(*known) : role;
}

QString WorkflowText::encryption(const QString &kind)
{
    if (kind.isEmpty() || kind == QLatin1String("none"))
        return tr("Not encrypted");
    if (kind == QLatin1String("passphrase"))
        return tr("Passphrase (age)");
    if (kind == QLatin1String("recipients"))
        return tr("Recipient's key (age)");
    return kind;
}

QString WorkflowText::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace steward::ui
