#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFile;

namespace steward {

// Minimal reader of an OLE2 compound file (the container of legacy .xls workbooks and of
// encrypted OOXML workbooks): its directory, and whole streams on request. Used to recognise a
// password-protected .xlsx (a container holding "EncryptionInfo" and "EncryptedPackage") and to
// read an .xls workbook stream for what FreeXL leaves out (see XlsFormulaResults).
class CompoundFile final {
    Q_DECLARE_TR_FUNCTIONS(steward::CompoundFile)
public:
    static constexpr char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

    // Reads the header, the allocation tables and the directory (not the streams).
    static Result<CompoundFile> open(const QString &path);
    // The names of the storages and streams, in directory order.
    static Result<QStringList> entryNames(const QString &path);

    QStringList entryNames() const;
    // The whole content of the stream called `name` (case-insensitive); BadInput if absent.
    Result<QByteArray> readStream(const QString &name) const;

private:
    struct Entry {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    Result<QByteArray> readChain(quint32 start, quint64 size) const;
    bool readSector(quint32 sector, QByteArray *out) const;
    Error damaged() const;

    QString m_path;
    std::shared_ptr<QFile> m_file;
    int m_sectorSize = 512;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    QList<Entry> m_entries;
};

} // namespace steward
