#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace steward {

// The record suppression of a dataset's release: after the field rules, the records of the
// equivalence classes (over `quasi`, as masked) smaller than `k` are left out. `anonymize` stores
// one next to its hierarchy rules when its result suppresses records; `maxFraction` (0–1, the
// suppression limit it was searched with) is what the risk pass warns about when a later extract
// needs more.
struct RecordSuppression {
    int k = 2;
    QStringList quasi;
    std::optional<double> maxFraction;

    bool operator==(const RecordSuppression &) const = default;

    QJsonObject toJson() const; // {"k": 5, "quasi": [...], "max_fraction": 0.01}
    static std::optional<RecordSuppression> fromJson(const QJsonObject &json); // nullopt: invalid
};

} // namespace steward
