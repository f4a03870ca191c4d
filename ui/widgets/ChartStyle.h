#pragma once

#include <QColor>

class QAbstractAxis;
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
    static void applyTo(QChart *chart, const QPalette &palette);
    static void applyTo(QAbstractAxis *axis, const QPalette &palette);
    static QColor roleColor(FieldRole role);
};

} // namespace steward::ui
