#pragma once

#include "core/classify/DetectorSet.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/import/ImportOptions.h"
#include "core/mask/ProjectSecret.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace steward {

// What compiling masking rules needs besides the rules: the project secret (pseudonym, shift),
// where relative table and hierarchy files are, the detectors for `scrub`, the missing-value
// markers (cells that are passed through unchanged) and the hierarchies stored in the project for
// `hierarchy` rules that name neither a file nor a builder.
struct MaskEnvironment {
    std::optional<ProjectSecret> secret;
    QString baseDirectory; // for relative recode/hierarchy files
    std::shared_ptr<const DetectorSet> detectors; // null: the built-in rules
    QStringList missingMarkers = defaultMissingMarkers();
    QHash<QString, HierarchySpec> storedHierarchies; // field → its stored hierarchy
};

} // namespace steward
