#pragma once

#include <QString>

namespace steward {

// The operating-system account running Steward, recorded as "who" in the audit trail.
QString currentOsUser();

} // namespace steward
