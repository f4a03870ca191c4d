// Tests of reading a consent register: header names in English and Chinese, statuses, scopes and
// dates, CSV in UTF-8 and GB18030, TSV, XLSX (a package written here with QuaZip), and errors that
// name the file, line and column and what was expected without quoting a cell.
#include "core/consent/ConsentRegisterReader.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace steward;

namespace {

Result<QList<ConsentEntry>> readAll(const QString &path, QString *subjectHeader = nullptr,
                                    const ImportOptions &options = {})
{
    auto reader = ConsentRegisterReader::open(path, options);
    if (!reader)
        return reader.error();
    if (subjectHeader)
        *subjectHeader = (*reader)->subjectHeader();
    QList<ConsentEntry> entries;
    ConsentEntry entry;
    for (;;) {
        const Result<bool> next = (*reader)->next(entry);
        if (!next)
            return next.error();
        if (!*next)
            break;
        entries.append(entry);
    }
    return entries;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    return written && file.getZipError() == 0;
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray sheetXml(const QList<QStringList> &rows)
{
    QByteArray sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\""
                       "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
            sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xmlEscaped(rows[r][c])
                + "</t></is></c>";
        }
        sheet += "</row>";
    }
    return sheet + "</sheetData></worksheet>";
}

// A workbook of inline strings, one sheet per entry ("Sheet1", "Sheet2", … unless named).
bool writeXlsx(const QString &path, const QList<QList<QStringList>> &sheets,
               const QStringList &names = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    bool ok = addEntry(zip, QStringLiteral("[Content_Types].xml"),
                       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                       "package/2006/content-types\"/>");
    ok = ok && addEntry(zip, QStringLiteral("_rels/.rels"),
                        "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg
                            + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg + "\">";
    QByteArray workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
        + "\"><sheets>";
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray name = names.value(i, QStringLiteral("Sheet%1").arg(i + 1)).toUtf8();
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        ok = ok && addEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets[i]));
    }
    ok = ok && addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    ok = ok && addEntry(zip, QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>");
    zip.close();
    return ok && zip.getZipError() == 0;
}

} // namespace

class TestConsentRegister : public QObject {
    Q_OBJECT

private slots:
    void statusesInEnglishAndChinese()
    {
        QCOMPARE(consentStatusFromText(u" Granted "), std::optional(ConsentStatus::Granted));
        QCOMPARE(consentStatusFromText(u"同意"), std::optional(ConsentStatus::Granted));
        QCOMPARE(consentStatusFromText(u"WITHDRAWN"), std::optional(ConsentStatus::Withdrawn));
        QCOMPARE(consentStatusFromText(u"撤回"), std::optional(ConsentStatus::Withdrawn));
        QCOMPARE(consentStatusFromText(u"refused"), std::optional(ConsentStatus::Refused));
        QCOMPARE(consentStatusFromText(u"拒绝"), std::optional(ConsentStatus::Refused));
        QCOMPARE(consentStatusFromText(u"不同意"), std::optional(ConsentStatus::Refused));
        QCOMPARE(consentStatusFromText(u"maybe"), std::nullopt);
        QCOMPARE(consentStatusFromText(u""), std::nullopt);
    }

    void scopes()
    {
        QCOMPARE(normalizedScope(u" Research ; teaching,research "),
                 QStringLiteral("research;teaching"));
        QCOMPARE(normalizedScope(u"科研；教学、质控"), QStringLiteral("科研;教学;质控"));
        QCOMPARE(normalizedScope(u"research;*"), QStringLiteral("*"));
        QCOMPARE(normalizedScope(u" ; "), QString());
        QVERIFY(scopeCovers(u"research;teaching", u"teaching"));
        QVERIFY(!scopeCovers(u"research;teaching", u"marketing"));
        QVERIFY(!scopeCovers(u"research", u"research_x"));
        QVERIFY(scopeCovers(u"*", u"anything"));
        QVERIFY(!scopeCovers(u"*", u""));
        QCOMPARE(normalizedSubjectKey(u" 11010519491231002x "), QStringLiteral("11010519491231002X"));
    }

    void englishCsv()
    {
        QTemporaryDir dir;
        const QString path = testsupport::writeFixture(
            dir, QStringLiteral("register.csv"),
            "Subject ID,Status,Purposes,Date\n"
            "p1,granted,research;teaching,2024-01-31\n"
            "p2,withdrawn,,2024/2/1\n"
            "\n"
            "p3,Refused,research,\n");
        QString header;
        const auto entries = readAll(path, &header);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(header, QStringLiteral("Subject ID"));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).subject, QStringLiteral("P1"));
        QCOMPARE(entries->at(0).status, ConsentStatus::Granted);
        QCOMPARE(entries->at(0).scope, QStringLiteral("research;teaching"));
        QCOMPARE(entries->at(0).decidedOn, QStringLiteral("2024-01-31"));
        QCOMPARE(entries->at(1).status, ConsentStatus::Withdrawn);
        QCOMPARE(entries->at(1).decidedOn, QStringLiteral("2024-02-01"));
        QCOMPARE(entries->at(2).status, ConsentStatus::Refused);
        QCOMPARE(entries->at(2).decidedOn, QString());
    }

    void chineseGb18030Tsv()
    {
        QTemporaryDir dir;
        const QString text = QStringLiteral("身份证号\t状态\t用途\t日期\n"
                                            "11010519491231002x\t同意\t科研、教学\t2024年3月5日\n"
                                            "110105194912310021\t撤回\t科研\t2024-03-06\n");
        const QString path = testsupport::writeFixture(dir, QStringLiteral("同意登记.txt"),
                                                       testsupport::encode(text, "GB18030"));
        const auto entries = readAll(path);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).subject, QStringLiteral("11010519491231002X"));
        QCOMPARE(entries->at(0).scope, QStringLiteral("科研;教学"));
        QCOMPARE(entries->at(0).decidedOn, QStringLiteral("2024-03-05"));
        QCOMPARE(entries->at(1).status, ConsentStatus::Withdrawn);
    }

    void xlsx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.xlsx"));
        QVERIFY(writeXlsx(path, {{{QStringLiteral("患者ID"), QStringLiteral("同意状态"),
                                  QStringLiteral("同意范围"), QStringLiteral("签署日期")},
                                 {QStringLiteral("a-1"), QStringLiteral("同意"),
                                  QStringLiteral("research"), QStringLiteral("2023-12-01")},
                                 {QStringLiteral("a-2"), QStringLiteral("拒绝"), QString(),
                                  QStringLiteral("2023-12-02")}}}));
        QString header;
        const auto entries = readAll(path, &header);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(header, QStringLiteral("患者ID"));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).subject, QStringLiteral("A-1"));
        QCOMPARE(entries->at(1).status, ConsentStatus::Refused);
        QCOMPARE(entries->at(1).decidedOn, QStringLiteral("2023-12-02"));
    }

    void xlsxSheetByName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(writeXlsx(path,
                          {{{QStringLiteral("notes")}, {QStringLiteral("not a register")}},
                           {{QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("scope")},
                            {QStringLiteral("b-1"), QStringLiteral("withdrawn"), QString()}}},
                          {QStringLiteral("Notes"), QStringLiteral("Consent")}));
        // The first sheet is not a register: its header names no column of one.
        const auto first = readAll(path);
        QVERIFY(!first);
        QCOMPARE(first.error().line, 1);
        ImportOptions options;
        options.sheet = QStringLiteral("Consent");
        const auto entries = readAll(path, nullptr, options);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().status, ConsentStatus::Withdrawn);
    }

    void xlsxErrorNamesRowAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
        QVERIFY(writeXlsx(path, {{{QStringLiteral("subject"), QStringLiteral("status"),
                                  QStringLiteral("scope")},
                                 {QStringLiteral("a-1"), QStringLiteral("granted"),
                                  QStringLiteral("research")},
                                 {QStringLiteral("a-2"), QStringLiteral("SECRETVALUE"),
                                  QStringLiteral("research")}}}));
        const auto entries = readAll(path);
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, ErrorCode::BadInput);
        QCOMPARE(entries.error().file, path);
        QCOMPARE(entries.error().line, 3);
        QCOMPARE(entries.error().column, 2);
        QVERIFY(!entries.error().toString().contains(QStringLiteral("SECRETVALUE")));
    }

    void errorsNameLineColumnAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << QByteArray("subject,status,scope\np1,granted,r\np2,PRIVATE,r\n")
                                << qint64(3) << qint64(2) << QStringLiteral("granted, withdrawn or refused");
        QTest::newRow("subject") << QByteArray("subject,status,scope\n ,granted,r\n") << qint64(2)
                                 << qint64(1) << QStringLiteral("a subject identifier");
        QTest::newRow("scope of a grant")
            << QByteArray("scope,subject,status\n;,PRIVATE,granted\n") << qint64(2) << qint64(1)
            << QStringLiteral("purposes");
        QTest::newRow("date") << QByteArray("subject,status,scope,date\np1,granted,r,PRIVATE\n")
                              << qint64(2) << qint64(4) << QStringLiteral("a date");
        QTest::newRow("no status column") << QByteArray("subject,scope\np1,r\n") << qint64(1)
                                          << qint64(1) << QStringLiteral("status");
        QTest::newRow("no scope column") << QByteArray("subject,status\np1,granted\n") << qint64(1)
                                         << qint64(1) << QStringLiteral("scope");
        QTest::newRow("ragged") << QByteArray("subject,status,scope\np1,granted,r,PRIVATE\n")
                                << qint64(2) << qint64(0) << QString();
    }

    void errorsNameLineColumnAndExpectation()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = testsupport::writeFixture(dir, QStringLiteral("r.csv"), content);
        const auto entries = readAll(path);
        QVERIFY(!entries);
        const Error &e = entries.error();
        QCOMPARE(e.code, ErrorCode::BadInput);
        QCOMPARE(e.file, path);
        QCOMPARE(e.line, line);
        if (column > 0)
            QCOMPARE(e.column, column);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(!e.toString().contains(QStringLiteral("PRIVATE")), qPrintable(e.toString()));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        const QString path = testsupport::writeFixture(dir, QStringLiteral("empty.csv"), "");
        const auto entries = readAll(path);
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestConsentRegister)
#include "test_consentregister.moc"
