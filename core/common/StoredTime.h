#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

// A UTC time as the project stores it (ISO 8601, with or without milliseconds) read back as UTC;
// invalid when the text is not such a time.
QDateTime storedUtcTime(const QString &text);

} // namespace steward
