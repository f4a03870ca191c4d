#include "ui/classification/FieldHistogram.h"

#include <QTest>

using steward::ui::FieldHistogram;

// Equal-width bins of the profile panel's histogram: counts are rows (not distinct values),
// integer and day keys never get fractional bins, and every key lands in exactly one bin.
class TestFieldHistogram final : public QObject {
    Q_OBJECT

private slots:
    void bins_data();
    void bins();
    void everyRowInOneBin();
    void emptyAndSingleValue();
    void binTexts();
};

using Keys = QList<std::pair<double, qint64>>;

void TestFieldHistogram::bins_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<int>("maxBins");
    QTest::addColumn<QList<qint64>>("counts");

    QTest::newRow("small integer range: one bin per value")
        << int(FieldHistogram::Scale::Number) << Keys{{0, 2}, {1, 3}, {3, 1}} << 20
        << QList<qint64>{2, 3, 0, 1};
    QTest::newRow("ages 0-99 in 10 bins of 10")
        << int(FieldHistogram::Scale::Number) << Keys{{0, 1}, {9, 1}, {10, 4}, {99, 2}} << 10
        << QList<qint64>{2, 4, 0, 0, 0, 0, 0, 0, 0, 2};
    QTest::newRow("decimals split evenly, maximum in the last bin")
        << int(FieldHistogram::Scale::Number) << Keys{{0.5, 1}, {1.0, 1}, {2.5, 5}} << 4
        << QList<qint64>{1, 1, 0, 5};
    QTest::newRow("days: whole-day bins")
        << int(FieldHistogram::Scale::Time) << Keys{{0, 1}, {86400, 2}, {2 * 86400, 3}} << 20
        << QList<qint64>{1, 2, 3};
    QTest::newRow("rows without a count are ignored")
        << int(FieldHistogram::Scale::Number) << Keys{{1, 0}, {2, 5}, {3, 1}} << 20
        << QList<qint64>{5, 1};
}

void TestFieldHistogram::bins()
{
    QFETCH(int, scale);
    QFETCH(Keys, keys);
    QFETCH(int, maxBins);
    QFETCH(QList<qint64>, counts);
    const FieldHistogram h = FieldHistogram::build(FieldHistogram::Scale(scale), keys, maxBins);
    QList<qint64> actual;
    for (const FieldHistogram::Bin &bin : h.bins())
        actual << bin.count;
    QCOMPARE(actual, counts);
    QVERIFY(h.bins().size() <= maxBins);
}

void TestFieldHistogram::everyRowInOneBin()
{
    Keys keys;
    qint64 rows = 0;
    for (int i = 0; i < 1000; ++i) {
        const double key = (i * 7919 % 1000) / 7.0 - 30.0;
        keys.append({key, i % 5 + 1});
        rows += i % 5 + 1;
    }
    const FieldHistogram h = FieldHistogram::build(FieldHistogram::Scale::Number, keys);
    QCOMPARE(h.bins().size(), FieldHistogram::kDefaultBins);
    qint64 sum = 0;
    for (const FieldHistogram::Bin &bin : h.bins())
        sum += bin.count;
    QCOMPARE(sum, rows);
    QCOMPARE(h.total(), rows);
    QVERIFY(h.largestBin() > 0);
    QCOMPARE(h.bins().first().from, -30.0);
}

void TestFieldHistogram::emptyAndSingleValue()
{
    QVERIFY(FieldHistogram::build(FieldHistogram::Scale::Number, {}).isEmpty());
    const FieldHistogram one = FieldHistogram::build(FieldHistogram::Scale::Number, {{4.25, 9}});
    QCOMPARE(one.bins().size(), 1);
    QCOMPARE(one.bins().first().count, 9);
}

void TestFieldHistogram::binTexts()
{
    const FieldHistogram ages =
        FieldHistogram::build(FieldHistogram::Scale::Number, {{0, 1}, {99, 1}}, 10);
    QCOMPARE(ages.binText(0), QStringLiteral("0 – 9"));
    QCOMPARE(ages.binText(9), QStringLiteral("90 – 99"));
    const FieldHistogram days =
        FieldHistogram::build(FieldHistogram::Scale::Time, {{0, 1}, {86400, 1}});
    QCOMPARE(days.binText(0), QLocale().toString(QDate(1970, 1, 1), QLocale::ShortFormat));
    QVERIFY(days.binText(5).isEmpty());
}

QTEST_MAIN(TestFieldHistogram)
#include "test_fieldhistogram.moc"
