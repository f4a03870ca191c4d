#include "core/signing/TrustService.h"

#include "core/common/OsUser.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace steward {

namespace {

constexpr const char *kSelect =
    "SELECT fingerprint, public_key, name, role, added_at, added_by FROM trusted_keys";
constexpr const char *kSelectByFingerprint =
    "SELECT fingerprint, public_key, name, role, added_at, added_by FROM trusted_keys "
    "WHERE fingerprint = ?1";

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The rows of trusted_keys `sql` selects (kSelect, or kSelectByFingerprint bound to `fingerprint`),
// by role, then name.
Result<QList<TrustedKey>> query(ProjectStore &store, const char *sql, const QString &fingerprint)
{
    sql::Database &db = StoreAccess::db(store);
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!fingerprint.isEmpty())
        stmt->bind(1, fingerprint);
    QList<TrustedKey> keys;
    for (;;) {
        const auto r = stmt->step();
        if (r == sql::Statement::StepResult::Done)
            break;
        if (r == sql::Statement::StepResult::Error)
            return db.lastError(TrustService::tr("read the trusted keys"));
        TrustedKey k;
        auto key = PublicKey::parse(stmt->columnText(1).toLatin1());
        const auto role = SignerRoles::fromName(stmt->columnText(3));
        if (!key || !role)
            return Error::badInput(
                TrustService::tr("the trusted key %1 is damaged in the project").arg(stmt->columnText(0)));
        k.key = *key;
        k.name = stmt->columnText(2);
        k.role = *role;
        k.key.name = k.name;
        k.key.role = SignerRoles::name(k.role);
        k.addedAt = QDateTime::fromString(stmt->columnText(4), Qt::ISODateWithMs);
        k.addedAt.setTimeSpec(Qt::UTC);
        k.addedBy = stmt->columnText(5);
        keys.append(k);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const TrustedKey &a, const TrustedKey &b) {
        if (a.role != b.role)
            return static_cast<int>(a.role) < static_cast<int>(b.role);
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return keys;
}

} // namespace

QJsonObject TrustedKey::toJson() const
{
    return {{QStringLiteral("fingerprint"), fingerprint()},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), SignerRoles::name(role)},
            {QStringLiteral("public_key"), key.base64()},
            {QStringLiteral("added_at"), addedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("added_by"), addedBy}};
}

Result<QList<TrustedKey>> TrustService::list()
{
    return query(m_store, kSelect, {});
}

Result<QList<TrustedKey>> TrustService::find(const QByteArray &keyId)
{
    if (keyId.size() != 8)
        return QList<TrustedKey>();
    auto keys = query(m_store, kSelectByFingerprint, PublicKey::fingerprintOf(keyId));
    if (!keys)
        return keys;
    // The fingerprint is the key id: compare the whole id anyway, it is what signatures carry.
    QList<TrustedKey> matching;
    for (const TrustedKey &k : *keys) {
        if (k.key.keyId == keyId)
            matching.append(k);
    }
    return matching;
}

Result<TrustedKey> TrustService::add(const PublicKey &key, SignerRole role, const QString &name)
{
    if (key.key.size() != 32 || key.keyId.size() != 8)
        return Error::badInput(tr("not an Ed25519 public key"));
    TrustedKey trusted;
    trusted.key = key;
    trusted.role = role;
    QString n = name.simplified();
    if (n.isEmpty())
        n = key.name.simplified();
    if (n.isEmpty())
        n = key.fingerprint();
    trusted.name = n;
    trusted.key.name = n;
    trusted.addedAt = QDateTime::currentDateTimeUtc();
    trusted.addedBy = currentOsUser();

    auto existing = find(key.keyId);
    if (!existing)
        return existing.error();
    for (const TrustedKey &k : *existing) {
        if (k.role == role)
            return Error::badInput(tr("key %1 is already trusted for the role %2")
                                       .arg(key.fingerprint(), SignerRoles::name(role)));
        // One key id, two different keys: refuse rather than let a fingerprint name two keys.
        if (k.key.key != key.key)
            return Error::badInput(tr("another key with fingerprint %1 is already trusted")
                                       .arg(key.fingerprint()));
    }

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "trusted_keys");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto insert = db.prepare("INSERT INTO trusted_keys (fingerprint, public_key, name, role, "
                             "added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    insert->bind(1, trusted.fingerprint());
    insert->bind(2, key.base64());
    insert->bind(3, trusted.name);
    insert->bind(4, SignerRoles::name(role));
    insert->bind(5, trusted.addedAt.toString(Qt::ISODateWithMs));
    insert->bind(6, trusted.addedBy);
    if (Status s = insert->run(db.handle(), tr("trust a key")); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("fingerprint"), trusted.fingerprint()},
                             {QStringLiteral("role"), SignerRoles::name(role)},
                             {QStringLiteral("name"), trusted.name}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("trust.add"), trusted.fingerprint(),
                                             compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return trusted;
}

Status TrustService::remove(const QString &fingerprint)
{
    static const QRegularExpression hex16(QStringLiteral("^[0-9A-F]{16}$"));
    const QString fp = fingerprint.trimmed().toUpper();
    if (!hex16.match(fp).hasMatch())
        return Error::usage(tr("a fingerprint is 16 hexadecimal digits"));
    auto keys = query(m_store, kSelectByFingerprint, fp);
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return Error::badInput(tr("no trusted key has the fingerprint %1").arg(fp));

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "trusted_keys");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto del = db.prepare("DELETE FROM trusted_keys WHERE fingerprint = ?1");
    if (!del)
        return del.error();
    del->bind(1, fp);
    if (Status s = del->run(db.handle(), tr("remove a trusted key")); !s)
        return s;
    QStringList roles;
    for (const TrustedKey &k : *keys)
        roles << SignerRoles::name(k.role);
    const QJsonObject detail{{QStringLiteral("fingerprint"), fp},
                             {QStringLiteral("role"), roles.join(QLatin1Char(','))},
                             {QStringLiteral("name"), keys->first().name}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("trust.remove"), fp, compact(detail));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
