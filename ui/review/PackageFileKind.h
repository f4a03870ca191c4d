#pragma once

#include <QString>

namespace steward::ui {

// What a file given to the GUI is (command line, drop, double-click): by its name first
// (".steward", ".review.zip", ".age"), else by its first bytes (SQLite, age), and a zip by the
// names in its directory: a bag with data/review.json is a review package, another bag (bagit.txt)
// an export package. Anything else (a spreadsheet, a CSV) is Other.
enum class PackageFileKind { Other, Project, ReviewPackage, ExportPackage };

PackageFileKind packageFileKind(const QString &path);

} // namespace steward::ui
