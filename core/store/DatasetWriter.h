#pragma once

#include "core/common/Result.h"
#include "core/store/Sqlite.h"

#include <QString>

#include <string_view>
#include <vector>

namespace steward {

// Bulk-writes the cells of one dataset version into a new table `tableName` with text columns
// c1..cN; rows get rowids 1..N in the order they are appended. One prepared INSERT is reused for
// every row and the cells are bound without copying, so the caller's views only need to stay
// valid for the duration of append(). Runs inside the caller's transaction.
class DatasetWriter final {
public:
    // SQLite's default limit on the columns of a table.
    static constexpr int kMaxColumns = 2000;

    // Creates the table and prepares the INSERT.
    static Result<DatasetWriter> create(sql::Database &db, const QString &tableName,
                                        int columnCount);

    DatasetWriter(DatasetWriter &&) noexcept = default;
    DatasetWriter &operator=(DatasetWriter &&) noexcept = default;

    // Appends one row. Missing trailing cells are written as empty text; extra cells are ignored.
    Status append(const std::vector<std::string_view> &cells);
    qint64 rowCount() const { return m_rows; }
    int columnCount() const { return m_columnCount; }

    // "SELECT c1, ..., cN FROM "table"" — the stored columns in order, for readers.
    static QString selectColumnsSql(const QString &tableName, int columnCount);

private:
    DatasetWriter(sql::Database &db, sql::Statement insert, int columnCount);

    sql::Database *m_db;
    sql::Statement m_insert;
    int m_columnCount;
    qint64 m_rows = 0;
};

} // namespace steward
