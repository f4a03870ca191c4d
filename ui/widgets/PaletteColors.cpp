#include "ui/widgets/PaletteColors.h"

#include <QPalette>

namespace steward::ui {

QColor PaletteColors::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1.0 - t) + b.redF() * t),
                            float(a.greenF() * (1.0 - t) + b.greenF() * t),
                            float(a.blueF() * (1.0 - t) + b.blueF() * t));
}

bool PaletteColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace steward::ui
