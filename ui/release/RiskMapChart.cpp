#include "ui/release/RiskMapChart.h"

#include "ui/widgets/ChartStyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace steward::ui {

namespace {

// Marker names of the scale, in the UI's language (the document prints its own words).
QStringList scaleNames()
{
    return {RiskMapChart::tr("Negligible"), RiskMapChart::tr("Limited"),
            RiskMapChart::tr("Significant"), RiskMapChart::tr("Maximum")};
}

QCategoryAxis *scaleAxis(const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setMin(0.5);
    axis->setMax(4.5);
    axis->setStartValue(0.5);
    const QStringList names = scaleNames();
    for (int i = 0; i < 4; ++i)
        axis->append(QStringLiteral("%1 %2").arg(i + 1).arg(names.at(i)), i + 1.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace

RiskMapChart::RiskMapChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = ChartStyle::makeView(new QChart, this);
    m_view->setObjectName(QStringLiteral("riskMapView"));
    m_view->setMinimumHeight(280);
    layout->addWidget(m_view);
    rebuild();
}

QColor RiskMapChart::cellColor(int severity, int likelihood)
{
    // From green (2) through yellow to red (8): the sum orders the cells as CNIL's map does.
    const double t = std::clamp((severity + likelihood - 2) / 6.0, 0.0, 1.0);
    return QColor::fromHsvF(float((1.0 - t) * 120.0 / 360.0), 0.55f, 0.92f);
}

int RiskMapChart::beforePointCount() const
{
    return m_before ? int(m_before->count()) : 0;
}

int RiskMapChart::afterPointCount() const
{
    return m_after ? int(m_after->count()) : 0;
}

void RiskMapChart::setRisks(const QList<RiskMapPoint> &risks)
{
    m_risks = risks;
    rebuild();
}

void RiskMapChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void RiskMapChart::rebuild()
{
    QChart *chart = ChartStyle::freshChart(m_view);
    QList<QAbstractSeries *> cells;
    for (int s = 1; s <= 4; ++s) {
        for (int l = 1; l <= 4; ++l) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->append(l - 0.5, s + 0.5);
            upper->append(l + 0.5, s + 0.5);
            lower->append(l - 0.5, s - 0.5);
            lower->append(l + 0.5, s - 0.5);
            auto *cell = new QAreaSeries(upper, lower);
            upper->setParent(cell);
            lower->setParent(cell);
            cell->setBrush(cellColor(s, l));
            QPen border(palette().color(QPalette::Window));
            border.setWidthF(2.0);
            cell->setPen(border);
            chart->addSeries(cell);
            cells.append(cell);
        }
    }

    m_before = new QScatterSeries;
    m_before->setName(tr("Before measures"));
    m_before->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_before->setMarkerSize(13.0);
    m_before->setColor(Qt::transparent);
    m_before->setBorderColor(palette().color(QPalette::WindowText));
    QPen beforePen(palette().color(QPalette::WindowText));
    beforePen.setWidthF(2.0);
    m_before->setPen(beforePen);
    m_after = new QScatterSeries;
    m_after->setName(tr("After measures"));
    m_after->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_after->setMarkerSize(11.0);
    m_after->setColor(palette().color(QPalette::WindowText));
    m_after->setBorderColor(palette().color(QPalette::Window));

    // Risks sharing a cell are spread across it so that each stays visible; the before point sits
    // left of the cell's centre and the after point right of it.
    QMap<std::pair<int, int>, int> usedBefore;
    QMap<std::pair<int, int>, int> usedAfter;
    QList<std::pair<QPointF, QString>> titles;
    const auto place = [&titles](QScatterSeries *series, QMap<std::pair<int, int>, int> &used,
                                 int severity, int likelihood, double side, const QString &title) {
        if (severity < 1 || severity > 4 || likelihood < 1 || likelihood > 4)
            return;
        const int slot = used[{severity, likelihood}]++;
        const QPointF point(likelihood + side, severity + 0.3 - (slot % 5) * 0.15);
        series->append(point);
        titles.append({point, title});
    };
    for (const RiskMapPoint &risk : std::as_const(m_risks)) {
        place(m_before, usedBefore, risk.severityBefore, risk.likelihoodBefore, -0.2, risk.title);
        place(m_after, usedAfter, risk.severityAfter, risk.likelihoodAfter, 0.2, risk.title);
    }
    chart->addSeries(m_before);
    chart->addSeries(m_after);

    auto *likelihood = scaleAxis(tr("Likelihood"));
    auto *severity = scaleAxis(tr("Severity"));
    chart->addAxis(likelihood, Qt::AlignBottom);
    chart->addAxis(severity, Qt::AlignLeft);
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        series->attachAxis(likelihood);
        series->attachAxis(severity);
    }
    ChartStyle::applyTo(chart, palette());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractSeries *cell : std::as_const(cells)) {
        const QList<QLegendMarker *> markers = chart->legend()->markers(cell);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }

    const auto tooltip = [this, titles](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QStringList names;
        for (const auto &[at, title] : titles) {
            if (qAbs(at.x() - point.x()) < 0.01 && qAbs(at.y() - point.y()) < 0.01)
                names.append(title);
        }
        QToolTip::showText(QCursor::pos(), names.join(QLatin1Char('\n')), m_view);
    };
    connect(m_before, &QScatterSeries::hovered, this, tooltip);
    connect(m_after, &QScatterSeries::hovered, this, tooltip);
}

} // namespace steward::ui
