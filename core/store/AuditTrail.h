#pragma once

#include "core/common/Result.h"
#include "core/store/AuditEntry.h"
#include "core/store/Sqlite.h"

#include <QList>

namespace steward {

// The append-only audit trail of a project (table `audit`), protected by a SHA-256 hash chain:
//   hash = SHA-256(encode(prev_hash) ‖ encode(id) ‖ encode(at) ‖ encode(user) ‖ encode(action)
//                  ‖ encode(target) ‖ encode(detail))
// where encode(x) is the UTF-8 bytes of x (id in decimal, NULL as empty) preceded by their length
// as an unsigned 64-bit big-endian integer, and prev_hash of the first entry is 64 zeros.
// Hashes are stored as lower-case hex. Editing, deleting or reordering an entry breaks the chain
// from that entry on.
class AuditTrail final {
public:
    explicit AuditTrail(sql::Database &db) : m_db(db) {}

    // Appends an entry by the current OS user, now. Joins the caller's transaction if one is
    // open, otherwise runs in its own. detailJson must not contain cell values.
    Status append(const QString &action, const QString &target = {},
                  const QString &detailJson = {});
    // Appends with an explicit user and time (ISO 8601 UTC); for imports of history and tests.
    Status append(const QString &action, const QString &target, const QString &detailJson,
                  const QString &user, const QString &at);

    // All entries, oldest first.
    Result<QList<AuditEntry>> entries();
    // Checks every link and hash of the chain.
    Result<AuditVerification> verify();
    // The same check of entries already read (oldest first).
    static AuditVerification verify(const QList<AuditEntry> &entries);

    static QString genesisHash();
    static QString computeHash(const QString &prevHash, qint64 id, const QString &at,
                               const QString &user, const QString &action, const QString &target,
                               const QString &detail);
    // Current UTC time in the stored format.
    static QString now();

private:
    sql::Database &m_db;
};

} // namespace steward
