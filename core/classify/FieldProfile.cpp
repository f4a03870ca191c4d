#include "core/classify/FieldProfile.h"

#include <QJsonArray>

namespace steward {

namespace {

QJsonArray countsToJson(const QList<ValueCount> &counts)
{
    QJsonArray array;
    for (const ValueCount &c : counts)
        array.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("count"), c.count}});
    return array;
}

QList<ValueCount> countsFromJson(const QJsonValue &json)
{
    QList<ValueCount> counts;
    for (const QJsonValue v : json.toArray()) {
        const QJsonObject o = v.toObject();
        counts.append({o.value(QLatin1String("value")).toString(),
                       o.value(QLatin1String("count")).toInteger()});
    }
    return counts;
}

QJsonObject mapToJson(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, qint64> mapFromJson(const QJsonValue &json)
{
    QMap<QString, qint64> map;
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toInteger());
    return map;
}

} // namespace

double FieldProfile::detectorRate(const QString &detectorId) const
{
    return sampled > 0 ? double(detectorHits.value(detectorId)) / double(sampled) : 0.0;
}

QMap<QString, double> FieldProfile::detectorRates() const
{
    QMap<QString, double> rates;
    for (auto it = detectorHits.begin(); it != detectorHits.end(); ++it)
        rates.insert(it.key(), detectorRate(it.key()));
    return rates;
}

double FieldProfile::embeddedRate(const QString &detectorId) const
{
    return sampled > 0 ? double(embeddedHits.value(detectorId)) / double(sampled) : 0.0;
}

double FieldProfile::distinctRatio() const
{
    return nonEmpty > 0 ? double(distinct) / double(nonEmpty) : 0.0;
}

QJsonObject fieldProfileToJson(const FieldProfile &p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("type"), p.type},
        {QStringLiteral("non_empty"), p.nonEmpty},
        {QStringLiteral("missing"), p.missing},
        {QStringLiteral("distinct"), p.distinct},
        {QStringLiteral("sampled"), p.sampled},
        {QStringLiteral("min"), p.min},
        {QStringLiteral("max"), p.max},
        {QStringLiteral("min_length"), p.minLength},
        {QStringLiteral("max_length"), p.maxLength},
        {QStringLiteral("mean_length"), p.meanLength},
        {QStringLiteral("top_values"), countsToJson(p.topValues)},
        {QStringLiteral("patterns"), countsToJson(p.patterns)},
        {QStringLiteral("detector_hits"), mapToJson(p.detectorHits)},
        {QStringLiteral("embedded_hits"), mapToJson(p.embeddedHits)},
        {QStringLiteral("embedded_any"), p.embeddedAny},
        {QStringLiteral("sensitive_codes"), mapToJson(p.sensitiveCodes)},
        {QStringLiteral("sensitive_mentions"), mapToJson(p.sensitiveMentions)},
    };
}

FieldProfile fieldProfileFromJson(const QJsonObject &o)
{
    FieldProfile p;
    p.name = o.value(QLatin1String("name")).toString();
    p.type = o.value(QLatin1String("type")).toString();
    p.nonEmpty = o.value(QLatin1String("non_empty")).toInteger();
    p.missing = o.value(QLatin1String("missing")).toInteger();
    p.distinct = o.value(QLatin1String("distinct")).toInteger();
    p.sampled = o.value(QLatin1String("sampled")).toInteger();
    p.min = o.value(QLatin1String("min")).toString();
    p.max = o.value(QLatin1String("max")).toString();
    p.minLength = o.value(QLatin1String("min_length")).toInt();
    p.maxLength = o.value(QLatin1String("max_length")).toInt();
    p.meanLength = o.value(QLatin1String("mean_length")).toDouble();
    p.topValues = countsFromJson(o.value(QLatin1String("top_values")));
    p.patterns = countsFromJson(o.value(QLatin1String("patterns")));
    p.detectorHits = mapFromJson(o.value(QLatin1String("detector_hits")));
    p.embeddedHits = mapFromJson(o.value(QLatin1String("embedded_hits")));
    p.embeddedAny = o.value(QLatin1String("embedded_any")).toInteger();
    p.sensitiveCodes = mapFromJson(o.value(QLatin1String("sensitive_codes")));
    p.sensitiveMentions = mapFromJson(o.value(QLatin1String("sensitive_mentions")));
    return p;
}

} // namespace steward
