#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace steward::sql {

class Statement;

// An owned sqlite3 connection. The sqlite3 C API is used directly: bulk paths need prepared
// statements with zero-copy binding, which QtSql does not offer.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(steward::sql::Database)
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    static Result<Database> open(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements without results.
    Status exec(const char *sql);
    Status exec(const QString &sql);
    Result<Statement> prepare(const char *sql);
    Result<Statement> prepare(const QString &sql);

    // Single integer value of a query such as "PRAGMA user_version".
    Result<qint64> queryInt(const char *sql);
    // The first column of the first row, as UTF-8 bytes, of a query with one text parameter
    // (e.g. a stored JSON document by its name); nullopt when there is no row. `context` names
    // the work in the error.
    Result<std::optional<QByteArray>> queryUtf8(const char *sql, const QString &parameter,
                                                const QString &context);
    qint64 lastInsertRowId() const;
    int changes() const;
    // Asks a running statement on this connection to stop (safe from another thread).
    void interrupt();

    // An Error carrying sqlite's message, tagged with what was being done.
    Error lastError(const QString &context) const;
    int lastErrorCode() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement. Column/parameter indexes follow sqlite: bind is 1-based, column 0-based.
class Statement final {
    Q_DECLARE_TR_FUNCTIONS(steward::sql::Statement)
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &utf8);
    // Binds UTF-8 text that must stay valid until the next step()/reset().
    void bindStatic(int index, std::string_view utf8);
    void bindNull(int index);

    enum class StepResult { Row, Done, Error };
    StepResult step();
    // Steps once expecting no row; returns an Error on failure.
    Status run(sqlite3 *db, const QString &context);
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    std::string_view columnUtf8(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// Begins a transaction; rolls it back on destruction unless commit() succeeded.
class Transaction final {
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

// Quotes an identifier for SQL ("a""b").
QString quoteIdentifier(const QString &name);

} // namespace steward::sql
