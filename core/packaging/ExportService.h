#pragma once

#include "core/age/AgeFile.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/mask/ProjectSecret.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace steward {

class ProjectStore;
class SigningIdentity;

struct ExportRequest {
    QString release;
    QString outPath;                           // FILE.zip (or FILE.zip.age when encrypted; the path is used as given)
    const SigningIdentity *steward = nullptr;  // must be trusted by the project for role "steward"
    std::optional<AgeEncryptionTarget> encryption;
    std::optional<ProjectSecret> secret;       // the GUI's unlocked secret, else `passphrase` is asked
    std::function<Result<QString>()> passphrase;
};

struct ExportResult {
    QString package;  // absolute path
    int files = 0;    // files in the bag
    QString sha256;   // of the file written (after encryption)
    QJsonObject toJson() const; // {"package", "files", "sha256"}
};

// `export` and the GUI's Export: only an approved release whose every gate holds (Policy error
// listing the failing gates otherwise, nothing written). Measures and masks the data again as it
// leaves (consent exclusions and record suppression applied), streams it into the bag (memory does
// not grow with rows), signs the tag manifest with the steward's key, encrypts when asked, writes
// to a temporary file in the target folder and renames it on success (nothing left on failure or
// cancel), then records the export in the release register (release_exports) and the audit trail
// ("release.export": release, package sha256, signer fingerprint, encryption kind) in one
// transaction.
class ExportService final {
    Q_DECLARE_TR_FUNCTIONS(steward::ExportService)
public:
    explicit ExportService(ProjectStore &store) : m_store(store) {}
    Result<ExportResult> exportRelease(const ExportRequest &request, const ProgressCallback &progress = {},
                                       const CancellationToken *cancel = nullptr);
    // Policy error (exit 3) when the release is not approved, naming the gates that do not hold
    // as far as they can be measured without the project secret. Asks for nothing: callers check
    // it before reading a key or a passphrase, so a draft is refused before anything is asked.
    Status refuseUnapproved(const QString &release, const CancellationToken *cancel = nullptr);

private:
    ProjectStore &m_store;
};

} // namespace steward
