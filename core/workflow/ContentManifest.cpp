#include "core/workflow/ContentManifest.h"

#include "core/classify/ClassificationService.h"
#include "core/classify/Taxonomy.h"
#include "core/documents/DocumentKind.h"
#include "core/hierarchy/HierarchyStore.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace steward {

namespace {

const QString kFormat = QStringLiteral("steward-content/1");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray compact(const QJsonObject &json)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The release's settings and policy: what Release::toJson says, without what changes by itself
// (state, times, the export register).
QJsonObject releaseJson(const Release &release)
{
    QJsonObject json = release.toJson();
    for (const char *key : {"state", "created_by", "created_at", "updated_at", "exports"})
        json.remove(QLatin1String(key));
    json.insert(QStringLiteral("consent_purpose"), release.consentPurpose);
    return json;
}

Result<QJsonValue> consentJson(sql::Database &db, qint64 datasetId)
{
    auto stmt = db.prepare("SELECT sha256, attached_at FROM consent_registers WHERE dataset_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, datasetId);
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read consent register"));
    if (step == sql::Statement::StepResult::Done)
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(QJsonObject{{QStringLiteral("sha256"), stmt->columnText(0)},
                                  {QStringLiteral("attached_at"), stmt->columnText(1)}});
}

Result<QJsonObject> documentJson(sql::Database &db, qint64 releaseId, DocumentKind kind)
{
    auto stmt = db.prepare("SELECT version, content, facts FROM release_documents "
                           "WHERE release_id = ?1 AND kind = ?2 ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    stmt->bind(2, documentKindName(kind));
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read release document"));
    if (step == sql::Statement::StepResult::Done)
        return QJsonObject{{QStringLiteral("version"), 0},
                           {QStringLiteral("sha256"), QJsonValue(QJsonValue::Null)}};
    // Content and facts as stored, separated so that no split of the two reads the same.
    const QByteArray content = stmt->columnText(1).toUtf8();
    const QByteArray facts = stmt->columnText(2).toUtf8();
    const QByteArray both = QByteArray::number(content.size()) + ':' + content + facts;
    return QJsonObject{{QStringLiteral("version"), stmt->columnInt(0)},
                       {QStringLiteral("sha256"), sha256Hex(both)}};
}

Result<QJsonObject> datasetJson(ProjectStore &store, const QString &name)
{
    auto info = store.dataset(name);
    if (!info)
        return Error::badInput(ContentManifest::tr("dataset %1 of the release no longer exists")
                                   .arg(name));
    QJsonArray columns;
    for (const ColumnInfo &c : info->columns)
        columns.append(QJsonArray{c.name, columnTypeName(c.type)});

    auto classification = ClassificationService(store).load(name);
    if (!classification)
        return classification.error();
    QJsonObject fields;
    for (const FieldClassification &f : classification->fields) {
        const bool known = f.decision.confirmed || f.hasSuggestion;
        fields.insert(f.name,
                      QJsonObject{{QStringLiteral("role"), known ? QJsonValue(fieldRoleName(f.effectiveRole()))
                                                                 : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("category"),
                                   known ? QJsonValue(dataCategoryName(f.effectiveCategory()))
                                         : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("grade"), known ? QJsonValue(f.effectiveGrade())
                                                                  : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("confirmed"), !f.needsDecision()}});
    }

    auto rules = MaskRuleStore(store).load(*info);
    if (!rules)
        return rules.error();
    QJsonObject ruleTexts;
    for (const StoredMaskRule &r : std::as_const(*rules))
        ruleTexts.insert(r.field, r.rule.format());

    auto suppression = RecordSuppressionStore(store).load(*info);
    if (!suppression)
        return suppression.error();

    auto hierarchies = HierarchyStore(store).loadAll(*info);
    if (!hierarchies)
        return hierarchies.error();
    QJsonObject hierarchyHashes;
    for (const StoredHierarchy &h : std::as_const(*hierarchies))
        hierarchyHashes.insert(h.field, sha256Hex(compact(h.spec.toJson())));

    auto consent = consentJson(StoreAccess::db(store), info->id);
    if (!consent)
        return consent.error();

    return QJsonObject{
        {QStringLiteral("name"), info->name},
        {QStringLiteral("id"), info->id},
        {QStringLiteral("version"), info->version},
        {QStringLiteral("rows"), info->rowCount},
        {QStringLiteral("imported_at"), timeText(info->importedAt)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("classification"), fields},
        {QStringLiteral("rules"), ruleTexts},
        {QStringLiteral("record_suppression"),
         *suppression ? QJsonValue((*suppression)->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hierarchies"), hierarchyHashes},
        {QStringLiteral("consent"), *consent},
    };
}

// The public fingerprint of the project secret, read from its protected document (no passphrase).
QJsonValue secretFingerprint(ProjectStore &store)
{
    const QString document = store.meta(QStringLiteral("secret"));
    if (document.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonObject json = QJsonDocument::fromJson(document.toUtf8()).object();
    const QString fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    return fingerprint.isEmpty() ? QJsonValue(sha256Hex(document.toUtf8())) : QJsonValue(fingerprint);
}

QJsonObject datasetNamed(const QJsonArray &datasets, const QString &name)
{
    for (const QJsonValue &v : datasets) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

QString ContentManifest::hash() const
{
    return hashOf(content);
}

QString ContentManifest::hashOf(const QJsonObject &content)
{
    return sha256Hex(compact(content));
}

Result<ContentManifest> ContentManifest::build(ProjectStore &store, const Release &release)
{
    QJsonArray datasets;
    for (const QString &name : release.datasets) {
        auto dataset = datasetJson(store, name);
        if (!dataset)
            return dataset.error();
        datasets.append(*dataset);
    }
    sql::Database &db = StoreAccess::db(store);
    QJsonObject documents;
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        auto doc = documentJson(db, release.id, kind);
        if (!doc)
            return doc.error();
        documents.insert(documentKindName(kind), *doc);
    }
    ContentManifest manifest;
    manifest.content = QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("release"), releaseJson(release)},
        {QStringLiteral("datasets"), datasets},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("secret"), secretFingerprint(store)},
        {QStringLiteral("approvals_required"),
         QJsonObject{{QStringLiteral("compliance"), release.policy.requiredComplianceApprovals()},
                     {QStringLiteral("ethics"), release.policy.requiredEthicsApprovals()}}},
    };
    return manifest;
}

QStringList ContentManifest::changesSince(const ContentManifest &older) const
{
    QStringList changes;
    const QJsonObject &now = content;
    const QJsonObject &then = older.content;
    if (now == then)
        return changes;

    QJsonObject releaseNow = now.value(QStringLiteral("release")).toObject();
    QJsonObject releaseThen = then.value(QStringLiteral("release")).toObject();
    const QString policyKey = QStringLiteral("policy");
    if (releaseNow.value(policyKey) != releaseThen.value(policyKey))
        changes << tr("the release policy");
    releaseNow.remove(policyKey);
    releaseThen.remove(policyKey);
    if (releaseNow != releaseThen)
        changes << tr("the release settings");

    const QJsonArray datasetsNow = now.value(QStringLiteral("datasets")).toArray();
    const QJsonArray datasetsThen = then.value(QStringLiteral("datasets")).toArray();
    for (const QJsonValue &v : datasetsNow) {
        const QJsonObject d = v.toObject();
        const QString name = d.value(QStringLiteral("name")).toString();
        const QJsonObject old = datasetNamed(datasetsThen, name);
        if (old.isEmpty()) {
            changes << tr("dataset %1 joined the release").arg(name);
            continue;
        }
        auto differs = [&](std::initializer_list<const char *> keys) {
            for (const char *key : keys) {
                if (d.value(QLatin1String(key)) != old.value(QLatin1String(key)))
                    return true;
            }
            return false;
        };
        if (differs({"id", "version", "rows", "imported_at", "columns"}))
            changes << tr("the data of %1").arg(name);
        if (differs({"classification"}))
            changes << tr("the classification of %1").arg(name);
        if (differs({"rules", "record_suppression"}))
            changes << tr("the masking rules of %1").arg(name);
        if (differs({"hierarchies"}))
            changes << tr("the hierarchies of %1").arg(name);
        if (differs({"consent"}))
            changes << tr("the consent register of %1").arg(name);
    }
    for (const QJsonValue &v : datasetsThen) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        if (datasetNamed(datasetsNow, name).isEmpty())
            changes << tr("dataset %1 left the release").arg(name);
    }

    const QJsonObject docsNow = now.value(QStringLiteral("documents")).toObject();
    const QJsonObject docsThen = then.value(QStringLiteral("documents")).toObject();
    for (DocumentKind kind : {DocumentKind::Agreement, DocumentKind::Assessment}) {
        const QString key = documentKindName(kind);
        if (docsNow.value(key) != docsThen.value(key))
            changes << (kind == DocumentKind::Agreement ? tr("the data sharing agreement")
                                                        : tr("the impact assessment"));
    }
    if (now.value(QStringLiteral("secret")) != then.value(QStringLiteral("secret")))
        changes << tr("the project secret");
    if (now.value(QStringLiteral("approvals_required")) != then.value(QStringLiteral("approvals_required"))
        && !changes.contains(tr("the release policy")))
        changes << tr("the approvals required");
    if (changes.isEmpty())
        changes << tr("the release's content");
    return changes;
}

} // namespace steward
