#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class ProjectStore;

// One condition a release must meet before it may leave.
struct ReleaseGate {
    QString name;   // one of ReleaseStatus::gateNames()
    bool ok = false;
    QString detail; // translated: what fails (count and first few), or why it holds

    QJsonObject toJson() const; // {"name", "ok", "detail"}
};

// `release status`, `release submit`, the export and the release view: every gate of a release
// today, in this order:
//   datasets            the release has datasets and each still exists
//   classification      every field of them is classified and the classification confirmed
//   direct_identifiers  no direct identifier (nor, where the policy forbids it, free text) leaves
//                       unmasked
//   grade_ceiling       no field above the mode's highest unmasked grade leaves unmasked
//   risk                smallest class and prosecutor risk of the masked data within the policy
//   consent             each dataset with a consent register leaves only subjects with valid
//                       consent for the release's purpose (passes when no register is attached)
//   dsa_complete, dsa_up_to_date, dpia_complete, dpia_up_to_date   the two documents
//   approvals           the required compliance and ethics approvals signed over the current
//                       content (WorkflowService; the detail says what invalidated them)
// Reads only: the gates never change the project.
class ReleaseStatus final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleaseStatus)
public:
    static QStringList gateNames();
    static QString gateLabel(const QString &name); // translated, for people
    static Result<QList<ReleaseGate>> gates(ProjectStore &store, const Release &release,
                                            const QList<DatasetMeasurement> &measurements);
    // The names of the gates that do not hold.
    static QStringList failing(const QList<ReleaseGate> &gates);
};

} // namespace steward
