// ClassificationHeader: the dataset's grade, the counts with a hint, and the profiling progress
// above the classification table.

#include "ui/classification/ClassificationHeader.h"
#include "core/classify/DatasetClassification.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::ui::ClassificationHeader;

namespace {

// Three fields suggested grade 2, 4 and 3; the first `confirmed` of them confirmed as suggested.
DatasetClassification threeFields(int confirmed)
{
    DatasetClassification c;
    c.analyzed = true;
    const int grades[] = {2, 4, 3};
    for (int i = 0; i < 3; ++i) {
        FieldClassification f;
        f.name = u"f%1"_s.arg(i);
        f.hasSuggestion = true;
        f.suggestion.grade = grades[i];
        if (i < confirmed) {
            f.decision.confirmed = true;
            f.decision.hasValues = true;
            f.decision.grade = grades[i];
        }
        c.fields.append(f);
    }
    return c;
}

} // namespace

class TestClassificationHeader final : public QObject {
    Q_OBJECT

private slots:
    void noDatasetShowsAnEmptyChip()
    {
        ClassificationHeader header;
        header.clearTitle();
        header.showState(DatasetClassification{}, false, false);
        QCOMPARE(header.findChild<QLabel *>(u"classificationTitle"_s)->text(), u"No dataset"_s);
        QCOMPARE(header.findChild<QLabel *>(u"datasetGradeChip"_s)->text(), u"–"_s);
        QVERIFY(header.findChild<QLabel *>(u"needsDecisionLabel"_s)->text().isEmpty());
        QCOMPARE(header.text(), u"Dataset grade –"_s);
    }

    void countsAndGrade()
    {
        ClassificationHeader header;
        header.setTitle(u"january"_s);
        QCOMPARE(header.findChild<QLabel *>(u"classificationTitle"_s)->text(),
                 u"Classification of “january”"_s);
        header.showState(threeFields(2), true, false);
        QCOMPARE(header.text(), u"Dataset grade %1 · 1 of 3 fields need a decision"_s
                                    .arg(QLocale().toString(4)));
        header.showState(threeFields(3), true, false);
        QCOMPARE(header.findChild<QLabel *>(u"needsDecisionLabel"_s)->text(),
                 u"All 3 fields are decided"_s);
    }

    void notProfiledSaysSoUnlessProfiling()
    {
        ClassificationHeader header;
        DatasetClassification c = threeFields(0);
        c.analyzed = false;
        auto *hint = header.findChild<QLabel *>(u"gradeHintLabel"_s);
        header.showState(c, true, false);
        QVERIFY2(hint->text().startsWith(u"Not profiled yet"_s), qPrintable(hint->text()));
        header.showState(c, true, true);
        QVERIFY2(!hint->text().startsWith(u"Not profiled yet"_s), qPrintable(hint->text()));
    }

    void progressAndCancel()
    {
        ClassificationHeader header;
        header.show();
        auto *row = header.findChild<QWidget *>(u"profilingProgress"_s);
        auto *label = header.findChild<QLabel *>(u"profilingLabel"_s);
        auto *cancel = header.findChild<QPushButton *>(u"cancelProfilingButton"_s);
        QVERIFY(!row->isVisible());
        header.showProgressStarted(u"january"_s);
        QVERIFY(row->isVisible());
        QCOMPARE(label->text(), u"Profiling “january”…"_s);
        header.showProgress(3, 18);
        QCOMPARE(label->text(), u"Profiling fields: 3 of 18"_s);
        QSignalSpy cancelled(&header, &ClassificationHeader::cancelRequested);
        cancel->click();
        QCOMPARE(cancelled.size(), 1);
        header.showCancelling();
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(label->text(), u"Cancelling…"_s);
        header.hideProgress();
        QVERIFY(!row->isVisible());
    }
};

QTEST_MAIN(TestClassificationHeader)
#include "test_classificationheader.moc"
