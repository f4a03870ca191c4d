#include "core/release/ReleaseStatus.h"

#include <QJsonObject>

// ReleaseStatus::gates() is defined in core/documents/ReleaseGates.cpp: the document gates need
// the document service, and core/documents builds on core/release, not the other way round.

namespace steward {

QJsonObject ReleaseGate::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("detail"), detail}};
}

} // namespace steward
