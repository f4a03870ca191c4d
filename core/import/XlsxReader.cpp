#include "core/import/XlsxReader.h"

#include "core/import/ExcelValueText.h"
#include "core/import/OoxmlText.h"
#include "core/import/XlsxPart.h"
#include "core/import/XlsxWorkbook.h"

#include <QCoreApplication>

#include <quazip.h>
#include <quazipfile.h>

#include <charconv>

namespace steward {

namespace {

constexpr int kMaxColumns = 16384; // A..XFD

template <class CellType>
CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == QLatin1String("n"))
        return CellType::Number;
    if (t == QLatin1String("s"))
        return CellType::Shared;
    if (t == QLatin1String("str"))
        return CellType::String;
    if (t == QLatin1String("inlineStr"))
        return CellType::Inline;
    if (t == QLatin1String("b"))
        return CellType::Boolean;
    if (t == QLatin1String("e"))
        return CellType::Error;
    if (t == QLatin1String("d"))
        return CellType::IsoDate;
    return CellType::String;
}

// "C5" → column 2 (0-based); -1 when the reference is malformed or beyond XFD.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        int letter = 0;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a' + 1;
        else
            break;
        column = column * 26 + letter;
        if (column > kMaxColumns)
            return -1;
    }
    if (i == 0)
        return -1;
    for (qsizetype k = i; k < reference.size(); ++k) {
        if (!reference[k].isDigit())
            return -1;
    }
    return column - 1;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'
                          || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'
                          || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

Error openError(const QString &path)
{
    return XlsxPart::packageError(
        XlsxReader::tr("the file is not a readable xlsx workbook: its zip archive "
                       "is damaged or truncated"),
        path);
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    if (m_file && m_file->isOpen())
        m_file->close();
    m_file.reset();
    if (m_zip)
        m_zip->close();
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return openError(path);
    Result<XlsxWorkbook> workbook = XlsxWorkbook::load(zip, path);
    if (!workbook)
        return workbook.error();
    return workbook->sheetNames();
}

Result<std::unique_ptr<RowSource>> XlsxReader::open(const QString &path,
                                                    const ImportOptions &options)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_zip = std::make_unique<QuaZip>(path);
    QuaZip &zip = *reader->m_zip;
    if (!zip.open(QuaZip::mdUnzip))
        return openError(path);

    Result<XlsxWorkbook> workbook = XlsxWorkbook::load(zip, path);
    if (!workbook)
        return workbook.error();
    Result<int> index = workbook->findSheet(options.sheet, path);
    if (!index)
        return index.error();
    const XlsxWorkbook::Sheet &sheet = workbook->sheets().at(*index);
    reader->m_sheetName = sheet.name;
    reader->m_part = sheet.part;
    reader->m_date1904 = workbook->date1904();

    // The relationships name the parts; writers that omit them use the usual names.
    QString stringsPart = workbook->sharedStringsPart();
    if (stringsPart.isEmpty() && XlsxPart::exists(zip, QStringLiteral("xl/sharedStrings.xml")))
        stringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (!stringsPart.isEmpty()) {
        if (Status loaded = reader->m_sharedStrings.load(zip, stringsPart, path); !loaded)
            return loaded.error();
    }
    QString stylesPart = workbook->stylesPart();
    if (stylesPart.isEmpty() && XlsxPart::exists(zip, QStringLiteral("xl/styles.xml")))
        stylesPart = QStringLiteral("xl/styles.xml");
    if (!stylesPart.isEmpty()) {
        if (Status loaded = reader->m_styles.load(zip, stylesPart, path); !loaded)
            return loaded.error();
    }

    reader->m_file = std::make_unique<QuaZipFile>();
    if (Status opened = XlsxPart::open(zip, *reader->m_file, sheet.part, path); !opened)
        return opened.error();
    reader->m_total = reader->m_file->usize();
    reader->m_xml.setDevice(reader->m_file.get());
    return std::unique_ptr<RowSource>(std::move(reader));
}

qint64 XlsxReader::consumed() const
{
    if (m_finished || !m_file || !m_file->isOpen())
        return m_total;
    return m_file->pos();
}

Result<bool> XlsxReader::next(std::vector<std::string_view> &cells)
{
    for (;;) {
        Result<bool> row = readRow();
        if (!row)
            return row.error();
        if (!*row)
            return false;
        if (m_lastValueColumn < 0)
            continue; // a row without any value (formatting only)
        if (m_width < 0)
            m_width = m_lastValueColumn + 1;
        cells.resize(size_t(m_width));
        for (int c = 0; c < m_width; ++c) {
            if (c >= m_rowLength)
                cells[size_t(c)] = {};
            else if (m_shared[size_t(c)] >= 0)
                cells[size_t(c)] = m_sharedStrings.at(m_shared[size_t(c)]);
            else
                cells[size_t(c)] = m_texts[size_t(c)];
        }
        m_recordLine = m_rowNumber;
        return true;
    }
}

Result<bool> XlsxReader::readRow()
{
    m_rowLength = 0;
    m_lastValueColumn = -1;
    if (m_finished)
        return false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_inSheetData
            && m_xml.name() == QLatin1String("sheetData")) {
            if (Status done = finish(); !done)
                return done.error();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!m_inSheetData) {
            if (m_xml.name() == QLatin1String("sheetData"))
                m_inSheetData = true;
            continue;
        }
        if (m_xml.name() != QLatin1String("row")) {
            m_xml.skipCurrentElement();
            continue;
        }
        bool ok = false;
        const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
        m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
        int column = -1;
        for (;;) {
            const QXmlStreamReader::TokenType inner = m_xml.readNext();
            if (inner == QXmlStreamReader::StartElement) {
                if (m_xml.name() == QLatin1String("c")) {
                    if (Status read = readCell(&column); !read)
                        return read.error();
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (inner == QXmlStreamReader::EndElement) {
                return true; // </row>
            } else if (inner == QXmlStreamReader::Invalid) {
                return xmlError(column + 1);
            }
        }
    }
    if (m_xml.hasError())
        return xmlError(0);
    m_finished = true; // a sheet without <sheetData>: no rows
    return false;
}

Status XlsxReader::readCell(int *column)
{
    CellType type = CellType::Number;
    int style = 0;
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        if (reference.isEmpty()) {
            *column += 1;
        } else {
            const int parsed = columnOfReference(reference);
            if (parsed < 0) {
                return cellError(tr("invalid cell reference"),
                                 0);
            }
            *column = parsed;
        }
        if (*column >= kMaxColumns) {
            return cellError(tr("a cell beyond the last column XFD"),
                             0);
        }
        type = cellType<CellType>(attributes.value(QLatin1String("t")));
        style = attributes.value(QLatin1String("s")).toInt();
    }

    m_value.clear();
    int phoneticDepth = 0;
    int textDepth = 0; // inside <v>, or a <t> of an inline string
    for (;;) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("v") || (name == QLatin1String("t") && phoneticDepth == 0))
                ++textDepth;
            else if (name == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (name == QLatin1String("f"))
                m_xml.skipCurrentElement(); // the formula; its cached result is in <v>
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("c"))
                return finishCell(*column, type, style);
            if (name == QLatin1String("v") || (name == QLatin1String("t") && phoneticDepth == 0))
                --textDepth;
            else if (name == QLatin1String("rPh"))
                --phoneticDepth;
            break;
        }
        case QXmlStreamReader::Characters:
            if (textDepth > 0)
                appendUtf8(m_value, m_xml.text());
            break;
        case QXmlStreamReader::Invalid:
            return xmlError(*column + 1);
        default:
            break;
        }
    }
}

Status XlsxReader::finishCell(int column, CellType type, int style)
{
    m_display.clear();
    switch (type) {
    case CellType::Shared: {
        const std::string_view text = trimmed(m_value);
        qsizetype index = -1;
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), index);
        if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size() || index < 0
            || index >= m_sharedStrings.size()) {
            return cellError(tr("a reference to a missing shared string (the file is damaged)"),
                             column + 1);
        }
        if (m_sharedStrings.at(index).empty())
            return Status::success();
        return storeShared(column, index);
    }
    case CellType::String:
    case CellType::Inline:
        decodeOoxmlEscapes(m_value);
        m_display.swap(m_value);
        break;
    case CellType::Boolean: {
        const std::string_view text = trimmed(m_value);
        if (!text.empty())
            m_display = text == "1" || text == "true" ? "TRUE" : "FALSE";
        break;
    }
    case CellType::Error:
        m_display.swap(m_value);
        break;
    case CellType::IsoDate:
        excelIsoDateText(trimmed(m_value), m_display);
        break;
    case CellType::Number: {
        const std::string_view text = trimmed(m_value);
        if (text.empty())
            break;
        const ExcelDateKind kind = m_styles.kind(style);
        if (kind != ExcelDateKind::None) {
            double serial = 0;
            const auto parsed = std::from_chars(text.data(), text.data() + text.size(), serial);
            if (parsed.ec == std::errc() && parsed.ptr == text.data() + text.size()
                && excelSerialText(serial, kind, m_date1904, m_display)) {
                break;
            }
        }
        excelNumberText(text, m_display);
        break;
    }
    }
    if (m_display.empty())
        return Status::success();
    return storeText(column);
}

Status XlsxReader::checkWidth(int column)
{
    if (m_width >= 0 && column >= m_width) {
        return cellError(tr("row %1: a value in column %2 beyond the %3 columns of the header")
                             .arg(m_rowNumber)
                             .arg(columnLetters(column))
                             .arg(m_width),
                         column + 1);
    }
    if (size_t(column) >= m_texts.size()) {
        m_texts.resize(size_t(column) + 1);
        m_shared.resize(size_t(column) + 1, -1);
    }
    for (; m_rowLength <= column; ++m_rowLength) {
        m_texts[size_t(m_rowLength)].clear();
        m_shared[size_t(m_rowLength)] = -1;
    }
    if (column > m_lastValueColumn)
        m_lastValueColumn = column;
    return Status::success();
}

Status XlsxReader::storeText(int column)
{
    if (Status fits = checkWidth(column); !fits)
        return fits;
    m_texts[size_t(column)].assign(m_display);
    m_shared[size_t(column)] = -1;
    return Status::success();
}

Status XlsxReader::storeShared(int column, qsizetype index)
{
    if (Status fits = checkWidth(column); !fits)
        return fits;
    m_shared[size_t(column)] = index;
    return Status::success();
}

Status XlsxReader::finish()
{
    // Read the rest of the part so that the zip entry's checksum is verified.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return xmlError(0);
    m_finished = true;
    m_xml.setDevice(nullptr);
    m_file->close();
    if (m_file->getZipError() != 0) {
        return XlsxPart::packageError(
            tr("the part %1 is damaged (checksum mismatch)")
                .arg(m_part),
            m_path);
    }
    return Status::success();
}

Error XlsxReader::xmlError(qint64 column) const
{
    return XlsxPart::xmlError(m_xml, m_part, m_path, m_inSheetData ? m_rowNumber : 0, column);
}

Error XlsxReader::cellError(const QString &message, qint64 column) const
{
    return Error::badInput(message, m_path, m_rowNumber, column);
}

} // namespace steward
