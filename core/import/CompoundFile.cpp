#include "core/import/CompoundFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace steward {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kMaxRegularSector = 0xFFFFFFFA;
constexpr int kDirectoryEntrySize = 128;
constexpr int kMiniSectorSize = 64;

quint32 u32(const QByteArray &data, qsizetype offset)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(data.constData()) + offset);
}

quint16 u16(const QByteArray &data, qsizetype offset)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(data.constData()) + offset);
}

} // namespace

Error CompoundFile::damaged() const
{
    return Error::badInput(
        tr("the file looks like an Office document but its structure "
           "is damaged"),
        m_path);
}

bool CompoundFile::readSector(quint32 sector, QByteArray *out) const
{
    if (!m_file->seek((qint64(sector) + 1) * m_sectorSize))
        return false;
    *out = m_file->read(m_sectorSize);
    return out->size() == m_sectorSize;
}

Result<CompoundFile> CompoundFile::open(const QString &path)
{
    CompoundFile compound;
    compound.m_path = path;
    compound.m_file = std::make_shared<QFile>(path);
    QFile &file = *compound.m_file;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(tr("cannot open the file: %1")
                                   .arg(file.errorString()),
                               path);
    }
    const QByteArray header = file.read(512);
    if (header.size() < 512 || !header.startsWith(QByteArrayView(kSignature, 8)))
        return compound.damaged();
    const quint16 sectorShift = u16(header, 0x1E);
    if (sectorShift != 9 && sectorShift != 12)
        return compound.damaged();
    compound.m_sectorSize = 1 << sectorShift;
    compound.m_miniCutoff = u32(header, 0x38);
    const int perSector = compound.m_sectorSize / 4;
    const qint64 sectorCount = file.size() / compound.m_sectorSize + 1; // bounds every chain

    // The DIFAT lists the sectors holding the FAT: 109 entries in the header, then a chain.
    std::vector<quint32> fatSectors;
    for (int i = 0; i < 109; ++i) {
        const quint32 sector = u32(header, 0x4C + 4 * i);
        if (sector <= kMaxRegularSector)
            fatSectors.push_back(sector);
    }
    QByteArray sector;
    quint32 difat = u32(header, 0x44);
    for (qint64 n = 0; difat <= kMaxRegularSector; ++n) {
        if (n > sectorCount || !compound.readSector(difat, &sector))
            return compound.damaged();
        for (int i = 0; i < perSector - 1; ++i) {
            const quint32 entry = u32(sector, 4 * i);
            if (entry <= kMaxRegularSector)
                fatSectors.push_back(entry);
        }
        difat = u32(sector, 4 * (perSector - 1));
    }
    if (qint64(fatSectors.size()) > sectorCount)
        return compound.damaged();
    compound.m_fat.reserve(fatSectors.size() * size_t(perSector));
    for (quint32 fatSector : fatSectors) {
        if (!compound.readSector(fatSector, &sector))
            return compound.damaged();
        for (int i = 0; i < perSector; ++i)
            compound.m_fat.push_back(u32(sector, 4 * i));
    }

    // The directory: a chain of 128-byte entries.
    Result<QByteArray> directory = compound.readChain(u32(header, 0x30), 0);
    if (!directory)
        return directory.error();
    for (qsizetype offset = 0; offset + kDirectoryEntrySize <= directory->size();
         offset += kDirectoryEntrySize) {
        const QByteArray e = directory->mid(offset, kDirectoryEntrySize);
        const quint16 nameBytes = u16(e, 0x40);
        const int type = uchar(e[0x42]);
        if (type == 0 || nameBytes < 2 || nameBytes > 64)
            continue; // unused entry
        Entry entry;
        entry.type = type;
        for (int i = 0; i < nameBytes / 2 - 1; ++i)
            entry.name.append(QChar(u16(e, 2 * i)));
        entry.start = u32(e, 0x74);
        entry.size = compound.m_sectorSize == 512 ? u32(e, 0x78)
                                                  : qFromLittleEndian<quint64>(
                                                        reinterpret_cast<const uchar *>(
                                                            e.constData())
                                                        + 0x78);
        compound.m_entries.append(entry);
    }

    // The mini FAT, for streams smaller than the cutoff (stored in the root entry's stream).
    const quint32 miniFatStart = u32(header, 0x3C);
    if (miniFatStart <= kMaxRegularSector) {
        Result<QByteArray> miniFat = compound.readChain(miniFatStart, 0);
        if (!miniFat)
            return miniFat.error();
        for (qsizetype i = 0; i + 4 <= miniFat->size(); i += 4)
            compound.m_miniFat.push_back(u32(*miniFat, i));
    }
    return compound;
}

Result<QByteArray> CompoundFile::readChain(quint32 start, quint64 size) const
{
    QByteArray data;
    QByteArray sector;
    quint32 current = start;
    for (size_t visited = 0; current != kEndOfChain; ++visited) {
        if (current > kMaxRegularSector || current >= m_fat.size() || visited > m_fat.size()
            || !readSector(current, &sector)) {
            return damaged();
        }
        data += sector;
        if (size > 0 && quint64(data.size()) >= size)
            break;
        current = m_fat[current];
    }
    if (size > 0) {
        if (quint64(data.size()) < size)
            return damaged();
        data.truncate(qsizetype(size));
    }
    return data;
}

QStringList CompoundFile::entryNames() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names.append(entry.name);
    return names;
}

Result<QStringList> CompoundFile::entryNames(const QString &path)
{
    Result<CompoundFile> compound = open(path);
    if (!compound)
        return compound.error();
    return compound->entryNames();
}

Result<QByteArray> CompoundFile::readStream(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.type != 2 || entry.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (entry.size >= m_miniCutoff)
            return readChain(entry.start, entry.size);
        if (entry.size == 0)
            return QByteArray();
        // A small stream: 64-byte mini sectors inside the root entry's stream.
        const Entry *root = nullptr;
        for (const Entry &candidate : m_entries) {
            if (candidate.type == 5)
                root = &candidate;
        }
        if (!root)
            return damaged();
        Result<QByteArray> miniStream = readChain(root->start, root->size);
        if (!miniStream)
            return miniStream.error();
        QByteArray data;
        quint32 current = entry.start;
        for (size_t visited = 0; quint64(data.size()) < entry.size; ++visited) {
            const qint64 offset = qint64(current) * kMiniSectorSize;
            if (current >= m_miniFat.size() || visited > m_miniFat.size()
                || offset + kMiniSectorSize > miniStream->size()) {
                return damaged();
            }
            data += miniStream->mid(offset, kMiniSectorSize);
            current = m_miniFat[current];
        }
        data.truncate(qsizetype(entry.size));
        return data;
    }
    return Error::badInput(tr("the document has no %1 stream")
                               .arg(name),
                           m_path);
}

} // namespace steward
