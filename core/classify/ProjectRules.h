#pragma once

#include "core/classify/DetectorSet.h"
#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace steward {

// Where a hospital teaches Steward its own formats without a rebuild: rule files (JSON, see
// core/classify/rules/README.md) that add detectors, patterns and header synonyms to the built-in
// rules. Both the GUI and the CLI load, when they exist and in this order:
//   1. the user's rule file:    $XDG_CONFIG_HOME/steward/rules.json (~/.config/steward/rules.json)
//   2. the project's rule file: next to the project, PROJECT.rules.json (study.steward.rules.json)
// then any files given explicitly (`--rules FILE`).
class ProjectRules final {
public:
    static QString userRuleFile();
    static QString projectRuleFile(const QString &projectPath);
    // The existing rule files that apply to the project, in load order.
    static QStringList ruleFiles(const QString &projectPath, const QStringList &extraFiles = {});
    // The built-in detectors plus those files; the shared built-in set when there are none.
    // A malformed file is an error naming it (FILE:LINE:COLUMN).
    static Result<std::shared_ptr<const DetectorSet>> detectors(const QString &projectPath,
                                                                 const QStringList &extraFiles = {});
};

} // namespace steward
