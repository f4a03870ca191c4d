#include "core/mask/RecordSuppressionStore.h"

#include "core/common/OsUser.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace steward {

Result<std::optional<RecordSuppression>> RecordSuppressionStore::load(const DatasetInfo &dataset)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT k, quasi, max_fraction, models FROM record_suppression WHERE dataset_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dataset.id);
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read record suppression"));
    if (step == sql::Statement::StepResult::Done)
        return std::optional<RecordSuppression>();
    QJsonObject json{{QStringLiteral("k"), stmt->columnInt(0)},
                     {QStringLiteral("quasi"),
                      QJsonDocument::fromJson(stmt->columnText(1).toUtf8()).array()}};
    if (!stmt->isNull(2))
        json.insert(QStringLiteral("max_fraction"), stmt->columnDouble(2));
    if (!stmt->isNull(3))
        json.insert(QStringLiteral("models"),
                    QJsonDocument::fromJson(stmt->columnText(3).toUtf8()).array());
    auto suppression = RecordSuppression::fromJson(json);
    if (!suppression)
        return Error::badInput(tr("the stored record suppression of dataset %1 is not readable")
                                   .arg(dataset.name));
    return std::optional<RecordSuppression>(std::move(*suppression));
}

Status RecordSuppressionStore::save(const DatasetInfo &dataset,
                                    const std::optional<RecordSuppression> &suppression)
{
    if (suppression) {
        if (suppression->k < 2)
            return Error::badInput(tr("record suppression needs k of at least 2"));
        if (suppression->quasi.isEmpty())
            return Error::badInput(tr("record suppression needs at least one quasi-identifier"));
        QSet<QString> columns;
        for (const ColumnInfo &c : dataset.columns)
            columns.insert(c.name);
        for (const QString &f : suppression->quasi) {
            if (!columns.contains(f))
                return Error::badInput(
                    tr("dataset %1 has no field named %2").arg(dataset.name, f));
        }
        for (const SuppressionModel &m : suppression->models) {
            if (!columns.contains(m.field))
                return Error::badInput(
                    tr("dataset %1 has no field named %2").arg(dataset.name, m.field));
        }
    }
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "record_suppression");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto del = db.prepare("DELETE FROM record_suppression WHERE dataset_id = ?");
    if (!del)
        return del.error();
    del->bind(1, dataset.id);
    if (Status s = del->run(db.handle(), QStringLiteral("clear record suppression")); !s)
        return s;
    QJsonObject detail{{QStringLiteral("dataset_version"), dataset.version}};
    if (suppression) {
        auto insert = db.prepare("INSERT INTO record_suppression (dataset_id, k, quasi, "
                                 "max_fraction, set_by, set_at, models) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, dataset.id);
        insert->bind(2, qint64(suppression->k));
        insert->bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(suppression->quasi))
                                              .toJson(QJsonDocument::Compact)));
        if (suppression->maxFraction)
            insert->bind(4, *suppression->maxFraction);
        else
            insert->bindNull(4);
        insert->bind(5, currentOsUser());
        insert->bind(6, AuditTrail::now());
        if (suppression->models.isEmpty())
            insert->bindNull(7);
        else
            insert->bind(7, QString::fromUtf8(
                                QJsonDocument(RecordSuppression::modelsToJson(suppression->models))
                                    .toJson(QJsonDocument::Compact)));
        if (Status s = insert->run(db.handle(), QStringLiteral("store record suppression")); !s)
            return s;
        detail.insert(QStringLiteral("k"), suppression->k);
        detail.insert(QStringLiteral("quasi"), QJsonArray::fromStringList(suppression->quasi));
        if (!suppression->models.isEmpty()) {
            // Field and model names only: the audit detail never holds parameters of the data.
            QJsonArray models;
            for (const SuppressionModel &m : suppression->models)
                models.append(QJsonObject{{QStringLiteral("field"), m.field},
                                          {QStringLiteral("model"),
                                           SuppressionModel::kindName(m.kind)}});
            detail.insert(QStringLiteral("models"), models);
        }
    } else {
        detail.insert(QStringLiteral("cleared"), true);
    }
    if (Status s = ProjectStore::appendAudit(
            db, QStringLiteral("rules.suppression"), dataset.name,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
