#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace steward {

// Small files read and written whole (templates, dictionaries). Writing goes through QSaveFile:
// the file is either the new content or, on any failure, what it was before. Errors are BadInput
// naming the path, with the system's reason.
class WholeFile final {
    Q_DECLARE_TR_FUNCTIONS(steward::WholeFile)
public:
    static Status write(const QString &path, const QByteArray &bytes);
    static Result<QByteArray> read(const QString &path);
};

} // namespace steward
