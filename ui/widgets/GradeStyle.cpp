#include "ui/widgets/GradeStyle.h"

#include "ui/widgets/PaletteColors.h"

#include <QPalette>

namespace steward::ui {

QColor GradeStyle::accent(int grade)
{
    switch (grade) {
    case 5: return QColor(0xc6, 0x28, 0x28);
    case 4: return QColor(0xe8, 0x6a, 0x1a);
    case 3: return QColor(0xd8, 0xc0, 0x10);
    case 2: return QColor(0x3a, 0x7c, 0xa5);
    case 1: return QColor(0x8a, 0x94, 0x9c);
    default: break;
    }
    return QColor(0xb0, 0xb6, 0xbb);
}

QColor GradeStyle::rowBackground(int grade, const QPalette &palette)
{
    if (grade < 2 || grade > 5)
        return {};
    // Stronger tint for higher grades; a little more on dark bases, where tints look faint.
    static constexpr double kLight[] = {0.0, 0.0, 0.10, 0.16, 0.20, 0.24};
    static constexpr double kDark[] = {0.0, 0.0, 0.18, 0.22, 0.26, 0.42};
    const double t = PaletteColors::isDark(palette) ? kDark[grade] : kLight[grade];
    return PaletteColors::mix(palette.color(QPalette::Base), accent(grade), t);
}

QColor GradeStyle::onAccent(int grade)
{
    return grade == 3 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

QString GradeStyle::gradeText(int grade)
{
    if (grade < 1 || grade > 5)
        return tr("—");
    return tr("Grade %1").arg(grade);
}

QString GradeStyle::scopeText(int grade)
{
    switch (grade) {
    case 1: return tr("public");
    case 2: return tr("wide use after approval; not identifying");
    case 3: return tr("authorised project group; re-identifiable");
    case 4: return tr("small clinical group; directly identifying");
    case 5: return tr("very small group; special-disease details");
    default: break;
    }
    return {};
}

} // namespace steward::ui
