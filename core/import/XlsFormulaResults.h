#pragma once

#include "core/common/Result.h"

#include <QString>

#include <string>
#include <unordered_map>

namespace steward {

// What FreeXL 1.0.6 leaves out of a BIFF8 (.xls) sheet, read from the workbook stream itself:
// the cached results of formulas (FreeXL reports those cells as empty) and booleans and error
// cells (FreeXL reports them as the integers 1/0). Holds one text per such cell: "107.5",
// "2024-01-03" (a result in a date format), "TRUE", "#DIV/0!", a string result. Older BIFF
// versions (Excel 95 and before) are left to FreeXL alone.
class XlsFormulaResults final {
public:
    // The cells of sheet `sheetIndex` (0-based, workbook order) of the .xls file at `path`.
    static Result<XlsFormulaResults> read(const QString &path, int sheetIndex);

    // The text of the cell at 0-based (row, column), or null when it is no formula, boolean or
    // error cell.
    const std::string *find(unsigned row, unsigned column) const
    {
        if (m_cells.empty())
            return nullptr;
        const auto found = m_cells.find(key(row, column));
        return found == m_cells.end() ? nullptr : &found->second;
    }
    size_t size() const { return m_cells.size(); }

private:
    static quint64 key(unsigned row, unsigned column) { return (quint64(row) << 16) | column; }

    std::unordered_map<quint64, std::string> m_cells;
    friend class XlsFormulaParser;
};

} // namespace steward
