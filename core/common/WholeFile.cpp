#include "core/common/WholeFile.h"

#include <QFile>
#include <QSaveFile>

namespace steward {

Status WholeFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::badInput(tr("cannot write the file: %1").arg(file.errorString()), path);
    return {};
}

Result<QByteArray> WholeFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read the file: %1").arg(file.errorString()), path);
    return file.readAll();
}

} // namespace steward
