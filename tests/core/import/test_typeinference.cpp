#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "tests/support/TestFiles.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(steward::ColumnType)

namespace {

using steward::testsupport::utf8;

} // namespace

class TestTypeInference final : public QObject {
    Q_OBJECT

private slots:
    void isInteger_data();
    void isInteger();
    void isDecimal_data();
    void isDecimal();
    void isDate_data();
    void isDate();
    void isDateTime_data();
    void isDateTime();
    void isBoolean_data();
    void isBoolean();
    void missing_data();
    void missing();
    void customMarkers();
    void columnType_data();
    void columnType();
    void observeRow();
    void importOptions();
};

void TestTypeInference::isInteger_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("zero") << u"0"_s << true;
    QTest::newRow("negative zero") << u"-0"_s << true;
    QTest::newRow("plus sign") << u"+5"_s << true;
    QTest::newRow("plain") << u"42"_s << true;
    QTest::newRow("negative") << u"-17"_s << true;
    QTest::newRow("15 digits") << u"123456789012345"_s << true;
    QTest::newRow("16 digits") << u"1234567890123456"_s << false;
    QTest::newRow("17 digits") << u"12345678901234567"_s << false;
    QTest::newRow("18-digit resident ID") << u"110101199003074514"_s << false;
    QTest::newRow("leading zero code 007") << u"007"_s << false;
    QTest::newRow("postal code 0012") << u"0012"_s << false;
    QTest::newRow("negative with leading zero") << u"-01"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("sign only") << u"-"_s << false;
    QTest::newRow("decimal") << u"1.0"_s << false;
    QTest::newRow("exponent") << u"1e5"_s << false;
    QTest::newRow("leading space") << u" 1"_s << false;
    QTest::newRow("trailing space") << u"1 "_s << false;
    QTest::newRow("thousands separator") << u"1,000"_s << false;
    QTest::newRow("full-width digits") << u"１２"_s << false;
    QTest::newRow("text") << u"12a"_s << false;
}

void TestTypeInference::isInteger()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(TypeInference::isInteger(utf8(value)), expected);
}

void TestTypeInference::isDecimal_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("simple") << u"1.5"_s << true;
    QTest::newRow("negative") << u"-0.25"_s << true;
    QTest::newRow("zero point zero") << u"0.0"_s << true;
    QTest::newRow("no integer part") << u".5"_s << true;
    QTest::newRow("signed no integer part") << u"+.5"_s << true;
    QTest::newRow("integer is decimal") << u"12"_s << true;
    QTest::newRow("exponent") << u"1e5"_s << true;
    QTest::newRow("fraction and exponent") << u"1.5E-3"_s << true;
    QTest::newRow("exponent plus") << u"2.0e+10"_s << true;
    QTest::newRow("long integer part with fraction") << u"12345678901234567.5"_s << true;
    QTest::newRow("no fraction digits") << u"5."_s << false;
    QTest::newRow("dot only") << u"."_s << false;
    QTest::newRow("exponent without digits") << u"1e"_s << false;
    QTest::newRow("huge exponent") << u"1e1234"_s << false;
    QTest::newRow("leading zeros") << u"00.5"_s << false;
    QTest::newRow("17-digit integer") << u"12345678901234567"_s << false;
    QTest::newRow("two dots") << u"1.2.3"_s << false;
    QTest::newRow("comma decimal") << u"1,5"_s << false;
    QTest::newRow("NaN") << u"NaN"_s << false;
    QTest::newRow("inf") << u"inf"_s << false;
    QTest::newRow("percent") << u"5%"_s << false;
    QTest::newRow("sign only") << u"-"_s << false;
}

void TestTypeInference::isDecimal()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(TypeInference::isDecimal(utf8(value)), expected);
}

void TestTypeInference::isDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ISO") << u"2024-01-02"_s << true;
    QTest::newRow("slashes short") << u"2024/1/2"_s << true;
    QTest::newRow("slashes padded") << u"2024/01/02"_s << true;
    QTest::newRow("dots") << u"2024.1.2"_s << true;
    QTest::newRow("dashes short") << u"2024-1-2"_s << true;
    QTest::newRow("Chinese") << u"2024年1月2日"_s << true;
    QTest::newRow("Chinese padded") << u"2024年12月31日"_s << true;
    QTest::newRow("compact") << u"20240102"_s << true;
    QTest::newRow("leap day 2024") << u"2024-02-29"_s << true;
    QTest::newRow("leap day 2000") << u"2000/2/29"_s << true;
    QTest::newRow("compact leap day") << u"20240229"_s << true;
    QTest::newRow("year 1") << u"0001-01-01"_s << true;
    QTest::newRow("compact 1900") << u"19000101"_s << true;
    QTest::newRow("compact 2100") << u"21001231"_s << true;
    QTest::newRow("2023-02-29 no leap day") << u"2023-02-29"_s << false;
    QTest::newRow("1900 not a leap year") << u"1900-02-29"_s << false;
    QTest::newRow("Chinese 2023-02-29") << u"2023年2月29日"_s << false;
    QTest::newRow("month 13") << u"2024-13-01"_s << false;
    QTest::newRow("month 0") << u"2024-00-10"_s << false;
    QTest::newRow("day 0") << u"2024-01-00"_s << false;
    QTest::newRow("April 31") << u"2024-04-31"_s << false;
    QTest::newRow("year 0") << u"0000-01-01"_s << false;
    QTest::newRow("compact month 13") << u"20241301"_s << false;
    QTest::newRow("compact Feb 30") << u"20240230"_s << false;
    QTest::newRow("compact 2023-02-29") << u"20230229"_s << false;
    QTest::newRow("compact before 1900") << u"18991231"_s << false;
    QTest::newRow("compact after 2100") << u"21010101"_s << false;
    QTest::newRow("9 digits") << u"202401021"_s << false;
    QTest::newRow("7 digits") << u"2024012"_s << false;
    QTest::newRow("mixed separators") << u"2024-1/2"_s << false;
    QTest::newRow("3-digit month") << u"2024-001-02"_s << false;
    QTest::newRow("2-digit year") << u"24-01-02"_s << false;
    QTest::newRow("day first") << u"02/01/2024"_s << false;
    QTest::newRow("trailing space") << u"2024-01-02 "_s << false;
    QTest::newRow("Chinese without 日") << u"2024年1月2"_s << false;
    QTest::newRow("datetime is not a date") << u"2024-01-02T10:00"_s << false;
    QTest::newRow("trailing text") << u"2024-1-2x"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTypeInference::isDate()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(TypeInference::isDate(utf8(value)), expected);
}

void TestTypeInference::isDateTime_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("space, minutes") << u"2024-01-02 10:30"_s << true;
    QTest::newRow("T, seconds") << u"2024-01-02T10:30:59"_s << true;
    QTest::newRow("slashes, one-digit hour") << u"2024/1/2 8:05"_s << true;
    QTest::newRow("fraction") << u"2024-01-02T23:59:59.123"_s << true;
    QTest::newRow("Z") << u"2024-01-02T10:30:00Z"_s << true;
    QTest::newRow("offset with colon") << u"2024-01-02T10:30:00+08:00"_s << true;
    QTest::newRow("offset without colon") << u"2024-01-02 10:30:00-0500"_s << true;
    QTest::newRow("offset hours") << u"2024-01-02 10:30+08"_s << true;
    QTest::newRow("Chinese date") << u"2024年1月2日 10:30"_s << true;
    QTest::newRow("compact date") << u"20240102 10:30"_s << true;
    QTest::newRow("leap day") << u"2024-02-29 00:00:00"_s << true;
    QTest::newRow("hour 24") << u"2024-01-02 24:00"_s << false;
    QTest::newRow("minute 60") << u"2024-01-02 10:60"_s << false;
    QTest::newRow("second 60") << u"2024-01-02 10:59:60"_s << false;
    QTest::newRow("hour only") << u"2024-01-02 10"_s << false;
    QTest::newRow("one-digit minute") << u"2024-01-02 10:3"_s << false;
    QTest::newRow("invalid date") << u"2023-02-29 10:00"_s << false;
    QTest::newRow("two spaces") << u"2024-01-02  10:00"_s << false;
    QTest::newRow("empty fraction") << u"2024-01-02T10:00:00."_s << false;
    QTest::newRow("junk after Z") << u"2024-01-02T10:00Zx"_s << false;
    QTest::newRow("plain date") << u"2024-01-02"_s << false;
    QTest::newRow("time only") << u"10:30"_s << false;
}

void TestTypeInference::isDateTime()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(TypeInference::isDateTime(utf8(value)), expected);
}

void TestTypeInference::isBoolean_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    for (const char *yes : {"true", "FALSE", "True", "yes", "No", "Y", "n", "T", "f"})
        QTest::newRow(yes) << QString::fromLatin1(yes) << true;
    QTest::newRow("是") << u"是"_s << true;
    QTest::newRow("否") << u"否"_s << true;
    QTest::newRow("1 is an integer") << u"1"_s << false;
    QTest::newRow("0 is an integer") << u"0"_s << false;
    QTest::newRow("on") << u"on"_s << false;
    QTest::newRow("truthy") << u"truthy"_s << false;
    QTest::newRow("是的") << u"是的"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTypeInference::isBoolean()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(TypeInference::isBoolean(utf8(value)), expected);
}

void TestTypeInference::missing_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("spaces") << u"   "_s << true;
    QTest::newRow("tab and newline") << u"\t\r\n"_s << true;
    QTest::newRow("ideographic space") << u"\u3000"_s << true;
    QTest::newRow("no-break space") << u"\u00A0 "_s << true;
    QTest::newRow("NULL") << u"NULL"_s << true;
    QTest::newRow("null") << u"null"_s << true;
    QTest::newRow("Null, padded") << u" Null "_s << true;
    QTest::newRow("N/A") << u"N/A"_s << true;
    QTest::newRow("n/a") << u"n/a"_s << true;
    QTest::newRow("#N/A") << u"#N/A"_s << true;
    QTest::newRow("不详") << u"不详"_s << true;
    QTest::newRow("未知, ideographic spaces") << u"\u3000未知\u3000"_s << true;
    QTest::newRow("hyphen") << u"-"_s << true;
    QTest::newRow("em dash") << u"—"_s << true;
    QTest::newRow("NA is not a default marker (sodium)") << u"Na"_s << false;
    QTest::newRow("无 is an answer") << u"无"_s << false;
    QTest::newRow("zero") << u"0"_s << false;
    QTest::newRow("double hyphen") << u"--"_s << false;
    QTest::newRow("negative number") << u"-1"_s << false;
    QTest::newRow("nulls") << u"nulls"_s << false;
    QTest::newRow("不详细") << u"不详细"_s << false;
    QTest::newRow("text") << u"张三"_s << false;
}

void TestTypeInference::missing()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    const MissingValues missing(defaultMissingMarkers());
    QCOMPARE(missing.isMissing(utf8(value)), expected);
}

void TestTypeInference::customMarkers()
{
    const MissingValues missing({u" NA "_s, u"?"_s, QString(), u"无"_s});
    QVERIFY(missing.isMissing("na"));
    QVERIFY(missing.isMissing("NA"));
    QVERIFY(missing.isMissing(" ? "));
    QVERIFY(missing.isMissing(utf8(u"无"_s)));
    QVERIFY(missing.isMissing(""));
    QVERIFY(!missing.isMissing("NULL"));
    QVERIFY(!missing.isMissing("nan"));
}

void TestTypeInference::columnType_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<ColumnType>("expected");
    QTest::addColumn<qint64>("missingCount");

    QTest::newRow("integers") << QStringList{u"1"_s, u"-2"_s, u"300"_s} << ColumnType::Integer
                              << 0LL;
    QTest::newRow("zero and one") << QStringList{u"0"_s, u"1"_s, u"1"_s} << ColumnType::Integer
                                  << 0LL;
    QTest::newRow("integers with missing")
        << QStringList{u"1"_s, u"NULL"_s, u"-"_s, u""_s, u"2"_s} << ColumnType::Integer << 3LL;
    QTest::newRow("integer and decimal") << QStringList{u"1"_s, u"2.5"_s, u"1e3"_s}
                                         << ColumnType::Decimal << 0LL;
    QTest::newRow("decimals") << QStringList{u"0.5"_s, u"-1.25"_s} << ColumnType::Decimal << 0LL;
    QTest::newRow("compact dates") << QStringList{u"20240102"_s, u"19991231"_s}
                                   << ColumnType::Date << 0LL;
    QTest::newRow("compact dates and another integer")
        << QStringList{u"20240102"_s, u"12345678"_s} << ColumnType::Integer << 0LL;
    QTest::newRow("compact dates and an invalid one")
        << QStringList{u"20240102"_s, u"20241301"_s} << ColumnType::Integer << 0LL;
    QTest::newRow("date forms mixed")
        << QStringList{u"2024-01-02"_s, u"2024/1/2"_s, u"2024年1月2日"_s, u"20240103"_s}
        << ColumnType::Date << 0LL;
    QTest::newRow("dates and datetimes")
        << QStringList{u"2024-01-02"_s, u"2024-01-02 10:00"_s} << ColumnType::DateTime << 0LL;
    QTest::newRow("datetimes") << QStringList{u"2024-01-02T10:00:00Z"_s, u"2024-01-03 11:00"_s}
                               << ColumnType::DateTime << 0LL;
    QTest::newRow("an invalid date makes text")
        << QStringList{u"2024-02-29"_s, u"2023-02-29"_s} << ColumnType::Text << 0LL;
    QTest::newRow("dates and an integer") << QStringList{u"2024-01-02"_s, u"5"_s}
                                          << ColumnType::Text << 0LL;
    QTest::newRow("booleans") << QStringList{u"true"_s, u"False"_s, u"NULL"_s}
                              << ColumnType::Boolean << 1LL;
    QTest::newRow("Chinese booleans") << QStringList{u"是"_s, u"否"_s} << ColumnType::Boolean
                                      << 0LL;
    QTest::newRow("booleans and numbers") << QStringList{u"yes"_s, u"1"_s} << ColumnType::Text
                                          << 0LL;
    QTest::newRow("only missing") << QStringList{u""_s, u"N/A"_s, u"未知"_s} << ColumnType::Text
                                  << 3LL;
    QTest::newRow("no values") << QStringList{} << ColumnType::Text << 0LL;
    QTest::newRow("numbers and one text") << QStringList{u"1"_s, u"2"_s, u"three"_s}
                                          << ColumnType::Text << 0LL;
    QTest::newRow("codes with leading zeros") << QStringList{u"0012"_s, u"0034"_s}
                                              << ColumnType::Text << 0LL;
    QTest::newRow("007 among integers") << QStringList{u"12"_s, u"007"_s} << ColumnType::Text
                                        << 0LL;
    QTest::newRow("17-digit numbers") << QStringList{u"12345678901234567"_s, u"1"_s}
                                      << ColumnType::Text << 0LL;
    QTest::newRow("15-digit numbers") << QStringList{u"123456789012345"_s, u"1"_s}
                                      << ColumnType::Integer << 0LL;
    QTest::newRow("names") << QStringList{u"张三"_s, u"李四"_s} << ColumnType::Text << 0LL;
    QTest::newRow("padded numbers are text") << QStringList{u" 1"_s, u"2"_s} << ColumnType::Text
                                             << 0LL;
}

void TestTypeInference::columnType()
{
    QFETCH(QStringList, values);
    QFETCH(ColumnType, expected);
    QFETCH(qint64, missingCount);
    const MissingValues missing(defaultMissingMarkers());
    TypeInference inference(1, &missing);
    for (const QString &v : values)
        inference.observe(0, utf8(v));
    QCOMPARE(inference.type(0), expected);
    QCOMPARE(inference.missingCount(0), missingCount);
}

void TestTypeInference::observeRow()
{
    const MissingValues missing(defaultMissingMarkers());
    TypeInference inference(3, &missing);
    QCOMPARE(inference.columnCount(), 3);
    const std::vector<std::string> rows[] = {{"1", "2024-01-02", "x", "ignored"},
                                             {"2", "", "y"},
                                             {"NULL", "2024-01-03", "z"}};
    for (const auto &row : rows) {
        std::vector<std::string_view> cells(row.begin(), row.end());
        inference.observeRow(cells);
    }
    QCOMPARE(inference.type(0), ColumnType::Integer);
    QCOMPARE(inference.type(1), ColumnType::Date);
    QCOMPARE(inference.type(2), ColumnType::Text);
    QCOMPARE(inference.missingCount(0), 1);
    QCOMPARE(inference.missingCount(1), 1);
    QCOMPARE(inference.missingCount(2), 0);
    QCOMPARE(inference.type(7), ColumnType::Text); // out of range
}

void TestTypeInference::importOptions()
{
    TextEncoding e = TextEncoding::Auto;
    QVERIFY(textEncodingFromName(u"GBK"_s, &e));
    QCOMPARE(e, TextEncoding::Gb18030);
    QVERIFY(textEncodingFromName(u"utf-16be"_s, &e));
    QCOMPARE(textEncodingName(e), u"utf-16be"_s);
    QVERIFY(!textEncodingFromName(u"latin1"_s, &e));
    for (TextEncoding t : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030,
                           TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        QVERIFY(textEncodingFromName(textEncodingName(t), &e));
        QCOMPARE(e, t);
    }
    QChar d = u'x';
    QVERIFY(delimiterFromName(u"auto"_s, &d));
    QVERIFY(d.isNull());
    for (const QString &name : {u"comma"_s, u"semicolon"_s, u"tab"_s, u"pipe"_s}) {
        QVERIFY(delimiterFromName(name, &d));
        QCOMPARE(delimiterName(d), name);
    }
    QVERIFY(!delimiterFromName(u"colon"_s, &d));
    QVERIFY(defaultMissingMarkers().contains(u"不详"_s));
}

QTEST_GUILESS_MAIN(TestTypeInference)
#include "test_typeinference.moc"
