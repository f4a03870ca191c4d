#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QPalette;
class QWidget;

namespace steward {
enum class FieldRole;
}

namespace steward::ui {

// The look of Steward's small charts: no chart background or title, the palette's text and mid
// colours for axes and grid (readable in light and dark themes), antialiased views without a
// frame, and one colour per field role.
class ChartStyle final {
public:
    static QChartView *makeView(QChart *chart, QWidget *parent);
    // Gives VIEW a new, styled, empty chart and deletes its old one. Redraw a chart this way, not
    // by removing its axes: in Qt 6.4 axes removed from a chart laid out while hidden kept being
    // drawn beside the new ones.
    static QChart *freshChart(QChartView *view);
    static void applyTo(QChart *chart, const QPalette &palette);
    static void applyTo(QAbstractAxis *axis, const QPalette &palette);
    static QColor roleColor(FieldRole role);

    // Round axis ticks for values from 0 to `max`: steps of 1, 2 or 5 times a power of ten
    // (never below `minStep`), at most `maxIntervals` of them, the top a multiple of the step at
    // or above `max`.
    struct Ticks {
        double step = 1.0;
        double top = 1.0;
        int intervals = 1;
    };
    static Ticks niceTicks(double max, int maxIntervals = 5, double minStep = 1.0);
    // A value axis from 0 with those ticks, labelled by `label` (e.g. QLocale with thousands
    // separators; QValueAxis only knows printf formats).
    static QCategoryAxis *valueAxis(const Ticks &ticks,
                                    const std::function<QString(double)> &label);
    // The labels of those ticks, from 0 up.
    static QStringList tickLabels(const Ticks &ticks, const std::function<QString(double)> &label);
};

} // namespace steward::ui
