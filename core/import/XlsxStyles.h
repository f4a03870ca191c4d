#pragma once

#include "core/common/Result.h"
#include "core/import/ExcelNumberFormat.h"

#include <QString>

#include <vector>

class QuaZip;

namespace steward {

// The cell formats (cellXfs) of an xlsx workbook, reduced to what the reader needs: whether a
// numeric cell with style index `s` is a date, a time, both, or a plain number.
class XlsxStyles final {
public:
    Status load(QuaZip &zip, const QString &part, const QString &filePath);

    ExcelDateKind kind(int styleIndex) const
    {
        return styleIndex >= 0 && size_t(styleIndex) < m_kinds.size() ? m_kinds[size_t(styleIndex)]
                                                                        : ExcelDateKind::None;
    }

private:
    std::vector<ExcelDateKind> m_kinds;
};

} // namespace steward
