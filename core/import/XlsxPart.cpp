#include "core/import/XlsxPart.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace steward {

bool XlsxPart::exists(QuaZip &zip, const QString &part)
{
    return zip.setCurrentFile(part, QuaZip::csInsensitive);
}

Status XlsxPart::open(QuaZip &zip, QuaZipFile &file, const QString &part, const QString &filePath)
{
    if (!zip.setCurrentFile(part, QuaZip::csInsensitive)) {
        return packageError(tr("the workbook is incomplete: its part %1 is missing").arg(part),
                            filePath);
    }
    file.setZip(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return packageError(tr("the workbook is damaged: its part %1 cannot be read").arg(part),
                            filePath);
    }
    return Status::success();
}

Error XlsxPart::xmlError(const QXmlStreamReader &xml, const QString &part,
                         const QString &filePath, qint64 line, qint64 column)
{
    // QXmlStreamReader's own messages may quote the document (cell values): never use them.
    QString what;
    switch (xml.error()) {
    case QXmlStreamReader::PrematureEndOfDocumentError:
        what = tr("the part %1 ends unexpectedly (the file is truncated or damaged)");
        break;
    case QXmlStreamReader::NotWellFormedError:
        what = tr("the part %1 is not well-formed XML (the file is damaged)");
        break;
    case QXmlStreamReader::UnexpectedElementError:
        what = tr("the part %1 has an unexpected structure");
        break;
    case QXmlStreamReader::CustomError:
    case QXmlStreamReader::NoError:
        what = tr("the part %1 cannot be read (the file is damaged)");
        break;
    }
    QString message = what.arg(part);
    if (line > 0 && column > 0) {
        message = tr("row %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(message);
    } else if (line > 0) {
        message = tr("row %1: %2")
                      .arg(line)
                      .arg(message);
    }
    return Error::badInput(message, filePath, line, column);
}

Error XlsxPart::packageError(const QString &message, const QString &filePath)
{
    return Error::badInput(message, filePath);
}

QString XlsxPart::resolveTarget(const QString &baseFolder, const QString &target)
{
    QString joined = target.startsWith(QLatin1Char('/'))
        ? target.mid(1)
        : (baseFolder.isEmpty() ? target : baseFolder + QLatin1Char('/') + target);
    joined.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    const QStringList segments = joined.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace steward
