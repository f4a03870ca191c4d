#pragma once

#include <QColor>

class QPalette;

namespace steward::ui {

// Colour arithmetic for tints that keep the palette's text readable in light and dark themes.
class PaletteColors final {
public:
    // a·(1−t) + b·t per channel.
    static QColor mix(const QColor &a, const QColor &b, double t);
    // Whether the palette's base (the background of views) is dark.
    static bool isDark(const QPalette &palette);
};

} // namespace steward::ui
