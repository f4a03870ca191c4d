#include "core/common/StoredTime.h"

namespace steward {

QDateTime storedUtcTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace steward
