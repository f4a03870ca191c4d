#include "core/packaging/BagWriter.h"

#include "core/packaging/PackageLayout.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace steward {

namespace {

// Forwards what is written into a zip entry while hashing and counting it, so that each file is
// read and written once however big it is.
class HashingDevice final : public QIODevice {
public:
    explicit HashingDevice(QIODevice &target) : m_target(target), m_hash(QCryptographicHash::Sha256)
    {
        setOpenMode(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }
    QByteArray hex() const { return m_hash.result().toHex(); }
    qint64 bytes() const { return m_bytes; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = m_target.write(data, size);
        if (written != size)
            return -1;
        m_hash.addData(QByteArrayView(data, size));
        m_bytes += size;
        return size;
    }

private:
    QIODevice &m_target;
    QCryptographicHash m_hash;
    qint64 m_bytes = 0;
};

struct Entry {
    QString path;
    QByteArray sha256; // hex
    qint64 bytes = 0;
};

// RFC 8493 2.1.3: a manifest's file path percent-encodes CR, LF and '%'.
QByteArray manifestPath(const QString &path)
{
    QByteArray utf8 = path.toUtf8();
    utf8.replace("%", "%25");
    utf8.replace("\r", "%0D");
    utf8.replace("\n", "%0A");
    return utf8;
}

QByteArray manifestText(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    QByteArray text;
    for (const Entry &e : std::as_const(entries))
        text += e.sha256 + "  " + manifestPath(e.path) + '\n';
    return text;
}

// A bag-info value on one line: the format allows folded lines, tools read them unevenly.
QString oneLine(QString value)
{
    value.replace(QLatin1Char('\r'), QLatin1Char(' '));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value.trimmed();
}

} // namespace

struct BagWriter::Private {
    QString zipPath;
    QString bagName;
    QuaZip zip;
    bool opened = false;
    bool failed = false;
    bool finished = false;
    QList<Entry> payload;
    QList<Entry> tags;
    QSet<QString> paths;
    QList<std::pair<QString, QString>> bagInfo;

    Status add(const QString &path, const std::function<Status(QIODevice &)> &write);
};

// Adds one entry (no check of the name: addFile checks callers' names, finish() adds its own).
Status BagWriter::Private::add(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(bagName + QLatin1Char('/') + path);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    info.dateTime = QDateTime::currentDateTime();
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 6)) {
        failed = true;
        return Error::internal(BagWriter::tr("cannot add %1 to %2").arg(path, zipPath));
    }
    HashingDevice hashing(file);
    const Status written = write(hashing);
    file.close();
    if (!written) {
        failed = true;
        return written;
    }
    if (file.getZipError() != ZIP_OK) {
        failed = true;
        return Error::internal(BagWriter::tr("cannot write %1 into %2 (disk full?)").arg(path, zipPath));
    }
    paths.insert(path);
    Entry entry{path, hashing.hex(), hashing.bytes()};
    if (path.startsWith(QLatin1String("data/")))
        payload.append(entry);
    else
        tags.append(entry);
    return {};
}


BagWriter::BagWriter(const QString &zipPath, const QString &bagName) : d(std::make_unique<Private>())
{
    d->zipPath = zipPath;
    d->bagName = bagName;
}

BagWriter::~BagWriter()
{
    if (d->zip.isOpen())
        d->zip.close();
}

Status BagWriter::open()
{
    if (d->bagName.isEmpty() || d->bagName.contains(QLatin1Char('/'))
        || d->bagName.contains(QLatin1Char('\\')) || d->bagName == QLatin1String("..")
        || d->bagName == QLatin1String("."))
        return Error::usage(tr("the bag's folder name \"%1\" is not a single folder name").arg(d->bagName));
    d->zip.setZipName(d->zipPath);
    // Entry names in UTF-8 (dataset names may be Chinese), flagged as such for unzip tools.
    d->zip.setUtf8Enabled(true);
    if (!d->zip.open(QuaZip::mdCreate))
        return Error::internal(tr("cannot create %1").arg(d->zipPath));
    d->opened = true;
    return addFile(PackageLayout::bagitTxt,
                   QByteArrayLiteral("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
}

Status BagWriter::addFile(const QString &path, const QByteArray &bytes)
{
    return addFile(path, [&bytes](QIODevice &out) -> Status {
        if (out.write(bytes) != bytes.size())
            return Error::internal(BagWriter::tr("cannot write to the package"));
        return {};
    });
}

Status BagWriter::addFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    if (!d->opened || d->finished)
        return Error::internal(tr("the package is not open for writing"));
    if (d->failed)
        return Error::internal(tr("an earlier file of the package could not be written"));
    const QStringList parts = path.split(QLatin1Char('/'));
    const bool badPart = std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
    if (badPart || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char('\n'))
        || path.contains(QLatin1Char('\r')))
        return Error::usage(tr("\"%1\" is not a relative path inside the bag").arg(path));
    if (d->paths.contains(path))
        return Error::usage(tr("the bag already has a file %1").arg(path));
    // The writer makes these itself at finish().
    if (path == PackageLayout::bagInfoTxt || path == PackageLayout::manifest
        || path == PackageLayout::tagManifest || (path == PackageLayout::bagitTxt && !d->paths.isEmpty()))
        return Error::usage(tr("%1 is written by the bag itself").arg(path));

    return d->add(path, write);
}

void BagWriter::setBagInfo(const QList<std::pair<QString, QString>> &fields)
{
    d->bagInfo = fields;
}

Status BagWriter::finish(
    const std::function<Result<std::pair<QString, QByteArray>>(const QByteArray &tagManifest)> &sign)
{
    if (!d->opened || d->finished || d->failed)
        return Error::internal(tr("the package is not open for writing"));

    qint64 octets = 0;
    for (const Entry &e : std::as_const(d->payload))
        octets += e.bytes;
    QString agent;
    QByteArray info;
    for (const auto &[key, value] : std::as_const(d->bagInfo)) {
        if (key == QLatin1String("Payload-Oxum") || key == QLatin1String("Bagging-Date"))
            continue;
        if (key == QLatin1String("Bag-Software-Agent")) {
            agent = value;
            continue;
        }
        // An unknown value is left out: an empty field says nothing and misleads a reader.
        if (oneLine(value).trimmed().isEmpty())
            continue;
        info += (oneLine(key) + QStringLiteral(": ") + oneLine(value)).toUtf8() + '\n';
    }
    info += "Bagging-Date: " + QDate::currentDate().toString(Qt::ISODate).toUtf8() + '\n';
    info += "Payload-Oxum: " + QByteArray::number(octets) + '.' + QByteArray::number(d->payload.size()) + '\n';
    if (agent.isEmpty()) {
        agent = QStringLiteral("Steward");
        if (const QString v = QCoreApplication::applicationVersion(); !v.isEmpty())
            agent += QLatin1Char(' ') + v;
    }
    info += "Bag-Software-Agent: " + oneLine(agent).toUtf8() + '\n';
    auto bytes = [](const QByteArray &content) {
        return [content](QIODevice &out) -> Status {
            if (out.write(content) != content.size())
                return Error::internal(BagWriter::tr("cannot write to the package"));
            return {};
        };
    };
    if (const Status s = d->add(PackageLayout::bagInfoTxt, bytes(info)); !s)
        return s;
    if (const Status s = d->add(PackageLayout::manifest, bytes(manifestText(d->payload))); !s)
        return s;
    const QByteArray tagManifest = manifestText(d->tags);
    if (const Status s = d->add(PackageLayout::tagManifest, bytes(tagManifest)); !s)
        return s;
    if (sign) {
        auto signature = sign(tagManifest);
        if (!signature) {
            d->failed = true;
            return signature.error();
        }
        if (const Status s = d->add(signature->first, bytes(signature->second)); !s)
            return s;
    }
    d->finished = true;
    d->zip.close();
    if (d->zip.getZipError() != ZIP_OK)
        return Error::internal(tr("cannot finish %1 (disk full?)").arg(d->zipPath));
    return {};
}

int BagWriter::fileCount() const
{
    return int(d->paths.size());
}

} // namespace steward
