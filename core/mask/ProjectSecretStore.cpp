#include "mask/ProjectSecretStore.h"

#include "store/ProjectStore.h"
#include "store/Sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

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
    sql::Database &db = m_store.db();
    const bool nested = !sqlite3_get_autocommit(db.handle());
    if (Status s = db.exec(nested ? "SAVEPOINT project_secret" : "BEGIN IMMEDIATE"); !s)
        return s;
    auto fail = [&db, nested](const Status &s) {
        (void)db.exec(nested ? "ROLLBACK TO project_secret; RELEASE project_secret" : "ROLLBACK");
        return s;
    };
    auto stmt = db.prepare("INSERT INTO project (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, kKey);
    stmt->bind(2, *wrapped);
    if (Status s = stmt->run(db.handle(), QStringLiteral("store the project secret")); !s)
        return fail(s);
    const QJsonObject detail{{QStringLiteral("fingerprint"), secret.fingerprint()}};
    if (Status s = ProjectStore::appendAudit(
            db, action, QStringLiteral("project"),
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return fail(s);
    if (Status s = db.exec(nested ? "RELEASE project_secret" : "COMMIT"); !s)
        return fail(s);
    return {};
}

} // namespace steward
