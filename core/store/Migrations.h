#pragma once

#include "core/common/Result.h"
#include "core/store/Sqlite.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace steward {

// One step of the project schema: from PRAGMA user_version `fromVersion` to `toVersion`.
// Either `sql` (one or more statements) or `apply` (for steps that need code) is set.
struct Migration {
    int fromVersion = 0;
    int toVersion = 0;
    const char *sql = nullptr;
    std::function<Status(sql::Database &)> apply;
};

// The project schema and how a project file is brought up to it.
class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(steward::Migrations)
public:
    // The project schema's migrations, in order (v0 → v1 creates the schema).
    static const QList<Migration> &schema();

    // Brings the database from its PRAGMA user_version up to `targetVersion` with the given
    // migrations, all in ONE transaction that also sets user_version: on any failure nothing
    // changes. A database already at `targetVersion` is left untouched (no transaction starts).
    static Status run(sql::Database &db, const QList<Migration> &migrations, int targetVersion);
};

} // namespace steward
