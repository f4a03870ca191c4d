#pragma once

#include "core/common/Result.h"
#include "core/store/DatasetInfo.h"
#include "core/store/Sqlite.h"

#include <QList>

#include <optional>

namespace steward {

// The catalog tables `datasets` and `dataset_columns` of a project. No transactions of its own:
// callers group its writes with the dataset tables they belong to.
class DatasetCatalog final {
public:
    explicit DatasetCatalog(sql::Database &db) : m_db(db) {}

    Result<QList<DatasetInfo>> all();
    Result<std::optional<DatasetInfo>> find(const QString &name);
    // An id no dataset has (max + 1); call inside the write transaction that uses it.
    Result<qint64> nextId();

    // Inserts the dataset (with info.id) and its columns.
    Status insert(const DatasetInfo &info);
    // Rewrites the dataset row with info.id and replaces its columns.
    Status update(const DatasetInfo &info);
    Status rename(qint64 id, const QString &newName);
    Status remove(qint64 id);

    // Tables named like dataset tables that no catalog row refers to (should always be empty).
    Result<QStringList> orphanTables();

    // The internal table name of a dataset version: dataset_<id>_v<version>.
    static QString tableName(qint64 id, int version);
    // The internal column of a dataset table holding the cells of the field at `position`
    // (0-based): c1..cN. Unquoted; every reader and writer of dataset tables names cells with it.
    static QString cellColumn(int position);

private:
    Result<QList<DatasetInfo>> query(const char *sql, const QString *name);
    Status insertColumns(const DatasetInfo &info);

    sql::Database &m_db;
};

} // namespace steward
