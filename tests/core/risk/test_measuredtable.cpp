// MeasuredTable: the table DatasetRiskAnalysis measures, fed one record at a time.

#include "core/import/TypeInference.h"
#include "core/risk/MeasuredTable.h"

#include <QtTest>

#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace steward;

class TestMeasuredTable final : public QObject {
    Q_OBJECT

private slots:
    void columnsArePositional()
    {
        // A field both quasi-identifier and sensitive attribute has a column in each part; the
        // suppression's own quasi-identifiers come last, each once.
        const MeasuredTable table({u"age"_s, u"dx"_s}, {u"dx"_s}, {u"zip"_s, u"age"_s},
                                  {u"id"_s, u"age"_s, u"zip"_s, u"dx"_s}, 0);
        QCOMPARE(table.quasiColumns(), (std::vector<int>{0, 1}));
        QCOMPARE(table.sensitiveColumns(), std::vector<int>{2});
        QCOMPARE(table.columnsOf({u"zip"_s, u"age"_s}), (std::vector<int>{3, 0}));
        QVERIFY(!table.reads(0));
        QVERIFY(table.reads(1) && table.reads(2) && table.reads(3));
    }

    void missingValuesAreOneValue()
    {
        // Rows of (quasi, sensitive): "" and "N/A" are one value; "*" marks a suppressed cell
        // and stays itself even where it is a missing-value marker.
        const MissingValues missing({u"N/A"_s, u"*"_s});
        MeasuredTable table({u"q"_s}, {u"s"_s}, {}, {u"q"_s, u"s"_s}, 4);
        const std::vector<std::vector<std::string_view>> rows = {
            {"", "a"}, {"N/A", "b"}, {"*", "a"}, {"*", "b"}};
        for (const auto &row : rows)
            QVERIFY(table.addRow(row, missing, "*"));
        table.finish();
        auto report = table.measure(2, {}, nullptr);
        QVERIFY(report);
        QCOMPARE(report->records, 4u);
        QCOMPARE(report->classes, 2u);
        QCOMPARE(report->minClass, 2u);
        QCOMPARE(report->lDiversity, std::vector<quint64>{2});
    }

    void suppressedRecordsAreLeftOut()
    {
        MeasuredTable table({u"q"_s}, {}, {}, {u"q"_s}, 3);
        for (std::string_view v : {"x", "x", "y"})
            QVERIFY(table.addRow(std::vector<std::string_view>{v}));
        table.finish();
        auto report = table.measure(2, {0, 0, 1}, nullptr);
        QVERIFY(report);
        QCOMPARE(report->suppressedRecords, 1u);
        QCOMPARE(report->classes, 1u);
        QCOMPARE(report->minClass, 2u);
    }
};

QTEST_GUILESS_MAIN(TestMeasuredTable)
#include "test_measuredtable.moc"
