#include "core/import/XlsxWorkbook.h"

#include "core/import/SheetSelection.h"
#include "core/import/XlsxPart.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace steward {

namespace {

struct Relationship {
    QString type; // the last segment of the type URI: "worksheet", "sharedStrings", ...
    QString target;
};

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : part.left(slash + 1);
    return folder + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

// Reads a relationships part: id → (type, resolved target). External targets are skipped.
Result<QHash<QString, Relationship>> readRelationships(QuaZip &zip, const QString &relsPart,
                                                       const QString &ownerFolder,
                                                       const QString &filePath)
{
    QuaZipFile file;
    if (Status opened = XlsxPart::open(zip, file, relsPart, filePath); !opened)
        return opened.error();
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || xml.name() != QLatin1String("Relationship")) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QStringView type = attributes.value(QLatin1String("Type"));
        const QString target = QUrl::fromPercentEncoding(
            attributes.value(QLatin1String("Target")).toUtf8());
        relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                             Relationship{type.mid(type.lastIndexOf(QLatin1Char('/')) + 1)
                                              .toString(),
                                          XlsxPart::resolveTarget(ownerFolder, target)});
    }
    if (xml.hasError())
        return XlsxPart::xmlError(xml, relsPart, filePath);
    return relationships;
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"),
                                                        Qt::CaseInsensitive) == 0;
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::load(QuaZip &zip, const QString &filePath)
{
    // The package relationships name the workbook part; fall back to the usual place.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (XlsxPart::exists(zip, QStringLiteral("_rels/.rels"))) {
        Result<QHash<QString, Relationship>> root =
            readRelationships(zip, QStringLiteral("_rels/.rels"), QString(), filePath);
        if (!root)
            return root.error();
        for (const Relationship &relationship : std::as_const(*root)) {
            if (relationship.type == QLatin1String("officeDocument")) {
                workbookPart = relationship.target;
                break;
            }
        }
    }
    if (!XlsxPart::exists(zip, workbookPart)) {
        return XlsxPart::packageError(
            tr("the file is a zip archive but not an Excel workbook"),
            filePath);
    }

    const QString workbookFolder = folderOf(workbookPart);
    Result<QHash<QString, Relationship>> relationships =
        readRelationships(zip, relationshipsPartOf(workbookPart), workbookFolder, filePath);
    if (!relationships)
        return relationships.error();

    XlsxWorkbook workbook;
    for (const Relationship &relationship : std::as_const(*relationships)) {
        if (relationship.type == QLatin1String("sharedStrings"))
            workbook.m_sharedStringsPart = relationship.target;
        else if (relationship.type == QLatin1String("styles"))
            workbook.m_stylesPart = relationship.target;
    }

    QuaZipFile file;
    if (Status opened = XlsxPart::open(zip, file, workbookPart, filePath); !opened)
        return opened.error();
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            workbook.m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id")) // r:id, whatever the prefix
                    id = attribute.value().toString();
            }
            const auto found = relationships->constFind(id);
            if (found == relationships->cend())
                continue;
            if (found->type != QLatin1String("worksheet"))
                continue; // chart sheets, dialog sheets, macro sheets
            workbook.m_sheets.append(
                Sheet{attributes.value(QLatin1String("name")).toString(), found->target});
        }
    }
    if (xml.hasError())
        return XlsxPart::xmlError(xml, workbookPart, filePath);
    if (workbook.m_sheets.isEmpty()) {
        return XlsxPart::packageError(
            tr("the workbook has no worksheet"),
            filePath);
    }
    return workbook;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(m_sheets.size());
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Result<int> XlsxWorkbook::findSheet(const QString &sheet, const QString &filePath) const
{
    return SheetSelection::select(sheetNames(), sheet, filePath);
}

} // namespace steward
