#include "core/store/DatasetWriter.h"

#include "core/store/DatasetCatalog.h"

#include <sqlite3.h>

namespace steward {

namespace {

QString columnList(int columnCount, const QString &suffix)
{
    QString sql;
    sql.reserve(columnCount * (8 + int(suffix.size())));
    for (int i = 0; i < columnCount; ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += DatasetCatalog::cellColumn(i) + suffix;
    }
    return sql;
}

} // namespace

DatasetWriter::DatasetWriter(sql::Database &db, sql::Statement insert, int columnCount)
    : m_db(&db), m_insert(std::move(insert)), m_columnCount(columnCount)
{}

QString DatasetWriter::selectColumnsSql(const QString &tableName, int columnCount)
{
    return QLatin1String("SELECT ") + columnList(columnCount, {}) + QLatin1String(" FROM ")
        + sql::quoteIdentifier(tableName);
}

Result<DatasetWriter> DatasetWriter::create(sql::Database &db, const QString &tableName,
                                            int columnCount)
{
    if (columnCount < 1 || columnCount > kMaxColumns)
        return Error::internal(QStringLiteral("invalid column count %1").arg(columnCount));
    const QString table = sql::quoteIdentifier(tableName);
    const QString create = QLatin1String("CREATE TABLE ") + table + QLatin1String(" (")
        + columnList(columnCount, QStringLiteral(" TEXT")) + QLatin1Char(')');
    if (Status s = db.exec(create); !s)
        return db.lastError(QStringLiteral("create dataset table"));

    QString insert = QLatin1String("INSERT INTO ") + table + QLatin1String(" VALUES (");
    for (int i = 0; i < columnCount; ++i)
        insert += i ? QLatin1String(", ?") : QLatin1String("?");
    insert += QLatin1Char(')');
    auto stmt = db.prepare(insert);
    if (!stmt)
        return stmt.error();
    return DatasetWriter(db, std::move(*stmt), columnCount);
}

Status DatasetWriter::append(const std::vector<std::string_view> &cells)
{
    static const char kEmpty[] = "";
    sqlite3_stmt *stmt = m_insert.handle();
    const int present = int(std::min<size_t>(cells.size(), size_t(m_columnCount)));
    for (int i = 0; i < present; ++i) {
        const std::string_view cell = cells[size_t(i)];
        // A null data pointer would bind SQL NULL; cells are always text, possibly empty.
        sqlite3_bind_text(stmt, i + 1, cell.data() ? cell.data() : kEmpty, int(cell.size()),
                          SQLITE_STATIC);
    }
    for (int i = present; i < m_columnCount; ++i)
        sqlite3_bind_text(stmt, i + 1, kEmpty, 0, SQLITE_STATIC);

    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE) {
        Error error = m_db->lastError(QStringLiteral("insert row"));
        sqlite3_reset(stmt);
        return error;
    }
    sqlite3_reset(stmt);
    ++m_rows;
    return {};
}

} // namespace steward
