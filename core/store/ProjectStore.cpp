#include "core/store/ProjectStore.h"

#include "core/common/OsUser.h"
#include "core/store/AuditTrail.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/DatasetWriter.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectFileCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steward {

namespace {

Error noSuchDataset(const QString &name)
{
    return Error::badInput(ProjectStore::tr("no dataset named %1").arg(name));
}

Error datasetExists(const QString &name)
{
    return Error::badInput(ProjectStore::tr("a dataset named %1 already exists").arg(name));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Takes the project's lock file (PATH.lock). A lock left by a process that no longer runs is
// taken over; a live one means another Steward process has the project open.
Result<std::unique_ptr<QLockFile>> lockProject(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app))
            return Error::badInput(
                ProjectStore::tr("the project is in use by another Steward process (PID "
                                 "%1 on host %2)")
                    .arg(pid)
                    .arg(host),
                path);
        return Error::badInput(ProjectStore::tr("the project is in use by another Steward process"),
                               path);
    }
    return Error::badInput(ProjectStore::tr("cannot create the lock file %1").arg(lock->fileName()),
                           path);
}

// Removes what a failed create() made, so a retry starts clean.
class CreatedFileGuard final {
public:
    explicit CreatedFileGuard(QString path) : m_path(std::move(path)) {}
    ~CreatedFileGuard()
    {
        if (m_armed) {
            QFile::remove(m_path + QLatin1String("-wal"));
            QFile::remove(m_path + QLatin1String("-shm"));
            QFile::remove(m_path);
        }
    }
    void release() { m_armed = false; }

private:
    QString m_path;
    bool m_armed = true;
};

constexpr const char *kConnectionPragmas =
    "PRAGMA synchronous = NORMAL;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA secure_delete = ON;"
    "PRAGMA cache_size = -16384;"           // 16 MiB
    "PRAGMA journal_size_limit = 1048576;"; // a reset WAL shrinks back to 1 MiB

// New projects use larger pages than SQLite's 4 KiB default: fewer pages per million rows
// (faster bulk import, shallower trees) at no cost for row-window reads.
constexpr const char *kPageSizePragma = "PRAGMA page_size = 8192";

} // namespace

ProjectStore::~ProjectStore()
{
    // Close the database (checkpoint, remove -wal/-shm) before another process may take over.
    m_db = sql::Database();
    if (m_lock)
        m_lock->unlock();
}

Status ProjectStore::configureConnection(sql::Database &db)
{
    auto mode = db.prepare("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode->step() != sql::Statement::StepResult::Row
        || mode->columnText(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::internal(tr("cannot switch the project to write-ahead logging"));
    mode = sql::Statement();
    return db.exec(kConnectionPragmas);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path,
                                                           const QString &title)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return Error::badInput(tr("the file already exists"), path);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString leftover = path + QLatin1String(suffix);
        if (QFileInfo::exists(leftover))
            return Error::badInput(tr("a leftover file %1 lies next to the new project; move it "
                                      "away first")
                                       .arg(leftover),
                                   path);
    }

    auto lock = lockProject(path);
    if (!lock)
        return lock.error();

    // The file exists with owner-only permissions before SQLite touches it; SQLite gives the
    // -wal and -shm files the same permissions.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return Error::badInput(tr("the file already exists"), path);
        return Error::badInput(tr("cannot create the project file: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(err))),
                               path);
    }
    CreatedFileGuard guard(path);
    const bool chmodOk = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0; // exact 0600 whatever the umask
    ::close(fd);
    if (!chmodOk)
        return Error::internal(tr("cannot restrict the permissions of the project file"));

    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (Status s = db->exec(kPageSizePragma); !s)
        return s.error();
    if (Status s = configureConnection(*db); !s)
        return s.error();
    if (Status s = db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
        return s.error();
    if (Status s = Migrations::run(*db, Migrations::schema(), kSchemaVersion); !s)
        return s.error();

    {
        sql::Transaction txn(*db);
        if (!txn.beginStatus())
            return txn.beginStatus().error();
        auto meta = db->prepare("INSERT INTO project (key, value) VALUES (?, ?)");
        if (!meta)
            return meta.error();
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("title"), title},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), currentOsUser()},
            {QStringLiteral("created_with"), QStringLiteral("steward " STEWARD_VERSION)},
        };
        for (const auto &[key, value] : values) {
            meta->bind(1, key);
            meta->bind(2, value);
            if (Status s = meta->run(db->handle(), QStringLiteral("project metadata")); !s)
                return s.error();
        }
        meta = sql::Statement();
        const QString detail =
            json({{QStringLiteral("title"), title},
                  {QStringLiteral("schema_version"), kSchemaVersion},
                  {QStringLiteral("steward_version"), QStringLiteral(STEWARD_VERSION)}});
        if (Status s = appendAudit(*db, QStringLiteral("project.create"),
                                   QFileInfo(path).fileName(), detail);
            !s)
            return s.error();
        if (Status s = txn.commit(); !s)
            return s.error();
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_title = title;
    store->m_db = std::move(*db);
    store->m_lock = std::move(*lock);
    guard.release();
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(tr("no such file"), path);
    if (!info.isFile())
        return Error::badInput(tr("not a Steward project"), path);

    auto lock = lockProject(path);
    if (!lock)
        return lock.error();
    // Everything that can refuse the file happens before it is opened for writing.
    if (Status s = ProjectFileCheck::check(path); !s)
        return s.error();

    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (sqlite3_db_readonly(db->handle(), "main") == 1)
        return Error::badInput(tr("the project file is write-protected; Steward needs to write "
                                  "to it"),
                               path);
    if (Status s = configureConnection(*db); !s)
        return s.error();
    if (Status s = Migrations::run(*db, Migrations::schema(), kSchemaVersion); !s)
        return s.error();

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = path;
    store->m_db = std::move(*db);
    store->m_lock = std::move(*lock);
    if (Status s = store->loadTitle(); !s)
        return s.error();
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openSecondary() const
{
    auto db = sql::Database::open(m_path, sql::Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    if (Status s = configureConnection(*db); !s)
        return s.error();
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = m_path;
    store->m_title = m_title;
    store->m_db = std::move(*db);
    return store;
}

Status ProjectStore::loadTitle()
{
    m_title = meta(QStringLiteral("title"));
    return {};
}

QString ProjectStore::title() const
{
    return m_title;
}

QString ProjectStore::meta(const QString &key)
{
    auto stmt = m_db.prepare("SELECT value FROM project WHERE key = ?");
    if (!stmt)
        return {};
    stmt->bind(1, key);
    if (stmt->step() == sql::Statement::StepResult::Row && !stmt->isNull(0))
        return stmt->columnText(0);
    return {};
}

Result<QList<DatasetInfo>> ProjectStore::datasets()
{
    return DatasetCatalog(m_db).all();
}

Result<DatasetInfo> ProjectStore::dataset(const QString &name)
{
    auto found = DatasetCatalog(m_db).find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchDataset(name);
    return std::move(**found);
}

bool ProjectStore::hasDataset(const QString &name)
{
    auto found = DatasetCatalog(m_db).find(name);
    return found && found->has_value();
}

Status ProjectStore::renameDataset(const QString &from, const QString &to)
{
    const QString newName = to.trimmed();
    if (newName.isEmpty())
        return Error::badInput(tr("the dataset name is empty"));

    sql::Transaction txn(m_db);
    if (!txn.beginStatus())
        return txn.beginStatus();
    DatasetCatalog catalog(m_db);
    auto source = catalog.find(from);
    if (!source)
        return source.error();
    if (!source->has_value())
        return noSuchDataset(from);
    if (newName == from)
        return {};
    auto clash = catalog.find(newName);
    if (!clash)
        return clash.error();
    if (clash->has_value())
        return datasetExists(newName);
    if (Status s = catalog.rename((*source)->id, newName); !s)
        return s;
    const QString detail = json({{QStringLiteral("from"), from}, {QStringLiteral("to"), newName}});
    if (Status s = appendAudit(m_db, QStringLiteral("dataset.rename"), newName, detail); !s)
        return s;
    return txn.commit();
}

Status ProjectStore::deleteDataset(const QString &name)
{
    {
        sql::Transaction txn(m_db);
        if (!txn.beginStatus())
            return txn.beginStatus();
        DatasetCatalog catalog(m_db);
        auto found = catalog.find(name);
        if (!found)
            return found.error();
        if (!found->has_value())
            return noSuchDataset(name);
        const DatasetInfo &info = **found;
        // secure_delete is on for every project connection: the freed pages are zeroed.
        if (Status s =
                m_db.exec(QLatin1String("DROP TABLE ") + sql::quoteIdentifier(info.tableName));
            !s)
            return s;
        if (Status s = catalog.remove(info.id); !s)
            return s;
        const QString detail = json({{QStringLiteral("rows"), info.rowCount},
                                     {QStringLiteral("columns"), int(info.columns.size())},
                                     {QStringLiteral("version"), info.version}});
        if (Status s = appendAudit(m_db, QStringLiteral("dataset.delete"), name, detail); !s)
            return s;
        if (Status s = txn.commit(); !s)
            return s;
    }
    return truncateWal();
}

Status ProjectStore::truncateWal()
{
    auto stmt = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!stmt)
        return stmt.error();
    if (stmt->step() == sql::Statement::StepResult::Error)
        return m_db.lastError(QStringLiteral("wal checkpoint"));
    // Columns: busy, log frames, checkpointed frames. Busy means a reader kept part of the log;
    // the next checkpoint finishes the job (the data is already zeroed in the file's pages).
    return {};
}

Result<ProjectFileSpace> ProjectStore::space()
{
    const Result<qint64> pageSize = m_db.queryInt("PRAGMA page_size");
    if (!pageSize)
        return pageSize.error();
    const Result<qint64> pages = m_db.queryInt("PRAGMA page_count");
    if (!pages)
        return pages.error();
    const Result<qint64> freePages = m_db.queryInt("PRAGMA freelist_count");
    if (!freePages)
        return freePages.error();
    return ProjectFileSpace{*pages * *pageSize, *freePages * *pageSize};
}

namespace {

struct CompactProgress {
    const ProgressCallback *progress;
    const CancellationToken *cancel;
    qint64 beats = 0;
};

// Called by SQLite every kCompactProgressSteps virtual-machine steps (VACUUM copies a row in a
// few): a non-zero return stops the VACUUM, which then rolls back.
int compactProgressHandler(void *context)
{
    auto *state = static_cast<CompactProgress *>(context);
    if (state->cancel && state->cancel->isCancelled())
        return 1;
    if (state->progress && *state->progress)
        (*state->progress)(Progress{++state->beats, 0});
    return 0;
}

constexpr int kCompactProgressSteps = 1000;

} // namespace

Status ProjectStore::compact(const ProgressCallback &progress, const CancellationToken *cancel)
{
    const Result<ProjectFileSpace> before = space();
    if (!before)
        return before.error();
    CompactProgress state{&progress, cancel};
    sqlite3_progress_handler(m_db.handle(), kCompactProgressSteps, &compactProgressHandler,
                             &state);
    const Status vacuumed = m_db.exec("VACUUM");
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    if (!vacuumed) {
        if ((cancel && cancel->isCancelled()) || m_db.lastErrorCode() == SQLITE_INTERRUPT)
            return Error::cancelled();
        return vacuumed;
    }
    if (Status s = truncateWal(); !s)
        return s;
    const Result<ProjectFileSpace> after = space();
    if (!after)
        return after.error();
    const QString detail = json({{QStringLiteral("bytes_before"), before->fileBytes},
                                 {QStringLiteral("bytes_after"), after->fileBytes}});
    {
        sql::Transaction txn(m_db);
        if (!txn.beginStatus())
            return txn.beginStatus();
        if (Status s = appendAudit(m_db, QStringLiteral("project.compact"),
                                   QFileInfo(m_path).fileName(), detail);
            !s)
            return s;
        if (Status s = txn.commit(); !s)
            return s;
    }
    return truncateWal();
}

Result<QList<QStringList>> ProjectStore::rows(const DatasetInfo &dataset, qint64 offset, int limit)
{
    QList<QStringList> result;
    const int columns = int(dataset.columns.size());
    if (columns == 0 || limit <= 0 || offset < 0 || offset >= dataset.rowCount)
        return result;
    // Rowids are 1..rowCount in file order, so row k (0-based) has rowid k + 1.
    auto stmt = m_db.prepare(DatasetWriter::selectColumnsSql(dataset.tableName, columns)
                             + QLatin1String(" WHERE rowid > ? ORDER BY rowid LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, offset);
    stmt->bind(2, qint64(limit));
    result.reserve(int(qMin<qint64>(limit, dataset.rowCount - offset)));
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("read rows"));
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(stmt->columnText(c));
        result.append(std::move(row));
    }
    return result;
}

Status ProjectStore::valueCounts(const QString &tableName, int position,
                                 const std::function<bool(const QString &, qint64)> &onValue)
{
    const QString column = sql::quoteIdentifier(DatasetCatalog::cellColumn(position));
    auto stmt = m_db.prepare(QLatin1String("SELECT ") + column + QLatin1String(", COUNT(*) FROM ")
                             + sql::quoteIdentifier(tableName) + QLatin1String(" WHERE ") + column
                             + QLatin1String(" <> '' GROUP BY ") + column);
    if (!stmt)
        return stmt.error();
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            return {};
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("value counts"));
        if (!onValue(stmt->columnText(0), stmt->columnInt(1)))
            return Error::cancelled();
    }
}

Status ProjectStore::appendAudit(sql::Database &db, const QString &action, const QString &target,
                                 const QString &detailJson)
{
    return AuditTrail(db).append(action, target, detailJson);
}

Result<QList<AuditEntry>> ProjectStore::auditEntries()
{
    return AuditTrail(m_db).entries();
}

Result<AuditVerification> ProjectStore::verifyAudit()
{
    return AuditTrail(m_db).verify();
}

} // namespace steward
