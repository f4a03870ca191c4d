#include "ui/import/ImportDialog.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/widgets/InlineMessage.h"
#include "core/common/Translations.h"
#include "tests/ui/UiTestSupport.h"

#include <QComboBox>
#include <QScopeGuard>
#include <QTranslator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ImportDialog;
using steward::ui::InlineMessage;

// The import dialog on real files: detection shown, live preview following the option combos
// (driven with the keyboard), stale previews dropped, inline errors, name validation, and the
// options it returns.
class TestImportDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detectsEncodingAndDelimiter_data();
    void detectsEncodingAndDelimiter();
    void gb18030PreviewShowsChineseHeader();
    void encodingChangeUpdatesPreview();
    void noHeaderGivesGeneratedNames();
    void rapidChangesShowOnlyTheLastOptions();
    void previewErrorIsShownInline();
    void encodingErrorNamesTheEncodingBox_data();
    void encodingErrorNamesTheEncodingBox();
    void duplicateAndEmptyHeadersAreReported();
    void datasetNameIsValidated();
    void spreadsheetOffersSheets();
    void acceptReturnsDetectedOptions();
    void replaceModeFixesTheName();

private:
    QString gb18030File();
    static void waitForPreview(ImportDialog &dialog);
    static QString headerName(ImportDialog &dialog, int column);

    QTemporaryDir m_dir;
};

namespace {

const QString kChineseHeader = QStringLiteral("姓名;年龄;入院日期;科室\n");

QString chineseRows()
{
    return kChineseHeader + QStringLiteral("张三;34;2024-01-02;心内科\n"
                                           "李四;57;2024-02-11;骨科\n"
                                           "王五;8;2024-03-30;儿科\n");
}

} // namespace

void TestImportDialog::initTestCase()
{
    uitest::isolateSettings();
    QVERIFY(m_dir.isValid());
}

QString TestImportDialog::gb18030File()
{
    const QString path = m_dir.filePath(QStringLiteral("admissions_gb.csv"));
    if (!QFile::exists(path))
        uitest::writeFile(path, uitest::encode(chineseRows(), "GB18030"));
    return path;
}

void TestImportDialog::waitForPreview(ImportDialog &dialog)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(), 10000);
}

QString TestImportDialog::headerName(ImportDialog &dialog, int column)
{
    // The header shows "name\ntype".
    return dialog.previewModel()->headerData(column, Qt::Horizontal).toString().section(
        QLatin1Char('\n'), 0, 0);
}

void TestImportDialog::detectsEncodingAndDelimiter_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<QString>("expectedDelimiter");
    QTest::newRow("UTF-8 comma") << u"UTF-8"_s << u","_s << u"UTF-8"_s << u"comma"_s;
    QTest::newRow("GB18030 semicolon") << u"GB18030"_s << u";"_s << u"GB18030"_s
                                       << u"semicolon"_s;
    QTest::newRow("UTF-16 LE tab") << u"UTF-16LE"_s << u"\t"_s << u"UTF-16 LE"_s
                                   << u"tab"_s;
    QTest::newRow("UTF-16 BE pipe") << u"UTF-16BE"_s << u"|"_s << u"UTF-16 BE"_s
                                    << u"pipe"_s;
}

void TestImportDialog::detectsEncodingAndDelimiter()
{
    QFETCH(QString, codec);
    QFETCH(QString, delimiter);
    QFETCH(QString, expectedEncoding);
    QFETCH(QString, expectedDelimiter);
    QString text = chineseRows();
    text.replace(QLatin1Char(';'), delimiter);
    QByteArray bytes = uitest::encode(text, codec.toLatin1().constData());
    if (codec.startsWith(QLatin1String("UTF-16")))
        bytes.prepend(codec.endsWith(QLatin1String("LE")) ? QByteArray("\xFF\xFE", 2)
                                                         : QByteArray("\xFE\xFF", 2));
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = m_dir.filePath(QStringLiteral("detect-%1.csv").arg(tag));
    QVERIFY(uitest::writeFile(path, bytes));

    ImportDialog dialog({});

    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(path);
    dialog.show();
    waitForPreview(dialog);
    const QString detected = dialog.detectedText();
    QVERIFY2(detected.contains(expectedEncoding), qPrintable(detected));
    QVERIFY2(detected.contains(expectedDelimiter), qPrintable(detected));
    QCOMPARE(headerName(dialog, 0), QStringLiteral("姓名"));
    QCOMPARE(dialog.previewModel()->columnCount(), 4);
}

void TestImportDialog::gb18030PreviewShowsChineseHeader()
{
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(gb18030File());
    dialog.show();
    waitForPreview(dialog);

    auto *table = dialog.findChild<QTableView *>(QStringLiteral("previewTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->columnCount(), 4);
    QCOMPARE(headerName(dialog, 0), QStringLiteral("姓名"));
    QCOMPARE(headerName(dialog, 3), QStringLiteral("科室"));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("张三"));
    // The header shows the type guessed for each column.
    const QString ageHeader = table->model()->headerData(1, Qt::Horizontal).toString();
    QVERIFY2(ageHeader.endsWith(QStringLiteral("integer")), qPrintable(ageHeader));
    const QString detected = dialog.detectedText();
    QVERIFY2(detected.contains(QStringLiteral("GB18030")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("semicolon")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("header row")), qPrintable(detected));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestImportDialog::encodingChangeUpdatesPreview()
{
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(gb18030File());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);
    QCOMPARE(headerName(dialog, 0), QStringLiteral("姓名"));

    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    QVERIFY(encoding);
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Down); // Auto → UTF-8
    QCOMPARE(encoding->currentText(), QStringLiteral("UTF-8"));
    QVERIFY(dialog.isPreviewPending());
    waitForPreview(dialog);

    // GB18030 bytes are not UTF-8: either an inline error, or a header that is no longer 姓名.
    auto *error = dialog.findChild<InlineMessage *>(QStringLiteral("previewErrorLabel"));
    QVERIFY(error);
    if (error->isVisible()) {
        QVERIFY2(error->text().contains(QStringLiteral("admissions_gb.csv, line 1")),
                 qPrintable(error->text()));
        QCOMPARE(dialog.previewModel()->columnCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    } else {
        QVERIFY(headerName(dialog, 0) != QStringLiteral("姓名"));
    }

    // And back to GB18030 / GBK: the Chinese header returns.
    QTest::keyClick(encoding, Qt::Key_Down);
    QCOMPARE(encoding->currentData().toInt(), int(TextEncoding::Gb18030));
    waitForPreview(dialog);
    QVERIFY(!error->isVisible());
    QCOMPARE(headerName(dialog, 0), QStringLiteral("姓名"));
}

void TestImportDialog::noHeaderGivesGeneratedNames()
{
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(gb18030File());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);

    auto *header = dialog.findChild<QComboBox *>(QStringLiteral("headerCombo"));
    QVERIFY(header);
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Down); // Auto-detect → First row is header
    QTest::keyClick(header, Qt::Key_Down); // → No header
    QCOMPARE(header->currentData().toInt(), int(HeaderMode::Absent));
    waitForPreview(dialog);

    QCOMPARE(headerName(dialog, 0), QStringLiteral("column_1"));
    QCOMPARE(headerName(dialog, 3), QStringLiteral("column_4"));
    // The former header is now the first row.
    QCOMPARE(dialog.previewModel()->rowCount(), 4);
    QCOMPARE(dialog.previewModel()->index(0, 0).data().toString(), QStringLiteral("姓名"));
    QVERIFY(dialog.detectedText().contains(QStringLiteral("no header row")));
    QCOMPARE(dialog.options().header, HeaderMode::Absent);
}

void TestImportDialog::rapidChangesShowOnlyTheLastOptions()
{
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(gb18030File());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);

    QSignalSpy updates(&dialog, &ImportDialog::previewUpdated);
    auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    delimiter->setFocus();
    // Auto → Comma → Semicolon → Tab → Pipe, faster than the debounce.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(delimiter, Qt::Key_Down);
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral("|"));
    waitForPreview(dialog);

    // Read with "|", the semicolon file has one column; intermediate options never showed.
    QCOMPARE(dialog.previewModel()->columnCount(), 1);
    QVERIFY2(dialog.detectedText().contains(QStringLiteral("pipe")),
             qPrintable(dialog.detectedText()));
    QCOMPARE(updates.count(), 1);
}

void TestImportDialog::previewErrorIsShownInline()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(uitest::writeFile(path, QByteArray("a,b\n1,2\n3,\"unterminated\n")));
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(path);
    dialog.show();
    waitForPreview(dialog);

    auto *error = dialog.findChild<InlineMessage *>(QStringLiteral("previewErrorLabel"));
    QVERIFY(error->isVisible());
    // Said as a sentence for people, not as the command line's "FILE:LINE: error:".
    QVERIFY2(error->text().startsWith(QStringLiteral("broken.csv, line 3")),
             qPrintable(error->text()));
    QVERIFY2(!error->text().contains(QStringLiteral("error:")), qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestImportDialog::encodingErrorNamesTheEncodingBox_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("advice");
    QTest::newRow("en") << QString() << QStringLiteral("Encoding box");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("“编码”框");
}

void TestImportDialog::encodingErrorNamesTheEncodingBox()
{
    QFETCH(QString, language);
    QFETCH(QString, advice);
    QTranslator translator;
    const QLocale previous;
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        QVERIFY(loadStewardTranslation(translator, QLocale(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });
    // GB18030 bytes read as UTF-8: the advice names the dialog's control, not --encoding.
    const QString path = m_dir.filePath(QStringLiteral("gbk.csv"));
    QVERIFY(uitest::writeFile(path, QByteArray("a,b\n1,\xD5\xC5\xC8\xFD\n")));
    ImportDialog dialog({});
    dialog.setFilePath(path);
    dialog.show();
    waitForPreview(dialog);
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    QSignalSpy updates(&dialog, &ImportDialog::previewUpdated);
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-8")));
    QTRY_VERIFY(updates.count() > 0);
    waitForPreview(dialog);

    auto *error = dialog.findChild<InlineMessage *>(QStringLiteral("previewErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    const QString text = error->text();
    QVERIFY2(text.contains(advice), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("--encoding")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("error")), qPrintable(text));
    if (!language.isEmpty())
        QVERIFY2(!text.contains(QStringLiteral("invalid")), qPrintable(text));
}

void TestImportDialog::duplicateAndEmptyHeadersAreReported()
{
    const QString path = m_dir.filePath(QStringLiteral("headers.csv"));
    QVERIFY(uitest::writeFile(path, QByteArray("name,,name\nx,y,z\n")));
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A header with empty or repeated names does not look like a header: say that it is one.
    auto *header = dialog.findChild<QComboBox *>(QStringLiteral("headerCombo"));
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Down);
    QCOMPARE(header->currentData().toInt(), int(HeaderMode::Present));
    waitForPreview(dialog);

    QCOMPARE(headerName(dialog, 0), QStringLiteral("name"));
    QCOMPARE(headerName(dialog, 1), QStringLiteral("column_2"));
    QCOMPARE(headerName(dialog, 2), QStringLiteral("name_2"));
    auto *notice = dialog.findChild<InlineMessage *>(QStringLiteral("columnNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("column_2")), qPrintable(notice->text()));
    // A notice, not an error: the file can still be imported.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

void TestImportDialog::datasetNameIsValidated()
{
    const QString path = m_dir.filePath(QStringLiteral("patients.csv"));
    QVERIFY(uitest::writeFile(path, uitest::patientCsv(5).toUtf8()));
    ImportDialog dialog({QStringLiteral("Patients")});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("datasetNameEdit"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("nameProblemLabel"));
    // The default name is the file's base name, which the project already has.
    QCOMPARE(name->text(), QStringLiteral("patients"));
    QVERIFY(!importButton->isEnabled());
    QVERIFY(problem->isVisible());

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("patients_june"));
    QVERIFY(importButton->isEnabled());
    QVERIFY(!problem->isVisible());

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!importButton->isEnabled());
}

void TestImportDialog::spreadsheetOffersSheets()
{
    const QString path = m_dir.filePath(QStringLiteral("two-sheets.xlsx"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA_DIR "/xlsx/two-sheets.xlsx"), path));
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);

    auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    QVERIFY(sheet->isVisible());
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->isVisible());
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->isVisible());
    QCOMPARE(sheet->count(), 3);
    QCOMPARE(sheet->currentText(), QStringLiteral("住院记录"));
    QCOMPARE(headerName(dialog, 0), QStringLiteral("病案号"));

    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Down);
    QCOMPARE(sheet->currentText(), QStringLiteral("Visits"));
    waitForPreview(dialog);
    QCOMPARE(headerName(dialog, 0), QStringLiteral("visit"));
    QCOMPARE(dialog.previewModel()->rowCount(), 3);
    QCOMPARE(dialog.options().sheet, QStringLiteral("Visits"));
}

void TestImportDialog::acceptReturnsDetectedOptions()
{
    ImportDialog dialog({});
    uitest::attachModelTesters(&dialog);
    dialog.setFilePath(gb18030File());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitForPreview(dialog);

    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const ImportOptions options = dialog.options();
    QCOMPARE(dialog.filePath(), gb18030File());
    QCOMPARE(options.encoding, TextEncoding::Gb18030);
    QCOMPARE(options.delimiter, QLatin1Char(';'));
    QCOMPARE(options.header, HeaderMode::Present);
    QCOMPARE(options.datasetName, QStringLiteral("admissions_gb"));
    QVERIFY(!options.replaceExisting);
}

void TestImportDialog::replaceModeFixesTheName()
{
    DatasetInfo target;
    target.name = QStringLiteral("admissions");
    target.rowCount = 1200;
    target.version = 2;
    for (const QString &column : {u"姓名"_s, u"年龄"_s, u"出院日期"_s}) {
        ColumnInfo info;
        info.name = column;
        target.columns << info;
    }
    ImportDialog dialog({QStringLiteral("admissions")});
    uitest::attachModelTesters(&dialog);
    dialog.setReplaceTarget(target);
    dialog.setFilePath(gb18030File());
    dialog.show();
    waitForPreview(dialog);

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("datasetNameEdit"));
    QVERIFY(name->isReadOnly());
    QCOMPARE(name->text(), QStringLiteral("admissions"));
    // Replacing keeps the existing name: that is not a conflict.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("replaceNoteLabel"))->text();
    QVERIFY2(note.contains(QStringLiteral("version 3")), qPrintable(note));
    // Column differences with the current version are pointed out.
    const QString notice =
        dialog.findChild<InlineMessage *>(QStringLiteral("columnNoticeLabel"))->text();
    QVERIFY2(notice.contains(QStringLiteral("出院日期")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("入院日期")), qPrintable(notice));

    const ImportOptions options = dialog.options();
    QVERIFY(options.replaceExisting);
    QCOMPARE(options.datasetName, QStringLiteral("admissions"));
}

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
