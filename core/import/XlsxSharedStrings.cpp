#include "core/import/XlsxSharedStrings.h"

#include "core/import/OoxmlText.h"
#include "core/import/XlsxPart.h"

#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace steward {

Status XlsxSharedStrings::load(QuaZip &zip, const QString &part, const QString &filePath)
{
    m_data.clear();
    m_offsets.assign(1, 0);
    QuaZipFile file;
    if (Status opened = XlsxPart::open(zip, file, part, filePath); !opened)
        return opened;

    QXmlStreamReader xml(&file);
    std::string item;
    int phoneticDepth = 0; // inside <rPh> (phonetic reading): not part of the text
    bool inText = false;   // inside a <t> that belongs to the item
    bool inItem = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == QLatin1String("si")) {
                inItem = true;
                item.clear();
            } else if (name == QLatin1String("rPh")) {
                ++phoneticDepth;
            } else if (name == QLatin1String("t")) {
                inText = inItem && phoneticDepth == 0;
            } else if (name == QLatin1String("sst")) {
                bool ok = false;
                const qlonglong unique = xml.attributes().value(QLatin1String("uniqueCount"))
                                             .toLongLong(&ok);
                if (ok && unique > 0 && unique < 50'000'000)
                    m_offsets.reserve(size_t(unique) + 1);
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("rPh")) {
                --phoneticDepth;
            } else if (name == QLatin1String("si")) {
                decodeOoxmlEscapes(item);
                m_data.append(item);
                m_offsets.push_back(m_data.size());
                inItem = false;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inText)
                appendUtf8(item, xml.text());
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return XlsxPart::xmlError(xml, part, filePath);
    m_data.shrink_to_fit();
    return Status::success();
}

} // namespace steward
