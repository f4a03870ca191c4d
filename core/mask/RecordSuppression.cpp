#include "core/mask/RecordSuppression.h"

#include <QJsonArray>

namespace steward {

QJsonObject RecordSuppression::toJson() const
{
    QJsonObject json{{QStringLiteral("k"), k},
                     {QStringLiteral("quasi"), QJsonArray::fromStringList(quasi)}};
    if (maxFraction)
        json.insert(QStringLiteral("max_fraction"), *maxFraction);
    return json;
}

std::optional<RecordSuppression> RecordSuppression::fromJson(const QJsonObject &json)
{
    RecordSuppression s;
    const QJsonValue k = json.value(QStringLiteral("k"));
    if (!k.isDouble() || k.toDouble() != double(k.toInt()) || k.toInt() < 2)
        return std::nullopt;
    s.k = k.toInt();
    const QJsonValue quasi = json.value(QStringLiteral("quasi"));
    if (!quasi.isArray() || quasi.toArray().isEmpty())
        return std::nullopt;
    for (const QJsonValue &f : quasi.toArray()) {
        if (!f.isString() || f.toString().isEmpty())
            return std::nullopt;
        s.quasi.append(f.toString());
    }
    if (json.contains(QStringLiteral("max_fraction"))) {
        const QJsonValue m = json.value(QStringLiteral("max_fraction"));
        if (!m.isDouble() || m.toDouble() < 0.0 || m.toDouble() > 1.0)
            return std::nullopt;
        s.maxFraction = m.toDouble();
    }
    return s;
}

} // namespace steward
