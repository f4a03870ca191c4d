#include "core/packaging/PackageLayout.h"

namespace steward::PackageLayout {

QString safeName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        // Letters and digits of any script are fine on every file system; separators, controls,
        // quotes and the characters Windows reserves are not. Surrogates (emoji) count as other.
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    // "." and ".." (and names of dots only) would name a folder, a leading dot hides the file.
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    // Windows drops trailing dots.
    while (out.endsWith(QLatin1Char('.')))
        out[out.size() - 1] = QLatin1Char('_');
    if (out.isEmpty())
        out = QStringLiteral("_");
    return out;
}

QString signatureComment(const QString &fingerprint)
{
    return QStringLiteral("Steward package signature by key ") + fingerprint;
}

} // namespace steward::PackageLayout
