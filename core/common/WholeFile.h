#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace steward {

// Small files read and written whole (templates, dictionaries). Writing goes through QSaveFile:
// the file is either the new content or, on any failure, what it was before. Errors are BadInput
// naming the path, with the system's reason.
Status writeWholeFile(const QString &path, const QByteArray &bytes);
Result<QByteArray> readWholeFile(const QString &path);

} // namespace steward
