#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QScatterSeries;

namespace steward::ui {

// One risk of an assessment on the map: severity and likelihood (1–4; 0 = not rated, not drawn)
// before and after measures.
struct RiskMapPoint {
    QString title;
    int severityBefore = 0;
    int likelihoodBefore = 0;
    int severityAfter = 0;
    int likelihoodAfter = 0;
};

// The severity × likelihood map of an impact assessment's risk register (CNIL scale 1–4 on both
// axes): a 4×4 grid coloured from green (negligible × negligible) to red (maximum × maximum), a
// point per risk before measures (hollow) and after (filled), a legend for the two, and the
// risks' titles in a tooltip over a point.
class RiskMapChart final : public QWidget {
    Q_OBJECT
public:
    explicit RiskMapChart(QWidget *parent = nullptr);

    void setRisks(const QList<RiskMapPoint> &risks);
    QList<RiskMapPoint> risks() const { return m_risks; }

    QChartView *view() const { return m_view; }
    QScatterSeries *beforeSeries() const { return m_before; }
    QScatterSeries *afterSeries() const { return m_after; }
    // Points drawn (rated risks) before and after measures.
    int beforePointCount() const;
    int afterPointCount() const;
    // The colour of the cell at severity `s`, likelihood `l` (1–4).
    static QColor cellColor(int severity, int likelihood);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<RiskMapPoint> m_risks;
    QChartView *m_view = nullptr;
    QScatterSeries *m_before = nullptr;
    QScatterSeries *m_after = nullptr;
};

} // namespace steward::ui
