#pragma once

#include <QStringView>

namespace steward {

// What a spreadsheet number format makes of a numeric cell: a plain number, or a date/time
// serial number (days since the workbook's epoch, the fraction being the time of day).
enum class ExcelDateKind {
    None,     // a number
    Date,     // y, m, d only
    Time,     // h, m, s only (time of day)
    DateTime, // both
    Elapsed,  // [h]:mm:ss and friends: a duration that may exceed one day
};

// Classification of Excel's built-in number formats (ids below 164): 14-22, 27-36, 45-47 and
// 50-58 are dates/times.
ExcelDateKind excelBuiltinFormatKind(int numFmtId);

// Classification of a custom format code such as "yyyy-mm-dd hh:mm" or "#,##0.00": looks at the
// first section only, ignoring quoted text, escapes, [colour]/[$-locale] brackets, AM/PM markers
// and "General". "m" is a minute next to h or s, otherwise a month.
ExcelDateKind excelFormatCodeKind(QStringView code);

} // namespace steward
