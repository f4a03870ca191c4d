#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QuaZip;

namespace steward {

// The workbook part of an xlsx package: its worksheets in workbook order (name → sheet part),
// the date system, and where the shared strings and styles are. Read from _rels/.rels, the
// workbook part and the workbook's relationships. Chart sheets are left out (they hold no cells).
class XlsxWorkbook final {
    Q_DECLARE_TR_FUNCTIONS(steward::XlsxWorkbook)
public:
    struct Sheet {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"
    };

    static Result<XlsxWorkbook> load(QuaZip &zip, const QString &filePath);

    const QList<Sheet> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    bool date1904() const { return m_date1904; }
    QString sharedStringsPart() const { return m_sharedStringsPart; } // empty when absent
    QString stylesPart() const { return m_stylesPart; }               // empty when absent

    // The sheet named `sheet` (exact, then case-insensitive), else a 1-based index; an empty
    // `sheet` is the first one. BadInput listing the sheet names when there is no such sheet.
    Result<int> findSheet(const QString &sheet, const QString &filePath) const;

private:
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
};

} // namespace steward
