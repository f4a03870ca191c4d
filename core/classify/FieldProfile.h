#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace steward {

struct ValueCount {
    QString value;
    qint64 count = 0;
};

// What profiling found out about one field: the statistics the classification view shows and the
// evidence the Classifier weighs. Filled by FieldProfileBuilder (or by hand in tests).
struct FieldProfile {
    QString name;          // column name (the header the classifier matches)
    QString type;          // contract type name: integer, decimal, date, datetime, boolean, text
    qint64 nonEmpty = 0;   // non-missing values
    qint64 missing = 0;    // missing values (empty or a missing-value marker), when known
    qint64 distinct = 0;   // distinct non-missing values
    qint64 sampled = 0;    // non-missing values the detectors' sample stands for (rates are over these;
                           // equals nonEmpty when the field has no more distinct values than the sample)
    QString min;           // by the type's order (numbers numerically, dates chronologically)
    QString max;
    int minLength = 0;     // characters, over non-missing values
    int maxLength = 0;
    double meanLength = 0.0;
    QList<ValueCount> topValues; // most frequent first
    QList<ValueCount> patterns;  // value shapes over the sampled values ("999-9999", "汉汉"), most frequent first
    QMap<QString, qint64> detectorHits;      // detector id → sampled values matching it whole
    QMap<QString, qint64> embeddedHits;      // detector id → sampled values whose text contains one
    qint64 embeddedAny = 0;                  // sampled values containing at least one embedded hit
    QMap<QString, qint64> sensitiveCodes;    // sensitive group id → values (all, not sampled) coded in it
    QMap<QString, qint64> sensitiveMentions; // sensitive group id → values (all) mentioning its keywords

    double detectorRate(const QString &detectorId) const; // hits / sampled, 0 when nothing sampled
    // Every detector with hits and its rate: the `detectors` object of `profile --json`.
    QMap<QString, double> detectorRates() const;
    double embeddedRate(const QString &detectorId) const;
    double distinctRatio() const; // distinct / non-empty
};

// Round trip for the profile cache in the project file (and the `profile --json` details).
QJsonObject fieldProfileToJson(const FieldProfile &profile);
FieldProfile fieldProfileFromJson(const QJsonObject &json);

} // namespace steward
