#include "ui/release/ReleaseText.h"

#include <QLocale>

namespace steward::ui {

QString ReleaseText::state(const QString &state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("submitted"))
        return tr("Submitted");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    return state; // a state of a newer version: its stored name
}

QString ReleaseText::value(const ReleasePolicy &policy, const QString &key)
{
    const QLocale locale;
    if (key == QLatin1String("max_unmasked_grade"))
        return tr("grade %1").arg(locale.toString(policy.maxUnmaskedGrade));
    if (key == QLatin1String("min_k"))
        return locale.toString(policy.minK);
    if (key == QLatin1String("max_prosecutor_risk"))
        return locale.toString(policy.maxProsecutorRisk, 'g', 3);
    if (key == QLatin1String("ethics_approval_required"))
        return policy.ethicsApprovalRequired ? tr("required") : tr("not required");
    if (key == QLatin1String("free_text_allowed"))
        return policy.freeTextAllowed ? tr("allowed") : tr("not allowed");
    return policy.valueText(key);
}

QString ReleaseText::summary(const ReleasePolicy &policy)
{
    const QLocale locale;
    QStringList parts;
    parts << tr("fields above grade %1 masked").arg(locale.toString(policy.maxUnmaskedGrade));
    parts << tr("k ≥ %1").arg(locale.toString(policy.minK));
    parts << tr("prosecutor risk ≤ %1").arg(locale.toString(policy.maxProsecutorRisk, 'g', 3));
    parts << (policy.ethicsApprovalRequired ? tr("ethics approval required")
                                            : tr("no ethics approval needed"));
    parts << (policy.freeTextAllowed ? tr("free text may leave") : tr("no free text"));
    return parts.join(tr(" · "));
}

QString ReleaseText::change(const QString &key, const ReleasePolicy &from, const ReleasePolicy &to)
{
    return tr("%1: %2 → %3").arg(ReleasePolicy::keyLabel(key), value(from, key), value(to, key));
}

} // namespace steward::ui
