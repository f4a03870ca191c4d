#pragma once

#include <QByteArray>
#include <QString>

namespace steward {

// Writing CSV that people open in spreadsheet programs.
class CsvText final {
public:
    // One RFC 4180 field in UTF-8. Unless `numeric`, a text starting like a formula
    // (= + - @ tab CR) gets a leading ' so that a spreadsheet shows it instead of evaluating it:
    // names, reasons and details come from outside.
    static QByteArray field(const QString &value, bool numeric = false);
    // The UTF-8 byte order mark: spreadsheet programs then read UTF-8 (Chinese) right.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace steward
