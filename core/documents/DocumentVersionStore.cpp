#include "core/documents/DocumentVersionStore.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

namespace {

constexpr const char *kColumns =
    "SELECT version, action, restored_from, content, facts, saved_by, saved_at "
    "FROM release_documents WHERE release_id = ?1 AND kind = ?2";

Result<DocumentVersion> readRow(const sql::Statement &stmt, qint64 releaseId, DocumentKind kind)
{
    DocumentVersion v;
    v.kind = kind;
    v.releaseId = releaseId;
    v.version = int(stmt.columnInt(0));
    v.action = stmt.columnText(1);
    v.restoredFrom = stmt.isNull(2) ? 0 : int(stmt.columnInt(2));
    v.savedBy = stmt.columnText(5);
    v.savedAt = QDateTime::fromString(stmt.columnText(6), Qt::ISODateWithMs);
    v.savedAt.setTimeSpec(Qt::UTC);
    const QByteArray content(stmt.columnUtf8(3).data(), qsizetype(stmt.columnUtf8(3).size()));
    const QByteArray facts(stmt.columnUtf8(4).data(), qsizetype(stmt.columnUtf8(4).size()));
    auto parsedContent = DocumentContent::fromJson(QJsonDocument::fromJson(content).object());
    if (!parsedContent)
        return Error::badInput(DocumentVersionStore::tr("version %1 of the %2 is not readable: %3")
                                   .arg(v.version)
                                   .arg(documentKindName(kind).toUpper(), parsedContent.error().message));
    v.content = std::move(*parsedContent);
    auto parsedFacts = DocumentFacts::fromJson(QJsonDocument::fromJson(facts).object());
    if (!parsedFacts)
        return Error::badInput(DocumentVersionStore::tr("version %1 of the %2 is not readable: %3")
                                   .arg(v.version)
                                   .arg(documentKindName(kind).toUpper(), parsedFacts.error().message));
    v.facts = std::move(*parsedFacts);
    return v;
}

Result<QList<DocumentVersion>> query(ProjectStore &store, qint64 releaseId, DocumentKind kind,
                                     const char *tail, int version)
{
    sql::Database &db = StoreAccess::db(store);
    auto stmt = db.prepare(QString::fromLatin1(kColumns) + QLatin1String(tail));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    stmt->bind(2, documentKindName(kind));
    if (version > 0)
        stmt->bind(3, qint64(version));
    QList<DocumentVersion> versions;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read document versions"));
        auto v = readRow(*stmt, releaseId, kind);
        if (!v)
            return v.error();
        versions.append(std::move(*v));
    }
    return versions;
}

} // namespace

Result<std::optional<DocumentVersion>> DocumentVersionStore::latest(qint64 releaseId,
                                                                    DocumentKind kind)
{
    auto rows = query(m_store, releaseId, kind, " ORDER BY version DESC LIMIT 1", 0);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<DocumentVersion>();
    return std::optional<DocumentVersion>(rows->first());
}

Result<std::optional<DocumentVersion>> DocumentVersionStore::find(qint64 releaseId,
                                                                  DocumentKind kind, int version)
{
    if (version <= 0)
        return std::optional<DocumentVersion>();
    auto rows = query(m_store, releaseId, kind, " AND version = ?3", version);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<DocumentVersion>();
    return std::optional<DocumentVersion>(rows->first());
}

Result<QList<DocumentVersion>> DocumentVersionStore::all(qint64 releaseId, DocumentKind kind)
{
    return query(m_store, releaseId, kind, " ORDER BY version DESC", 0);
}

Status DocumentVersionStore::insert(const DocumentVersion &version)
{
    sql::Database &db = StoreAccess::db(m_store);
    auto stmt = db.prepare(
        "INSERT INTO release_documents (release_id, kind, version, action, restored_from, "
        "content, facts, saved_by, saved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, version.releaseId);
    stmt->bind(2, documentKindName(version.kind));
    stmt->bind(3, qint64(version.version));
    stmt->bind(4, version.action);
    if (version.restoredFrom > 0)
        stmt->bind(5, qint64(version.restoredFrom));
    else
        stmt->bindNull(5);
    stmt->bind(6, QJsonDocument(version.content.toJson()).toJson(QJsonDocument::Compact));
    stmt->bind(7, QJsonDocument(version.facts.toJson()).toJson(QJsonDocument::Compact));
    stmt->bind(8, version.savedBy);
    stmt->bind(9, version.savedAt.toUTC().toString(Qt::ISODateWithMs));
    return stmt->run(db.handle(), QStringLiteral("store a document version"));
}

} // namespace steward
