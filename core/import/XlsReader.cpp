#include "core/import/XlsReader.h"

#include "core/import/ExcelValueText.h"
#include "core/import/SheetSelection.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

#include <charconv>

namespace steward {

namespace {

QString columnLetters(unsigned column)
{
    QString letters;
    for (unsigned n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

} // namespace

Error XlsReader::passwordProtectedError(const QString &path)
{
    return Error::badInput(
        tr("the workbook is password-protected; remove the password in "
           "the spreadsheet program and import again"),
        path);
}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Status XlsReader::openWorkbook(const QString &path)
{
    m_path = path;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (opened != FREEXL_OK) {
        if (m_handle) {
            freexl_close(m_handle);
            m_handle = nullptr;
        }
        if (opened == FREEXL_INSUFFICIENT_MEMORY) {
            return Error::internal(tr("not enough memory to read the .xls workbook"));
        }
        if (opened == FREEXL_FILE_NOT_FOUND) {
            return Error::badInput(
                tr("cannot open the file"), path);
        }
        return Error::badInput(
            tr("the file is not a readable Excel 97-2003 workbook "
               "(damaged, or an unsupported Office document) [FreeXL "
               "error %1]")
                .arg(opened),
            path);
    }
    unsigned info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) != FREEXL_OK
        || info != FREEXL_BIFF_PLAIN) {
        return passwordProtectedError(path);
    }
    unsigned sheetCount = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        sheetCount = 0;
    for (unsigned i = 0; i < sheetCount && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name)
            != FREEXL_OK) {
            name = nullptr;
        }
        m_sheetNames.append(name ? QString::fromUtf8(name) : QString());
    }
    return Status::success();
}

Result<QStringList> XlsReader::sheetNames(const QString &path)
{
    XlsReader reader;
    if (Status opened = reader.openWorkbook(path); !opened)
        return opened.error();
    return reader.m_sheetNames;
}

Result<std::unique_ptr<RowSource>> XlsReader::open(const QString &path,
                                                   const ImportOptions &options)
{
    std::unique_ptr<XlsReader> reader(new XlsReader);
    if (Status opened = reader->openWorkbook(path); !opened)
        return opened.error();
    Result<int> index = SheetSelection::select(reader->m_sheetNames, options.sheet, path);
    if (!index)
        return index.error();
    reader->m_sheetName = reader->m_sheetNames.at(*index);
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(reader->m_handle, static_cast<unsigned short>(*index))
            != FREEXL_OK
        || freexl_worksheet_dimensions(reader->m_handle, &rows, &columns) != FREEXL_OK) {
        return Error::badInput(
            tr("the sheet \"%1\" cannot be read (the file is damaged)")
                .arg(reader->m_sheetName),
            path);
    }
    Result<XlsFormulaResults> formulas = XlsFormulaResults::read(path, *index);
    if (!formulas)
        return formulas.error();
    reader->m_formulas = std::move(*formulas);
    reader->m_rows = rows;
    reader->m_columns = columns;
    reader->m_texts.resize(columns);
    return std::unique_ptr<RowSource>(std::move(reader));
}

Status XlsReader::readCell(unsigned column, std::string &out)
{
    if (const std::string *text = m_formulas.find(m_row, column)) {
        out.assign(*text);
        return Status::success();
    }
    out.clear();
    FreeXL_CellValue cell;
    if (freexl_get_cell_value(m_handle, m_row, static_cast<unsigned short>(column), &cell)
        != FREEXL_OK) {
        return Error::badInput(
            tr("row %1, column %2: the cell cannot be read (the file "
               "is damaged)")
                .arg(m_row + 1)
                .arg(column + 1),
            m_path, m_row + 1, column + 1);
    }
    switch (cell.type) {
    case FREEXL_CELL_INT: {
        char buffer[16];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, cell.value.int_value);
        out.assign(buffer, result.ptr);
        break;
    }
    case FREEXL_CELL_DOUBLE:
        formatExcelDouble(cell.value.double_value, out);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        if (cell.value.text_value)
            out.assign(cell.value.text_value);
        break;
    default: // FREEXL_CELL_NULL
        break;
    }
    return Status::success();
}

Result<bool> XlsReader::next(std::vector<std::string_view> &cells)
{
    while (m_row < m_rows) {
        int lastValue = -1;
        for (unsigned c = 0; c < m_columns; ++c) {
            if (Status read = readCell(c, m_texts[c]); !read)
                return read.error();
            if (!m_texts[c].empty())
                lastValue = int(c);
        }
        const qint64 rowNumber = qint64(m_row) + 1;
        ++m_row;
        if (lastValue < 0)
            continue; // an empty row
        if (m_width < 0) {
            m_width = lastValue + 1;
        } else if (lastValue >= m_width) {
            int beyond = m_width;
            while (m_texts[size_t(beyond)].empty())
                ++beyond;
            return Error::badInput(
                tr("row %1: a value in column %2 beyond the %3 columns of the header")
                    .arg(rowNumber)
                    .arg(columnLetters(unsigned(beyond)))
                    .arg(m_width),
                m_path, rowNumber, beyond + 1);
        }
        cells.resize(size_t(m_width));
        for (int c = 0; c < m_width; ++c)
            cells[size_t(c)] = m_texts[size_t(c)];
        m_recordLine = rowNumber;
        return true;
    }
    return false;
}

} // namespace steward
