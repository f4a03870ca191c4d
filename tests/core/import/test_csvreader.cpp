#include "core/import/CsvReader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

// Chunk sizes that split records, quotes, CR LF pairs and multi-byte characters everywhere.
const QList<qsizetype> kChunkSizes = {CsvReader::kDefaultChunkSize, 1, 2, 3, 4, 5, 7, 13};

struct ReadResult {
    Records records;
    Lines lines;
    std::optional<Error> error;
    QString encoding;
    QChar delimiter;
};

ReadResult readAll(const QString &path, const ImportOptions &options, qsizetype chunkSize,
                   qsizetype maxRecordSize = CsvReader::kDefaultMaxRecordSize)
{
    ReadResult result;
    auto reader = CsvReader::open(path, options, chunkSize, maxRecordSize);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    result.delimiter = (*reader)->delimiter();
    std::vector<std::string_view> cells;
    for (;;) {
        const Result<bool> more = (*reader)->next(cells);
        if (!more) {
            result.error = more.error();
            result.encoding = (*reader)->encodingName();
            return result;
        }
        if (!*more)
            break;
        QStringList record;
        for (std::string_view cell : cells)
            record.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
        result.records.append(record);
        result.lines.append((*reader)->recordLine());
    }
    result.encoding = (*reader)->encodingName(); // may change when ASCII turns into GB18030
    if ((*reader)->consumed() != (*reader)->total())
        result.error = Error::internal(u"consumed() != total() at the end"_s);
    return result;
}

QByteArray encode(const QString &text, const char *encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    QByteArray bytes = encoder.encode(text);
    if (bom && qstrcmp(encoding, "GB18030") == 0)
        bytes.prepend("\x84\x31\x95\x33");
    return bytes;
}

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void encodings_data();
    void encodings();
    void errors_data();
    void errors();
    void asciiPrefixThenGb18030();
    void invalidUtf8AfterSample();
    void nulAfterSample();
    void recordLimit_data();
    void recordLimit();
    void progressAndFactory();
    void unsupportedDelimiter();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCsvReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QString::number(++m_files) + u'-' + name + u".csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture");
    return path;
}

void TestCsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter"); // null = sniff
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QChar>("expectedDelimiter");

    const QChar sniff;
    QTest::newRow("simple LF") << QByteArray("a,b,c\n1,2,3\n") << sniff
                               << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                               << Lines{1, 2} << QChar(u',');
    QTest::newRow("no trailing newline") << QByteArray("a,b\n1,2") << sniff
                                         << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                         << Lines{1, 2} << QChar(u',');
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << sniff
                          << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines{1, 2}
                          << QChar(u',');
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4") << sniff
                             << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                             << Lines{1, 2, 3} << QChar(u',');
    QTest::newRow("mixed terminators")
        << QByteArray("a,b\r\n1,2\n3,4\r5,6\r\n") << sniff
        << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}, {u"5"_s, u"6"_s}}
        << Lines{1, 2, 3, 4} << QChar(u',');
    QTest::newRow("CRLF at end without more") << QByteArray("a,b\r\n1,2\r") << sniff
                                              << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                              << Lines{1, 2} << QChar(u',');
    QTest::newRow("blank lines skipped but counted")
        << QByteArray("\n\r\na,b\n\n\n1,2\r\r\n\r3,4\n\n") << sniff
        << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << Lines{3, 6, 9}
        << QChar(u',');
    QTest::newRow("embedded delimiter") << QByteArray("a,b\n\"x,y\",2\n") << sniff
                                        << Records{{u"a"_s, u"b"_s}, {u"x,y"_s, u"2"_s}}
                                        << Lines{1, 2} << QChar(u',');
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << sniff
        << Records{{u"a"_s, u"b"_s}, {u"say \"hi\""_s, u"\""_s}} << Lines{1, 2} << QChar(u',');
    QTest::newRow("several unescaped fields in one record")
        << QByteArray("a,b,c\n\"1\"\"\",\"2\"\"2\",\"\"\"3\"\n") << sniff
        << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1\""_s, u"2\"2"_s, u"\"3"_s}} << Lines{1, 2}
        << QChar(u',');
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",x\n") << sniff
                                        << Records{{u"a"_s, u"b"_s}, {QString(), u"x"_s}}
                                        << Lines{1, 2} << QChar(u',');
    QTest::newRow("newline inside quotes")
        << QByteArray("a,b\n\"line 1\nline 2\",x\n\"p\r\nq\rr\",y\nlast,z\n") << sniff
        << Records{{u"a"_s, u"b"_s},
                   {u"line 1\nline 2"_s, u"x"_s},
                   {u"p\r\nq\rr"_s, u"y"_s},
                   {u"last"_s, u"z"_s}}
        << Lines{1, 2, 4, 7} << QChar(u',');
    QTest::newRow("quoted field at end of file")
        << QByteArray("a,b\n1,\"x\"") << sniff << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"x"_s}}
        << Lines{1, 2} << QChar(u',');
    QTest::newRow("quoted field then CRLF")
        << QByteArray("a,b\r\n\"1\",\"2\"\r\n\"3\",\"4\"") << sniff
        << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << Lines{1, 2, 3}
        << QChar(u',');
    QTest::newRow("quote inside unquoted field is literal")
        << QByteArray("a,b\n5'3\",x\"y\"\n") << sniff
        << Records{{u"a"_s, u"b"_s}, {u"5'3\""_s, u"x\"y\""_s}} << Lines{1, 2} << QChar(u',');
    QTest::newRow("empty fields and trailing delimiter")
        << QByteArray("a,b,c\n,,\n1,2,\n1,2,") << sniff
        << Records{{u"a"_s, u"b"_s, u"c"_s},
                   {QString(), QString(), QString()},
                   {u"1"_s, u"2"_s, QString()},
                   {u"1"_s, u"2"_s, QString()}}
        << Lines{1, 2, 3, 4} << QChar(u',');
    QTest::newRow("whitespace preserved")
        << QByteArray("a , b\n  1 ,\t2\t\n \"x\" , y \n") << sniff
        << Records{{u"a "_s, u" b"_s}, {u"  1 "_s, u"\t2\t"_s}, {u" \"x\" "_s, u" y "_s}}
        << Lines{1, 2, 3} << QChar(u',');
    QTest::newRow("tab") << QByteArray("a\tb, c\n1\t2,3,4\n") << sniff
                         << Records{{u"a"_s, u"b, c"_s}, {u"1"_s, u"2,3,4"_s}} << Lines{1, 2}
                         << QChar(u'\t');
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2,5\n") << sniff
                               << Records{{u"a"_s, u"b"_s}, {u"1,5"_s, u"2,5"_s}}
                               << Lines{1, 2} << QChar(u';');
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|\"x|y\"|3\n") << sniff
                          << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"x|y"_s, u"3"_s}}
                          << Lines{1, 2} << QChar(u'|');
    QTest::newRow("forced semicolon") << QByteArray("a,b;c\n1,2;3\n") << QChar(u';')
                                      << Records{{u"a,b"_s, u"c"_s}, {u"1,2"_s, u"3"_s}}
                                      << Lines{1, 2} << QChar(u';');
    QTest::newRow("single column") << QByteArray("name\nalpha\nbeta\n") << sniff
                                   << Records{{u"name"_s}, {u"alpha"_s}, {u"beta"_s}}
                                   << Lines{1, 2, 3} << QChar(u',');
    QTest::newRow("single column, quoted empty value")
        << QByteArray("name\n\"\"\nbeta\n") << sniff
        << Records{{u"name"_s}, {QString()}, {u"beta"_s}} << Lines{1, 2, 3} << QChar(u',');
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF姓名,年龄\n张三,42\n") << sniff
                                    << Records{{u"姓名"_s, u"年龄"_s}, {u"张三"_s, u"42"_s}}
                                    << Lines{1, 2} << QChar(u',');
    QTest::newRow("field longer than chunks")
        << (QByteArray("a,b\n") + QByteArray(3000, 'x') + QByteArray(",\"") + QByteArray(2000, 'y')
            + QByteArray("\"\"z\"\n"))
        << sniff
        << Records{{u"a"_s, u"b"_s},
                   {QString(3000, u'x'), QString(2000, u'y') + u"\"z"_s}}
        << Lines{1, 2} << QChar(u',');
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    QFETCH(QChar, expectedDelimiter);

    const QString path = write(u"parse"_s, input);
    ImportOptions options;
    options.delimiter = delimiter;
    for (qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(path, options, chunk);
        QVERIFY2(!r.error, qPrintable(u"chunk %1: %2"_s.arg(chunk).arg(r.error->toString())));
        QCOMPARE(r.records, expected);
        QCOMPARE(r.lines, lines);
        QCOMPARE(r.delimiter, expectedDelimiter);
        QCOMPARE(r.encoding, u"utf-8"_s);
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("codec");    // for QStringEncoder
    QTest::addColumn<QString>("encodingName"); // expected
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("forced");

    for (const auto &[codec, name] : {std::pair{"UTF-8", "utf-8"}, {"GB18030", "gb18030"},
                                      {"UTF-16LE", "utf-16le"}, {"UTF-16BE", "utf-16be"}}) {
        for (bool bom : {false, true}) {
            for (bool forced : {false, true}) {
                const QByteArray row = QByteArray(name) + (bom ? " BOM" : " no BOM")
                    + (forced ? " forced" : " detected");
                QTest::newRow(row.constData()) << QByteArray(codec) << QString::fromLatin1(name)
                                               << bom << forced;
            }
        }
    }
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, codec);
    QFETCH(QString, encodingName);
    QFETCH(bool, bom);
    QFETCH(bool, forced);

    // Pipe-delimited on purpose: 亅 is 81 7C in GBK, whose second byte is '|'. 𠀀 and 😀 are
    // four-byte sequences in GB18030 and surrogate pairs in UTF-16; ÿ is four bytes in GB18030.
    const Records expected{
        {u"姓名"_s, u"备注"_s, u"金额"_s},
        {u"张三"_s, u"亅倈億|𠀀 😀 ÿ €"_s, u"1.5"_s},
        {u"李四"_s, u"多行\r\n文本"_s, u"-2"_s},
        {u"王五"_s, u"“引号” \"x\""_s, u"0"_s},
    };
    const QString text = u"姓名|备注|金额\r\n张三|\"亅倈億|𠀀 😀 ÿ €\"|1.5\r\n"
                         u"李四|\"多行\r\n文本\"|-2\n王五|\"“引号” \"\"x\"\"\"|0"_s;
    const QByteArray bytes = encode(text, codec.constData(), bom);
    if (codec == "GB18030") {
        QVERIFY(bytes.contains("\x81\x7C"));                 // 亅
        QVERIFY(bytes.contains("\x95\x32\x82\x36"));         // 𠀀, four bytes
    }
    const QString path = write(u"enc"_s, bytes);
    ImportOptions options;
    if (forced)
        QVERIFY(textEncodingFromName(encodingName, &options.encoding));
    for (qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(path, options, chunk);
        QVERIFY2(!r.error, qPrintable(u"chunk %1: %2"_s.arg(chunk).arg(r.error->toString())));
        QCOMPARE(r.encoding, encodingName);
        QCOMPARE(r.delimiter, QChar(u'|'));
        QCOMPARE(r.records, expected);
        QCOMPARE(r.lines, (Lines{1, 2, 3, 5}));
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message"); // a part of the message

    const QString autoEnc = u"auto"_s;
    QTest::newRow("empty") << QByteArray() << autoEnc << 1LL << 1LL << u"empty"_s;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << autoEnc << 1LL << 1LL
                                << u"empty"_s;
    QTest::newRow("only a UTF-16 BOM") << QByteArray("\xFF\xFE") << autoEnc << 1LL << 1LL
                                       << u"empty"_s;
    QTest::newRow("only white space") << QByteArray("  \n\n \t\r\n") << autoEnc << 1LL << 1LL
                                      << u"empty"_s;
    QTest::newRow("binary with NUL")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20) << autoEnc << 1LL << 1LL
        << u"not a text file"_s;
    QTest::newRow("NUL in forced UTF-8") << QByteArray("a,b\n1,\0\n", 8) << u"utf-8"_s << 1LL
                                         << 1LL << u"not a text file"_s;
    QTest::newRow("control bytes")
        << QByteArray("a,b\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11\x12\x13\x14,c\n")
        << autoEnc << 1LL << 1LL << u"not a text file"_s;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"SECRET\n2,3\n") << autoEnc
                                        << 2LL << 3LL << u"unterminated quoted field"_s;
    QTest::newRow("unterminated quote after CJK")
        << QByteArray("名字,b\n张三,\"SECRET") << autoEnc << 2LL << 4LL
        << u"unterminated quoted field"_s;
    QTest::newRow("unterminated quote after quoted newline")
        << QByteArray("a,b\n\"x\ny\",\"SECRET,\n") << autoEnc << 3LL << 4LL
        << u"unterminated quoted field"_s;
    QTest::newRow("junk after closing quote") << QByteArray("a,b\n\"SECRET\"x,2\n") << autoEnc
                                              << 2LL << 9LL << u"after a closing quote"_s;
    QTest::newRow("space after closing quote") << QByteArray("a,b\r\n1,\"SECRET\" \r\n")
                                               << autoEnc << 2LL << 11LL
                                               << u"after a closing quote"_s;
    QTest::newRow("ragged: more fields") << QByteArray("a,b\n1,2,SECRET\n") << autoEnc << 2LL
                                         << 5LL << u"expected 2 fields, found 3"_s;
    QTest::newRow("ragged: more fields, quoted")
        << QByteArray("a,b\n1,2,\"SECRET\",x\n") << autoEnc << 2LL << 5LL
        << u"expected 2 fields, found 4"_s;
    QTest::newRow("ragged: fewer fields") << QByteArray("a,b,c\n1,SECRET\n") << autoEnc << 2LL
                                          << 9LL << u"expected 3 fields, found 2"_s;
    QTest::newRow("ragged: fewer fields at end of file")
        << QByteArray("a,b,c\n1,2,3\n\n4,甲") << autoEnc << 4LL << 4LL
        << u"expected 3 fields, found 2"_s;
    QTest::newRow("ragged: extra field after a quoted newline")
        << QByteArray("a,b\n\"x\ny\",2,3\n") << autoEnc << 3LL << 6LL
        << u"expected 2 fields, found 3"_s;
    QTest::newRow("ragged: CRLF and blank lines")
        << QByteArray("a;b\r\n\r\n1;2\r\n\r\n\r\n3;4;5\r\n") << autoEnc << 6LL << 5LL
        << u"expected 2 fields, found 3"_s;
    QTest::newRow("invalid UTF-8 (forced)") << QByteArray("a,b\n1,SE\xFFT\n") << u"utf-8"_s
                                            << 2LL << 5LL << u"invalid UTF-8"_s;
    QTest::newRow("overlong UTF-8 (forced)") << QByteArray("a,b\n\xC0\xAF,1\n") << u"utf-8"_s
                                             << 2LL << 1LL << u"invalid UTF-8"_s;
    QTest::newRow("cut UTF-8 at end (forced)") << QByteArray("a,b\n1,\xE4\xB8") << u"utf-8"_s
                                               << 2LL << 3LL << u"invalid UTF-8"_s;
    QTest::newRow("GB18030 invalid byte") << QByteArray("a,b\n1,\xD5\xC5\x80\n") << u"gbk"_s
                                          << 2LL << 4LL << u"invalid GB18030"_s;
    QTest::newRow("GB18030 unassigned four-byte code")
        << QByteArray("a,b\n\xD5\xC5,x\x84\x31\xA5\x30\n") << u"gb18030"_s << 2LL << 4LL
        << u"invalid GB18030"_s;
    QTest::newRow("GB18030 cut at end") << QByteArray("a,b\n1,\xD5") << u"gb18030"_s << 2LL
                                        << 3LL << u"invalid GB18030"_s;
    QTest::newRow("UTF-16 unpaired surrogate")
        << QByteArray("a\0,\0b\0\n\0" "1\0,\0\x00\xD8x\0\n\0", 18) << u"utf-16le"_s << 2LL
        << 3LL << u"invalid UTF-16"_s;
    QTest::newRow("UTF-16 odd length") << QByteArray("\0a\0,\0b\0\n\0" "1\0,\0" "2\0", 15)
                                       << u"utf-16be"_s << 2LL << 4LL << u"invalid UTF-16"_s;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);

    const QString path = write(u"error"_s, input);
    ImportOptions options;
    QVERIFY(textEncodingFromName(encoding, &options.encoding));
    for (qsizetype chunk : kChunkSizes) {
        const ReadResult r = readAll(path, options, chunk);
        QVERIFY2(r.error.has_value(), qPrintable(u"chunk %1: no error"_s.arg(chunk)));
        const Error &e = *r.error;
        QCOMPARE(e.code, ErrorCode::BadInput);
        QCOMPARE(e.exitCode(), 2);
        QCOMPARE(e.file, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(!e.message.contains(u"SECRET"_s));
        QVERIFY(e.toString().startsWith(u"%1:%2:%3: error: "_s.arg(path).arg(line).arg(column)));
    }
}

void TestCsvReader::asciiPrefixThenGb18030()
{
    // The detection sample is plain ASCII; Chinese text in GB18030 appears only later. Decoding
    // switches to GB18030 without losing anything.
    QByteArray bytes = "id,name\n";
    int rows = 0;
    while (bytes.size() < 3 * CsvReader::kSampleSize) {
        bytes += QByteArray::number(++rows) + ",x\n";
    }
    bytes += encode(u"%1,张三丰\n%2,亅|\n"_s.arg(rows + 1).arg(rows + 2), "GB18030", false);
    const QString path = write(u"asciigbk"_s, bytes);
    for (qsizetype chunk : {CsvReader::kDefaultChunkSize, qsizetype(4096), qsizetype(3)}) {
        const ReadResult r = readAll(path, ImportOptions(), chunk);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.encoding, u"gb18030"_s);
        QCOMPARE(r.records.size(), rows + 3);
        QCOMPARE(r.records.at(rows + 1), (QStringList{QString::number(rows + 1), u"张三丰"_s}));
        QCOMPARE(r.records.at(rows + 2), (QStringList{QString::number(rows + 2), u"亅|"_s}));
        QCOMPARE(r.lines.last(), qint64(rows + 3));
    }
}

void TestCsvReader::invalidUtf8AfterSample()
{
    // Valid UTF-8 with Chinese text in the sample, then a GBK line: an error where it starts.
    QByteArray bytes = "id,name\n";
    int rows = 0;
    while (bytes.size() < 2 * CsvReader::kSampleSize)
        bytes += QByteArray::number(++rows) + ",张三\n";
    bytes += "x," + encode(u"李四"_s, "GB18030", false) + "\n";
    const QString path = write(u"utf8gbk"_s, bytes);
    for (qsizetype chunk : {CsvReader::kDefaultChunkSize, qsizetype(1000), qsizetype(7)}) {
        const ReadResult r = readAll(path, ImportOptions(), chunk);
        QVERIFY(r.error.has_value());
        QCOMPARE(r.encoding, u"utf-8"_s);
        QCOMPARE(r.records.size(), rows + 1);
        QCOMPARE(r.error->line, qint64(rows + 2));
        QCOMPARE(r.error->column, 3);
        QVERIFY(r.error->message.contains(u"invalid UTF-8"_s));
        QCOMPARE(r.error->hint, ErrorHint::TryGb18030);
        QVERIFY(r.error->toString().contains(u"--encoding gb18030"_s));
    }
}

void TestCsvReader::nulAfterSample()
{
    QByteArray bytes = "a,b\n";
    int rows = 1;
    while (bytes.size() < 2 * CsvReader::kSampleSize) {
        bytes += "12,34\n";
        ++rows;
    }
    bytes += QByteArray("5,\0\n", 4);
    const QString path = write(u"nul"_s, bytes);
    const ReadResult r = readAll(path, ImportOptions(), CsvReader::kDefaultChunkSize);
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->code, ErrorCode::BadInput);
    QCOMPARE(r.error->line, qint64(rows + 1));
    QCOMPARE(r.error->column, 3);
    QVERIFY(r.error->message.contains(u"not a text file"_s));
}

void TestCsvReader::recordLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("quote never closed") << (QByteArray("a,b\n1,\"") + QByteArray(5000, 'x'))
                                        << 2LL << 3LL << u"not closed"_s;
    QTest::newRow("record too long") << (QByteArray("a,b\n1,") + QByteArray(5000, 'x'))
                                     << 2LL << 1LL << u"record longer"_s;
}

void TestCsvReader::recordLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    const QString path = write(u"limit"_s, input);
    const ReadResult r = readAll(path, ImportOptions(), 100, 1024);
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->code, ErrorCode::BadInput);
    QCOMPARE(r.error->line, line);
    QCOMPARE(r.error->column, column);
    QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
    // The same file is fine with the default limit.
    const ReadResult ok = readAll(path, ImportOptions(), 100);
    QVERIFY(!ok.error || ok.error->message.contains(u"unterminated"_s));
}

void TestCsvReader::progressAndFactory()
{
    const QByteArray bytes = "a,b\n1,2\n3,4\n";
    const QString path = write(u"progress"_s, bytes);
    auto source = openCsvSource(path, ImportOptions());
    QVERIFY(source);
    RowSource &rows = **source;
    QCOMPARE(rows.total(), qint64(bytes.size()));
    QCOMPARE(rows.delimiter(), QChar(u','));
    QCOMPARE(rows.encodingName(), u"utf-8"_s);
    std::vector<std::string_view> cells;
    int records = 0;
    for (;;) {
        auto more = rows.next(cells);
        QVERIFY(more);
        if (!*more)
            break;
        ++records;
        QCOMPARE(cells.size(), size_t(2));
        QVERIFY(rows.consumed() <= rows.total());
    }
    QCOMPARE(records, 3);
    QCOMPARE(rows.consumed(), rows.total());
    // After the end, next() keeps saying so.
    auto again = rows.next(cells);
    QVERIFY(again && !*again);
}

void TestCsvReader::unsupportedDelimiter()
{
    const QString path = write(u"delim"_s, "a,b\n");
    ImportOptions options;
    options.delimiter = u'"';
    auto reader = CsvReader::open(path, options);
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, ErrorCode::Usage);

    auto missing = CsvReader::open(m_dir.filePath(u"does-not-exist.csv"_s), ImportOptions());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
