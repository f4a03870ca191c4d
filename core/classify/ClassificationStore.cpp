#include "core/classify/ClassificationStore.h"

#include "core/classify/Taxonomy.h"
#include "core/store/AuditTrail.h"
#include "core/common/OsUser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

QString text(sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? QString() : stmt.columnText(column);
}

FieldRole roleOf(const QString &name)
{
    return fieldRoleFromName(name).value_or(FieldRole::Other);
}

DataCategory categoryOf(const QString &name)
{
    return dataCategoryFromName(name).value_or(DataCategory::MedicalApplication);
}

void bindOptionalText(sql::Statement &stmt, int index, bool present, const QString &value)
{
    if (present)
        stmt.bind(index, value);
    else
        stmt.bindNull(index);
}

void bindOptionalInt(sql::Statement &stmt, int index, bool present, qint64 value)
{
    if (present)
        stmt.bind(index, value);
    else
        stmt.bindNull(index);
}

} // namespace

Result<QHash<int, FieldProfile>> ClassificationStore::profiles(qint64 datasetId, int datasetVersion)
{
    QHash<int, FieldProfile> result;
    auto stmt = m_db.prepare(
        "SELECT position, profile FROM field_profiles WHERE dataset_id = ? AND dataset_version = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, datasetId);
    stmt->bind(2, qint64(datasetVersion));
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("read field profiles"));
        const std::string_view json = stmt->columnUtf8(1);
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size())));
        if (!doc.isObject())
            continue; // an unreadable cache entry is simply not cached
        result.insert(int(stmt->columnInt(0)), fieldProfileFromJson(doc.object()));
    }
    return result;
}

Status ClassificationStore::storeProfiles(qint64 datasetId, int datasetVersion,
                                          const QList<FieldProfile> &profiles)
{
    auto del = m_db.prepare("DELETE FROM field_profiles WHERE dataset_id = ?");
    if (!del)
        return del.error();
    del->bind(1, datasetId);
    if (Status s = del->run(m_db.handle(), QStringLiteral("clear field profiles")); !s)
        return s;
    auto insert = m_db.prepare("INSERT INTO field_profiles (dataset_id, dataset_version, position, "
                               "name, profile, profiled_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const QString now = AuditTrail::now();
    for (int i = 0; i < profiles.size(); ++i) {
        insert->bind(1, datasetId);
        insert->bind(2, qint64(datasetVersion));
        insert->bind(3, qint64(i));
        insert->bind(4, profiles.at(i).name);
        insert->bind(5, QJsonDocument(fieldProfileToJson(profiles.at(i))).toJson(QJsonDocument::Compact));
        insert->bind(6, now);
        if (Status s = insert->run(m_db.handle(), QStringLiteral("store field profile")); !s)
            return s;
    }
    return {};
}

Result<QHash<QString, StoredClassification>> ClassificationStore::classifications(qint64 datasetId)
{
    QHash<QString, StoredClassification> result;
    auto stmt = m_db.prepare(
        "SELECT field, suggested_version, suggested_type, suggested_role, suggested_grade, "
        "suggested_category, confidence, evidence, detector, concept, confirmed, decision_role, "
        "decision_grade, decision_category, reason, decided_by, decided_at, origin, basis_role, "
        "basis_grade, basis_category, basis_type FROM field_classifications WHERE dataset_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, datasetId);
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("read classifications"));
        StoredClassification c;
        c.field = stmt->columnText(0);
        if (!stmt->isNull(1) && !stmt->isNull(3)) {
            StoredSuggestion s;
            s.datasetVersion = int(stmt->columnInt(1));
            s.type = text(*stmt, 2);
            s.suggestion.role = roleOf(text(*stmt, 3));
            s.suggestion.grade = int(stmt->columnInt(4));
            s.suggestion.category = categoryOf(text(*stmt, 5));
            s.suggestion.confidence = stmt->columnDouble(6);
            s.suggestion.evidence = text(*stmt, 7);
            s.suggestion.detector = text(*stmt, 8);
            s.suggestion.conceptId = text(*stmt, 9);
            c.suggestion = s;
        }
        FieldDecision &d = c.decision;
        d.confirmed = stmt->columnInt(10) != 0;
        d.hasValues = !stmt->isNull(11);
        if (d.hasValues) {
            d.role = roleOf(text(*stmt, 11));
            d.grade = int(stmt->columnInt(12));
            d.category = categoryOf(text(*stmt, 13));
        }
        d.confirmed = d.confirmed && d.hasValues;
        d.reason = text(*stmt, 14);
        d.decidedBy = text(*stmt, 15);
        d.decidedAt = text(*stmt, 16);
        d.origin = text(*stmt, 17);
        d.hasBasis = !stmt->isNull(18);
        if (d.hasBasis) {
            d.basisRole = roleOf(text(*stmt, 18));
            d.basisGrade = int(stmt->columnInt(19));
            d.basisCategory = categoryOf(text(*stmt, 20));
            d.basisType = text(*stmt, 21);
        }
        result.insert(c.field, std::move(c));
    }
    return result;
}

Status ClassificationStore::storeSuggestions(qint64 datasetId, int datasetVersion,
                                             const QList<FieldProfile> &profiles,
                                             const QList<Suggestion> &suggestions)
{
    auto upsert = m_db.prepare(
        "INSERT INTO field_classifications (dataset_id, field, suggested_version, suggested_type, "
        "suggested_role, suggested_grade, suggested_category, confidence, evidence, detector, "
        "concept) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (dataset_id, field) DO UPDATE SET suggested_version = excluded.suggested_version, "
        "suggested_type = excluded.suggested_type, suggested_role = excluded.suggested_role, "
        "suggested_grade = excluded.suggested_grade, suggested_category = excluded.suggested_category, "
        "confidence = excluded.confidence, evidence = excluded.evidence, "
        "detector = excluded.detector, concept = excluded.concept");
    if (!upsert)
        return upsert.error();
    for (int i = 0; i < profiles.size() && i < suggestions.size(); ++i) {
        const Suggestion &s = suggestions.at(i);
        upsert->bind(1, datasetId);
        upsert->bind(2, profiles.at(i).name);
        upsert->bind(3, qint64(datasetVersion));
        upsert->bind(4, profiles.at(i).type);
        upsert->bind(5, fieldRoleName(s.role));
        upsert->bind(6, qint64(s.grade));
        upsert->bind(7, dataCategoryName(s.category));
        upsert->bind(8, s.confidence);
        upsert->bind(9, s.evidence);
        bindOptionalText(*upsert, 10, !s.detector.isEmpty(), s.detector);
        bindOptionalText(*upsert, 11, !s.conceptId.isEmpty(), s.conceptId);
        if (Status st = upsert->run(m_db.handle(), QStringLiteral("store suggestion")); !st)
            return st;
    }
    return {};
}

Status ClassificationStore::storeDecision(qint64 datasetId, const QString &field,
                                          const FieldDecision &d)
{
    auto upsert = m_db.prepare(
        "INSERT INTO field_classifications (dataset_id, field, confirmed, decision_role, "
        "decision_grade, decision_category, reason, decided_by, decided_at, origin, basis_role, "
        "basis_grade, basis_category, basis_type) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
        "ON CONFLICT (dataset_id, field) DO UPDATE SET confirmed = excluded.confirmed, "
        "decision_role = excluded.decision_role, decision_grade = excluded.decision_grade, "
        "decision_category = excluded.decision_category, reason = excluded.reason, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at, "
        "origin = excluded.origin, basis_role = excluded.basis_role, "
        "basis_grade = excluded.basis_grade, basis_category = excluded.basis_category, "
        "basis_type = excluded.basis_type");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, datasetId);
    upsert->bind(2, field);
    upsert->bind(3, qint64(d.confirmed && d.hasValues ? 1 : 0));
    bindOptionalText(*upsert, 4, d.hasValues, fieldRoleName(d.role));
    bindOptionalInt(*upsert, 5, d.hasValues, d.grade);
    bindOptionalText(*upsert, 6, d.hasValues, dataCategoryName(d.category));
    bindOptionalText(*upsert, 7, !d.reason.isEmpty(), d.reason);
    bindOptionalText(*upsert, 8, !d.decidedBy.isEmpty(), d.decidedBy);
    bindOptionalText(*upsert, 9, !d.decidedAt.isEmpty(), d.decidedAt);
    bindOptionalText(*upsert, 10, !d.origin.isEmpty(), d.origin);
    bindOptionalText(*upsert, 11, d.hasBasis, fieldRoleName(d.basisRole));
    bindOptionalInt(*upsert, 12, d.hasBasis, d.basisGrade);
    bindOptionalText(*upsert, 13, d.hasBasis, dataCategoryName(d.basisCategory));
    bindOptionalText(*upsert, 14, d.hasBasis, d.basisType);
    return upsert->run(m_db.handle(), QStringLiteral("store decision"));
}

Result<QStringList> ClassificationStore::templateNames()
{
    QStringList names;
    auto stmt = m_db.prepare("SELECT name FROM classification_templates ORDER BY name");
    if (!stmt)
        return stmt.error();
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("read templates"));
        names.append(stmt->columnText(0));
    }
    return names;
}

Result<std::optional<QByteArray>> ClassificationStore::templateJson(const QString &name)
{
    return m_db.queryUtf8("SELECT content FROM classification_templates WHERE name = ?", name,
                          QStringLiteral("read template"));
}

Status ClassificationStore::storeTemplate(const QString &name, const QByteArray &json)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO classification_templates (name, content, "
                             "saved_at, saved_by) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    stmt->bind(2, json);
    stmt->bind(3, AuditTrail::now());
    stmt->bind(4, currentOsUser());
    return stmt->run(m_db.handle(), QStringLiteral("store template"));
}

Status ClassificationStore::removeTemplate(const QString &name)
{
    auto stmt = m_db.prepare("DELETE FROM classification_templates WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    return stmt->run(m_db.handle(), QStringLiteral("delete template"));
}

} // namespace steward
