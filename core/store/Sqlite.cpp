#include "core/store/Sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace steward::sql {

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    Database db;
    db.m_path = path;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db.m_db ? QString::fromUtf8(sqlite3_errmsg(db.m_db))
                                       : QString::fromUtf8(sqlite3_errstr(rc));
        return Error::badInput(tr("cannot open the file: %1").arg(detail), path);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 2000);
    return db;
}

Status Database::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        const QString text = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(msg);
        return Error::internal(text);
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("prepare"));
    return Statement(stmt);
}

Result<Statement> Database::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

Result<qint64> Database::queryInt(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    const auto r = stmt->step();
    if (r == Statement::StepResult::Row)
        return stmt->columnInt(0);
    if (r == Statement::StepResult::Done)
        return qint64(0);
    return lastError(QString::fromUtf8(sql));
}

Result<std::optional<QByteArray>> Database::queryUtf8(const char *sql, const QString &parameter,
                                                     const QString &context)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, parameter);
    switch (stmt->step()) {
    case Statement::StepResult::Row: {
        const std::string_view utf8 = stmt->columnUtf8(0);
        return std::optional<QByteArray>(QByteArray(utf8.data(), qsizetype(utf8.size())));
    }
    case Statement::StepResult::Done: return std::optional<QByteArray>();
    case Statement::StepResult::Error: break;
    }
    return lastError(context);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

Error Database::lastError(const QString &context) const
{
    const int rc = lastErrorCode();
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if ((rc & 0xff) == SQLITE_INTERRUPT)
        return Error::cancelled();
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        return Error::badInput(tr("the project file is damaged (%1)").arg(detail), m_path);
    if ((rc & 0xff) == SQLITE_FULL)
        return Error::internal(tr("the disk is full; nothing was changed"));
    return Error::internal(QStringLiteral("%1: %2").arg(context, detail));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindStatic(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Statement::StepResult Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    return StepResult::Error;
}

Status Statement::run(sqlite3 *db, const QString &context)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    const int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) == SQLITE_INTERRUPT)
        return Error::cancelled();
    if ((code & 0xff) == SQLITE_FULL)
        return Error::internal(tr("the disk is full; nothing was changed"));
    return Error::internal(QStringLiteral("%1: %2").arg(context, QString::fromUtf8(sqlite3_errmsg(db))));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, size) : QString();
}

std::string_view Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string_view(text, size_t(size)) : std::string_view();
}

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    m_begin = db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::internal(QStringLiteral("commit without transaction"));
    if (Status s = m_db.exec("COMMIT"); !s)
        return s;
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec("ROLLBACK");
        m_active = false;
    }
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace steward::sql
