// Tests of the legacy .xls reader (FreeXL, plus XlsFormulaResults for formula results) on
// workbooks written by LibreOffice Calc (committed fixtures, see tests/data/xlsx/README.md): cell
// types, formula results, sheets, skipped empty rows, the refusal of a password-protected
// workbook.
#include "core/import/CompoundFile.h"
#include "core/import/XlsReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

struct Sheet {
    QList<QStringList> rows;
    QList<qint64> lines;
};

Result<Sheet> readSheet(const QString &path, const QString &sheet = {})
{
    ImportOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<RowSource>> source = XlsReader::open(path, options);
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

} // namespace

class TestXlsReader final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void shape();
    void cells_data();
    void cells();
    void sheetSelection_data();
    void sheetSelection();
    void unknownSheet();
    void sheetNames();
    void passwordProtected();
    void notAnXls_data();
    void notAnXls();
    void compoundFileStreams_data();
    void compoundFileStreams();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString copyFixture(const QString &folder, const QString &name);
};

void TestXlsReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestXlsReader::copyFixture(const QString &folder, const QString &name)
{
    const QString target = m_dir->filePath(name);
    const QString source = QStringLiteral(STEWARD_TEST_DATA_DIR "/") + folder + QLatin1Char('/')
        + name;
    if (!QFile::exists(target) && !QFile::copy(source, target))
        return {};
    return target;
}

void TestXlsReader::shape()
{
    const QString path = copyFixture(QStringLiteral("xls"), QStringLiteral("basic.xls"));
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsReader::open(path, options);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
    RowSource &reader = **source;
    QCOMPARE(reader.encodingName(), QStringLiteral("xls"));
    QCOMPARE(reader.sheetName(), QStringLiteral("Patients"));
    QCOMPARE(reader.total(), 5);
    QCOMPARE(reader.consumed(), 0);
    Result<Sheet> sheet = readSheet(path);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 4);
    for (const QStringList &row : std::as_const(sheet->rows))
        QCOMPARE(row.size(), 13);
    QCOMPARE(sheet->lines, (QList<qint64>{1, 2, 3, 5})); // row 4 is empty
}

void TestXlsReader::cells_data()
{
    QTest::addColumn<int>("row"); // 0 = header
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese header") << 0 << 0 << QStringLiteral("姓名");
    QTest::newRow("formula header") << 0 << 8 << QStringLiteral("合计");
    QTest::newRow("Chinese text") << 1 << 0 << QStringLiteral("张三");
    QTest::newRow("integer") << 1 << 1 << QStringLiteral("45");
    QTest::newRow("decimal") << 1 << 2 << QStringLiteral("62.5");
    QTest::newRow("0.1 without noise") << 2 << 2 << QStringLiteral("0.1");
    QTest::newRow("1234567.891 without noise") << 3 << 2 << QStringLiteral("1234567.891");
    // Booleans are BOOLERR records: FreeXL gives 1/0, XlsFormulaResults TRUE/FALSE.
    QTest::newRow("boolean true") << 1 << 3 << QStringLiteral("TRUE");
    QTest::newRow("boolean false") << 2 << 3 << QStringLiteral("FALSE");
    QTest::newRow("date") << 1 << 4 << QStringLiteral("2024-01-02");
    QTest::newRow("date 2000-02-29") << 3 << 4 << QStringLiteral("2000-02-29");
    QTest::newRow("datetime") << 1 << 5 << QStringLiteral("2024-01-02 13:45:00");
    QTest::newRow("datetime at midnight") << 2 << 5 << QStringLiteral("2024-01-03 00:00:00");
    QTest::newRow("time") << 1 << 6 << QStringLiteral("13:45:00");
    QTest::newRow("time 23:59:59") << 3 << 6 << QStringLiteral("23:59:59");
    QTest::newRow("text") << 1 << 7 << QStringLiteral("ok");
    QTest::newRow("empty cell") << 2 << 7 << QString();
    QTest::newRow("Chinese text in last row") << 3 << 7 << QStringLiteral("无");
    // Formula results: FreeXL leaves them out; XlsFormulaResults reads them.
    QTest::newRow("formula number") << 1 << 8 << QStringLiteral("107.5");
    QTest::newRow("formula number without noise") << 2 << 8 << QStringLiteral("67.1");
    QTest::newRow("formula string") << 1 << 9 << QStringLiteral("张三!");
    QTest::newRow("formula empty string") << 3 << 9 << QString();
    QTest::newRow("formula date") << 1 << 10 << QStringLiteral("2024-01-03");
    QTest::newRow("formula date 2000-03-01") << 3 << 10 << QStringLiteral("2000-03-01");
    QTest::newRow("formula error #DIV/0!") << 1 << 11 << QStringLiteral("#DIV/0!");
    QTest::newRow("formula error #N/A") << 2 << 11 << QStringLiteral("#N/A");
    QTest::newRow("formula error SQRT(-1), #VALUE! in LibreOffice")
        << 3 << 11 << QStringLiteral("#VALUE!");
    QTest::newRow("formula boolean false") << 1 << 12 << QStringLiteral("FALSE");
    QTest::newRow("formula boolean true") << 2 << 12 << QStringLiteral("TRUE");
}

void TestXlsReader::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    Result<Sheet> sheet = readSheet(copyFixture(QStringLiteral("xls"), QStringLiteral("basic.xls")));
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->rows.at(row).at(column), expected);
}

void TestXlsReader::sheetSelection_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("firstCell");
    QTest::newRow("default") << QString() << QStringLiteral("Patients") << QStringLiteral("姓名");
    QTest::newRow("by name") << QStringLiteral("Codes") << QStringLiteral("Codes")
                             << QStringLiteral("code");
    QTest::newRow("by name, other case") << QStringLiteral("codes") << QStringLiteral("Codes")
                                         << QStringLiteral("code");
    QTest::newRow("by index") << QStringLiteral("2") << QStringLiteral("Codes")
                              << QStringLiteral("code");
}

void TestXlsReader::sheetSelection()
{
    QFETCH(QString, sheet);
    QFETCH(QString, name);
    QFETCH(QString, firstCell);
    const QString path = copyFixture(QStringLiteral("xls"), QStringLiteral("basic.xls"));
    ImportOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<RowSource>> source = XlsReader::open(path, options);
    QVERIFY(source.ok());
    QCOMPARE((*source)->sheetName(), name);
    Result<Sheet> read = readSheet(path, sheet);
    QVERIFY(read.ok());
    QCOMPARE(read->rows.at(0).at(0), firstCell);
    if (name == QLatin1String("Codes")) {
        QCOMPARE(read->rows, (QList<QStringList>{{QStringLiteral("code"), QStringLiteral("n")},
                                                 {QStringLiteral("X1"), QStringLiteral("1")},
                                                 {QStringLiteral("X2"), QStringLiteral("2")}}));
    }
}

void TestXlsReader::unknownSheet()
{
    Result<Sheet> read =
        readSheet(copyFixture(QStringLiteral("xls"), QStringLiteral("basic.xls")),
                  QStringLiteral("Visits"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::BadInput);
    QVERIFY2(read.error().message.contains(QLatin1String("Patients, Codes")),
             qPrintable(read.error().message));
}

void TestXlsReader::sheetNames()
{
    Result<QStringList> names =
        XlsReader::sheetNames(copyFixture(QStringLiteral("xls"), QStringLiteral("basic.xls")));
    QVERIFY(names.ok());
    QCOMPARE(*names, (QStringList{QStringLiteral("Patients"), QStringLiteral("Codes")}));
}

void TestXlsReader::passwordProtected()
{
    const QString path = copyFixture(QStringLiteral("xls"), QStringLiteral("encrypted.xls"));
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsReader::open(path, options);
    QVERIFY(!source.ok());
    QCOMPARE(source.error().code, ErrorCode::BadInput);
    QCOMPARE(source.error().file, path);
    QCOMPARE(source.error().message,
             QStringLiteral("the workbook is password-protected; remove the password in the "
                            "spreadsheet program and import again"));
    Result<QStringList> names = XlsReader::sheetNames(path);
    QVERIFY(!names.ok());
    QCOMPARE(names.error().message, source.error().message);
}

void TestXlsReader::notAnXls_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::newRow("an xlsx") << QStringLiteral("xlsx") << QStringLiteral("basic.xlsx");
    QTest::newRow("missing file") << QString() << QStringLiteral("no-such-file.xls");
}

void TestXlsReader::notAnXls()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    const QString path = folder.isEmpty() ? m_dir->filePath(name) : copyFixture(folder, name);
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = XlsReader::open(path, options);
    QVERIFY(!source.ok());
    QCOMPARE(source.error().code, ErrorCode::BadInput);
    QCOMPARE(source.error().file, path);
}

// The OLE2 reader under the encryption check and the formula results: regular streams (the
// workbook) and small ones kept in the mini stream (an encrypted workbook's EncryptionInfo).
void TestXlsReader::compoundFileStreams_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QByteArray>("head"); // first bytes, hex
    QTest::newRow("xls workbook stream starts with BOF")
        << QStringLiteral("xls") << QStringLiteral("basic.xls") << QStringLiteral("Workbook")
        << QByteArray("09081000"); // a BOF record (0x0809) of 16 bytes: BIFF8
    QTest::newRow("agile EncryptionInfo (mini stream) starts with version 4.4")
        << QStringLiteral("xlsx") << QStringLiteral("encrypted.xlsx")
        << QStringLiteral("EncryptionInfo") << QByteArray("04000400");
}

void TestXlsReader::compoundFileStreams()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, stream);
    QFETCH(QByteArray, head);
    Result<CompoundFile> compound = CompoundFile::open(copyFixture(folder, name));
    QVERIFY(compound.ok());
    QVERIFY(compound->entryNames().contains(stream));
    Result<QByteArray> data = compound->readStream(stream);
    QVERIFY(data.ok());
    QVERIFY(data->size() > 8);
    QCOMPARE(data->left(4).toHex(), head);
    Result<QByteArray> missing = compound->readStream(QStringLiteral("NoSuchStream"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "test_xlsreader.moc"
