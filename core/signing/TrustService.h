#pragma once

#include "core/common/Result.h"
#include "core/signing/PublicKey.h"
#include "core/signing/SignerRole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class ProjectStore;

// A public key the project trusts for one role (schema v6 table trusted_keys). One key may be
// trusted for several roles (one row each).
struct TrustedKey {
    PublicKey key;
    SignerRole role = SignerRole::Compliance;
    QString name;       // from the .pub comment or given at `trust add`
    QDateTime addedAt;  // UTC
    QString addedBy;    // OS user

    QString fingerprint() const { return key.fingerprint(); }
    QJsonObject toJson() const; // {"fingerprint", "name", "role", "public_key", "added_at", "added_by"}
};

// `trust add|list|remove` and the GUI's Trusted Keys dialog: one transaction and one audit entry
// per change ("trust.add", "trust.remove"; detail: fingerprint, role, name).
class TrustService final {
    Q_DECLARE_TR_FUNCTIONS(steward::TrustService)
public:
    explicit TrustService(ProjectStore &store) : m_store(store) {}

    Result<QList<TrustedKey>> list(); // by role, then name
    // BadInput when already trusted for that role. `name` empty: the key's comment name, else its
    // fingerprint.
    Result<TrustedKey> add(const PublicKey &key, SignerRole role, const QString &name = {});
    // Removes every role of the key with this fingerprint (16 hex digits, any case).
    // BadInput when no such key is trusted.
    Status remove(const QString &fingerprint);
    // The roles a key id is trusted for (empty when unknown).
    Result<QList<TrustedKey>> find(const QByteArray &keyId);

private:
    ProjectStore &m_store;
};

} // namespace steward
