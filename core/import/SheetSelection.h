#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace steward {

// Picks the sheet the user asked for (ImportOptions::sheet) among a workbook's sheet names:
// an exact name, then a case-insensitive name, then a 1-based index; empty means the first
// sheet. Otherwise BadInput listing the available names (workbook structure, not patient data).
Result<int> selectSheet(const QStringList &names, const QString &wanted, const QString &filePath);

} // namespace steward
