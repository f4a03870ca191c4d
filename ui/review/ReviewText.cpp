#include "ui/review/ReviewText.h"

#include "core/release/SharingMode.h"
#include "core/signing/SignerRole.h"

#include <QJsonValue>
#include <QLocale>

namespace steward::ui {

QString ReviewText::gate(const QString &id)
{
    if (id == QLatin1String("datasets"))
        return tr("The datasets of the release are present");
    if (id == QLatin1String("classification"))
        return tr("Every field is classified and confirmed");
    if (id == QLatin1String("direct_identifiers"))
        return tr("No direct identifier leaves unmasked");
    if (id == QLatin1String("grade_ceiling"))
        return tr("No field above the highest grade allowed unmasked leaves unmasked");
    if (id == QLatin1String("risk"))
        return tr("The re-identification risk is within the policy");
    if (id == QLatin1String("consent"))
        return tr("Subjects without valid consent are excluded");
    if (id == QLatin1String("dsa_complete"))
        return tr("The data sharing agreement is complete");
    if (id == QLatin1String("dsa_up_to_date"))
        return tr("The data sharing agreement is up to date");
    if (id == QLatin1String("dpia_complete"))
        return tr("The impact assessment is complete");
    if (id == QLatin1String("dpia_up_to_date"))
        return tr("The impact assessment is up to date");
    if (id == QLatin1String("approvals"))
        return tr("The required approvals are signed");
    return id;
}

QStringList ReviewText::markKeys()
{
    return {QString(), QStringLiteral("acceptable"), QStringLiteral("improvable"),
            QStringLiteral("to_correct")};
}

QString ReviewText::mark(const QString &key)
{
    if (key == QLatin1String("acceptable"))
        return tr("Acceptable");
    if (key == QLatin1String("improvable"))
        return tr("Improvable");
    if (key == QLatin1String("to_correct"))
        return tr("To correct");
    return tr("Not marked");
}

QString ReviewText::mode(const QString &name)
{
    if (const std::optional<SharingMode> mode = sharingModeFromName(name))
        return SharingModes::label(*mode);
    return name;
}

QString ReviewText::percent(const QJsonValue &fraction)
{
    if (!fraction.isDouble())
        return QStringLiteral("—");
    return tr("%1 %").arg(QLocale().toString(100.0 * fraction.toDouble(), 'f', 1));
}

QString ReviewText::count(const QJsonValue &value)
{
    if (!value.isDouble())
        return QStringLiteral("—");
    return QLocale().toString(qint64(value.toDouble()));
}

QString ReviewText::riskInWords(const QJsonObject &risk)
{
    if (risk.isEmpty())
        return tr("No risk figures were measured for this dataset.");
    QStringList sentences;
    if (risk.value(QStringLiteral("min_class")).isDouble()) {
        const int smallest = risk.value(QStringLiteral("min_class")).toInt();
        sentences << (smallest <= 1
                          ? tr("Some people in the data are alone with the characteristics that "
                               "could identify them (the smallest group has one record).")
                          : tr("Every person in the data shares the characteristics that could "
                               "identify them with at least %Ln records (the smallest group).",
                               nullptr, smallest));
    }
    if (risk.value(QStringLiteral("prosecutor_max")).isDouble()) {
        sentences << tr("Someone who knows a person is in the data would single them out with a "
                        "chance of at most %1 (%2 on average).")
                         .arg(percent(risk.value(QStringLiteral("prosecutor_max"))),
                              percent(risk.value(QStringLiteral("prosecutor_avg"))));
    }
    if (risk.value(QStringLiteral("records_below_k")).isDouble()) {
        sentences << tr("Records in groups smaller than the policy's minimum: %1.")
                         .arg(count(risk.value(QStringLiteral("records_below_k"))));
    }
    if (risk.value(QStringLiteral("suppressed")).isDouble()
        && risk.value(QStringLiteral("suppressed")).toDouble() > 0) {
        sentences << tr("Records withheld to reach it: %1.")
                         .arg(count(risk.value(QStringLiteral("suppressed"))));
    }
    return sentences.join(QLatin1Char(' '));
}

QString ReviewText::role(const QString &name)
{
    if (const std::optional<SignerRole> role = SignerRoles::fromName(name))
        return SignerRoles::label(*role);
    return name;
}

} // namespace steward::ui
