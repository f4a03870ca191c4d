#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

// The record suppression of a dataset's release: after the field rules, the records of the
// equivalence classes (over `quasi`, as masked) smaller than `k` are left out. `anonymize` stores
// one next to its hierarchy rules when its result suppresses records; `maxFraction` (0–1, the
// suppression limit it was searched with) is what the risk pass warns about when a later extract
// needs more.
// A privacy model on a sensitive attribute that the suppression checks per class as well: a class
// failing it is left out like a class smaller than k (the models an anonymization was searched
// with, so that `risk` and `show --masked` leave out the records it did).
struct SuppressionModel {
    enum class Kind { DistinctL, EntropyL, RecursiveCL, TCloseness };
    QString field;
    Kind kind = Kind::DistinctL;
    double l = 2.0;       // the l-diversity models
    double c = 1.0;       // RecursiveCL
    double t = 0.2;       // TCloseness
    bool ordered = false; // TCloseness: ordered distance

    bool operator==(const SuppressionModel &) const = default;

    // {"field": "诊断", "model": "distinct|entropy|recursive|t", "l": 2, "c": 3, "t": 0.2,
    // "ordered": true}, only the parameters of its kind.
    QJsonObject toJson() const;
    static std::optional<SuppressionModel> fromJson(const QJsonObject &json); // nullopt: invalid
    static QString kindName(Kind kind);
};

struct RecordSuppression {
    int k = 2;
    QStringList quasi;
    std::optional<double> maxFraction;
    QList<SuppressionModel> models;

    bool operator==(const RecordSuppression &) const = default;

    // {"k": 5, "quasi": [...], "max_fraction": 0.01, "models": [...]}; "models" only when there
    // are some (what older versions wrote still loads).
    QJsonObject toJson() const;
    static QJsonArray modelsToJson(const QList<SuppressionModel> &models);
    static std::optional<QList<SuppressionModel>> modelsFromJson(const QJsonArray &json);
    static std::optional<RecordSuppression> fromJson(const QJsonObject &json); // nullopt: invalid
};

} // namespace steward
