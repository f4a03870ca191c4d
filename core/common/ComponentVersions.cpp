#include "core/common/ComponentVersions.h"

#include <QtGlobal>

#include <freexl.h>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <zlib.h>

namespace steward {

QString ComponentVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString ComponentVersions::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString ComponentVersions::openSsl()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).remove(QStringLiteral("OpenSSL "));
}

QString ComponentVersions::freexl()
{
    return QString::fromLatin1(freexl_version());
}

QString ComponentVersions::quazip()
{
    return QStringLiteral(STEWARD_QUAZIP_VERSION);
}

QString ComponentVersions::zlib()
{
    return QString::fromLatin1(zlibVersion());
}

} // namespace steward
