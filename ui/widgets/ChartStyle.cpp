#include "ui/widgets/ChartStyle.h"

#include "core/classify/Taxonomy.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>

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

} // namespace steward::ui
