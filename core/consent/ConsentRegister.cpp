#include "core/consent/ConsentRegister.h"

namespace steward {

QJsonObject ConsentRegisterInfo::toJson() const
{
    return {{QStringLiteral("dataset"), dataset},
            {QStringLiteral("subject_field"), subjectField},
            {QStringLiteral("file"), sourceFile},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("attached_at"), attachedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("attached_by"), attachedBy},
            {QStringLiteral("subjects"), subjects},
            {QStringLiteral("granted"), granted},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("refused"), refused}};
}

QJsonObject ConsentExclusion::toJson() const
{
    return {{QStringLiteral("dataset"), dataset},
            {QStringLiteral("register"), registerAttached},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("kept"), recordsKept},
            {QStringLiteral("excluded"),
             QJsonObject{{QStringLiteral("total"), excludedTotal()},
                         {QStringLiteral("withdrawn"), excludedWithdrawn},
                         {QStringLiteral("refused"), excludedRefused},
                         {QStringLiteral("out_of_scope"), excludedOutOfScope},
                         {QStringLiteral("no_record"), excludedNoRecord}}}};
}

std::optional<ConsentExclusion> ConsentExclusion::fromJson(const QJsonObject &json)
{
    const QJsonValue excluded = json.value(QStringLiteral("excluded"));
    if (!json.value(QStringLiteral("dataset")).isString()
        || !json.value(QStringLiteral("register")).isBool()
        || !json.value(QStringLiteral("kept")).isDouble() || !excluded.isObject())
        return std::nullopt;
    const QJsonObject counts = excluded.toObject();
    for (const char *key : {"withdrawn", "refused", "out_of_scope", "no_record"}) {
        if (!counts.value(QLatin1String(key)).isDouble())
            return std::nullopt;
    }
    ConsentExclusion c;
    c.dataset = json.value(QStringLiteral("dataset")).toString();
    c.registerAttached = json.value(QStringLiteral("register")).toBool();
    c.purpose = json.value(QStringLiteral("purpose")).toString();
    c.recordsKept = json.value(QStringLiteral("kept")).toInteger();
    c.excludedWithdrawn = counts.value(QStringLiteral("withdrawn")).toInteger();
    c.excludedRefused = counts.value(QStringLiteral("refused")).toInteger();
    c.excludedOutOfScope = counts.value(QStringLiteral("out_of_scope")).toInteger();
    c.excludedNoRecord = counts.value(QStringLiteral("no_record")).toInteger();
    return c;
}

} // namespace steward
