#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward {

class SheetSelection final {
    Q_DECLARE_TR_FUNCTIONS(steward::SheetSelection)
public:
    // Picks the sheet the user asked for (ImportOptions::sheet) among a workbook's sheet names:
    // an exact name, then a case-insensitive name, then a 1-based index; empty means the first
    // sheet. Otherwise BadInput listing the available names (workbook structure, not patient
    // data).
    static Result<int> select(const QStringList &names, const QString &wanted,
                              const QString &filePath);
};

} // namespace steward
