#pragma once

#include "ui/classification/FieldHistogram.h"
#include "ui/classification/HistogramQuery.h"
#include "core/classify/DetectorSet.h"
#include "core/classify/FieldClassification.h"
#include "core/store/DatasetInfo.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAbstractSeries;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QGridLayout;
class QGroupBox;
class QLabel;
class QScrollArea;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// The side panel of the classification view: the selected field's suggestion and decision, its
// profile (type, non-empty, missing and distinct counts, min/max, length range), a histogram for
// numeric and date fields (computed in the background, see HistogramQuery), a bar chart of the
// most frequent values, the value patterns and the detectors' hit rates.
class FieldProfilePanel final : public QWidget {
    Q_OBJECT
public:
    explicit FieldProfilePanel(QWidget *parent = nullptr);
    ~FieldProfilePanel() override;

    // The project histograms are read from (nullptr: none; stops a running query).
    void setProject(const ProjectStore *store);
    void showField(const DatasetInfo &dataset, const FieldClassification &field,
                   const std::shared_ptr<const DetectorSet> &detectors);
    void clearField();

    QString fieldName() const { return m_fieldName; }
    // The chart views (as widgets: users of the panel need not link QtCharts).
    QWidget *histogramView() const;
    QWidget *topValuesView() const;
    // The histogram shown (empty while computing or for fields without one).
    const FieldHistogram &histogram() const { return m_histogram; }
    // The counts written beside the bars of the most frequent values, top bar first ("12,345").
    QStringList topValueCounts() const;

signals:
    // A histogram was drawn (tests and screenshots wait for it).
    void histogramShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString cacheKey(const HistogramQuery::Request &request);
    void showClassification(const FieldClassification &field);
    void showProfile(const FieldProfile &profile);
    void showTopValues(const FieldProfile &profile);
    void placeTopValueCounts();
    void showLists(const FieldProfile &profile, const std::shared_ptr<const DetectorSet> &detectors);
    void requestHistogram(const DatasetInfo &dataset, const FieldClassification &field);
    void drawHistogram(const FieldHistogram &histogram);
    void histogramFinished(const HistogramQuery::Request &request, const FieldHistogram &histogram);
    void histogramFailed(const HistogramQuery::Request &request, const Error &error);
    void restyleCharts();

    const ProjectStore *m_store = nullptr;
    HistogramQuery *m_query;
    QHash<QString, FieldHistogram> m_histograms;
    QString m_wantedHistogram; // cache key of the histogram the shown field needs
    FieldHistogram m_histogram;
    QString m_fieldName;

    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_gradeChip;
    QLabel *m_ratingLabel;
    QLabel *m_suggestionLabel;
    QLabel *m_evidenceLabel;
    QLabel *m_decisionLabel;
    QLabel *m_decisionDetail;
    QGridLayout *m_profileGrid;
    QGroupBox *m_histogramBox;
    QChart *m_histogramChart;
    QChartView *m_histogramView;
    QLabel *m_histogramStatus;
    QGroupBox *m_topValuesBox;
    QChart *m_topValuesChart;
    QChartView *m_topValuesView;
    QAbstractSeries *m_topValuesSeries = nullptr;
    QList<QGraphicsSimpleTextItem *> m_topValueCounts; // bottom bar first, as the series
    QList<qint64> m_topValueFigures;
    QGroupBox *m_patternsBox;
    QGridLayout *m_patternsGrid;
    QGroupBox *m_detectorsBox;
    QGridLayout *m_detectorsGrid;
};

} // namespace steward::ui
