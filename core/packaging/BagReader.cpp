#include "core/packaging/BagReader.h"

#include "core/packaging/PackageLayout.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

namespace steward {

namespace {

// Small files are read whole; a tag file or JSON this large is not Steward's.
constexpr qint64 kMaxReadBytes = qint64(256) * 1024 * 1024;

// The bag-relative path of a manifest line (RFC 8493 2.1.3 percent-encodes CR, LF and '%').
QString decodeManifestPath(const QByteArray &raw)
{
    QByteArray utf8 = raw;
    utf8.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n");
    utf8.replace("%25", "%");
    return QString::fromUtf8(utf8);
}

struct ManifestLine {
    QString path;
    QByteArray sha256; // lower-case hex
};

// Parses "HEX<whitespace>PATH" lines; malformed lines become failures of `file`.
QList<ManifestLine> parseManifest(const QByteArray &text, const QString &file,
                                  QList<BagReader::Failure> &failures)
{
    QList<ManifestLine> lines;
    const QList<QByteArray> raw = text.split('\n');
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QByteArray line = raw.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            // Only the end of the file may be empty.
            if (i + 1 < raw.size())
                failures.append({file, BagReader::tr("line %1 is empty").arg(i + 1)});
            continue;
        }
        qsizetype space = -1;
        for (qsizetype j = 0; j < line.size(); ++j) {
            if (line.at(j) == ' ' || line.at(j) == '\t') {
                space = j;
                break;
            }
        }
        if (space <= 0) {
            failures.append({file, BagReader::tr("line %1 is not \"checksum path\"").arg(i + 1)});
            continue;
        }
        const QString sum = QString::fromLatin1(line.left(space));
        QByteArray rest = line.mid(space);
        while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t'))
            rest.remove(0, 1);
        if (!hex.match(sum).hasMatch() || rest.isEmpty()) {
            failures.append({file, BagReader::tr("line %1 is not \"SHA-256 path\"").arg(i + 1)});
            continue;
        }
        lines.append({decodeManifestPath(rest), sum.toLatin1().toLower()});
    }
    return lines;
}

} // namespace

struct BagReader::Private {
    QString path;                      // the file opened
    QString zipPath;                   // the zip read (a decrypted temporary copy when encrypted)
    std::unique_ptr<QTemporaryFile> decrypted;
    bool encrypted = false;
    QString bagName;
    QStringList files;                 // relative, sorted
    QHash<QString, QString> entries;   // relative → entry name in the zip
    QHash<QString, qint64> sizes;      // relative → uncompressed size

    // SHA-256 (hex) and size of one file, streamed; an error when the zip entry cannot be read
    // (damaged: its CRC or compressed data).
    Result<std::pair<QByteArray, qint64>> hash(const QString &file, qint64 &done, qint64 total,
                                               const ProgressCallback &progress,
                                               const CancellationToken *cancel) const
    {
        QuaZipFile in(zipPath, entries.value(file), QuaZip::csSensitive);
        if (!in.open(QIODevice::ReadOnly))
            return Error::badInput(BagReader::tr("cannot read %1 in the package").arg(file), path);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        qint64 bytes = 0;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (;;) {
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::badInput(BagReader::tr("%1 is damaged in the zip").arg(file), path);
            if (n == 0)
                break;
            sha.addData(QByteArrayView(buffer.constData(), n));
            bytes += n;
            done += n;
            if (progress)
                progress(Progress{done, total});
        }
        in.close();
        if (in.getZipError() != UNZ_OK)
            return Error::badInput(BagReader::tr("%1 is damaged in the zip (CRC)").arg(file), path);
        return std::make_pair(sha.result().toHex(), bytes);
    }
};

BagReader::BagReader() : d(std::make_unique<Private>()) {}
BagReader::~BagReader() = default;

Status BagReader::open(const QString &path, const AgeDecryptionKey &key)
{
    d = std::make_unique<Private>();
    d->path = path;
    d->zipPath = path;
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
        return Error::badInput(tr("cannot read %1").arg(path), path);

    if (AgeFile::looksEncrypted(path)) {
        if (key.identities.isEmpty() && !key.passphrase)
            return Error::usage(tr("%1 is encrypted: a passphrase or an age identity is needed to open it")
                                    .arg(QFileInfo(path).fileName()));
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return Error::badInput(tr("cannot read %1").arg(path), path);
        d->decrypted = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("steward-package-XXXXXX.zip")));
        if (!d->decrypted->open())
            return Error::internal(tr("cannot create a temporary file in %1").arg(QDir::tempPath()));
        d->decrypted->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Status decrypted = AgeFile::decrypt(in, *d->decrypted, key);
        if (!decrypted)
            return decrypted;
        if (!d->decrypted->flush())
            return Error::internal(tr("cannot write a temporary file in %1").arg(QDir::tempPath()));
        d->decrypted->close();
        d->zipPath = d->decrypted->fileName();
        d->encrypted = true;
    }

    QuaZip zip(d->zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error::badInput(tr("%1 is not a zip file").arg(QFileInfo(path).fileName()), path);
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    zip.close();
    if (infos.isEmpty())
        return Error::badInput(tr("%1 is an empty zip file").arg(QFileInfo(path).fileName()), path);
    for (const QuaZipFileInfo64 &info : infos) {
        const QString &name = info.name;
        const QStringList parts = name.split(QLatin1Char('/'));
        const bool unsafe = name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || (name.size() > 1 && name.at(1) == QLatin1Char(':'))
            || std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) {
                   return p == QLatin1String("..") || p == QLatin1String(".");
               });
        if (unsafe)
            return Error::badInput(tr("the package holds an unsafe path: %1").arg(name), path);
        if (parts.size() < 2 || parts.first().isEmpty())
            return Error::badInput(tr("%1 is not inside the bag's one top-level folder").arg(name), path);
        if (d->bagName.isEmpty())
            d->bagName = parts.first();
        else if (parts.first() != d->bagName)
            return Error::badInput(tr("the package has more than one top-level folder (%1 and %2)")
                                       .arg(d->bagName, parts.first()),
                                   path);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder entry
        const QString relative = name.mid(d->bagName.size() + 1);
        if (d->entries.contains(relative))
            return Error::badInput(tr("the package holds %1 twice").arg(relative), path);
        d->entries.insert(relative, name);
        d->sizes.insert(relative, qint64(info.uncompressedSize));
        d->files.append(relative);
    }
    std::sort(d->files.begin(), d->files.end());
    if (!d->entries.contains(PackageLayout::bagitTxt))
        return Error::badInput(tr("%1 is not a BagIt bag: it has no %2")
                                   .arg(QFileInfo(path).fileName(), PackageLayout::bagitTxt),
                               path);
    return {};
}

bool BagReader::wasEncrypted() const
{
    return d->encrypted;
}

QString BagReader::bagName() const
{
    return d->bagName;
}

QStringList BagReader::files() const
{
    return d->files;
}

Result<QByteArray> BagReader::read(const QString &path) const
{
    if (!d->entries.contains(path))
        return Error::badInput(tr("the package has no %1").arg(path), d->path);
    if (d->sizes.value(path) > kMaxReadBytes)
        return Error::badInput(tr("%1 is too large to read whole").arg(path), d->path);
    QuaZipFile in(d->zipPath, d->entries.value(path), QuaZip::csSensitive);
    if (!in.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read %1 in the package").arg(path), d->path);
    QByteArray bytes = in.read(kMaxReadBytes + 1);
    const bool atEnd = in.atEnd();
    in.close();
    if (in.getZipError() != UNZ_OK || !atEnd || bytes.size() > kMaxReadBytes)
        return Error::badInput(tr("%1 is damaged in the zip").arg(path), d->path);
    return bytes;
}

Result<std::unique_ptr<QIODevice>> BagReader::openFile(const QString &path) const
{
    if (!d->entries.contains(path))
        return Error::badInput(tr("the package has no %1").arg(path), d->path);
    auto in = std::make_unique<QuaZipFile>(d->zipPath, d->entries.value(path), QuaZip::csSensitive);
    if (!in->open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read %1 in the package").arg(path), d->path);
    return std::unique_ptr<QIODevice>(std::move(in));
}

QList<BagReader::Failure> BagReader::checkBag(const ProgressCallback &progress,
                                              const CancellationToken *cancel) const
{
    QList<Failure> failures;
    qint64 total = 0;
    for (auto it = d->sizes.cbegin(); it != d->sizes.cend(); ++it)
        total += it.value();
    qint64 done = 0;

    // bagit.txt: the declaration (RFC 8493 2.1.1).
    if (auto bagit = read(PackageLayout::bagitTxt); !bagit) {
        failures.append({PackageLayout::bagitTxt, bagit.error().message});
    } else {
        QByteArray text = *bagit;
        text.replace("\r\n", "\n");
        if (text != "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
            failures.append({PackageLayout::bagitTxt,
                             tr("is not the BagIt 1.0 declaration (BagIt-Version: 1.0, "
                                "Tag-File-Character-Encoding: UTF-8)")});
    }

    // Every manifest line's file exists with its checksum; every payload file is listed.
    QHash<QString, QByteArray> listed;
    if (!d->entries.contains(PackageLayout::manifest)) {
        failures.append({PackageLayout::manifest, tr("is missing")});
    } else if (auto text = read(PackageLayout::manifest); !text) {
        failures.append({PackageLayout::manifest, text.error().message});
    } else {
        for (const ManifestLine &line : parseManifest(*text, PackageLayout::manifest, failures)) {
            if (listed.contains(line.path)) {
                failures.append({PackageLayout::manifest, tr("lists %1 twice").arg(line.path)});
                continue;
            }
            listed.insert(line.path, line.sha256);
            if (!line.path.startsWith(QLatin1String("data/")))
                failures.append({line.path, tr("is listed in %1 but is not in data/").arg(PackageLayout::manifest)});
        }
    }
    qint64 payloadBytes = 0;
    qint64 payloadFiles = 0;
    for (const QString &file : std::as_const(d->files)) {
        if (cancel && cancel->isCancelled())
            return failures;
        if (!file.startsWith(QLatin1String("data/")))
            continue;
        ++payloadFiles;
        auto hashed = d->hash(file, done, total, progress, cancel);
        if (!hashed) {
            if (hashed.error().code == ErrorCode::Cancelled)
                return failures;
            failures.append({file, hashed.error().message});
            payloadBytes += d->sizes.value(file);
            continue;
        }
        payloadBytes += hashed->second;
        if (!listed.contains(file))
            failures.append({file, tr("is not listed in %1").arg(PackageLayout::manifest)});
        else if (listed.value(file) != hashed->first)
            failures.append({file, tr("its SHA-256 does not match %1: the file was changed").arg(PackageLayout::manifest)});
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("data/")) && !d->entries.contains(it.key()))
            failures.append({it.key(), tr("is listed in %1 but missing").arg(PackageLayout::manifest)});
    }

    // bag-info.txt's Payload-Oxum: octets and file count of the payload.
    if (!d->entries.contains(PackageLayout::bagInfoTxt)) {
        failures.append({PackageLayout::bagInfoTxt, tr("is missing")});
    } else if (auto info = read(PackageLayout::bagInfoTxt); !info) {
        failures.append({PackageLayout::bagInfoTxt, info.error().message});
    } else {
        static const QRegularExpression oxum(QStringLiteral("^Payload-Oxum:\\s*(\\d+)\\.(\\d+)\\s*$"),
                                             QRegularExpression::MultilineOption);
        const auto match = oxum.match(QString::fromUtf8(*info));
        if (!match.hasMatch()) {
            failures.append({PackageLayout::bagInfoTxt, tr("has no Payload-Oxum")});
        } else if (match.captured(1).toLongLong() != payloadBytes
                   || match.captured(2).toLongLong() != payloadFiles) {
            failures.append({PackageLayout::bagInfoTxt,
                             tr("Payload-Oxum %1.%2 does not match the payload (%3 bytes in %4 files)")
                                 .arg(match.captured(1), match.captured(2), QString::number(payloadBytes),
                                      QString::number(payloadFiles))});
        }
    }

    // The tag manifest: every tag file but itself and the steward's signature, with its checksum.
    if (!d->entries.contains(PackageLayout::tagManifest)) {
        failures.append({PackageLayout::tagManifest, tr("is missing")});
        return failures;
    }
    auto tagText = read(PackageLayout::tagManifest);
    if (!tagText) {
        failures.append({PackageLayout::tagManifest, tagText.error().message});
        return failures;
    }
    QSet<QString> tagListed;
    for (const ManifestLine &line : parseManifest(*tagText, PackageLayout::tagManifest, failures)) {
        if (cancel && cancel->isCancelled())
            return failures;
        if (tagListed.contains(line.path)) {
            failures.append({PackageLayout::tagManifest, tr("lists %1 twice").arg(line.path)});
            continue;
        }
        tagListed.insert(line.path);
        if (line.path.startsWith(QLatin1String("data/"))) {
            failures.append({line.path, tr("is a payload file listed in %1").arg(PackageLayout::tagManifest)});
            continue;
        }
        if (!d->entries.contains(line.path)) {
            failures.append({line.path, tr("is listed in %1 but missing").arg(PackageLayout::tagManifest)});
            continue;
        }
        auto hashed = d->hash(line.path, done, total, progress, cancel);
        if (!hashed)
            failures.append({line.path, hashed.error().message});
        else if (hashed->first != line.sha256)
            failures.append({line.path, tr("its SHA-256 does not match %1: the file was changed").arg(PackageLayout::tagManifest)});
    }
    for (const QString &file : std::as_const(d->files)) {
        if (file.startsWith(QLatin1String("data/")) || file == PackageLayout::tagManifest
            || file == PackageLayout::stewardSignature || tagListed.contains(file))
            continue;
        failures.append({file, tr("is not listed in %1").arg(PackageLayout::tagManifest)});
    }
    return failures;
}

} // namespace steward
