#include "core/store/DatasetCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace steward {

namespace {

QString text(const sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? QString() : stmt.columnText(column);
}

void bindOptional(sql::Statement &stmt, int index, const QString &value)
{
    if (value.isNull())
        stmt.bindNull(index);
    else
        stmt.bind(index, value);
}

void bindDataset(sql::Statement &stmt, const DatasetInfo &info)
{
    stmt.bind(1, info.id);
    stmt.bind(2, info.name);
    stmt.bind(3, info.tableName);
    stmt.bind(4, info.rowCount);
    bindOptional(stmt, 5, info.sourceFile);
    stmt.bind(6, info.sourceSize);
    bindOptional(stmt, 7, info.encoding);
    bindOptional(stmt, 8, info.delimiter);
    stmt.bind(9, qint64(info.hasHeader ? 1 : 0));
    bindOptional(stmt, 10, info.sheet);
    stmt.bind(11, qint64(info.version));
    if (info.importedAt.isValid())
        stmt.bind(12, info.importedAt.toUTC().toString(Qt::ISODate));
    else
        stmt.bindNull(12);
    bindOptional(stmt, 13, info.importedBy);
    if (info.missingMarkers)
        stmt.bind(14, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*info.missingMarkers))
                                            .toJson(QJsonDocument::Compact)));
    else
        stmt.bindNull(14);
}

std::optional<QStringList> markersFromJson(const sql::Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    QStringList markers;
    const QJsonArray array = QJsonDocument::fromJson(stmt.columnText(column).toUtf8()).array();
    for (const QJsonValue &v : array)
        markers.append(v.toString());
    return markers;
}

} // namespace

QString DatasetCatalog::tableName(qint64 id, int version)
{
    return QStringLiteral("dataset_%1_v%2").arg(id).arg(version);
}

QString DatasetCatalog::cellColumn(int position)
{
    return QLatin1Char('c') + QString::number(position + 1);
}

Result<QList<DatasetInfo>> DatasetCatalog::query(const char *sql, const QString *name)
{
    QList<DatasetInfo> list;
    QHash<qint64, qsizetype> byId;
    {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        if (name)
            stmt->bind(1, *name);
        for (;;) {
            const auto r = stmt->step();
            if (r == sql::Statement::StepResult::Done)
                break;
            if (r == sql::Statement::StepResult::Error)
                return m_db.lastError(QStringLiteral("datasets"));
            DatasetInfo d;
            d.id = stmt->columnInt(0);
            d.name = stmt->columnText(1);
            d.tableName = stmt->columnText(2);
            d.rowCount = stmt->columnInt(3);
            d.sourceFile = text(*stmt, 4);
            d.sourceSize = stmt->columnInt(5);
            d.encoding = text(*stmt, 6);
            d.delimiter = text(*stmt, 7);
            d.hasHeader = stmt->columnInt(8) != 0;
            d.sheet = text(*stmt, 9);
            d.version = int(stmt->columnInt(10));
            d.importedAt = QDateTime::fromString(text(*stmt, 11), Qt::ISODate);
            d.importedBy = text(*stmt, 12);
            d.missingMarkers = markersFromJson(*stmt, 13);
            byId.insert(d.id, list.size());
            list.append(std::move(d));
        }
    }
    if (list.isEmpty())
        return list;

    auto cols = m_db.prepare(
        list.size() == 1 ? "SELECT dataset_id, position, name, source_name, type, missing_count "
                           "FROM dataset_columns WHERE dataset_id = ? ORDER BY position"
                         : "SELECT dataset_id, position, name, source_name, type, missing_count "
                           "FROM dataset_columns ORDER BY dataset_id, position");
    if (!cols)
        return cols.error();
    if (list.size() == 1)
        cols->bind(1, list.first().id);
    for (;;) {
        const auto r = cols->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("dataset columns"));
        const auto it = byId.constFind(cols->columnInt(0));
        if (it == byId.constEnd())
            continue;
        ColumnInfo c;
        c.position = int(cols->columnInt(1));
        c.name = cols->columnText(2);
        c.sourceName = text(*cols, 3);
        c.type = columnTypeFromName(cols->columnText(4)).value_or(ColumnType::Text);
        c.missingCount = cols->columnInt(5);
        list[*it].columns.append(std::move(c));
    }
    return list;
}

Result<QList<DatasetInfo>> DatasetCatalog::all()
{
    return query(
        "SELECT id, name, table_name, row_count, source_file, source_size, encoding, delimiter, "
        "has_header, sheet, version, imported_at, imported_by, missing_markers FROM datasets ORDER BY name",
        nullptr);
}

Result<std::optional<DatasetInfo>> DatasetCatalog::find(const QString &name)
{
    auto list = query(
        "SELECT id, name, table_name, row_count, source_file, source_size, encoding, delimiter, "
        "has_header, sheet, version, imported_at, imported_by, missing_markers FROM datasets WHERE name = ?",
        &name);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<DatasetInfo>();
    return std::optional<DatasetInfo>(list->takeFirst());
}

Result<qint64> DatasetCatalog::nextId()
{
    auto max = m_db.queryInt("SELECT coalesce(max(id), 0) FROM datasets");
    if (!max)
        return max.error();
    return *max + 1;
}

Status DatasetCatalog::insertColumns(const DatasetInfo &info)
{
    auto stmt = m_db.prepare("INSERT INTO dataset_columns (dataset_id, position, name, "
                             "source_name, type, missing_count) VALUES (?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    for (const ColumnInfo &c : info.columns) {
        stmt->bind(1, info.id);
        stmt->bind(2, qint64(c.position));
        stmt->bind(3, c.name);
        bindOptional(*stmt, 4, c.sourceName);
        stmt->bind(5, columnTypeName(c.type));
        stmt->bind(6, c.missingCount);
        if (Status s = stmt->run(m_db.handle(), QStringLiteral("insert dataset column")); !s)
            return s;
    }
    return {};
}

Status DatasetCatalog::insert(const DatasetInfo &info)
{
    auto stmt = m_db.prepare("INSERT INTO datasets (id, name, table_name, row_count, source_file, "
                             "source_size, encoding, delimiter, has_header, sheet, version, "
                             "imported_at, imported_by, missing_markers) VALUES (?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    bindDataset(*stmt, info);
    if (Status s = stmt->run(m_db.handle(), QStringLiteral("insert dataset")); !s)
        return s;
    return insertColumns(info);
}

Status DatasetCatalog::update(const DatasetInfo &info)
{
    auto stmt = m_db.prepare("UPDATE datasets SET name = ?2, table_name = ?3, row_count = ?4, "
                             "source_file = ?5, source_size = ?6, encoding = ?7, delimiter = ?8, "
                             "has_header = ?9, sheet = ?10, version = ?11, imported_at = ?12, "
                             "imported_by = ?13, missing_markers = ?14 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    bindDataset(*stmt, info);
    if (Status s = stmt->run(m_db.handle(), QStringLiteral("update dataset")); !s)
        return s;
    auto del = m_db.prepare("DELETE FROM dataset_columns WHERE dataset_id = ?");
    if (!del)
        return del.error();
    del->bind(1, info.id);
    if (Status s = del->run(m_db.handle(), QStringLiteral("replace dataset columns")); !s)
        return s;
    return insertColumns(info);
}

Status DatasetCatalog::rename(qint64 id, const QString &newName)
{
    auto stmt = m_db.prepare("UPDATE datasets SET name = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, newName);
    stmt->bind(2, id);
    return stmt->run(m_db.handle(), QStringLiteral("rename dataset"));
}

Status DatasetCatalog::remove(qint64 id)
{
    // Explicit, so it does not depend on foreign_keys being on for this connection.
    auto cols = m_db.prepare("DELETE FROM dataset_columns WHERE dataset_id = ?");
    if (!cols)
        return cols.error();
    cols->bind(1, id);
    if (Status s = cols->run(m_db.handle(), QStringLiteral("delete dataset columns")); !s)
        return s;
    auto row = m_db.prepare("DELETE FROM datasets WHERE id = ?");
    if (!row)
        return row.error();
    row->bind(1, id);
    return row->run(m_db.handle(), QStringLiteral("delete dataset"));
}

Result<QStringList> DatasetCatalog::orphanTables()
{
    auto stmt = m_db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                             "name GLOB 'dataset_[0-9]*_v[0-9]*' AND name NOT IN "
                             "(SELECT table_name FROM datasets) ORDER BY name");
    if (!stmt)
        return stmt.error();
    QStringList names;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("orphan tables"));
        names.append(stmt->columnText(0));
    }
    return names;
}

} // namespace steward
