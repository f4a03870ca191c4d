#include "core/common/OsUser.h"

#include <QByteArray>

#include <pwd.h>
#include <unistd.h>

namespace steward {

QString currentOsUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QByteArray env = qgetenv("USER");
    return env.isEmpty() ? QStringLiteral("unknown") : QString::fromLocal8Bit(env);
}

} // namespace steward
