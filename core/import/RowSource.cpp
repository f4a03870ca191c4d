#include "core/import/RowSource.h"

#include "core/import/CompoundFile.h"
#include "core/import/CsvReader.h"
#include "core/import/XlsReader.h"
#include "core/import/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace steward {

namespace {

enum class FileKind { Zip, Ole2, Text };

// Decides by the first bytes, never by the extension: a CSV saved as .xlsx is still text.
Result<FileKind> sniffFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = QFileInfo(path).isDir()
            ? RowSource::tr("it is a folder")
            : file.errorString();
        return Error::badInput(
            RowSource::tr("cannot open the file: %1")
                .arg(reason),
            path);
    }
    const QByteArray head = file.read(8);
    if (head.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return FileKind::Zip;
    if (head == QByteArrayView(CompoundFile::kSignature, 8))
        return FileKind::Ole2;
    return FileKind::Text;
}

// An encrypted OOXML workbook is an OLE2 container with these streams.
Result<bool> isEncryptedOoxml(const QString &path)
{
    Result<QStringList> names = CompoundFile::entryNames(path);
    if (!names)
        return names.error();
    return names->contains(QLatin1String("EncryptionInfo"))
        || names->contains(QLatin1String("EncryptedPackage"));
}

} // namespace

Result<std::unique_ptr<RowSource>> openRowSource(const QString &path, const ImportOptions &options)
{
    Result<FileKind> kind = sniffFile(path);
    if (!kind)
        return kind.error();
    switch (*kind) {
    case FileKind::Zip:
        return XlsxReader::open(path, options);
    case FileKind::Ole2: {
        Result<bool> encrypted = isEncryptedOoxml(path);
        if (!encrypted)
            return encrypted.error();
        if (*encrypted)
            return XlsReader::passwordProtectedError(path);
        return XlsReader::open(path, options);
    }
    case FileKind::Text:
        break;
    }
    return openCsvSource(path, options);
}

Result<QStringList> listSheets(const QString &path)
{
    Result<FileKind> kind = sniffFile(path);
    if (!kind)
        return kind.error();
    switch (*kind) {
    case FileKind::Zip:
        return XlsxReader::sheetNames(path);
    case FileKind::Ole2: {
        Result<bool> encrypted = isEncryptedOoxml(path);
        if (!encrypted)
            return encrypted.error();
        if (*encrypted)
            return XlsReader::passwordProtectedError(path);
        return XlsReader::sheetNames(path);
    }
    case FileKind::Text:
        break;
    }
    return QStringList();
}

} // namespace steward
