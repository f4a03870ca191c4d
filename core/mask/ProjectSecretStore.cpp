#include "core/mask/ProjectSecretStore.h"

#include "core/store/ProjectStore.h"
#include "core/store/WriteScope.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonDocument>
#include <QJsonObject>


namespace steward {

namespace {

const QString kKey = QStringLiteral("secret");

} // namespace

bool ProjectSecretStore::exists()
{
    return !m_store.meta(kKey).isEmpty();
}

Result<ProjectSecret> ProjectSecretStore::obtain(const QString &passphrase)
{
    const QString document = m_store.meta(kKey);
    if (!document.isEmpty())
        return ProjectSecret::unwrap(document.toUtf8(), passphrase);
    auto secret = ProjectSecret::generate();
    if (!secret)
        return secret.error();
    if (Status s = write(*secret, passphrase, QStringLiteral("secret.create")); !s)
        return s.error();
    return secret;
}

Status ProjectSecretStore::store(const ProjectSecret &secret, const QString &passphrase)
{
    return write(secret, passphrase, QStringLiteral("secret.restore"));
}

Status ProjectSecretStore::write(const ProjectSecret &secret, const QString &passphrase,
                                 const QString &action)
{
    auto wrapped = secret.wrap(passphrase);
    if (!wrapped)
        return wrapped.error();
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "project_secret");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto stmt = db.prepare("INSERT INTO project (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kKey);
    stmt->bind(2, *wrapped);
    if (Status s = stmt->run(db.handle(), QStringLiteral("store the project secret")); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("fingerprint"), secret.fingerprint()}};
    if (Status s = ProjectStore::appendAudit(
            db, action, QStringLiteral("project"),
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return scope.commit();
}

} // namespace steward
