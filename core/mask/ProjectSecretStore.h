#pragma once

#include "core/common/Result.h"
#include "core/mask/ProjectSecret.h"

#include <QString>

namespace steward {

class ProjectStore;

// Where a project keeps its secret: the passphrase-protected document (ProjectSecret::wrap) as the
// value of the `project` table's key "secret". Only the protected form is ever stored.
class ProjectSecretStore final {
public:
    explicit ProjectSecretStore(ProjectStore &store) : m_store(store) {}

    // Whether the project has a secret yet.
    bool exists();
    // The project's secret, unwrapped with `passphrase` (Verification, exit 4, when it is
    // wrong). When the project has none yet it is generated and stored protected by `passphrase`
    // (one transaction or savepoint, audit "secret.create" with the fingerprint only).
    Result<ProjectSecret> obtain(const QString &passphrase);
    // Replaces the stored secret (restore from a backup), audit "secret.restore".
    Status store(const ProjectSecret &secret, const QString &passphrase);

private:
    Status write(const ProjectSecret &secret, const QString &passphrase, const QString &action);

    ProjectStore &m_store;
};

} // namespace steward
