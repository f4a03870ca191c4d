#pragma once

#include <QString>

namespace steward::ui {

// What a file given to the GUI is (command line, drop, double-click): by its name first
// (".steward", ".review.zip", ".zip", ".zip.age"), else by its first bytes, and a ".zip" by
// whether its directory names a review.json.
enum class PackageFileKind { Project, ReviewPackage, ExportPackage };

PackageFileKind packageFileKind(const QString &path);

} // namespace steward::ui
