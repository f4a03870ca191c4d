#include "core/mask/MaskRuleStore.h"

#include "core/common/OsUser.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/WriteScope.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>


#include <algorithm>

namespace steward {

Result<QList<StoredMaskRule>> MaskRuleStore::load(const DatasetInfo &dataset)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare(
        "SELECT field, operator, params, set_by, set_at FROM mask_rules WHERE dataset_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dataset.id);
    QHash<QString, StoredMaskRule> byField;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read masking rules"));
        StoredMaskRule stored;
        stored.field = stmt->columnText(0);
        QJsonObject json;
        json.insert(QStringLiteral("operator"), stmt->columnText(1));
        json.insert(QStringLiteral("params"),
                    QJsonDocument::fromJson(stmt->columnText(2).toUtf8()).object());
        auto rule = MaskRule::fromJson(json);
        if (!rule)
            return Error::badInput(tr("the stored masking rule of field %1 of dataset %2 is not "
                                      "readable: %3")
                                       .arg(stored.field, dataset.name, rule.error().message));
        stored.rule = *rule;
        stored.setBy = stmt->columnText(3);
        stored.setAt = stmt->columnText(4);
        byField.insert(stored.field, std::move(stored));
    }
    QList<StoredMaskRule> result;
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

Result<QList<std::pair<QString, MaskRule>>> MaskRuleStore::planRules(const DatasetInfo &dataset)
{
    auto stored = load(dataset);
    if (!stored)
        return stored.error();
    QSet<QString> columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.insert(c.name);
    QList<std::pair<QString, MaskRule>> rules;
    for (const StoredMaskRule &s : std::as_const(*stored)) {
        if (columns.contains(s.field))
            rules.append({s.field, s.rule});
    }
    return rules;
}

Status MaskRuleStore::save(const DatasetInfo &dataset,
                           const QList<std::pair<QString, MaskRule>> &rules,
                           const QStringList &cleared, Action action, bool replaceAll)
{
    QSet<QString> columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.insert(c.name);
    QSet<QString> named;
    QStringList mentioned;
    for (const auto &r : rules)
        mentioned.append(r.first);
    mentioned.append(cleared);
    for (const QString &f : std::as_const(mentioned)) {
        if (!columns.contains(f))
            return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, f));
        if (named.contains(f))
            return Error::badInput(tr("field %1 is given more than once").arg(f));
        named.insert(f);
    }

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "mask_rules");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (replaceAll) {
        auto del = db.prepare("DELETE FROM mask_rules WHERE dataset_id = ?");
        if (!del)
            return del.error();
        del->bind(1, dataset.id);
        if (Status s = del->run(db.handle(), QStringLiteral("clear masking rules")); !s)
            return s;
    }
    auto upsert = db.prepare(
        "INSERT INTO mask_rules (dataset_id, field, operator, params, set_by, set_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (dataset_id, field) DO UPDATE SET "
        "operator = excluded.operator, params = excluded.params, set_by = excluded.set_by, "
        "set_at = excluded.set_at");
    if (!upsert)
        return upsert.error();
    const QString who = currentOsUser();
    const QString now = AuditTrail::now();
    QJsonArray setDetail;
    for (const auto &[field, rule] : rules) {
        const QJsonObject json = rule.toJson();
        upsert->bind(1, dataset.id);
        upsert->bind(2, field);
        upsert->bind(3, maskOperatorName(rule.op()));
        upsert->bind(4, QJsonDocument(json.value(QStringLiteral("params")).toObject())
                            .toJson(QJsonDocument::Compact));
        upsert->bind(5, who);
        upsert->bind(6, now);
        if (Status s = upsert->run(db.handle(), QStringLiteral("store masking rule")); !s)
            return s;
        setDetail.append(QJsonObject{{QStringLiteral("field"), field},
                                     {QStringLiteral("operator"), maskOperatorName(rule.op())}});
    }
    auto remove = db.prepare("DELETE FROM mask_rules WHERE dataset_id = ? AND field = ?");
    if (!remove)
        return remove.error();
    for (const QString &field : cleared) {
        remove->bind(1, dataset.id);
        remove->bind(2, field);
        if (Status s = remove->run(db.handle(), QStringLiteral("remove masking rule")); !s)
            return s;
    }
    QJsonObject detail{{QStringLiteral("rules"), setDetail},
                       {QStringLiteral("cleared"), QJsonArray::fromStringList(cleared)},
                       {QStringLiteral("dataset_version"), dataset.version}};
    if (replaceAll)
        detail.insert(QStringLiteral("replace_all"), true);
    const QString actionName = action == Action::Suggest ? QStringLiteral("rules.suggest")
                                                         : QStringLiteral("rules.set");
    if (Status s = ProjectStore::appendAudit(
            db, actionName, dataset.name,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
