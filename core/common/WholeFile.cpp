#include "core/common/WholeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace steward {

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::badInput(
            QCoreApplication::translate("steward::WholeFile", "cannot write the file: %1")
                .arg(file.errorString()),
            path);
    return {};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("steward::WholeFile", "cannot read the file: %1")
                .arg(file.errorString()),
            path);
    return file.readAll();
}

} // namespace steward
