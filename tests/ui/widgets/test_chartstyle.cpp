// Chart axes: round 1-2-5 ticks for any maximum (26,882 records is not a tick), at most the
// intervals asked for, whole steps for counts; labels through QLocale with thousands separators.

#include "ui/widgets/ChartStyle.h"

#include <QLocale>
#include <QTest>

using steward::ui::ChartStyle;
using namespace Qt::StringLiterals;

class TestChartStyle final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void niceTicks_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("top");
        QTest::addColumn<int>("intervals");
        QTest::newRow("empty chart") << 0.0 << 1.0 << 1.0 << 1;
        QTest::newRow("one record") << 1.0 << 1.0 << 1.0 << 1;
        QTest::newRow("six records") << 6.0 << 2.0 << 6.0 << 3;
        QTest::newRow("seven records") << 7.0 << 2.0 << 8.0 << 4;
        QTest::newRow("percent") << 100.0 << 20.0 << 100.0 << 5;
        QTest::newRow("sample extract") << 26882.0 << 10000.0 << 30000.0 << 3;
        QTest::newRow("million rows") << 999936.0 << 200000.0 << 1000000.0 << 5;
        QTest::newRow("exact power") << 1000.0 << 200.0 << 1000.0 << 5;
        QTest::newRow("just above") << 1001.0 << 500.0 << 1500.0 << 3;
    }

    void niceTicks()
    {
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(double, top);
        QFETCH(int, intervals);
        const ChartStyle::Ticks t = ChartStyle::niceTicks(max);
        QCOMPARE(t.step, step);
        QCOMPARE(t.top, top);
        QCOMPARE(t.intervals, intervals);
        QVERIFY(t.top >= max);
        QVERIFY(t.intervals <= 5);
    }

    void fractionalSteps()
    {
        const ChartStyle::Ticks t = ChartStyle::niceTicks(0.9, 5, 0.0);
        QCOMPARE(t.step, 0.2);
        QCOMPARE(t.intervals, 5);
    }

    void labelsUseTheLocale()
    {
        const QStringList labels = ChartStyle::tickLabels(
            ChartStyle::niceTicks(26882.0), [](double v) { return QLocale().toString(qint64(v)); });
        QCOMPARE(labels, QStringList({u"0"_s, u"10,000"_s, u"20,000"_s, u"30,000"_s}));
    }
};

QTEST_MAIN(TestChartStyle)
#include "test_chartstyle.moc"
