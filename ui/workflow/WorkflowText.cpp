#include "ui/workflow/WorkflowText.h"

#include <QLocale>

namespace steward::ui {

QString WorkflowText::gate(const QString &id)
{
    if (id == QLatin1String("datasets"))
        return tr("Datasets present");
    if (id == QLatin1String("classification"))
        return tr("Every field classified and confirmed");
    if (id == QLatin1String("direct_identifiers"))
        return tr("No direct identifier leaves unmasked");
    if (id == QLatin1String("grade_ceiling"))
        return tr("No field above the mode's highest unmasked grade");
    if (id == QLatin1String("risk"))
        return tr("Risk within the mode's policy");
    if (id == QLatin1String("policy"))
        return tr("Data meets the policy");
    if (id == QLatin1String("consent"))
        return tr("Consent respected");
    if (id == QLatin1String("dsa_complete"))
        return tr("Agreement (DSA) complete");
    if (id == QLatin1String("dsa_up_to_date"))
        return tr("Agreement (DSA) up to date");
    if (id == QLatin1String("dpia_complete"))
        return tr("Impact assessment (DPIA) complete");
    if (id == QLatin1String("dpia_up_to_date"))
        return tr("Impact assessment (DPIA) up to date");
    if (id == QLatin1String("approvals"))
        return tr("Required approvals on the current content");
    return id;
}

QString WorkflowText::role(const QString &role)
{
    if (role == QLatin1String("steward"))
        return tr("Data steward");
    if (role == QLatin1String("compliance"))
        return tr("Compliance");
    if (role == QLatin1String("ethics"))
        return tr("Ethics committee");
    return role;
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
