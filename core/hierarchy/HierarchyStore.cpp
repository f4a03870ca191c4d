#include "core/hierarchy/HierarchyStore.h"

#include "core/common/OsUser.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace steward {

namespace {

Result<StoredHierarchy> readRow(sql::Statement &stmt, const DatasetInfo &dataset)
{
    StoredHierarchy stored;
    stored.field = stmt.columnText(0);
    const QJsonDocument doc = QJsonDocument::fromJson(stmt.columnText(1).toUtf8());
    auto spec = doc.isObject() ? HierarchySpec::fromJson(doc.object())
                               : Result<HierarchySpec>(Error::badInput(QString()));
    if (!spec)
        return Error::badInput(HierarchyStore::tr("the stored hierarchy of field %1 of dataset %2 "
                                                  "is not readable")
                                   .arg(stored.field, dataset.name));
    stored.spec = std::move(*spec);
    stored.setBy = stmt.columnText(2);
    stored.setAt = QDateTime::fromString(stmt.columnText(3), Qt::ISODateWithMs);
    stored.setAt.setTimeSpec(Qt::UTC);
    return stored;
}

} // namespace

Result<QList<StoredHierarchy>> HierarchyStore::loadAll(const DatasetInfo &dataset)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare(
        "SELECT field, spec, set_by, set_at FROM field_hierarchies WHERE dataset_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dataset.id);
    QHash<QString, StoredHierarchy> byField;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read hierarchies"));
        auto stored = readRow(*stmt, dataset);
        if (!stored)
            return stored.error();
        byField.insert(stored->field, std::move(*stored));
    }
    QList<StoredHierarchy> result;
    for (const ColumnInfo &c : dataset.columns) {
        if (auto it = byField.find(c.name); it != byField.end()) {
            result.append(*it);
            byField.erase(it);
        }
    }
    QStringList rest = byField.keys();
    std::sort(rest.begin(), rest.end());
    for (const QString &f : std::as_const(rest))
        result.append(byField.value(f));
    return result;
}

Result<std::optional<StoredHierarchy>> HierarchyStore::load(const DatasetInfo &dataset,
                                                            const QString &field)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT field, spec, set_by, set_at FROM field_hierarchies "
                           "WHERE dataset_id = ? AND field = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dataset.id);
    stmt->bind(2, field);
    const auto r = stmt->step();
    if (r == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read hierarchy"));
    if (r == sql::Statement::StepResult::Done)
        return std::optional<StoredHierarchy>();
    auto stored = readRow(*stmt, dataset);
    if (!stored)
        return stored.error();
    return std::optional<StoredHierarchy>(std::move(*stored));
}

Status HierarchyStore::save(const DatasetInfo &dataset, const QString &field,
                            const std::optional<HierarchySpec> &spec)
{
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "field_hierarchies");
    if (!scope.beginStatus())
        return scope.beginStatus();
    QJsonObject detail{{QStringLiteral("field"), field},
                       {QStringLiteral("dataset_version"), dataset.version}};
    if (spec) {
        auto upsert = db.prepare(
            "INSERT INTO field_hierarchies (dataset_id, field, spec, set_by, set_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (dataset_id, field) DO UPDATE SET "
            "spec = excluded.spec, set_by = excluded.set_by, set_at = excluded.set_at");
        if (!upsert)
            return upsert.error();
        upsert->bind(1, dataset.id);
        upsert->bind(2, field);
        upsert->bind(3, QString::fromUtf8(
                            QJsonDocument(spec->toJson()).toJson(QJsonDocument::Compact)));
        upsert->bind(4, currentOsUser());
        upsert->bind(5, AuditTrail::now());
        if (Status s = upsert->run(db.handle(), QStringLiteral("store hierarchy")); !s)
            return s;
        detail.insert(QStringLiteral("builder"), spec->builderName());
    } else {
        auto remove = db.prepare("DELETE FROM field_hierarchies WHERE dataset_id = ? AND field = ?");
        if (!remove)
            return remove.error();
        remove->bind(1, dataset.id);
        remove->bind(2, field);
        if (Status s = remove->run(db.handle(), QStringLiteral("remove hierarchy")); !s)
            return s;
    }
    if (Status s = ProjectStore::appendAudit(
            db, spec ? QStringLiteral("hierarchy.set") : QStringLiteral("hierarchy.clear"),
            dataset.name, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
