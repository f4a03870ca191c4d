#pragma once

#include "core/import/RowSource.h"
#include "core/import/XlsFormulaResults.h"

#include <QCoreApplication>
#include <memory>
#include <string>
#include <vector>

namespace steward {

// Rows of one worksheet of a legacy Excel 97-2003 (.xls, BIFF) workbook, read through FreeXL.
// FreeXL parses the whole workbook when it opens it, so unlike the other sources this one holds
// the workbook in memory; .xls sheets are limited to 65,536 rows by the format, which bounds it.
// Cells become text like the xlsx reader's: numbers with Excel's 15 significant digits, dates,
// date-times and times as ISO text, strings as UTF-8, booleans TRUE/FALSE, errors "#N/A".
// FreeXL does not read formula results and reports booleans and errors as 1/0: those cells come
// from XlsFormulaResults, which reads the sheet's records itself. Rows without a value are
// skipped; the width is that of the first row with a value.
class XlsReader final : public RowSource {
    Q_DECLARE_TR_FUNCTIONS(steward::XlsReader)
public:
    static Result<std::unique_ptr<RowSource>> open(const QString &path,
                                                    const ImportOptions &options);
    // The worksheet names in workbook order.
    static Result<QStringList> sheetNames(const QString &path);
    // The error for a password-protected (encrypted) workbook, xls or xlsx.
    static Error passwordProtectedError(const QString &path);

    ~XlsReader() override;

    Result<bool> next(std::vector<std::string_view> &cells) override;
    qint64 recordLine() const override { return m_recordLine; }
    qint64 consumed() const override { return m_row; }
    qint64 total() const override { return m_rows; }
    QString encodingName() const override { return QStringLiteral("xls"); }
    QString sheetName() const override { return m_sheetName; }

private:
    XlsReader() = default;

    // Opens the workbook with FreeXL, refusing encrypted ones, and reads the sheet names.
    Status openWorkbook(const QString &path);
    Status readCell(unsigned column, std::string &out);

    const void *m_handle = nullptr;
    QString m_path;
    QString m_sheetName;
    QStringList m_sheetNames;
    unsigned m_rows = 0;
    unsigned m_columns = 0;
    unsigned m_row = 0; // the next row to read, 0-based
    qint64 m_recordLine = 0;
    int m_width = -1;
    std::vector<std::string> m_texts;
    XlsFormulaResults m_formulas;
};

} // namespace steward
