#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace steward::ui {

// How sensitivity grades look and read in the classification view: one accent colour per grade
// (grade 5 red, 4 orange, 3 yellow, 2 blue, 1 grey), a row tint mixed from the accent and the
// palette's base colour (so the palette's text stays readable in light and dark themes), and the
// translated names of grades and of who may see them (domain.md).
class GradeStyle final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::GradeStyle)
public:
    static QColor accent(int grade);
    // Background for a table row of this grade; invalid for grades without a tint (1, 0).
    static QColor rowBackground(int grade, const QPalette &palette);
    // Text colour on the accent colour (a grade chip).
    static QColor onAccent(int grade);

    static QString gradeText(int grade);  // "Grade 4", "—" for 0
    static QString scopeText(int grade);  // "small clinical group; directly identifying"
};

} // namespace steward::ui
