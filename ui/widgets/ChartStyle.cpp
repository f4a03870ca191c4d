#include "ui/widgets/ChartStyle.h"

#include "core/classify/Taxonomy.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace steward::ui {

QChartView *ChartStyle::makeView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundRole(QPalette::Window);
    view->viewport()->setAutoFillBackground(false);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    applyTo(chart, view->palette());
    return view;
}

QChart *ChartStyle::freshChart(QChartView *view)
{
    QChart *old = view->chart();
    auto *chart = new QChart;
    if (old)
        chart->setMinimumSize(old->minimumSize());
    applyTo(chart, view->palette());
    view->setChart(chart);
    delete old;
    return chart;
}

void ChartStyle::applyTo(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 0, 4, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        applyTo(axis, palette);
}

void ChartStyle::applyTo(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.color(QPalette::WindowText));
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlphaF(0.15f);
    axis->setGridLineColor(grid);
    QColor line = palette.color(QPalette::WindowText);
    line.setAlphaF(0.4f);
    axis->setLinePenColor(line);
    axis->setShadesVisible(false);
}

QColor ChartStyle::roleColor(FieldRole role)
{
    switch (role) {
    case FieldRole::Direct: return QColor(0x5e, 0x3c, 0x99);
    case FieldRole::Quasi: return QColor(0x9e, 0x9a, 0xc8);
    case FieldRole::Sensitive: return QColor(0x1b, 0x9e, 0x77);
    case FieldRole::Other: return QColor(0xb4, 0xb4, 0xb4);
    }
    return QColor(0xb4, 0xb4, 0xb4);
}

ChartStyle::Ticks ChartStyle::niceTicks(double max, int maxIntervals, double minStep)
{
    Ticks t;
    maxIntervals = std::max(1, maxIntervals);
    if (!(max > 0.0) || !std::isfinite(max)) {
        t.step = minStep;
        t.top = minStep;
        t.intervals = 1;
        return t;
    }
    const double raw = max / double(maxIntervals);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 5.0}) {
        // A little tolerance: 1000 / 5 is a step of 200, not 500.
        if (raw <= m * magnitude * (1.0 + 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    step = std::max(step, minStep);
    t.step = step;
    t.intervals = std::max(1, int(std::ceil(max / step - 1e-9)));
    t.top = step * double(t.intervals);
    return t;
}

QCategoryAxis *ChartStyle::valueAxis(const Ticks &ticks,
                                     const std::function<QString(double)> &label)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Short labels, unreadable when cut ("…" instead of "20 %").
    axis->setTruncateLabels(false);
    axis->setRange(0.0, ticks.top);
    axis->setStartValue(0.0);
    // The first category is empty (0 to 0): its label sits on 0.
    const QStringList labels = tickLabels(ticks, label);
    for (int i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), ticks.step * double(i));
    return axis;
}

QStringList ChartStyle::tickLabels(const Ticks &ticks, const std::function<QString(double)> &label)
{
    QStringList labels;
    for (int i = 0; i <= ticks.intervals; ++i)
        labels.append(label(ticks.step * double(i)));
    return labels;
}

} // namespace steward::ui
