#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/store/AuditEntry.h"
#include "core/store/DatasetInfo.h"
#include "core/store/Sqlite.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace steward {

// How much of a project file is in use: free pages are what compacting gives back.
struct ProjectFileSpace {
    qint64 fileBytes = 0; // the file as it is now (pages × page size)
    qint64 freeBytes = 0; // pages freed by deletions, still part of the file
};

// A Steward project: one SQLite file (".steward"), WAL mode, owner-only permissions, schema
// versioned with PRAGMA user_version and migrated in one transaction. One process at a time:
// a lock file next to the project tells a second Steward process that the project is in use.
//
// Every operation that writes is one transaction: it happens whole or not at all.
class ProjectStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::ProjectStore)
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kApplicationId = 0x53545744; // "STWD"

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Creates a new project file (refuses to overwrite an existing file).
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path, const QString &title = {});
    // Opens an existing project. Refuses (and never modifies) a file that is not a Steward
    // project, fails PRAGMA quick_check, or was written by a newer Steward; refuses a project
    // that another process has open.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);
    // A second connection to an open project for a worker thread (same process, no lock).
    Result<std::unique_ptr<ProjectStore>> openSecondary() const;

    QString path() const { return m_path; }
    QString title() const;
    // A value of the project table ("title", "created_at", "created_by", "created_with").
    QString meta(const QString &key);
    int schemaVersion() const { return kSchemaVersion; }

    Result<QList<DatasetInfo>> datasets();
    Result<DatasetInfo> dataset(const QString &name);
    bool hasDataset(const QString &name);
    Status renameDataset(const QString &from, const QString &to);
    // Drops the dataset and its cells; secure_delete zeroes the freed pages.
    Status deleteDataset(const QString &name);

    // Rows [offset, offset + limit) of a dataset as stored, paged by rowid (never OFFSET).
    Result<QList<QStringList>> rows(const DatasetInfo &dataset, qint64 offset, int limit);
    // The distinct non-empty values of the field at `position` (0-based) of the dataset table
    // `tableName`, each with the number of rows holding it, in one grouped scan. onValue gets
    // them one by one; when it returns false the scan stops with Error::cancelled(). interrupt()
    // stops it from another thread.
    Status valueCounts(const QString &tableName, int position,
                       const std::function<bool(const QString &value, qint64 rows)> &onValue);

    // Appends an audit entry (who = OS user, when = now) on the given connection, so it can be
    // part of the caller's transaction. detailJson must not contain cell values.
    static Status appendAudit(sql::Database &db, const QString &action, const QString &target,
                              const QString &detailJson = {});
    // The audit trail (see AuditTrail) and the check of its hash chain.
    Result<QList<AuditEntry>> auditEntries();
    Result<AuditVerification> verifyAudit();

    // Checkpoints the write-ahead log into the file and truncates it to zero bytes, so that
    // deleted or replaced cells do not linger in the WAL. Done after delete and replace.
    Status truncateWal();
    // Asks a statement running on this connection to stop (safe from another thread).
    void interrupt() { m_db.interrupt(); }

    // The file's size and its free pages (freed by deleted datasets and versions).
    Result<ProjectFileSpace> space();
    // Rebuilds the project file without its free pages (SQLite's VACUUM), then truncates the
    // write-ahead log, so that a deleted dataset stops taking disk space; records an audit entry
    // with the sizes before and after. One statement: the project is compacted whole or left
    // exactly as it was (cancelled: Error::cancelled()). SQLite does not say how far VACUUM has
    // got, so `progress` only gets heartbeats (estimatedTotal 0) while it runs. Needs no other
    // connection in a transaction; runs on any connection (e.g. openSecondary() on a worker).
    Status compact(const ProgressCallback &progress = {},
                   const CancellationToken *cancel = nullptr);

    // Connection settings of every project connection: WAL, synchronous=NORMAL, foreign keys,
    // secure_delete, cache size.
    static Status configureConnection(sql::Database &db);

private:
    // Core's services reach the connection through StoreAccess (core-internal), never the shells.
    friend class StoreAccess;

    ProjectStore() = default;
    Status loadTitle();

    QString m_path;
    QString m_title;
    sql::Database m_db;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace steward
