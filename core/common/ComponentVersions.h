#pragma once

#include <QString>

namespace steward {

// The versions of the libraries core is built on, as they report themselves at run time, so that
// shells can show them (About dialog, support requests) without including their C headers.
// An empty string means the library does not report one.
class ComponentVersions final {
public:
    // The Qt the process runs on (qVersion()).
    static QString qt();
    static QString sqlite();
    // Without the leading "OpenSSL ", e.g. "3.0.15 3 Sep 2024".
    static QString openSsl();
    static QString freexl();
    // QuaZip has no version call: the version of the package the build found.
    static QString quazip();
    // The zlib QuaZip compresses with, as loaded (zlibVersion(), not the header's ZLIB_VERSION).
    static QString zlib();
};

} // namespace steward
