#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

class ProjectStore;

// One condition a release must meet before it may leave.
struct ReleaseGate {
    QString name;   // "policy", "dsa_complete", "dsa_up_to_date", "dpia_complete", "dpia_up_to_date"
    bool ok = false;
    QString detail; // translated: the violations, the missing items (count and first few), what changed

    QJsonObject toJson() const; // {"name", "ok", "detail"}
};

// `release status` and the release view: every gate of a release today. The review stage adds
// its gates (classification confirmed, approvals, consent) to this list.
class ReleaseStatus final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleaseStatus)
public:
    static Result<QList<ReleaseGate>> gates(ProjectStore &store, const Release &release,
                                            const QList<DatasetMeasurement> &measurements);
};

} // namespace steward
