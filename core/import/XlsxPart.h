#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace steward {

// Helpers for the parts (zip entries) of an xlsx package, shared by the workbook, shared-string,
// style and sheet readers. `filePath` is the workbook file, for error messages.
class XlsxPart final {
    Q_DECLARE_TR_FUNCTIONS(steward::XlsxPart)
public:
    // Opens `part` ("xl/workbook.xml", matched case-insensitively) for streaming reads.
    static Status open(QuaZip &zip, QuaZipFile &file, const QString &part,
                       const QString &filePath);
    static bool exists(QuaZip &zip, const QString &part);

    // A BadInput error for an XML part that failed to parse. Never quotes the XML (cell values);
    // `line`/`column` are the sheet row and 1-based column when known.
    static Error xmlError(const QXmlStreamReader &xml, const QString &part,
                          const QString &filePath, qint64 line = 0, qint64 column = 0);
    // A BadInput error for a package that is not a usable workbook ("part X is missing", ...).
    static Error packageError(const QString &message, const QString &filePath);

    // Resolves a relationship target against the folder of the part that owns the relationship:
    // ("xl", "worksheets/sheet1.xml") → "xl/worksheets/sheet1.xml"; absolute targets start at
    // the package root; "../" segments are applied.
    static QString resolveTarget(const QString &baseFolder, const QString &target);
};

} // namespace steward
