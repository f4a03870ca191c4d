#pragma once

#include "core/common/Result.h"
#include "core/import/ImportOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <string_view>
#include <vector>

namespace steward {

// A stream of records read from an input file, cells as UTF-8. Implemented by CsvReader,
// XlsxReader and XlsReader. Memory use does not grow with the file.
class RowSource {
    Q_DECLARE_TR_FUNCTIONS(steward::RowSource)
public:
    virtual ~RowSource() = default;

    // Reads the next record into `cells`. The views stay valid until the next call.
    // Returns true for a record, false at the end, or an Error with file, line and column.
    // CSV sources report ragged rows (a field count different from the first record's) as errors;
    // spreadsheet sources pad short rows with empty cells.
    virtual Result<bool> next(std::vector<std::string_view> &cells) = 0;

    // 1-based physical line (CSV) or row number (spreadsheet) where the last record started.
    virtual qint64 recordLine() const = 0;
    // For progress: input consumed so far and its total, in the same unit (bytes or rows).
    virtual qint64 consumed() const = 0;
    virtual qint64 total() const = 0;

    // What was detected or chosen, for display and to store with the dataset.
    virtual QString encodingName() const = 0;  // "utf-8", "gb18030", "utf-16le", "utf-16be", "xlsx", "xls"
    virtual QChar delimiter() const { return {}; } // null for spreadsheets
    virtual QString sheetName() const { return {}; }
};

// Opens the right reader for the file (by content: zip → xlsx, OLE2 → xls, else text).
Result<std::unique_ptr<RowSource>> openRowSource(const QString &path, const ImportOptions &options);

} // namespace steward

namespace steward {
// Sheet names of a spreadsheet (xlsx/xls) in workbook order; an empty list for text files.
Result<QStringList> listSheets(const QString &path);
} // namespace steward
