#include "ui/classification/ClassificationOverviewChart.h"

#include "ui/widgets/ChartStyle.h"
#include "ui/classification/ClassificationModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr FieldRole kRoles[] = {FieldRole::Direct, FieldRole::Quasi, FieldRole::Sensitive,
                                FieldRole::Other};

} // namespace

ClassificationOverviewChart::ClassificationOverviewChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(nullptr)
{
    setObjectName(QStringLiteral("classificationOverviewChart"));
    m_view = ChartStyle::makeView(m_chart, this);
    m_view->setObjectName(QStringLiteral("overviewChartView"));
    m_view->setToolTip(tr("Fields per grade, split by role"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

QWidget *ClassificationOverviewChart::chartView() const
{
    return m_view;
}

int ClassificationOverviewChart::count(int grade, FieldRole role) const
{
    if (grade < 1 || grade > 5)
        return 0;
    return m_counts[grade][int(role)];
}

void ClassificationOverviewChart::setClassification(const DatasetClassification &classification)
{
    for (auto &row : m_counts)
        std::fill(std::begin(row), std::end(row), 0);
    for (const FieldClassification &f : classification.fields) {
        const ClassificationModel::Rating r = ClassificationModel::shownRating(f);
        if (r.valid && r.grade >= 1 && r.grade <= 5)
            ++m_counts[r.grade][int(r.role)];
    }
    rebuild();
}

void ClassificationOverviewChart::rebuild()
{
    m_chart = ChartStyle::freshChart(m_view);
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    int largest = 0;
    for (int grade = 1; grade <= 5; ++grade) {
        int sum = 0;
        for (FieldRole role : kRoles)
            sum += m_counts[grade][int(role)];
        largest = std::max(largest, sum);
    }
    for (FieldRole role : kRoles) {
        auto *set = new QBarSet(Taxonomy::fieldRoleLabel(role));
        for (int grade = 1; grade <= 5; ++grade)
            set->append(m_counts[grade][int(role)]);
        set->setColor(ChartStyle::roleColor(role));
        set->setBorderColor(ChartStyle::roleColor(role));
        series->append(set);
    }
    m_chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    const QLocale locale;
    for (int grade = 1; grade <= 5; ++grade)
        axisY->append(locale.toString(grade));
    axisY->setGridLineVisible(false);
    axisY->setTitleText(tr("Grade"));
    axisY->setTruncateLabels(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axisY->setTitleFont(small);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(largest, 1));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTickCount(std::clamp(largest + 1, 2, 6));
    if (largest > 5)
        axisX->applyNiceNumbers();
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setFont(small);
    ChartStyle::applyTo(m_chart, palette());
}

void ClassificationOverviewChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::applyTo(m_chart, palette());
    QWidget::changeEvent(event);
}

} // namespace steward::ui
