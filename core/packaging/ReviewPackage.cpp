#include "core/packaging/ReviewPackage.h"

#include "core/packaging/PackageLayout.h"
#include "core/workflow/ContentManifest.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace steward {

struct ReviewPackage::Private {
    BagReader bag;
    QJsonObject review;
    QString path;
};

ReviewPackage::ReviewPackage() : d(std::make_unique<Private>()) {}
ReviewPackage::~ReviewPackage() = default;

Status ReviewPackage::open(const QString &path)
{
    // A fresh state, so that a failed open never leaves a half-read package behind.
    d = std::make_unique<Private>();
    const QString name = QFileInfo(path).fileName();
    if (Status s = d->bag.open(path); !s)
        return s;
    if (!d->bag.files().contains(PackageLayout::reviewJson))
        return Error::badInput(
            tr("%1 is not a review package: it has no %2").arg(name, PackageLayout::reviewJson),
            path);
    auto bytes = d->bag.read(PackageLayout::reviewJson);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(tr("%1 is not a review package: %2 is not a JSON object")
                                   .arg(name, PackageLayout::reviewJson),
                               path);
    const QJsonObject review = doc.object();
    if (review.value(QStringLiteral("format")).toString() != QLatin1String("steward-review/1"))
        return Error::badInput(tr("%1 is not a review package of a format this version reads "
                                  "(expected \"steward-review/1\")")
                                   .arg(name),
                               path);
    d->review = review;
    d->path = path;

    // Nothing in a package that was changed on its way to the reviewer may be shown as what
    // they are asked to approve.
    const QList<BagReader::Failure> failures = check();
    if (!failures.isEmpty()) {
        QStringList named;
        for (qsizetype i = 0; i < failures.size() && i < 3; ++i)
            named.append(tr("%1: %2").arg(failures.at(i).file, failures.at(i).reason));
        Error e;
        e.code = ErrorCode::Verification;
        e.file = path;
        e.message =
            tr("%1 was altered and is refused: %2").arg(name, named.join(QStringLiteral("; ")));
        if (failures.size() > 3)
            e.message += QLatin1Char(' ') + tr("and %Ln more", nullptr, int(failures.size() - 3));
        d = std::make_unique<Private>();
        return e;
    }
    return {};
}

QList<BagReader::Failure> ReviewPackage::check() const
{
    QList<BagReader::Failure> failures = d->bag.checkBag();
    const QJsonValue content = d->review.value(QStringLiteral("content"));
    const QString hash = contentHash();
    if (!content.isObject() || hash.isEmpty()
        || ContentManifest::hashOf(content.toObject()) != hash)
        failures.append({PackageLayout::reviewJson,
                         tr("the content hash does not match the content it describes")});
    return failures;
}

const QJsonObject &ReviewPackage::review() const
{
    return d->review;
}

QString ReviewPackage::releaseName() const
{
    const QJsonValue release = d->review.value(QStringLiteral("release"));
    if (release.isObject())
        return release.toObject().value(QStringLiteral("release")).toString();
    return release.toString();
}

QString ReviewPackage::contentHash() const
{
    return d->review.value(QStringLiteral("content_hash")).toString();
}

const BagReader &ReviewPackage::bag() const
{
    return d->bag;
}

} // namespace steward
