// Tests of the xlsx reader: every kind of cell of workbooks written by ExcelJS (committed
// fixtures, see tests/data/xlsx/README.md), sheet selection, the 1904 date system, gaps, errors
// on damaged packages, and streaming of a large sheet generated here with QuaZip. Also the
// number-format classification and value rendering shared with the xls reader.
#include "core/import/ExcelNumberFormat.h"
#include "core/import/ExcelValueText.h"
#include "core/import/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <string>

using namespace steward;

namespace {

// A sheet as read: its rows (cells as QString) and the sheet row number of each.
struct Sheet {
    QList<QStringList> rows;
    QList<qint64> lines;
};

Result<Sheet> readSheet(const QString &path, const QString &sheet = {})
{
    ImportOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<RowSource>> source = XlsxReader::open(path, options);
    if (!source)
        return source.error();
    Sheet result;
    std::vector<std::string_view> cells;
    for (;;) {
        Result<bool> row = (*source)->next(cells);
        if (!row)
            return row.error();
        if (!*row)
            break;
        QStringList texts;
        for (std::string_view cell : cells)
            texts.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
        result.rows.append(texts);
        result.lines.append((*source)->recordLine());
    }
    return result;
}

// A minimal xlsx package written with QuaZip: one or more sheets of raw <sheetData> XML, an
// optional shared-string table (raw <si> contents) and number formats.
struct Package {
    QList<QPair<QString, QByteArray>> sheets{{QStringLiteral("Sheet1"), {}}}; // name, <row>s
    QList<QByteArray> sharedStrings;         // inner XML of each <si>; none: no sst part
    QList<QPair<int, QByteArray>> numFmts;   // custom formats: id, code (XML-escaped)
    QList<int> cellXfs{0};                   // numFmtId of each cell format, s="index"
    bool date1904 = false;
    bool withWorkbook = true;
    bool withSheetParts = true;
    QByteArray rawSheet; // when set, the whole first sheet part instead of the generated one
};

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    return written && file.getZipError() == 0;
}

bool writePackage(const QString &path, const Package &package)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    bool ok = addEntry(zip, QStringLiteral("[Content_Types].xml"),
                       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                       "package/2006/content-types\"/>");
    ok = ok && addEntry(zip, QStringLiteral("_rels/.rels"),
                        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        "Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        "</Relationships>");
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                      "openxmlformats.org/package/2006/relationships\">";
    QByteArray workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\""
        + rel + "\"><workbookPr" + (package.date1904 ? " date1904=\"1\"" : "") + "/><sheets>";
    for (int i = 0; i < package.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" "
                "Target=\"worksheets/sheet" + n + ".xml\"/>";
        workbook += "<sheet name=\"" + package.sheets[i].first.toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
    }
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
    if (!package.sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rel
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    }
    rels += "</Relationships>";
    workbook += "</sheets></workbook>";
    ok = ok && addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    if (package.withWorkbook)
        ok = ok && addEntry(zip, QStringLiteral("xl/workbook.xml"), workbook);

    QByteArray styles = "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + main + "\"><numFmts>";
    for (const auto &format : package.numFmts) {
        styles += "<numFmt numFmtId=\"" + QByteArray::number(format.first) + "\" formatCode=\""
            + format.second + "\"/>";
    }
    styles += "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>";
    for (int id : package.cellXfs)
        styles += "<xf numFmtId=\"" + QByteArray::number(id) + "\" applyNumberFormat=\"1\"/>";
    styles += "</cellXfs></styleSheet>";
    ok = ok && addEntry(zip, QStringLiteral("xl/styles.xml"), styles);

    if (!package.sharedStrings.isEmpty()) {
        QByteArray sst = "<?xml version=\"1.0\"?><sst xmlns=\"" + main + "\">";
        for (const QByteArray &item : package.sharedStrings)
            sst += "<si>" + item + "</si>";
        sst += "</sst>";
        ok = ok && addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), sst);
    }
    if (package.withSheetParts) {
        for (int i = 0; i < package.sheets.size(); ++i) {
            const QByteArray sheet = i == 0 && !package.rawSheet.isEmpty()
                ? package.rawSheet
                : "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\"><sheetData>"
                    + package.sheets[i].second + "</sheetData></worksheet>";
            ok = ok && addEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheet);
        }
    }
    zip.close();
    return ok && zip.getZipError() == 0;
}

QString fixture(const QString &name)
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/xlsx/") + name;
}

} // namespace

class TestXlsxReader final : public QObject {
    Q_OBJECT

private slots:
    void init();

    // Value rendering shared by both spreadsheet readers.
    void formatCodeKind_data();
    void formatCodeKind();
    void builtinFormatKind_data();
    void builtinFormatKind();
    void numberText_data();
    void numberText();
    void serialText_data();
    void serialText();

    // Fixtures written by ExcelJS.
    void basicShape();
    void basicCells_data();
    void basicCells();
    void inlineStrings();
    void sheetSelection_data();
    void sheetSelection();
    void unknownSheet_data();
    void unknownSheet();
    void sheetNames();
    void date1904();
    void gaps();
    void wide();
    void valueBeyondHeader();
    void truncatedFile();

    // Packages written here.
    void generatedCells_data();
    void generatedCells();
    void damagedPackages_data();
    void damagedPackages();
    void streamsLargeSheet();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString copyFixture(const QString &name);
    QString packagePath(const Package &package);
};

void TestXlsxReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestXlsxReader::copyFixture(const QString &name)
{
    const QString target = m_dir->filePath(name);
    if (!QFile::exists(target) && !QFile::copy(fixture(name), target))
        return {};
    return target;
}

QString TestXlsxReader::packagePath(const Package &package)
{
    const QString path = m_dir->filePath(QStringLiteral("generated.xlsx"));
    QFile::remove(path);
    return writePackage(path, package) ? path : QString();
}

// --- number formats and value text -----------------------------------------------------------

void TestXlsxReader::formatCodeKind_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int none = int(ExcelDateKind::None);
    const int date = int(ExcelDateKind::Date);
    const int time = int(ExcelDateKind::Time);
    const int dateTime = int(ExcelDateKind::DateTime);
    const int elapsed = int(ExcelDateKind::Elapsed);
    QTest::newRow("General") << QStringLiteral("General") << none;
    QTest::newRow("0.00") << QStringLiteral("0.00") << none;
    QTest::newRow("[Red]0") << QStringLiteral("[Red]0") << none;
    QTest::newRow("#,##0 with quoted days") << QStringLiteral("#,##0\" days\"") << none;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << none;
    QTest::newRow("escaped h") << QStringLiteral("0.0\\h") << none;
    QTest::newRow("percent") << QStringLiteral("0.00%") << none;
    QTest::newRow("text @") << QStringLiteral("@") << none;
    QTest::newRow("yyyy-mm-dd") << QStringLiteral("yyyy-mm-dd") << date;
    QTest::newRow("upper-case YYYY/MM/DD") << QStringLiteral("YYYY/MM/DD") << date;
    QTest::newRow("d-mmm-yy") << QStringLiteral("d-mmm-yy") << date;
    QTest::newRow("mmm yyyy (month alone)") << QStringLiteral("mmm yyyy") << date;
    QTest::newRow("Chinese date") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << date;
    QTest::newRow("locale prefix") << QStringLiteral("[$-804]yyyy/m/d") << date;
    QTest::newRow("hh:mm") << QStringLiteral("hh:mm") << time;
    QTest::newRow("mm:ss (minutes)") << QStringLiteral("mm:ss") << time;
    QTest::newRow("h:mm AM/PM") << QStringLiteral("h:mm AM/PM") << time;
    QTest::newRow("Chinese time") << QStringLiteral("h\"时\"mm\"分\"") << time;
    QTest::newRow("yyyy-mm-dd hh:mm:ss") << QStringLiteral("yyyy-mm-dd hh:mm:ss") << dateTime;
    QTest::newRow("m/d/yyyy h:mm") << QStringLiteral("m/d/yyyy h:mm") << dateTime;
    QTest::newRow("[h]:mm:ss") << QStringLiteral("[h]:mm:ss") << elapsed;
    QTest::newRow("[mm]:ss") << QStringLiteral("[mm]:ss") << elapsed;
    QTest::newRow("second section ignored") << QStringLiteral("0;yyyy") << none;
    QTest::newRow("colour then date") << QStringLiteral("[Blue]yyyy-mm-dd") << date;
}

void TestXlsxReader::formatCodeKind()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(excelFormatCodeKind(code)), kind);
}

void TestXlsxReader::builtinFormatKind_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("0 General") << 0 << int(ExcelDateKind::None);
    QTest::newRow("2 0.00") << 2 << int(ExcelDateKind::None);
    QTest::newRow("13") << 13 << int(ExcelDateKind::None);
    QTest::newRow("14 m/d/yyyy") << 14 << int(ExcelDateKind::Date);
    QTest::newRow("17 mmm-yy") << 17 << int(ExcelDateKind::Date);
    QTest::newRow("18 h:mm AM/PM") << 18 << int(ExcelDateKind::Time);
    QTest::newRow("21 h:mm:ss") << 21 << int(ExcelDateKind::Time);
    QTest::newRow("22 m/d/yyyy h:mm") << 22 << int(ExcelDateKind::DateTime);
    QTest::newRow("23") << 23 << int(ExcelDateKind::None);
    QTest::newRow("27 CJK date") << 27 << int(ExcelDateKind::Date);
    QTest::newRow("31 yyyy年m月d日") << 31 << int(ExcelDateKind::Date);
    QTest::newRow("32 h时mm分") << 32 << int(ExcelDateKind::Time);
    QTest::newRow("36") << 36 << int(ExcelDateKind::Date);
    QTest::newRow("37 #,##0") << 37 << int(ExcelDateKind::None);
    QTest::newRow("45 mm:ss") << 45 << int(ExcelDateKind::Time);
    QTest::newRow("46 [h]:mm:ss") << 46 << int(ExcelDateKind::Elapsed);
    QTest::newRow("47 mmss.0") << 47 << int(ExcelDateKind::Time);
    QTest::newRow("49 @") << 49 << int(ExcelDateKind::None);
    QTest::newRow("50") << 50 << int(ExcelDateKind::Date);
    QTest::newRow("55") << 55 << int(ExcelDateKind::Time);
    QTest::newRow("58") << 58 << int(ExcelDateKind::Date);
    QTest::newRow("59") << 59 << int(ExcelDateKind::None);
}

void TestXlsxReader::builtinFormatKind()
{
    QFETCH(int, id);
    QFETCH(int, kind);
    QCOMPARE(int(excelBuiltinFormatKind(id)), kind);
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("negative integer") << QStringLiteral("-7") << QStringLiteral("-7");
    QTest::newRow("long integer kept") << QStringLiteral("123456789012345678")
                                       << QStringLiteral("123456789012345678");
    QTest::newRow("plain decimal kept") << QStringLiteral("3.14") << QStringLiteral("3.14");
    QTest::newRow("trailing zero kept") << QStringLiteral("1.50") << QStringLiteral("1.50");
    QTest::newRow("15 digits kept") << QStringLiteral("0.123456789012345")
                                    << QStringLiteral("0.123456789012345");
    QTest::newRow("1E-3") << QStringLiteral("1E-3") << QStringLiteral("0.001");
    QTest::newRow("1e-7") << QStringLiteral("1e-7") << QStringLiteral("0.0000001");
    QTest::newRow("2.5E+3") << QStringLiteral("2.5E+3") << QStringLiteral("2500");
    QTest::newRow("1.0000000000000002") << QStringLiteral("1.0000000000000002")
                                        << QStringLiteral("1");
    QTest::newRow("0.30000000000000004") << QStringLiteral("0.30000000000000004")
                                         << QStringLiteral("0.3");
    QTest::newRow("1.1000000000000001") << QStringLiteral("1.1000000000000001")
                                        << QStringLiteral("1.1");
    QTest::newRow("-0.10000000000000001") << QStringLiteral("-0.10000000000000001")
                                          << QStringLiteral("-0.1");
    QTest::newRow("1E+21") << QStringLiteral("1e+21") << QStringLiteral("1E+21");
    QTest::newRow("1.5E-20") << QStringLiteral("1.5e-20") << QStringLiteral("1.5E-20");
    QTest::newRow("1.2345678901234567E+19") << QStringLiteral("1.2345678901234567E+19")
                                            << QStringLiteral("12345678901234600000");
    QTest::newRow("not a number kept") << QStringLiteral("12abc") << QStringLiteral("12abc");
}

void TestXlsxReader::numberText()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    std::string out;
    excelNumberText(stored.toStdString(), out);
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestXlsxReader::serialText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected"); // empty: no date (the number is kept)
    const int date = int(ExcelDateKind::Date);
    const int time = int(ExcelDateKind::Time);
    const int dateTime = int(ExcelDateKind::DateTime);
    const int elapsed = int(ExcelDateKind::Elapsed);
    QTest::newRow("2024-01-02") << 45293.0 << date << false << QStringLiteral("2024-01-02");
    QTest::newRow("date with a time part")
        << 45293.5 << date << false << QStringLiteral("2024-01-02 12:00:00");
    QTest::newRow("datetime") << 45293.572916666664 << dateTime << false
                              << QStringLiteral("2024-01-02 13:45:00");
    QTest::newRow("datetime at midnight") << 45294.0 << dateTime << false
                                          << QStringLiteral("2024-01-03 00:00:00");
    QTest::newRow("time") << 0.5729166666666666 << time << false << QStringLiteral("13:45:00");
    QTest::newRow("time rounds to the second") << 0.99999 << time << false
                                               << QStringLiteral("23:59:59");
    QTest::newRow("time of a full date") << 45293.25 << time << false
                                         << QStringLiteral("2024-01-02 06:00:00");
    QTest::newRow("midnight time") << 0.0 << time << false << QStringLiteral("00:00:00");
    QTest::newRow("elapsed 25:30") << 1.0625 << elapsed << false << QStringLiteral("25:30:00");
    QTest::newRow("serial 1") << 1.0 << date << false << QStringLiteral("1900-01-01");
    QTest::newRow("serial 59") << 59.0 << date << false << QStringLiteral("1900-02-28");
    QTest::newRow("serial 60 (Excel's 1900-02-29)") << 60.0 << date << false
                                                    << QStringLiteral("1900-02-29");
    QTest::newRow("serial 61") << 61.0 << date << false << QStringLiteral("1900-03-01");
    QTest::newRow("2000-02-29") << 36585.0 << date << false << QStringLiteral("2000-02-29");
    QTest::newRow("9999-12-31") << 2958465.0 << date << false << QStringLiteral("9999-12-31");
    QTest::newRow("beyond 9999") << 2958466.0 << date << false << QString();
    QTest::newRow("negative") << -1.0 << date << false << QString();
    QTest::newRow("1904: serial 0") << 0.0 << date << true << QStringLiteral("1904-01-01");
    QTest::newRow("1904: 2024-01-02") << 43831.0 << date << true << QStringLiteral("2024-01-02");
    QTest::newRow("1904: datetime") << 1.5 << dateTime << true
                                    << QStringLiteral("1904-01-02 12:00:00");
}

void TestXlsxReader::serialText()
{
    QFETCH(double, serial);
    QFETCH(int, kind);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    std::string out = "unchanged";
    const bool converted = excelSerialText(serial, ExcelDateKind(kind), date1904, out);
    QCOMPARE(converted, !expected.isEmpty());
    QCOMPARE(QString::fromStdString(out), expected.isEmpty() ? QStringLiteral("unchanged") : expected);
}

// --- ExcelJS fixtures --------------------------------------------------------------------------

void TestXlsxReader::basicShape()
{
    const QString path = copyFixture(QStringLiteral("basic.xlsx"));
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsxReader::open(path, options);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
    RowSource &reader = **source;
    QCOMPARE(reader.encodingName(), QStringLiteral("xlsx"));
    QCOMPARE(reader.sheetName(), QStringLiteral("Patients"));
    QCOMPARE(reader.delimiter(), QChar());
    QVERIFY(reader.total() > 0);
    QCOMPARE(reader.consumed(), 0);

    std::vector<std::string_view> cells;
    QList<qint64> lines;
    qint64 previousConsumed = 0;
    for (;;) {
        Result<bool> row = reader.next(cells);
        QVERIFY(row.ok());
        if (!*row)
            break;
        QCOMPARE(int(cells.size()), 16);
        lines.append(reader.recordLine());
        QVERIFY(reader.consumed() >= previousConsumed);
        previousConsumed = reader.consumed();
    }
    QCOMPARE(lines, (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(reader.consumed(), reader.total());
    // At the end, next() keeps saying so.
    Result<bool> again = reader.next(cells);
    QVERIFY(again.ok());
    QVERIFY(!*again);
}

void TestXlsxReader::basicCells_data()
{
    QTest::addColumn<int>("row"); // 0 = header
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese header") << 0 << 0 << QStringLiteral("姓名");
    QTest::newRow("last header") << 0 << 15 << QStringLiteral("编号");
    QTest::newRow("Chinese text") << 1 << 0 << QStringLiteral("张三");
    QTest::newRow("XML escapes") << 3 << 0 << QStringLiteral("O'Brien & <Co>");
    QTest::newRow("integer") << 1 << 1 << QStringLiteral("45");
    QTest::newRow("zero") << 3 << 1 << QStringLiteral("0");
    QTest::newRow("decimal") << 1 << 2 << QStringLiteral("62.5");
    QTest::newRow("0.1+0.2 noise") << 2 << 2 << QStringLiteral("0.3");
    QTest::newRow("1e-7") << 3 << 2 << QStringLiteral("0.0000001");
    QTest::newRow("plain decimal") << 4 << 2 << QStringLiteral("1234567.891");
    QTest::newRow("boolean true") << 1 << 3 << QStringLiteral("TRUE");
    QTest::newRow("boolean false") << 2 << 3 << QStringLiteral("FALSE");
    QTest::newRow("empty string cell") << 1 << 4 << QString();
    QTest::newRow("absent cell") << 3 << 4 << QString();
    QTest::newRow("text") << 2 << 4 << QStringLiteral("过敏史");
    QTest::newRow("newline in cell") << 4 << 4 << QStringLiteral("line1\nline2");
    QTest::newRow("date") << 1 << 5 << QStringLiteral("2024-01-02");
    QTest::newRow("date 1900-03-01") << 3 << 5 << QStringLiteral("1900-03-01");
    QTest::newRow("date 2000-02-29") << 4 << 5 << QStringLiteral("2000-02-29");
    QTest::newRow("datetime") << 1 << 6 << QStringLiteral("2024-01-02 13:45:00");
    QTest::newRow("datetime at midnight") << 2 << 6 << QStringLiteral("2024-01-03 00:00:00");
    QTest::newRow("datetime 23:59:59") << 3 << 6 << QStringLiteral("2000-02-29 23:59:59");
    QTest::newRow("datetime noon") << 4 << 6 << QStringLiteral("1999-12-31 12:00:00");
    QTest::newRow("time") << 1 << 7 << QStringLiteral("13:45:00");
    QTest::newRow("time with seconds") << 2 << 7 << QStringLiteral("08:05:30");
    QTest::newRow("time one second") << 3 << 7 << QStringLiteral("00:00:01");
    QTest::newRow("time 23:59:59") << 4 << 7 << QStringLiteral("23:59:59");
    QTest::newRow("formula number result") << 1 << 8 << QStringLiteral("107.5");
    QTest::newRow("formula string result") << 2 << 8 << QStringLiteral("李四!");
    QTest::newRow("formula zero result") << 3 << 8 << QStringLiteral("0");
    QTest::newRow("rich text runs") << 1 << 9 << QStringLiteral("重要：青霉素过敏");
    QTest::newRow("error #N/A") << 1 << 10 << QStringLiteral("#N/A");
    QTest::newRow("error #DIV/0!") << 2 << 10 << QStringLiteral("#DIV/0!");
    QTest::newRow("Chinese date format") << 1 << 11 << QStringLiteral("2024-01-02");
    QTest::newRow("built-in format 14") << 2 << 12 << QStringLiteral("2023-12-31");
    QTest::newRow("percent format is a number") << 1 << 13 << QStringLiteral("0.125");
    QTest::newRow("negative in [Red] format") << 2 << 13 << QStringLiteral("-2.5");
    QTest::newRow("1E+21") << 1 << 14 << QStringLiteral("1E+21");
    QTest::newRow("1.5E-20") << 2 << 14 << QStringLiteral("1.5E-20");
    QTest::newRow("large integer") << 3 << 14 << QStringLiteral("123456789012");
    QTest::newRow("-1E+21") << 4 << 14 << QStringLiteral("-1E+21");
    QTest::newRow("leading zeros kept") << 1 << 15 << QStringLiteral("001234");
    QTest::newRow("trailing empty cell") << 4 << 15 << QString();
}

void TestXlsxReader::basicCells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("basic.xlsx")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->rows.size(), 5);
    QCOMPARE(sheet->rows.at(row).at(column), expected);
}

void TestXlsxReader::inlineStrings()
{
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("inline-strings.xlsx")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    const QList<QStringList> expected{
        {QStringLiteral("科室"), QStringLiteral("诊断")},
        {QStringLiteral("心内科"), QStringLiteral("高血压 II 期")},
        {QStringLiteral("Cardiology"), QStringLiteral("hypertension")},
    };
    QCOMPARE(sheet->rows, expected);
}

void TestXlsxReader::sheetSelection_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<QStringList>>("rows");
    const QList<QStringList> first{{QStringLiteral("病案号"), QStringLiteral("科室")},
                                   {QStringLiteral("A001"), QStringLiteral("心内科")},
                                   {QStringLiteral("A002"), QStringLiteral("骨科")}};
    const QList<QStringList> second{{QStringLiteral("visit"), QStringLiteral("days")},
                                    {QStringLiteral("V1"), QStringLiteral("3")},
                                    {QStringLiteral("V2"), QStringLiteral("14")},
                                    {QStringLiteral("V3"), QStringLiteral("1")}};
    QTest::newRow("default is the first") << QString() << QStringLiteral("住院记录") << first;
    QTest::newRow("Chinese name") << QStringLiteral("住院记录") << QStringLiteral("住院记录")
                                  << first;
    QTest::newRow("name") << QStringLiteral("Visits") << QStringLiteral("Visits") << second;
    QTest::newRow("name, other case") << QStringLiteral("visits") << QStringLiteral("Visits")
                                      << second;
    QTest::newRow("index 1") << QStringLiteral("1") << QStringLiteral("住院记录") << first;
    QTest::newRow("index 2") << QStringLiteral("2") << QStringLiteral("Visits") << second;
    QTest::newRow("empty sheet") << QStringLiteral("Empty") << QStringLiteral("Empty")
                                 << QList<QStringList>();
}

void TestXlsxReader::sheetSelection()
{
    QFETCH(QString, sheet);
    QFETCH(QString, name);
    QFETCH(QList<QStringList>, rows);
    const QString path = copyFixture(QStringLiteral("two-sheets.xlsx"));
    ImportOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<RowSource>> source = XlsxReader::open(path, options);
    QVERIFY(source.ok());
    QCOMPARE((*source)->sheetName(), name);
    Result<Sheet> read = readSheet(path, sheet);
    QVERIFY(read.ok());
    QCOMPARE(read->rows, rows);
}

void TestXlsxReader::unknownSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::newRow("unknown name") << QStringLiteral("Missing");
    QTest::newRow("index 0") << QStringLiteral("0");
    QTest::newRow("index past the end") << QStringLiteral("4");
}

void TestXlsxReader::unknownSheet()
{
    QFETCH(QString, sheet);
    Result<Sheet> read = readSheet(copyFixture(QStringLiteral("two-sheets.xlsx")), sheet);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::BadInput);
    QVERIFY(read.error().file.endsWith(QLatin1String("two-sheets.xlsx")));
    QVERIFY2(read.error().message.contains(QStringLiteral("住院记录, Visits, Empty")),
             qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(sheet));
}

void TestXlsxReader::sheetNames()
{
    Result<QStringList> names =
        XlsxReader::sheetNames(copyFixture(QStringLiteral("two-sheets.xlsx")));
    QVERIFY(names.ok());
    QCOMPARE(*names, (QStringList{QStringLiteral("住院记录"), QStringLiteral("Visits"),
                                  QStringLiteral("Empty")}));
}

void TestXlsxReader::date1904()
{
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("date1904.xlsx")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    const QList<QStringList> expected{
        {QStringLiteral("date"), QStringLiteral("datetime"), QStringLiteral("time"),
         QStringLiteral("number")},
        {QStringLiteral("2024-01-02"), QStringLiteral("2024-01-02 06:30:00"),
         QStringLiteral("18:00:00"), QStringLiteral("1462")},
        {QStringLiteral("1904-01-01"), QStringLiteral("1904-01-02 12:00:00"),
         QStringLiteral("00:30:00"), QStringLiteral("0")},
    };
    QCOMPARE(sheet->rows, expected);
}

void TestXlsxReader::gaps()
{
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("gaps.xlsx")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    const QString e;
    const QList<QStringList> expected{
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
         QStringLiteral("e")},
        {QStringLiteral("a2"), e, QStringLiteral("c2"), e, QStringLiteral("e2")},
        {e, QStringLiteral("b4"), e, e, e},
        {QStringLiteral("1"), QStringLiteral("2"), e, e, e},
        {QStringLiteral("a6"), e, e, e, e}, // a formatted empty cell in column H is no value
        {e, e, e, e, QStringLiteral("e7")},
    };
    QCOMPARE(sheet->rows, expected);
    QCOMPARE(sheet->lines, (QList<qint64>{1, 2, 4, 5, 6, 7})); // row 3 is absent
}

void TestXlsxReader::wide()
{
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("wide.xlsx")));
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 3);
    QCOMPARE(sheet->rows.at(0).size(), 40);
    QCOMPARE(sheet->rows.at(0).at(39), QStringLiteral("c40"));
    QCOMPARE(sheet->rows.at(1).at(27), QStringLiteral("280"));
    QCOMPARE(sheet->rows.at(2).at(27), QStringLiteral("ab3")); // AB = column 28
    QCOMPARE(sheet->rows.at(2).at(39), QStringLiteral("an3")); // AN = column 40
    QCOMPARE(sheet->rows.at(2).at(26), QString());
}

void TestXlsxReader::valueBeyondHeader()
{
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("beyond-header.xlsx")));
    QVERIFY(!sheet.ok());
    const Error &error = sheet.error();
    QCOMPARE(error.code, ErrorCode::BadInput);
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 5);
    QCOMPARE(error.message,
             QStringLiteral("row 3: a value in column E beyond the 3 columns of the header"));
    QVERIFY(error.toString().contains(QLatin1String("beyond-header.xlsx:3:5: error: ")));
}

void TestXlsxReader::truncatedFile()
{
    const QString path = copyFixture(QStringLiteral("corrupt.xlsx"));
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsxReader::open(path, options);
    QVERIFY(!source.ok());
    QCOMPARE(source.error().code, ErrorCode::BadInput);
    QCOMPARE(source.error().file, path);
    QVERIFY(source.error().message.contains(QLatin1String("damaged or truncated")));
    Result<QStringList> names = XlsxReader::sheetNames(path);
    QVERIFY(!names.ok());
    QCOMPARE(names.error().code, ErrorCode::BadInput);
}

// --- generated packages ------------------------------------------------------------------------

void TestXlsxReader::generatedCells_data()
{
    QTest::addColumn<QByteArray>("rows");       // <row> elements of the sheet
    QTest::addColumn<QList<QByteArray>>("sst"); // shared strings
    QTest::addColumn<QList<int>>("cellXfs");    // numFmtId per style
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QList<QStringList>>("expected");
    const QList<QByteArray> noSst;
    const QList<int> noStyles{0};
    const QString e;

    QTest::newRow("1E-3 and noise")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1E-3</v></c><c r=\"B1\"><v>1.0000000000000002"
                      "</v></c><c r=\"C1\" t=\"n\"><v>-0</v></c></row>")
        << noSst << noStyles << false
        << QList<QStringList>{{QStringLiteral("0.001"), QStringLiteral("1"), QStringLiteral("-0")}};
    QTest::newRow("inline string with runs and phonetic guide")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>東京</t></r><r><t>都"
                      "</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></is></c></row>")
        << noSst << noStyles << false << QList<QStringList>{{QStringLiteral("東京都")}};
    QTest::newRow("shared string with phonetic guide and escapes")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
                      "</c></row>")
        << QList<QByteArray>{"<t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh>",
                             "<t>a_x000D_b_x005F_x0041_c</t>"}
        << noStyles << false << QList<QStringList>{{QStringLiteral("漢字"),
                                                    QStringLiteral("a\rb_x0041_c")}};
    QTest::newRow("cells without references follow each other")
        << QByteArray("<row><c><v>1</v></c><c><v>2</v></c><c r=\"D1\"><v>4</v></c><c><v>5</v>"
                      "</c></row><row><c><v>6</v></c></row>")
        << noSst << noStyles << false
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("2"), e, QStringLiteral("4"),
                               QStringLiteral("5")},
                              {QStringLiteral("6"), e, e, e, e}};
    QTest::newRow("booleans, errors, formula strings, ISO dates")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v>"
                      "</c><c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"D1\" t=\"str\">"
                      "<f>\"x\"&amp;\"y\"</f><v>xy</v></c><c r=\"E1\" t=\"d\"><v>2024-01-02T00:00:00Z"
                      "</v></c><c r=\"F1\" t=\"d\"><v>2024-01-02T13:45:00</v></c></row>")
        << noSst << noStyles << false
        << QList<QStringList>{{QStringLiteral("TRUE"), QStringLiteral("FALSE"),
                               QStringLiteral("#DIV/0!"), QStringLiteral("xy"),
                               QStringLiteral("2024-01-02"), QStringLiteral("2024-01-02 13:45:00")}};
    QTest::newRow("styles: dates, times, elapsed, non-dates")
        << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>60</v></c><c r=\"B1\" s=\"2\"><v>45293.5"
                      "</v></c><c r=\"C1\" s=\"3\"><v>1.0625</v></c><c r=\"D1\" s=\"4\"><v>45293</v>"
                      "</c><c r=\"E1\" s=\"5\"><v>45293</v></c><c r=\"F1\" s=\"1\"><v>-5</v></c>"
                      "<c r=\"G1\" s=\"9\"><v>45293</v></c><c r=\"H1\" s=\"6\"><v>0.75</v></c></row>")
        << noSst << QList<int>{0, 14, 22, 46, 2, 164, 20} << false
        << QList<QStringList>{{QStringLiteral("1900-02-29"), QStringLiteral("2024-01-02 12:00:00"),
                               QStringLiteral("25:30:00"), QStringLiteral("45293"),
                               QStringLiteral("45293"), QStringLiteral("-5"),
                               QStringLiteral("45293"), QStringLiteral("18:00:00")}};
    QTest::newRow("1904 date system")
        << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43831"
                      "</v></c></row>")
        << noSst << QList<int>{0, 14} << true
        << QList<QStringList>{{QStringLiteral("1904-01-01"), QStringLiteral("2024-01-02")}};
    QTest::newRow("rows without values are skipped")
        << QByteArray("<row r=\"2\"><c r=\"A2\" s=\"0\"/></row><row r=\"3\"><c r=\"A3\"><v>x</v>"
                      "</c></row><row r=\"4\" ht=\"20\" customHeight=\"1\"/><row r=\"9\"><c r=\"A9\""
                      " t=\"str\"><v></v></c></row><row r=\"10\"><c r=\"A10\"><v>2</v></c></row>")
        << noSst << noStyles << false
        << QList<QStringList>{{QStringLiteral("x")}, {QStringLiteral("2")}};
}

void TestXlsxReader::generatedCells()
{
    QFETCH(QByteArray, rows);
    QFETCH(QList<QByteArray>, sst);
    QFETCH(QList<int>, cellXfs);
    QFETCH(bool, date1904);
    QFETCH(QList<QStringList>, expected);
    Package package;
    package.sheets[0].second = rows;
    package.sharedStrings = sst;
    package.cellXfs = cellXfs;
    package.numFmts = {{164, "0.00"}};
    package.date1904 = date1904;
    const QString path = packagePath(package);
    QVERIFY(!path.isEmpty());
    Result<Sheet> sheet = readSheet(path);
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->rows, expected);
}

void TestXlsxReader::damagedPackages_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unclosed element in row 3") << 0 << qint64(3) << qint64(2)
                                               << QStringLiteral("not well-formed");
    QTest::newRow("sheet part ends early") << 1 << qint64(2) << qint64(1)
                                           << QStringLiteral("ends unexpectedly");
    QTest::newRow("no workbook part") << 2 << qint64(0) << qint64(0)
                                      << QStringLiteral("not an Excel workbook");
    QTest::newRow("no sheet part") << 3 << qint64(0) << qint64(0)
                                   << QStringLiteral("xl/worksheets/sheet1.xml is missing");
    QTest::newRow("missing shared string") << 4 << qint64(2) << qint64(2)
                                           << QStringLiteral("missing shared string");
    QTest::newRow("bad cell reference") << 5 << qint64(2) << qint64(0)
                                        << QStringLiteral("invalid cell reference");
}

void TestXlsxReader::damagedPackages()
{
    QFETCH(int, damage);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, messagePart);
    const QByteArray secret = "SECRET-PATIENT-VALUE";
    const QByteArray header = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                              "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                              "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h1</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>h2</t></is></c></row>";
    Package package;
    package.sharedStrings = {"<t>" + secret + "</t>"};
    switch (damage) {
    case 0:
        package.rawSheet = header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"3\">"
                                    "<c r=\"B3\"><v>" + secret + "</x></c></row></sheetData>"
                                    "</worksheet>";
        break;
    case 1:
        package.rawSheet = header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>";
        break;
    case 2:
        package.withWorkbook = false;
        break;
    case 3:
        package.withSheetParts = false;
        break;
    case 4:
        package.rawSheet = header + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>"
                                    "</sheetData></worksheet>";
        break;
    case 5:
        package.rawSheet = header + "<row r=\"2\"><c r=\"2B\"><v>1</v></c></row>"
                                    "</sheetData></worksheet>";
        break;
    }
    const QString path = packagePath(package);
    QVERIFY(!path.isEmpty());
    Result<Sheet> sheet = readSheet(path);
    QVERIFY(!sheet.ok());
    const Error &error = sheet.error();
    QCOMPARE(error.code, ErrorCode::BadInput);
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(!error.toString().contains(QString::fromLatin1(secret)));
}

void TestXlsxReader::streamsLargeSheet()
{
    // 5,000 rows of shared strings, numbers and dates; the reader must return them in order and
    // must not have read the whole sheet part after the first row.
    constexpr int rowCount = 5000;
    Package package;
    QByteArray rows;
    rows.reserve(rowCount * 160);
    rows += "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";
    package.sharedStrings = {"<t>id</t>", "<t>name</t>", "<t>admitted</t>", "<t>fee</t>"};
    for (int i = 0; i < 50; ++i)
        package.sharedStrings.append("<t>患者" + QByteArray::number(i) + "</t>");
    for (int r = 2; r <= rowCount + 1; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + QByteArray::number(r - 1)
            + "</v></c><c r=\"B" + n + "\" t=\"s\"><v>" + QByteArray::number(4 + r % 50)
            + "</v></c><c r=\"C" + n + "\" s=\"1\"><v>" + QByteArray::number(45000 + r % 365)
            + "</v></c><c r=\"D" + n + "\"><v>" + QByteArray::number(r) + ".25</v></c></row>";
    }
    package.sheets[0].second = rows;
    package.cellXfs = {0, 14};
    const QString path = packagePath(package);
    QVERIFY(!path.isEmpty());

    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsxReader::open(path, options);
    QVERIFY(source.ok());
    RowSource &reader = **source;
    std::vector<std::string_view> cells;
    Result<bool> first = reader.next(cells);
    QVERIFY(first.ok() && *first);
    QCOMPARE(QByteArray(cells[0].data(), qsizetype(cells[0].size())), QByteArray("id"));
    QVERIFY2(reader.consumed() < reader.total() / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(reader.consumed()).arg(reader.total())));

    int count = 0;
    for (;;) {
        Result<bool> row = reader.next(cells);
        QVERIFY(row.ok());
        if (!*row)
            break;
        ++count;
        const qint64 r = count + 1;
        QCOMPARE(reader.recordLine(), r);
        QCOMPARE(QByteArray(cells[0].data(), qsizetype(cells[0].size())), QByteArray::number(count));
        const QByteArray name = "患者" + QByteArray::number(r % 50);
        QCOMPARE(QByteArray(cells[1].data(), qsizetype(cells[1].size())), name);
        QCOMPARE(cells[2].size(), size_t(10)); // an ISO date
        QCOMPARE(QByteArray(cells[3].data(), qsizetype(cells[3].size())),
                 QByteArray::number(r) + ".25");
    }
    QCOMPARE(count, rowCount);
    QCOMPARE(reader.consumed(), reader.total());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsxreader.moc"
