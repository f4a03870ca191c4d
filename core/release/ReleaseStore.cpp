#include "core/release/ReleaseStore.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace steward {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QDateTime utcTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &v : value.toArray())
        items.append(v.toString());
    return items;
}

// Everything of a release that has no column of its own (never name, state, mode, policy or
// datasets, which do).
QJsonObject settingsJson(const Release &r)
{
    return QJsonObject{
        {QStringLiteral("provider"), r.providerOrganisation},
        {QStringLiteral("recipient"), r.recipientOrganisation},
        {QStringLiteral("contact"), r.recipientContact},
        {QStringLiteral("users"), QJsonArray::fromStringList(r.users)},
        {QStringLiteral("purpose"), r.purpose},
        {QStringLiteral("legal_basis"), r.legalBasis ? QJsonValue(legalBasisName(*r.legalBasis))
                                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("legal_basis_text"), r.legalBasisText},
        {QStringLiteral("retention_months"), r.retentionMonths},
        {QStringLiteral("start"), r.startDate.isValid()
                                      ? QJsonValue(r.startDate.toString(Qt::ISODate))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("end"), r.endDate.isValid() ? QJsonValue(r.endDate.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lang"), r.language},
        {QStringLiteral("consent_purpose"), r.consentPurpose},
    };
}

void readSettings(const QJsonObject &s, Release &r)
{
    r.providerOrganisation = s.value(QStringLiteral("provider")).toString();
    r.recipientOrganisation = s.value(QStringLiteral("recipient")).toString();
    r.recipientContact = s.value(QStringLiteral("contact")).toString();
    r.users = stringList(s.value(QStringLiteral("users")));
    r.purpose = s.value(QStringLiteral("purpose")).toString();
    const QString basis = s.value(QStringLiteral("legal_basis")).toString();
    r.legalBasis = basis.isEmpty() ? std::nullopt : legalBasisFromName(basis);
    r.legalBasisText = s.value(QStringLiteral("legal_basis_text")).toString();
    r.retentionMonths = s.value(QStringLiteral("retention_months")).toInt();
    r.startDate = QDate::fromString(s.value(QStringLiteral("start")).toString(), Qt::ISODate);
    r.endDate = QDate::fromString(s.value(QStringLiteral("end")).toString(), Qt::ISODate);
    r.consentPurpose = s.value(QStringLiteral("consent_purpose")).toString();
    const QString lang = s.value(QStringLiteral("lang")).toString();
    if (!lang.isEmpty())
        r.language = lang;
}

} // namespace

Result<QStringList> ReleaseStore::names()
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT name FROM releases ORDER BY name");
    if (!stmt)
        return stmt.error();
    QStringList names;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("list releases"));
        names.append(stmt->columnText(0));
    }
    return names;
}

Result<QList<ReleaseDatasetRef>> ReleaseStore::datasetRefs(qint64 releaseId)
{
    sql::Database &db = StoreAccess::db(m_store);
    // By id, so that a rename follows. A deleted dataset whose name was imported anew (a new
    // extract imported instead of replacing the old one) is that new dataset: measurements and
    // documents go by name, and the documents show what changed.
    auto stmt = db.prepare(
        "SELECT COALESCE(d.id, n.id, rd.dataset_id), COALESCE(d.name, rd.dataset_name), "
        "d.id IS NOT NULL OR n.id IS NOT NULL "
        "FROM release_datasets rd LEFT JOIN datasets d ON d.id = rd.dataset_id "
        "LEFT JOIN datasets n ON d.id IS NULL AND n.name = rd.dataset_name "
        "WHERE rd.release_id = ? ORDER BY rd.position");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    QList<ReleaseDatasetRef> refs;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read release datasets"));
        refs.append(ReleaseDatasetRef{stmt->columnInt(0), stmt->columnText(1),
                                      stmt->columnInt(2) != 0});
    }
    return refs;
}

Result<std::optional<Release>> ReleaseStore::load(const QString &name)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT id, name, state, mode, settings, policy, created_by, "
                           "created_at, updated_at FROM releases WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read release"));
    if (step == sql::Statement::StepResult::Done)
        return std::optional<Release>();

    Release r;
    r.id = stmt->columnInt(0);
    r.name = stmt->columnText(1);
    r.state = stmt->columnText(2);
    const auto mode = sharingModeFromName(stmt->columnText(3));
    const QJsonDocument settings = QJsonDocument::fromJson(stmt->columnText(4).toUtf8());
    const QJsonDocument policyDoc = QJsonDocument::fromJson(stmt->columnText(5).toUtf8());
    auto policy = policyDoc.isObject() ? ReleasePolicy::fromJson(policyDoc.object())
                                       : Result<ReleasePolicy>(Error::badInput(QString()));
    if (!mode || !settings.isObject() || !policy)
        return Error::badInput(tr("the stored release %1 is not readable").arg(r.name));
    r.mode = *mode;
    r.policy = *policy;
    readSettings(settings.object(), r);
    r.createdBy = stmt->columnText(6);
    r.createdAt = utcTime(stmt->columnText(7));
    r.updatedAt = utcTime(stmt->columnText(8));

    auto refs = datasetRefs(r.id);
    if (!refs)
        return refs.error();
    for (const ReleaseDatasetRef &ref : std::as_const(*refs))
        r.datasets.append(ref.name);

    auto exports = db.prepare("SELECT at, sha256, file, signer, signer_fingerprint, recipient, "
                              "encryption, content_hash FROM release_exports "
                              "WHERE release_id = ? ORDER BY at DESC, id DESC");
    if (!exports)
        return exports.error();
    exports->bind(1, r.id);
    for (;;) {
        const auto s = exports->step();
        if (s == sql::Statement::StepResult::Done)
            break;
        if (s == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read release exports"));
        ReleaseExport e;
        e.at = utcTime(exports->columnText(0));
        e.sha256 = exports->columnText(1);
        e.file = exports->columnText(2);
        e.signer = exports->columnText(3);
        e.signerFingerprint = exports->columnText(4);
        e.recipient = exports->columnText(5);
        e.encryption = exports->columnText(6);
        e.contentHash = exports->columnText(7);
        r.exports.append(e);
    }
    return std::optional<Release>(std::move(r));
}

Result<std::optional<ReleaseDatasetRef>> ReleaseStore::findDataset(const QString &name)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT id, name FROM datasets WHERE name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    const auto r = stmt->step();
    if (r == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("find dataset"));
    if (r == sql::Statement::StepResult::Done)
        return std::optional<ReleaseDatasetRef>();
    return std::optional<ReleaseDatasetRef>(
        ReleaseDatasetRef{stmt->columnInt(0), stmt->columnText(1), true});
}

Result<bool> ReleaseStore::nameTaken(const QString &name, qint64 exceptId)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT COUNT(*) FROM releases WHERE name = ? AND id <> ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    stmt->bind(2, exceptId);
    if (stmt->step() != sql::Statement::StepResult::Row)
        return db.lastError(QStringLiteral("check release name"));
    return stmt->columnInt(0) > 0;
}

Result<qint64> ReleaseStore::save(const Release &release, const QList<ReleaseDatasetRef> &datasets)
{
    sql::Database &db = StoreAccess::db(m_store);
    qint64 id = release.id;
    const QString settings = compact(settingsJson(release));
    const QString policy = compact(release.policy.toJson());
    const QString createdAt = release.createdAt.toUTC().toString(Qt::ISODateWithMs);
    const QString updatedAt = release.updatedAt.toUTC().toString(Qt::ISODateWithMs);
    if (id == 0) {
        auto insert = db.prepare(
            "INSERT INTO releases (name, state, mode, settings, policy, created_by, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!insert)
            return insert.error();
        insert->bind(1, release.name);
        insert->bind(2, release.state);
        insert->bind(3, sharingModeName(release.mode));
        insert->bind(4, settings);
        insert->bind(5, policy);
        insert->bind(6, release.createdBy);
        insert->bind(7, createdAt);
        insert->bind(8, updatedAt);
        if (Status s = insert->run(db.handle(), QStringLiteral("store release")); !s)
            return s.error();
        id = db.lastInsertRowId();
    } else {
        auto update = db.prepare("UPDATE releases SET name = ?1, state = ?2, mode = ?3, "
                                 "settings = ?4, policy = ?5, updated_at = ?6 WHERE id = ?7");
        if (!update)
            return update.error();
        update->bind(1, release.name);
        update->bind(2, release.state);
        update->bind(3, sharingModeName(release.mode));
        update->bind(4, settings);
        update->bind(5, policy);
        update->bind(6, updatedAt);
        update->bind(7, id);
        if (Status s = update->run(db.handle(), QStringLiteral("store release")); !s)
            return s.error();
        auto clear = db.prepare("DELETE FROM release_datasets WHERE release_id = ?");
        if (!clear)
            return clear.error();
        clear->bind(1, id);
        if (Status s = clear->run(db.handle(), QStringLiteral("store release datasets")); !s)
            return s.error();
    }
    auto add = db.prepare("INSERT INTO release_datasets (release_id, position, dataset_id, "
                          "dataset_name) VALUES (?1, ?2, ?3, ?4)");
    if (!add)
        return add.error();
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        add->reset();
        add->bind(1, id);
        add->bind(2, qint64(i));
        add->bind(3, datasets.at(i).id);
        add->bind(4, datasets.at(i).name);
        if (Status s = add->run(db.handle(), QStringLiteral("store release datasets")); !s)
            return s.error();
    }
    return id;
}

Result<qint64> ReleaseStore::exportCount(qint64 releaseId)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare("SELECT COUNT(*) FROM release_exports WHERE release_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    if (stmt->step() != sql::Statement::StepResult::Row)
        return db.lastError(QStringLiteral("count release exports"));
    return stmt->columnInt(0);
}

Status ReleaseStore::remove(qint64 releaseId)
{
    sql::Database &db = StoreAccess::db(m_store);
    // The documents and the dataset list go with the release (also ON DELETE CASCADE; explicit so
    // that nothing depends on the connection's foreign-key setting).
    for (const char *sql : {"DELETE FROM release_documents WHERE release_id = ?",
                            "DELETE FROM release_datasets WHERE release_id = ?",
                            "DELETE FROM releases WHERE id = ?"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, releaseId);
        if (Status s = stmt->run(db.handle(), QStringLiteral("delete release")); !s)
            return s;
    }
    return {};
}

} // namespace steward
