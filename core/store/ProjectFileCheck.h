#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace steward {

class ProjectFileCheck final {
    Q_DECLARE_TR_FUNCTIONS(steward::ProjectFileCheck)
public:
    // Checks, without modifying anything, that `path` is a Steward project this version can
    // open: an SQLite file (header magic) whose PRAGMA application_id is
    // ProjectStore::kApplicationId, whose user_version is not newer than
    // ProjectStore::kSchemaVersion, and that passes PRAGMA quick_check. Every refusal is
    // ErrorCode::BadInput with Error::file = path.
    //
    // When no write-ahead log holds committed data, the file is read as immutable, so SQLite
    // creates no -wal/-shm files next to it. The caller holds the project lock.
    static Status check(const QString &path);
};

} // namespace steward
