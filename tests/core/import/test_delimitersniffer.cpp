#include "core/import/DelimiterSniffer.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestDelimiterSniffer final : public QObject {
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
};

void TestDelimiterSniffer::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << true << QChar(u',');
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << true << QChar(u'\t');
    QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n") << true << QChar(u';');
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << true << QChar(u'|');
    QTest::newRow("semicolon with decimal commas") << QByteArray("x;y\n1,5;2,5\n3,25;4\n")
                                                   << true << QChar(u';');
    QTest::newRow("commas inside quotes don't count")
        << QByteArray("a;b\n\"x, y, z\";2\n\"p,q\";3\n") << true << QChar(u';');
    QTest::newRow("quoted newline") << QByteArray("a|b\n\"1,\n2,3\"|x\n") << true << QChar(u'|');
    QTest::newRow("tab with commas in text") << QByteArray("n\tnote\n1\ta, b\n2\tc\n") << true
                                             << QChar(u'\t');
    QTest::newRow("mostly consistent") << QByteArray("a,b\n1,2\n3,4\n5,6,7\n") << true
                                       << QChar(u',');
    QTest::newRow("more fields wins a tie") << QByteArray("a;b,c,d\n1;2,3,4\n") << true
                                            << QChar(u',');
    QTest::newRow("comma before tab in a full tie") << QByteArray("a\tb,c\n") << true
                                                    << QChar(u',');
    QTest::newRow("single column") << QByteArray("name\nalpha\nbeta\n") << true << QChar(u',');
    QTest::newRow("blank lines ignored") << QByteArray("\n\na;b\n\n1;2\n") << true
                                         << QChar(u';');
    QTest::newRow("cut last record ignored") << QByteArray("a;b\n1;2\n3;4,5,6,7") << false
                                             << QChar(u';');
    QTest::newRow("CJK text with pipes") << QByteArray("名|值\n亅|1\n") << true
                                                   << QChar(u'|');
    QTest::newRow("empty") << QByteArray() << true << QChar(u',');
}

void TestDelimiterSniffer::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, complete);
    QFETCH(QChar, delimiter);
    QCOMPARE(sniffDelimiter(std::string_view(sample.constData(), size_t(sample.size())), complete),
             delimiter);
}

QTEST_GUILESS_MAIN(TestDelimiterSniffer)
#include "test_delimitersniffer.moc"
