// Tests of openRowSource() and listSheets(): the reader is chosen by the file's content, never by
// its extension; encrypted workbooks are refused with a message saying so; unreadable files are
// input errors naming the file.
#include "core/import/RowSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

const QString kPasswordMessage = QStringLiteral(
    "the workbook is password-protected; remove the password in the spreadsheet program and "
    "import again");

} // namespace

class TestRowSource final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void dispatchByContent_data();
    void dispatchByContent();
    void passwordProtected_data();
    void passwordProtected();
    void unreadable_data();
    void unreadable();
    void listSheets_data();
    void listSheets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // Copies tests/data/FIXTURE to NAME in the temporary folder; a FIXTURE starting with "text:"
    // writes the text after the colon instead.
    QString prepare(const QString &fixture, const QString &name);
};

void TestRowSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRowSource::prepare(const QString &fixture, const QString &name)
{
    const QString target = m_dir->filePath(name);
    QFile::remove(target);
    if (fixture.startsWith(QLatin1String("text:"))) {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(fixture.mid(5).toUtf8());
        return target;
    }
    if (fixture.startsWith(QLatin1String("bytes:"))) {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray::fromHex(fixture.mid(6).toLatin1()));
        return target;
    }
    return QFile::copy(QStringLiteral(STEWARD_TEST_DATA_DIR "/") + fixture, target) ? target
                                                                                   : QString();
}

void TestRowSource::dispatchByContent_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("firstCell");
    QTest::newRow("xlsx named .xlsx") << QStringLiteral("xlsx/basic.xlsx")
                                      << QStringLiteral("basic.xlsx") << QStringLiteral("xlsx")
                                      << QStringLiteral("Patients") << QStringLiteral("姓名");
    QTest::newRow("xlsx named .csv") << QStringLiteral("xlsx/basic.xlsx")
                                     << QStringLiteral("extract.csv") << QStringLiteral("xlsx")
                                     << QStringLiteral("Patients") << QStringLiteral("姓名");
    QTest::newRow("xlsx without extension") << QStringLiteral("xlsx/two-sheets.xlsx")
                                            << QStringLiteral("extract") << QStringLiteral("xlsx")
                                            << QStringLiteral("住院记录")
                                            << QStringLiteral("病案号");
    QTest::newRow("xls named .xls") << QStringLiteral("xls/basic.xls")
                                    << QStringLiteral("basic.xls") << QStringLiteral("xls")
                                    << QStringLiteral("Patients") << QStringLiteral("姓名");
    QTest::newRow("xls named .xlsx") << QStringLiteral("xls/basic.xls")
                                     << QStringLiteral("legacy.xlsx") << QStringLiteral("xls")
                                     << QStringLiteral("Patients") << QStringLiteral("姓名");
    QTest::newRow("csv named .xlsx") << QStringLiteral("text:id,name\n1,张三\n")
                                     << QStringLiteral("fake.xlsx") << QStringLiteral("utf-8")
                                     << QString() << QStringLiteral("id");
    QTest::newRow("csv named .xls") << QStringLiteral("text:id;name\n1;x\n")
                                    << QStringLiteral("fake.xls") << QStringLiteral("utf-8")
                                    << QString() << QStringLiteral("id");
    QTest::newRow("text starting with PK") << QStringLiteral("text:PK,name\n1,x\n")
                                           << QStringLiteral("pk.csv") << QStringLiteral("utf-8")
                                           << QString() << QStringLiteral("PK");
}

void TestRowSource::dispatchByContent()
{
    QFETCH(QString, fixture);
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    QFETCH(QString, sheet);
    QFETCH(QString, firstCell);
    const QString path = prepare(fixture, name);
    QVERIFY(!path.isEmpty());
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = openRowSource(path, options);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
    QCOMPARE((*source)->encodingName(), encoding);
    QCOMPARE((*source)->sheetName(), sheet);
    std::vector<std::string_view> cells;
    Result<bool> row = (*source)->next(cells);
    QVERIFY(row.ok());
    QVERIFY(*row);
    QVERIFY(!cells.empty());
    QCOMPARE(QString::fromUtf8(cells[0].data(), qsizetype(cells[0].size())), firstCell);
}

void TestRowSource::passwordProtected_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("name");
    QTest::newRow("encrypted xlsx") << QStringLiteral("xlsx/encrypted.xlsx")
                                    << QStringLiteral("encrypted.xlsx");
    QTest::newRow("encrypted xlsx named .csv") << QStringLiteral("xlsx/encrypted.xlsx")
                                               << QStringLiteral("encrypted.csv");
    QTest::newRow("encrypted xls") << QStringLiteral("xls/encrypted.xls")
                                   << QStringLiteral("encrypted.xls");
}

void TestRowSource::passwordProtected()
{
    QFETCH(QString, fixture);
    QFETCH(QString, name);
    const QString path = prepare(fixture, name);
    QVERIFY(!path.isEmpty());
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = openRowSource(path, options);
    QVERIFY(!source.ok());
    QCOMPARE(source.error().code, ErrorCode::BadInput);
    QCOMPARE(source.error().file, path);
    QCOMPARE(source.error().message, kPasswordMessage);
    QCOMPARE(source.error().exitCode(), 2);
    Result<QStringList> sheets = steward::listSheets(path);
    QVERIFY(!sheets.ok());
    QCOMPARE(sheets.error().message, kPasswordMessage);
}

void TestRowSource::unreadable_data()
{
    QTest::addColumn<QString>("fixture"); // empty: no file at all
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing file") << QString() << QStringLiteral("missing.csv")
                                  << QStringLiteral("cannot open the file");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("sub.xlsx")
                              << QStringLiteral("cannot open the file");
    QTest::newRow("truncated xlsx") << QStringLiteral("xlsx/corrupt.xlsx")
                                    << QStringLiteral("corrupt.xlsx")
                                    << QStringLiteral("damaged or truncated");
    // An OLE2 signature followed by garbage: neither an encrypted workbook nor an .xls.
    QTest::newRow("damaged OLE2 container")
        << QStringLiteral("bytes:d0cf11e0a1b11ae1") + QString(1016, QLatin1Char('7'))
        << QStringLiteral("damaged.xls") << QStringLiteral("damaged");
}

void TestRowSource::unreadable()
{
    QFETCH(QString, fixture);
    QFETCH(QString, name);
    QFETCH(QString, messagePart);
    QString path = m_dir->filePath(name);
    if (fixture == QLatin1String("folder"))
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    else if (!fixture.isEmpty())
        path = prepare(fixture, name);
    ImportOptions options;
    Result<std::unique_ptr<RowSource>> source = openRowSource(path, options);
    QVERIFY(!source.ok());
    QCOMPARE(source.error().code, ErrorCode::BadInput);
    QCOMPARE(source.error().file, path);
    QVERIFY2(source.error().message.contains(messagePart), qPrintable(source.error().message));
    QVERIFY(source.error().toString().startsWith(path + QLatin1String(": error: ")));
}

void TestRowSource::listSheets_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("sheets");
    QTest::newRow("xlsx") << QStringLiteral("xlsx/two-sheets.xlsx")
                          << QStringLiteral("two-sheets.xlsx")
                          << QStringList{QStringLiteral("住院记录"), QStringLiteral("Visits"),
                                         QStringLiteral("Empty")};
    QTest::newRow("xls") << QStringLiteral("xls/basic.xls") << QStringLiteral("basic.xls")
                         << QStringList{QStringLiteral("Patients"), QStringLiteral("Codes")};
    QTest::newRow("csv") << QStringLiteral("text:a,b\n1,2\n") << QStringLiteral("data.csv")
                         << QStringList();
    QTest::newRow("csv named .xlsx") << QStringLiteral("text:a,b\n1,2\n")
                                     << QStringLiteral("data.xlsx") << QStringList();
}

void TestRowSource::listSheets()
{
    QFETCH(QString, fixture);
    QFETCH(QString, name);
    QFETCH(QStringList, sheets);
    const QString path = prepare(fixture, name);
    QVERIFY(!path.isEmpty());
    Result<QStringList> listed = steward::listSheets(path);
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().toString()));
    QCOMPARE(*listed, sheets);
}

QTEST_GUILESS_MAIN(TestRowSource)
#include "test_rowsource.moc"
