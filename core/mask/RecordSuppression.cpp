#include "core/mask/RecordSuppression.h"

#include <QJsonArray>

#include <cmath>

namespace steward {

QString SuppressionModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DistinctL:
        return QStringLiteral("distinct");
    case Kind::EntropyL:
        return QStringLiteral("entropy");
    case Kind::RecursiveCL:
        return QStringLiteral("recursive");
    case Kind::TCloseness:
        return QStringLiteral("t");
    }
    return {};
}

QJsonObject SuppressionModel::toJson() const
{
    QJsonObject json{{QStringLiteral("field"), field}, {QStringLiteral("model"), kindName(kind)}};
    if (kind == Kind::TCloseness) {
        json.insert(QStringLiteral("t"), t);
        json.insert(QStringLiteral("ordered"), ordered);
    } else {
        json.insert(QStringLiteral("l"), l);
        if (kind == Kind::RecursiveCL)
            json.insert(QStringLiteral("c"), c);
    }
    return json;
}

std::optional<SuppressionModel> SuppressionModel::fromJson(const QJsonObject &json)
{
    SuppressionModel m;
    m.field = json.value(QStringLiteral("field")).toString();
    if (m.field.isEmpty())
        return std::nullopt;
    const QString kind = json.value(QStringLiteral("model")).toString();
    bool known = false;
    for (Kind k : {Kind::DistinctL, Kind::EntropyL, Kind::RecursiveCL, Kind::TCloseness}) {
        if (kind == kindName(k)) {
            m.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    const auto number = [&json](const char *key, double fallback) -> std::optional<double> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return std::nullopt;
        return v.toDouble();
    };
    const auto l = number("l", m.l);
    const auto c = number("c", m.c);
    const auto t = number("t", m.t);
    if (!l || !c || !t || *l < 1.0 || *c <= 0.0 || *t < 0.0 || *t > 1.0)
        return std::nullopt;
    m.l = *l;
    m.c = *c;
    m.t = *t;
    const QJsonValue ordered = json.value(QStringLiteral("ordered"));
    if (!ordered.isUndefined() && !ordered.isBool())
        return std::nullopt;
    m.ordered = ordered.toBool(false);
    return m;
}

QJsonArray RecordSuppression::modelsToJson(const QList<SuppressionModel> &models)
{
    QJsonArray array;
    for (const SuppressionModel &m : models)
        array.append(m.toJson());
    return array;
}

std::optional<QList<SuppressionModel>> RecordSuppression::modelsFromJson(const QJsonArray &json)
{
    QList<SuppressionModel> models;
    for (const QJsonValue &v : json) {
        if (!v.isObject())
            return std::nullopt;
        auto m = SuppressionModel::fromJson(v.toObject());
        if (!m)
            return std::nullopt;
        models.append(*m);
    }
    return models;
}

QJsonObject RecordSuppression::toJson() const
{
    QJsonObject json{{QStringLiteral("k"), k},
                     {QStringLiteral("quasi"), QJsonArray::fromStringList(quasi)}};
    if (maxFraction)
        json.insert(QStringLiteral("max_fraction"), *maxFraction);
    if (!models.isEmpty())
        json.insert(QStringLiteral("models"), modelsToJson(models));
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
    if (json.contains(QStringLiteral("models"))) {
        const QJsonValue m = json.value(QStringLiteral("models"));
        if (!m.isArray())
            return std::nullopt;
        auto models = modelsFromJson(m.toArray());
        if (!models)
            return std::nullopt;
        s.models = std::move(*models);
    }
    return s;
}

} // namespace steward
