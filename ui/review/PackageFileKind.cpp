#include "ui/review/PackageFileKind.h"

#include "core/packaging/PackageLayout.h"

#include <QFile>

#include <algorithm>

namespace steward::ui {

namespace {

// A zip's central directory, with every entry's name, sits at its end: a bag names
// <BAG>/bagit.txt there, a review package also <BAG>/data/review.json. Reading the tail is enough
// (no decompression).
PackageFileKind zipKind(QFile &file)
{
    constexpr qint64 kTail = 256 * 1024;
    if (!file.seek(std::max<qint64>(0, file.size() - kTail)))
        return PackageFileKind::Other;
    const QByteArray tail = file.read(kTail);
    if (tail.contains(QByteArray("/") + PackageLayout::reviewJson.toUtf8()))
        return PackageFileKind::ReviewPackage;
    if (tail.contains(QByteArray("/") + PackageLayout::bagitTxt.toUtf8()))
        return PackageFileKind::ExportPackage;
    return PackageFileKind::Other;
}

} // namespace

PackageFileKind packageFileKind(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".steward")))
        return PackageFileKind::Project;
    if (lower.endsWith(QLatin1String(".review.zip")))
        return PackageFileKind::ReviewPackage;
    if (lower.endsWith(QLatin1String(".age")))
        return PackageFileKind::ExportPackage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PackageFileKind::Other;
    const QByteArray head = file.peek(32);
    if (head.startsWith("age-encryption.org/") || head.startsWith("-----BEGIN AGE ENCRYPTED FILE"))
        return PackageFileKind::ExportPackage;
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return PackageFileKind::Project;
    if (head.startsWith("PK\x03\x04"))
        return zipKind(file);
    return PackageFileKind::Other;
}

} // namespace steward::ui
