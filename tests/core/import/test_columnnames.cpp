#include "core/import/ColumnNames.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class TestColumnNames final : public QObject {
    Q_OBJECT

private slots:
    void makeColumnNames_data();
    void makeColumnNames();
    void problemsSayWhich();
    void generatedColumnNames_data();
    void generatedColumnNames();
    void looksLikeHeader_data();
    void looksLikeHeader();
};

void TestColumnNames::makeColumnNames_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("problems");

    QTest::newRow("unique") << QStringList{u"id"_s, u"姓名"_s, u"age"_s}
                            << QStringList{u"id"_s, u"姓名"_s, u"age"_s} << 0;
    QTest::newRow("trimmed") << QStringList{u" id "_s, u"\tname"_s}
                             << QStringList{u"id"_s, u"name"_s} << 0;
    QTest::newRow("empty") << QStringList{u"id"_s, QString(), u"age"_s}
                           << QStringList{u"id"_s, u"column_2"_s, u"age"_s} << 1;
    QTest::newRow("white space only") << QStringList{u"  "_s, u"x"_s}
                                      << QStringList{u"column_1"_s, u"x"_s} << 1;
    QTest::newRow("duplicates") << QStringList{u"a"_s, u"a"_s, u"a"_s}
                                << QStringList{u"a"_s, u"a_2"_s, u"a_3"_s} << 2;
    QTest::newRow("suffix taken by a later column")
        << QStringList{u"a"_s, u"a"_s, u"a_2"_s} << QStringList{u"a"_s, u"a_3"_s, u"a_2"_s} << 1;
    QTest::newRow("suffix taken by an earlier column")
        << QStringList{u"a_2"_s, u"a"_s, u"a"_s} << QStringList{u"a_2"_s, u"a"_s, u"a_3"_s} << 1;
    QTest::newRow("duplicates differing in case")
        << QStringList{u"Name"_s, u"name"_s} << QStringList{u"Name"_s, u"name_2"_s} << 1;
    QTest::newRow("duplicates after trimming")
        << QStringList{u"x"_s, u" x"_s} << QStringList{u"x"_s, u"x_2"_s} << 1;
    QTest::newRow("generated name already used")
        << QStringList{u"column_2"_s, QString()} << QStringList{u"column_2"_s, u"column_2_2"_s}
        << 2;
    QTest::newRow("Chinese duplicates") << QStringList{u"姓名"_s, u"姓名"_s}
                                        << QStringList{u"姓名"_s, u"姓名_2"_s} << 1;
    QTest::newRow("all empty") << QStringList{QString(), QString()}
                               << QStringList{u"column_1"_s, u"column_2"_s} << 2;
    QTest::newRow("no columns") << QStringList{} << QStringList{} << 0;
}

void TestColumnNames::makeColumnNames()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, names);
    QFETCH(int, problems);
    const ColumnNames result = steward::makeColumnNames(header);
    QCOMPARE(result.names, names);
    QCOMPARE(result.problems.size(), problems);
}

void TestColumnNames::problemsSayWhich()
{
    const ColumnNames result = steward::makeColumnNames({u"a"_s, QString(), u"a"_s});
    QCOMPARE(result.problems.size(), 2);
    QVERIFY(result.problems.at(0).contains(u"column 2"_s));
    QVERIFY(result.problems.at(0).contains(u"column_2"_s));
    QVERIFY(result.problems.at(1).contains(u"column 3"_s));
    QVERIFY(result.problems.at(1).contains(u"a_2"_s));
}

void TestColumnNames::generatedColumnNames_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << 0 << QStringList{};
    QTest::newRow("three") << 3 << QStringList{u"column_1"_s, u"column_2"_s, u"column_3"_s};
}

void TestColumnNames::generatedColumnNames()
{
    QFETCH(int, count);
    QFETCH(QStringList, names);
    QCOMPARE(steward::generatedColumnNames(count), names);
}

void TestColumnNames::looksLikeHeader_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<Rows>("following");
    QTest::addColumn<bool>("expected");

    QTest::newRow("names over numbers")
        << QStringList{u"id"_s, u"age"_s, u"fee"_s}
        << Rows{{u"1"_s, u"42"_s, u"10.5"_s}, {u"2"_s, u"37"_s, u"8"_s}} << true;
    QTest::newRow("numbers over numbers")
        << QStringList{u"1"_s, u"42"_s, u"10.5"_s}
        << Rows{{u"2"_s, u"37"_s, u"8"_s}, {u"3"_s, u"50"_s, u"1.5"_s}} << false;
    QTest::newRow("Chinese names over dates and text")
        << QStringList{u"姓名"_s, u"入院日期"_s}
        << Rows{{u"张三"_s, u"2024-01-02"_s}, {u"李四"_s, u"2024/2/3"_s}} << true;
    QTest::newRow("data row over dates")
        << QStringList{u"王五"_s, u"2024-01-01"_s}
        << Rows{{u"张三"_s, u"2024-01-02"_s}, {u"李四"_s, u"2024/2/3"_s}} << false;
    QTest::newRow("name over booleans") << QStringList{u"active"_s}
                                        << Rows{{u"true"_s}, {u"false"_s}} << true;
    QTest::newRow("year headers over integers")
        << QStringList{u"region"_s, u"2023"_s, u"2024"_s}
        << Rows{{u"north"_s, u"5"_s, u"7"_s}, {u"south"_s, u"3"_s, u"4"_s}} << false;
    QTest::newRow("year headers with a named integer column")
        << QStringList{u"id"_s, u"2023"_s}
        << Rows{{u"1"_s, u"5"_s}, {u"2"_s, u"3"_s}} << true;
    QTest::newRow("text header over text")
        << QStringList{u"name"_s, u"sex"_s}
        << Rows{{u"张三"_s, u"男"_s}, {u"李四"_s, u"女"_s}, {u"王五"_s, u"男"_s}} << true;
    QTest::newRow("text data over text: value repeats")
        << QStringList{u"赵六"_s, u"男"_s}
        << Rows{{u"张三"_s, u"男"_s}, {u"李四"_s, u"女"_s}} << false;
    QTest::newRow("duplicate header cells") << QStringList{u"a"_s, u"a"_s}
                                            << Rows{{u"1"_s, u"2"_s}} << false;
    QTest::newRow("empty header cell") << QStringList{u"id"_s, QString()}
                                       << Rows{{u"1"_s, u"2"_s}} << false;
    QTest::newRow("missing marker in first row") << QStringList{u"id"_s, u"NULL"_s}
                                                 << Rows{{u"1"_s, u"2"_s}} << false;
    QTest::newRow("only a header") << QStringList{u"id"_s, u"name"_s} << Rows{} << true;
    QTest::newRow("only a data row") << QStringList{u"1"_s, u"name"_s} << Rows{} << false;
    QTest::newRow("empty first record") << QStringList{} << Rows{{u"1"_s}} << false;
}

void TestColumnNames::looksLikeHeader()
{
    QFETCH(QStringList, first);
    QFETCH(Rows, following);
    QFETCH(bool, expected);
    QCOMPARE(steward::looksLikeHeader(first, following), expected);
}

QTEST_GUILESS_MAIN(TestColumnNames)
#include "test_columnnames.moc"
