#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

// Draws the assessment's risk map: a 4 × 4 grid of severity (across) by likelihood (up), cells
// shaded by how serious their combination is, each risk marked where it stands before measures
// (outlined) and after (filled). Pure QPainter on a QImage: the CLI renders without a display and
// core has no widgets.
class RiskMapPainter final {
public:
    static constexpr double kWidthMm = 150.0; // as printed in the documents

    struct Point {
        QString label; // "R1"
        int severityBefore = 0; // 1–4; 0 not rated (not drawn)
        int likelihoodBefore = 0;
        int severityAfter = 0;
        int likelihoodAfter = 0;
    };
    struct Labels {
        QString severity;
        QString likelihood;
        QString before;
        QString after;
        QStringList scale; // 4 names, negligible … maximum
    };

    // `widthMm` wide at `dpi` (the image carries the resolution, so it prints at that size).
    static QImage paint(const QList<Point> &points, const Labels &labels, const QString &fontFamily,
                        int dpi, double widthMm);
};

} // namespace steward
