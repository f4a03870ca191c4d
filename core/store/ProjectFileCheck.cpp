#include "core/store/ProjectFileCheck.h"

#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

namespace steward {

namespace {

constexpr qsizetype kHeaderSize = 100;
constexpr qsizetype kUserVersionOffset = 60;
constexpr qsizetype kApplicationIdOffset = 68;

Error notAProject(const QString &path)
{
    return Error::badInput(ProjectFileCheck::tr("not a Steward project"), path);
}

Error newerSchema(const QString &path, qint64 version)
{
    return Error::badInput(
        ProjectFileCheck::tr("written by a newer version of Steward (schema %1); this "
                             "version reads schema %2 or older")
            .arg(version)
            .arg(ProjectStore::kSchemaVersion),
        path);
}

Error damaged(const QString &path)
{
    return Error::badInput(
        ProjectFileCheck::tr("the project file is damaged (PRAGMA quick_check failed)"), path);
}

// A read-only connection that closes itself.
class ReadOnlyConnection final {
public:
    ~ReadOnlyConnection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    int open(const QByteArray &uri)
    {
        return sqlite3_open_v2(uri.constData(), &m_db,
                               SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                               nullptr);
    }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Runs a one-column query; returns the sqlite result code (SQLITE_OK) and the first row's value.
int queryFirst(sqlite3 *db, const char *sql, QByteArray *value, bool *allOk = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    bool first = true;
    if (allOk)
        *allOk = true;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        const QByteArray row = text ? QByteArray(text) : QByteArray();
        if (first)
            *value = row;
        if (allOk && row != "ok")
            *allOk = false;
        first = false;
        if (!allOk)
            break;
    }
    sqlite3_finalize(stmt);
    return (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
}

Error sqliteFailure(const QString &path, int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB: return notAProject(path);
    case SQLITE_CORRUPT: return damaged(path);
    default:
        return Error::badInput(ProjectFileCheck::tr("cannot read the project: %1")
                                   .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                               path);
    }
}

} // namespace

Status ProjectFileCheck::check(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return notAProject(path);

    const QString walPath = path + QLatin1String("-wal");
    const QString shmPath = path + QLatin1String("-shm");
    // A non-empty WAL may hold committed pages (e.g. after a crash): it must be read through.
    const bool walHasFrames = QFileInfo(walPath).size() > 0;
    const bool shmExisted = QFileInfo::exists(shmPath);

    if (!walHasFrames) {
        // The file alone is the whole truth: check its header before SQLite reads anything.
        const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
        if (qFromBigEndian<quint32>(bytes + kApplicationIdOffset)
            != quint32(ProjectStore::kApplicationId))
            return notAProject(path);
        const quint32 userVersion = qFromBigEndian<quint32>(bytes + kUserVersionOffset);
        if (qint64(userVersion) > ProjectStore::kSchemaVersion)
            return newerSchema(path, userVersion);
    }

    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    // immutable=1: no locks, no -wal/-shm files; only valid while no WAL holds data.
    url.setQuery(walHasFrames ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    ReadOnlyConnection conn;
    Status result;
    if (int rc = conn.open(url.toEncoded()); rc != SQLITE_OK) {
        result = sqliteFailure(path, rc);
    } else {
        sqlite3_extended_result_codes(conn.handle(), 1);
        QByteArray value;
        bool allOk = false;
        if (int rc = queryFirst(conn.handle(), "PRAGMA application_id", &value); rc != SQLITE_OK)
            result = sqliteFailure(path, rc);
        else if (value.toLongLong() != ProjectStore::kApplicationId)
            result = notAProject(path);
        else if (rc = queryFirst(conn.handle(), "PRAGMA user_version", &value); rc != SQLITE_OK)
            result = sqliteFailure(path, rc);
        else if (value.toLongLong() > ProjectStore::kSchemaVersion)
            result = newerSchema(path, value.toLongLong());
        else if (rc = queryFirst(conn.handle(), "PRAGMA quick_check", &value, &allOk);
                 rc != SQLITE_OK)
            result = sqliteFailure(path, rc);
        else if (!allOk)
            result = damaged(path);
    }
    conn.close();
    // Reading through a WAL may have created the shared-memory index; nobody else uses it
    // (no -shm existed, and we hold the project lock), so leave the directory as we found it.
    if (walHasFrames && !shmExisted)
        QFile::remove(shmPath);
    return result;
}

} // namespace steward
