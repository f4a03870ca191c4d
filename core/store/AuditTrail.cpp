#include "core/store/AuditTrail.h"

#include "core/common/OsUser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

#include <optional>

#include <sqlite3.h>

namespace steward {

namespace {

void addField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    uchar length[8];
    qToBigEndian<quint64>(quint64(utf8.size()), length);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(length), sizeof length));
    hash.addData(utf8);
}

QString nullableText(const sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? QString() : stmt.columnText(column);
}

} // namespace

QString AuditTrail::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditTrail::computeHash(const QString &prevHash, qint64 id, const QString &at,
                                const QString &user, const QString &action, const QString &target,
                                const QString &detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, prevHash);
    addField(hash, QString::number(id));
    addField(hash, at);
    addField(hash, user);
    addField(hash, action);
    addField(hash, target);
    addField(hash, detail);
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditTrail::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status AuditTrail::append(const QString &action, const QString &target, const QString &detailJson)
{
    return append(action, target, detailJson, currentOsUser(), now());
}

Status AuditTrail::append(const QString &action, const QString &target, const QString &detailJson,
                          const QString &user, const QString &at)
{
    // Reading the chain's head and appending must not interleave with another writer.
    std::optional<sql::Transaction> own;
    if (sqlite3_get_autocommit(m_db.handle())) {
        own.emplace(m_db);
        if (!own->beginStatus())
            return own->beginStatus();
    }

    qint64 lastId = 0;
    QString prevHash = genesisHash();
    {
        auto head = m_db.prepare("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
        if (!head)
            return head.error();
        switch (head->step()) {
        case sql::Statement::StepResult::Row:
            lastId = head->columnInt(0);
            prevHash = head->columnText(1);
            break;
        case sql::Statement::StepResult::Done: break;
        case sql::Statement::StepResult::Error: return m_db.lastError(QStringLiteral("audit head"));
        }
    }

    const qint64 id = lastId + 1;
    const QString hash = computeHash(prevHash, id, at, user, action, target, detailJson);
    auto insert =
        m_db.prepare("INSERT INTO audit (id, at, user, action, target, detail, prev_hash, "
                     "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, id);
    insert->bind(2, at);
    insert->bind(3, user);
    insert->bind(4, action);
    if (target.isEmpty())
        insert->bindNull(5);
    else
        insert->bind(5, target);
    if (detailJson.isEmpty())
        insert->bindNull(6);
    else
        insert->bind(6, detailJson);
    insert->bind(7, prevHash);
    insert->bind(8, hash);
    if (Status s = insert->run(m_db.handle(), QStringLiteral("audit append")); !s)
        return s;
    if (own)
        return own->commit();
    return {};
}

Result<QList<AuditEntry>> AuditTrail::entries()
{
    auto stmt = m_db.prepare("SELECT id, at, user, action, target, detail, prev_hash, hash "
                             "FROM audit ORDER BY id");
    if (!stmt)
        return stmt.error();
    QList<AuditEntry> list;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return m_db.lastError(QStringLiteral("audit entries"));
        AuditEntry e;
        e.id = stmt->columnInt(0);
        e.at = stmt->columnText(1);
        e.user = stmt->columnText(2);
        e.action = stmt->columnText(3);
        e.target = nullableText(*stmt, 4);
        e.detail = nullableText(*stmt, 5);
        e.prevHash = stmt->columnText(6);
        e.hash = stmt->columnText(7);
        list.append(std::move(e));
    }
    return list;
}

Result<AuditVerification> AuditTrail::verify()
{
    auto list = entries();
    if (!list)
        return list.error();
    return verify(*list);
}

AuditVerification AuditTrail::verify(const QList<AuditEntry> &entries)
{
    AuditVerification result;
    QString expectedPrev = genesisHash();
    for (const AuditEntry &e : entries) {
        ++result.entries;
        const QString recomputed =
            computeHash(e.prevHash, e.id, e.at, e.user, e.action, e.target, e.detail);
        if (e.prevHash != expectedPrev || recomputed != e.hash) {
            result.ok = false;
            result.firstBrokenId = e.id;
            return result;
        }
        expectedPrev = e.hash;
    }
    return result;
}

} // namespace steward
