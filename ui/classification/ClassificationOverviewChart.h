#pragma once

#include "core/classify/DatasetClassification.h"

#include <QWidget>

class QChart;
class QChartView;

namespace steward::ui {

// The dataset at a glance: how many fields have each grade, each bar split by role (as the
// table shows them: ClassificationModel::shownRating()).
class ClassificationOverviewChart final : public QWidget {
    Q_OBJECT
public:
    explicit ClassificationOverviewChart(QWidget *parent = nullptr);

    void setClassification(const DatasetClassification &classification);
    // Fields per grade (index 1-5) and role, as drawn.
    int count(int grade, FieldRole role) const;
    QWidget *chartView() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChart *m_chart;
    QChartView *m_view;
    int m_counts[6][4] = {};
};

} // namespace steward::ui
