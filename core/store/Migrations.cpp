#include "store/Migrations.h"

#include <QCoreApplication>

namespace steward {

namespace {

// Schema v1: project metadata, the dataset catalog, and the audit trail.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    source_file TEXT,
    source_size INTEGER,
    encoding TEXT,
    delimiter TEXT,
    has_header INTEGER,
    sheet TEXT,
    version INTEGER NOT NULL,
    imported_at TEXT,
    imported_by TEXT
);
CREATE TABLE dataset_columns (
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    source_name TEXT,
    type TEXT NOT NULL,
    missing_count INTEGER NOT NULL,
    PRIMARY KEY (dataset_id, position)
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
)sql";

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        Migration{0, 1, kSchemaV1, {}},
    };
    return migrations;
}

Status runMigrations(sql::Database &db, const QList<Migration> &migrations, int targetVersion)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (*current == targetVersion)
        return {};
    if (*current > targetVersion)
        return Error::internal(
            QCoreApplication::translate("steward::Migrations",
                                        "cannot migrate the project from schema %1 down to %2")
                .arg(*current)
                .arg(targetVersion));

    sql::Transaction txn(db);
    if (!txn.beginStatus())
        return txn.beginStatus();
    int version = int(*current);
    while (version < targetVersion) {
        const Migration *step = nullptr;
        for (const Migration &m : migrations) {
            if (m.fromVersion == version && m.toVersion > version && m.toVersion <= targetVersion) {
                step = &m;
                break;
            }
        }
        if (!step)
            return Error::internal(QCoreApplication::translate(
                                       "steward::Migrations", "no migration from project schema %1")
                                       .arg(version));
        if (step->sql) {
            if (Status s = db.exec(step->sql); !s)
                return Error::internal(
                    QCoreApplication::translate(
                        "steward::Migrations",
                        "migration of the project schema from %1 to %2 failed: %3")
                        .arg(step->fromVersion)
                        .arg(step->toVersion)
                        .arg(s.error().message));
        }
        if (step->apply) {
            if (Status s = step->apply(db); !s)
                return s;
        }
        version = step->toVersion;
    }
    if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
        return s;
    return txn.commit();
}

} // namespace steward
