#include "core/import/XlsxStyles.h"

#include "core/import/XlsxPart.h"

#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace steward {

Status XlsxStyles::load(QuaZip &zip, const QString &part, const QString &filePath)
{
    m_kinds.clear();
    QuaZipFile file;
    if (Status opened = XlsxPart::open(zip, file, part, filePath); !opened)
        return opened;

    QHash<int, ExcelDateKind> custom; // numFmtId → kind, for the workbook's own format codes
    std::vector<int> xfFormats;       // cellXfs in order: their numFmtId
    bool inCellXfs = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmt")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            bool ok = false;
            const int id = attributes.value(QLatin1String("numFmtId")).toInt(&ok);
            if (ok)
                custom.insert(id, excelFormatCodeKind(attributes.value(QLatin1String("formatCode"))));
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (name == QLatin1String("xf") && inCellXfs) {
            bool ok = false;
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
            xfFormats.push_back(ok ? id : 0);
        }
    }
    if (xml.hasError())
        return XlsxPart::xmlError(xml, part, filePath);

    m_kinds.reserve(xfFormats.size());
    for (int id : xfFormats) {
        const auto found = custom.constFind(id);
        m_kinds.push_back(found != custom.cend() ? *found : excelBuiltinFormatKind(id));
    }
    return Status::success();
}

} // namespace steward
