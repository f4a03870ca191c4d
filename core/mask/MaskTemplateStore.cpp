#include "core/mask/MaskTemplateStore.h"

#include "core/common/OsUser.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Reads the stored JSON of a template; nullopt when there is none.
Result<std::optional<QByteArray>> storedJson(sql::Database &db, const QString &name)
{
    return db.queryUtf8("SELECT content FROM mask_templates WHERE name = ?", name,
                        QStringLiteral("read masking template"));
}

} // namespace

Result<MaskTemplate> MaskTemplateStore::fromDataset(const DatasetInfo &dataset, const QString &name)
{
    auto stored = MaskRuleStore(m_store).planRules(dataset);
    if (!stored)
        return stored.error();
    auto suppression = RecordSuppressionStore(m_store).load(dataset);
    if (!suppression)
        return suppression.error();
    QHash<QString, MaskRule> byField;
    for (const auto &[field, rule] : std::as_const(*stored))
        byField.insert(field, rule);
    MaskTemplate t;
    t.name = name.trimmed().isEmpty() ? dataset.name : name.trimmed();
    t.sourceDataset = dataset.name;
    t.savedAt = AuditTrail::now();
    t.savedBy = currentOsUser();
    for (const ColumnInfo &c : dataset.columns)
        t.rules.append({c.name, byField.value(c.name, MaskRule(MaskOperator::Keep))});
    t.suppression = *suppression;
    return t;
}

Status MaskTemplateStore::save(const MaskTemplate &tmpl, const QString &importedFrom)
{
    const QString name = tmpl.name.trimmed();
    if (name.isEmpty())
        return Error::usage(tr("the masking template needs a name"));
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "mask_templates");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto existing = storedJson(db, name);
    if (!existing)
        return existing.error();
    MaskTemplate copy = tmpl;
    copy.name = name;
    const QString now = AuditTrail::now();
    const QString who = currentOsUser();
    if (copy.savedAt.isEmpty())
        copy.savedAt = now;
    if (copy.savedBy.isEmpty())
        copy.savedBy = who;
    auto stmt = db.prepare("INSERT OR REPLACE INTO mask_templates (name, content, saved_at, "
                           "saved_by) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    stmt->bind(2, copy.toJson());
    stmt->bind(3, now);
    stmt->bind(4, who);
    if (Status s = stmt->run(db.handle(), QStringLiteral("store masking template")); !s)
        return s;
    QJsonArray fields;
    for (const auto &[field, rule] : std::as_const(copy.rules))
        fields.append(QJsonObject{{QStringLiteral("field"), field},
                                  {QStringLiteral("operator"), maskOperatorName(rule.op())}});
    QJsonObject detail{{QStringLiteral("rules"), fields},
                       {QStringLiteral("record_suppression"), copy.suppression.has_value()},
                       {QStringLiteral("replaced"), existing->has_value()}};
    if (!copy.sourceDataset.isEmpty())
        detail.insert(QStringLiteral("source_dataset"), copy.sourceDataset);
    if (!importedFrom.isEmpty())
        detail.insert(QStringLiteral("imported_from"), QFileInfo(importedFrom).fileName());
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("rules.template.save"), name,
                                             compact(detail));
        !s)
        return s;
    return scope.commit();
}

Result<MaskTemplate> MaskTemplateStore::load(const QString &name)
{
    auto json = storedJson(StoreAccess::db(m_store), name.trimmed());
    if (!json)
        return json.error();
    if (!json->has_value())
        return Error::badInput(tr("no masking template named %1").arg(name));
    return MaskTemplate::fromJson(**json, name);
}

Result<bool> MaskTemplateStore::contains(const QString &name)
{
    auto json = storedJson(StoreAccess::db(m_store), name.trimmed());
    if (!json)
        return json.error();
    return json->has_value();
}

Result<QList<MaskTemplateInfo>> MaskTemplateStore::list()
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT name, saved_at, saved_by, content FROM mask_templates "
                           "ORDER BY name");
    if (!stmt)
        return stmt.error();
    QList<MaskTemplateInfo> result;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read masking templates"));
        MaskTemplateInfo info;
        info.name = stmt->columnText(0);
        info.savedAt = stmt->columnText(1);
        info.savedBy = stmt->columnText(2);
        const std::string_view json = stmt->columnUtf8(3);
        auto t = MaskTemplate::fromJson(QByteArray(json.data(), qsizetype(json.size())), info.name);
        // One unreadable template does not hide the others: it is listed as such (loading it
        // says why).
        if (t) {
            info.rules = int(t->rules.size());
            info.suppression = t->suppression.has_value();
            info.sourceDataset = t->sourceDataset;
        } else {
            info.readable = false;
        }
        result.append(info);
    }
    return result;
}

Status MaskTemplateStore::remove(const QString &name)
{
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "mask_templates");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto existing = storedJson(db, name.trimmed());
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::badInput(tr("no masking template named %1").arg(name));
    auto stmt = db.prepare("DELETE FROM mask_templates WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name.trimmed());
    if (Status s = stmt->run(db.handle(), QStringLiteral("delete masking template")); !s)
        return s;
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("rules.template.delete"),
                                             name.trimmed());
        !s)
        return s;
    return scope.commit();
}

Status MaskTemplateStore::exportFile(const QString &name, const QString &path)
{
    auto tmpl = load(name);
    if (!tmpl)
        return tmpl.error();
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "mask_templates");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = tmpl->saveFile(path); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(path).fileName()}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("rules.template.export"),
                                             tmpl->name, compact(detail));
        !s)
        return s;
    return scope.commit();
}

Result<MaskTemplate> MaskTemplateStore::importFile(const QString &path, const QString &name)
{
    auto tmpl = MaskTemplate::loadFile(path);
    if (!tmpl)
        return tmpl.error();
    if (!name.trimmed().isEmpty())
        tmpl->name = name.trimmed();
    else if (tmpl->name.isEmpty())
        tmpl->name = QFileInfo(path).completeBaseName();
    if (Status s = save(*tmpl, path); !s)
        return s.error();
    return std::move(*tmpl);
}

Result<MaskTemplateApplication> MaskTemplateStore::apply(const DatasetInfo &dataset,
                                                         const MaskTemplate &tmpl,
                                                         const QString &baseDirectory,
                                                         bool replaceAll)
{
    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.append(c.name);
    auto application = tmpl.apply(columns, baseDirectory);
    if (!application)
        return application.error();

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "mask_template_apply");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    if (Status s = MaskRuleStore(m_store).save(dataset, application->rules, {},
                                               MaskRuleStore::Action::Set, replaceAll);
        !s)
        return s.error();
    RecordSuppressionStore suppressions(m_store);
    if (application->suppression || replaceAll) {
        auto current = suppressions.load(dataset);
        if (!current)
            return current.error();
        // Nothing to clear is no change and no audit entry.
        if (application->suppression || current->has_value()) {
            if (Status s = suppressions.save(dataset, application->suppression); !s)
                return s.error();
        }
    }
    QJsonObject detail{
        {QStringLiteral("template"), tmpl.name},
        {QStringLiteral("applied"), int(application->rules.size())},
        {QStringLiteral("missing"), QJsonArray::fromStringList(application->missing)},
        {QStringLiteral("uncovered"), QJsonArray::fromStringList(application->uncovered)},
        {QStringLiteral("record_suppression"), application->suppression.has_value()},
        {QStringLiteral("replace_all"), replaceAll},
        {QStringLiteral("dataset_version"), dataset.version}};
    if (!application->suppressionMissing.isEmpty())
        detail.insert(QStringLiteral("suppression_missing"),
                      QJsonArray::fromStringList(application->suppressionMissing));
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("rules.template.apply"),
                                             dataset.name, compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return application;
}

} // namespace steward
