#pragma once

#include "core/import/RowSource.h"
#include "core/import/XlsxSharedStrings.h"
#include "core/import/XlsxStyles.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>
#include <string>
#include <vector>

class QuaZip;
class QuaZipFile;

namespace steward {

// Rows of one worksheet of an Excel .xlsx workbook. The sheet part is streamed straight out of
// the zip (QuaZipFile → QXmlStreamReader): memory does not grow with the number of rows; only
// the shared-string table is held. Cells are placed by their reference (r="C5"), gaps filled
// with empty cells; rows without any value are skipped; the width is that of the first row with
// a value, shorter rows are padded, and a value beyond it is an error. Numbers keep Excel's text
// (see excelNumberText), date/time formats give ISO text, booleans TRUE/FALSE, errors their code
// ("#N/A"). recordLine() is the sheet row number; progress counts uncompressed bytes of the
// sheet part.
class XlsxReader final : public RowSource {
    Q_DECLARE_TR_FUNCTIONS(steward::XlsxReader)
public:
    static Result<std::unique_ptr<RowSource>> open(const QString &path,
                                                    const ImportOptions &options);
    // The worksheet names in workbook order.
    static Result<QStringList> sheetNames(const QString &path);

    ~XlsxReader() override;

    Result<bool> next(std::vector<std::string_view> &cells) override;
    qint64 recordLine() const override { return m_recordLine; }
    qint64 consumed() const override;
    qint64 total() const override { return m_total; }
    QString encodingName() const override { return QStringLiteral("xlsx"); }
    QString sheetName() const override { return m_sheetName; }

private:
    enum class CellType { Number, Shared, String, Inline, Boolean, Error, IsoDate };

    XlsxReader();

    // Reads the next <row> into the row buffers; false at the end of the sheet data.
    Result<bool> readRow();
    Status readCell(int *column);
    Status finishCell(int column, CellType type, int style);
    Status checkWidth(int column); // and makes room for the value at `column`
    Status storeText(int column);  // m_display at `column`
    Status storeShared(int column, qsizetype index);
    Error xmlError(qint64 column) const;
    Error cellError(const QString &message, qint64 column) const;
    Status finish();

    QString m_path;
    QString m_part;
    QString m_sheetName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    XlsxSharedStrings m_sharedStrings;
    XlsxStyles m_styles;
    bool m_date1904 = false;
    qint64 m_total = 0;

    bool m_inSheetData = false;
    bool m_finished = false;
    qint64 m_rowNumber = 0;  // of the <row> being read
    qint64 m_recordLine = 0; // of the last row returned
    int m_width = -1;        // columns, fixed by the first row with a value

    // The current row: per column either an index into the shared strings or own text.
    std::vector<std::string> m_texts;
    std::vector<qsizetype> m_shared; // -1: use m_texts
    int m_rowLength = 0;             // columns filled (values and gaps) so far
    int m_lastValueColumn = -1;
    std::string m_value;   // scratch: the <v> or inline text of the cell being read
    std::string m_display; // scratch: its display text
};

} // namespace steward
