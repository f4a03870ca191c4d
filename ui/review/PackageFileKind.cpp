#include "ui/review/PackageFileKind.h"

#include "core/packaging/PackageLayout.h"

#include <QFile>

#include <algorithm>

namespace steward::ui {

namespace {

// A zip's central directory, with every entry's name, sits at its end: a review package names
// <BAG>/data/review.json there. Reading the tail is enough (no decompression).
bool zipNamesReviewJson(QFile &file)
{
    constexpr qint64 kTail = 256 * 1024;
    const qint64 size = file.size();
    if (!file.seek(std::max<qint64>(0, size - kTail)))
        return false;
    return file.read(kTail).contains(QByteArray("/") + PackageLayout::reviewJson.toUtf8());
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
        return PackageFileKind::Project; // opening it as a project says what is wrong
    const QByteArray head = file.peek(32);
    if (head.startsWith("age-encryption.org/") || head.startsWith("-----BEGIN AGE ENCRYPTED FILE"))
        return PackageFileKind::ExportPackage;
    if (head.startsWith("PK\x03\x04"))
        return zipNamesReviewJson(file) ? PackageFileKind::ReviewPackage
                                        : PackageFileKind::ExportPackage;
    return PackageFileKind::Project;
}

} // namespace steward::ui
