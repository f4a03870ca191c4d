#pragma once

#include "core/import/ExcelNumberFormat.h"

#include <string>
#include <string_view>

namespace steward {

// Text of spreadsheet cell values, shared by the xlsx and xls readers. Output is UTF-8/ASCII
// appended to (or assigned into) a caller-owned buffer so rows reuse their storage.

// A number as Excel stores it in the sheet XML ("42", "3.14", "1E-3", "1.0000000000000002"):
// integers and plain decimals of at most 15 significant digits are kept as written; anything
// else is rendered from its double value with Excel's 15 significant digits (see formatExcelDouble).
void excelNumberText(std::string_view stored, std::string &out);

// A double as Excel shows it at full precision: at most 15 significant digits, trailing zeros
// dropped, plain notation ("0.001", "123456789012345000") unless the magnitude is extreme
// ("1.5E+300"). Never 17-digit noise such as "1.0000000000000002".
void formatExcelDouble(double value, std::string &out);

// A date/time serial number as ISO text: "2024-01-02" (date formats, whole days),
// "2024-01-02 13:45:00" (a time part, or a date-and-time format), "13:45:00" (time formats, less
// than one day), "25:30:00" (elapsed [h] formats). The 1900 system reproduces Excel's fictitious
// 1900-02-29 (serial 60); date1904 selects the 1904 system. Returns false (leaving `out` alone)
// when the value is no representable date (negative, beyond 9999-12-31, not finite).
bool excelSerialText(double serial, ExcelDateKind kind, bool date1904, std::string &out);

// An ISO 8601 date cell (xlsx t="d", e.g. "2024-01-02T13:45:00Z") in the same form as above.
void excelIsoDateText(std::string_view stored, std::string &out);

} // namespace steward
