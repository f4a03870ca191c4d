#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/mask/ProjectSecret.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace steward {

class ProjectStore;

// Writes the review package of a submitted release (PackageLayout, review.json in ReviewPackage.h):
// masked data, dictionaries, DSA and DPIA as PDF, JSON and HTML, risk, policy, gates and the
// submitted content hash. Temporary file in the target folder, renamed on success; nothing left on
// failure or cancel. Policy error when the release is not submitted. Runs on any thread with its
// own store connection.
class ReviewPackageWriter final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReviewPackageWriter)
public:
    static Status write(ProjectStore &store, const QString &release, const QString &outPath,
                        const std::optional<ProjectSecret> &secret,
                        const std::function<Result<QString>()> &passphrase,
                        const ProgressCallback &progress = {}, const CancellationToken *cancel = nullptr);
};

} // namespace steward
