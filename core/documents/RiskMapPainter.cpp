#include "core/documents/RiskMapPainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

constexpr double kHeightRatio = 0.58;

QColor cellColour(int severity, int likelihood)
{
    const int sum = severity + likelihood;
    if (sum <= 3)
        return QColor(0xd3, 0xeb, 0xd3);
    if (sum <= 5)
        return QColor(0xfb, 0xef, 0xb8);
    if (sum <= 6)
        return QColor(0xf9, 0xd3, 0xa6);
    return QColor(0xf3, 0xb3, 0xab);
}

} // namespace

QImage RiskMapPainter::paint(const QList<Point> &points, const Labels &labels, const QString &fontFamily,
                             int dpi, double widthMm)
{
    const double pxPerMm = dpi / 25.4;
    const int width = std::max(1, int(std::lround(widthMm * pxPerMm)));
    const int height = std::max(1, int(std::lround(widthMm * kHeightRatio * pxPerMm)));
    QImage image(width, height, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);

    // Everything below in millimetres of the printed chart.
    const double u = width / widthMm;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(u, u);
    QFont font(fontFamily.isEmpty() ? QFont().family() : fontFamily);
    font.setPixelSize(1); // replaced below; pixel sizes are in painter units (mm) after scaling
    auto setFont = [&](double mm, bool bold = false) {
        QFont f = font;
        // Pixel sizes are integers: size the font in device pixels and undo the scale for text.
        f.setPixelSize(std::max(1, int(std::lround(mm * u))));
        f.setBold(bold);
        return f;
    };

    const double w = widthMm;
    const double h = widthMm * kHeightRatio;
    const double left = 30.0;
    const double right = w - 34.0;
    const double top = 4.0;
    const double bottom = h - 18.0;
    const double cw = (right - left) / 4.0;
    const double ch = (bottom - top) / 4.0;
    const QColor accent(0x1f, 0x3a, 0x5a);

    auto drawText = [&](const QRectF &mmRect, int flags, const QString &text, double sizeMm, bool bold = false,
                        const QColor &colour = QColor(0x1b, 0x1f, 0x23)) {
        p.save();
        p.scale(1.0 / u, 1.0 / u);
        p.setFont(setFont(sizeMm, bold));
        p.setPen(colour);
        const QRectF r(mmRect.x() * u, mmRect.y() * u, mmRect.width() * u, mmRect.height() * u);
        p.drawText(r, flags | Qt::TextWordWrap, text);
        p.restore();
    };

    // Cells.
    for (int s = 1; s <= 4; ++s) {
        for (int l = 1; l <= 4; ++l) {
            const QRectF cell(left + (s - 1) * cw, bottom - l * ch, cw, ch);
            p.fillRect(cell, cellColour(s, l));
            p.setPen(QPen(Qt::white, 0.6));
            p.drawRect(cell);
        }
    }
    p.setPen(QPen(QColor(0x9a, 0xa3, 0xad), 0.3));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, top, right - left, bottom - top));

    // Scale names and axis titles.
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("%1 %2").arg(i).arg(labels.scale.value(i - 1));
        drawText(QRectF(left + (i - 1) * cw, bottom + 1.0, cw, 7.0), Qt::AlignHCenter | Qt::AlignTop, name, 2.6);
        drawText(QRectF(6.5, bottom - i * ch, left - 8.0, ch), Qt::AlignRight | Qt::AlignVCenter, name, 2.6);
    }
    drawText(QRectF(left, bottom + 9.0, right - left, 6.0), Qt::AlignHCenter | Qt::AlignTop, labels.severity, 3.0, true);
    p.save();
    p.translate(3.0, (top + bottom) / 2.0);
    p.rotate(-90.0);
    drawText(QRectF(-(bottom - top) / 2.0, -2.5, bottom - top, 6.0), Qt::AlignHCenter | Qt::AlignTop, labels.likelihood,
             3.0, true);
    p.restore();

    // Markers: every risk before (outlined) and after (filled); those sharing a cell sit side by
    // side in rows of three.
    struct Marker {
        QString label;
        bool after;
    };
    QList<Marker> cells[5][5];
    for (const Point &pt : points) {
        if (pt.severityBefore >= 1 && pt.severityBefore <= 4 && pt.likelihoodBefore >= 1 && pt.likelihoodBefore <= 4)
            cells[pt.severityBefore][pt.likelihoodBefore].append({pt.label, false});
        if (pt.severityAfter >= 1 && pt.severityAfter <= 4 && pt.likelihoodAfter >= 1 && pt.likelihoodAfter <= 4)
            cells[pt.severityAfter][pt.likelihoodAfter].append({pt.label, true});
    }
    const double radius = 2.8; // three markers fit side by side in a cell
    auto drawMarker = [&](const QPointF &centre, const QString &label, bool after) {
        if (after) {
            p.setPen(QPen(accent, 0.35));
            p.setBrush(accent);
        } else {
            p.setPen(QPen(accent, 0.45, Qt::DashLine));
            p.setBrush(Qt::white);
        }
        p.drawEllipse(centre, radius, radius);
        drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, label, 2.4,
                 true, after ? QColor(Qt::white) : accent);
    };
    for (int s = 1; s <= 4; ++s) {
        for (int l = 1; l <= 4; ++l) {
            const QList<Marker> &list = cells[s][l];
            const int count = int(list.size());
            const int perRow = 3;
            const int rows = (count + perRow - 1) / perRow;
            for (int i = 0; i < count; ++i) {
                const int row = i / perRow;
                const int inRow = std::min(perRow, count - row * perRow);
                const int col = i % perRow;
                const double step = 2 * radius + 0.5;
                const double x = left + (s - 0.5) * cw + (col - (inRow - 1) / 2.0) * step;
                const double y = bottom - (l - 0.5) * ch + (row - (rows - 1) / 2.0) * step;
                drawMarker(QPointF(x, y), list.at(i).label, list.at(i).after);
            }
        }
    }

    // Legend.
    const double lx = right + 4.0;
    drawMarker(QPointF(lx + radius, top + 6.0), QStringLiteral("R"), false);
    drawText(QRectF(lx + 2 * radius + 2.0, top + 2.5, w - lx - 2 * radius - 2.0, 8.0), Qt::AlignLeft | Qt::AlignVCenter,
             labels.before, 2.8);
    drawMarker(QPointF(lx + radius, top + 15.0), QStringLiteral("R"), true);
    drawText(QRectF(lx + 2 * radius + 2.0, top + 11.5, w - lx - 2 * radius - 2.0, 8.0), Qt::AlignLeft | Qt::AlignVCenter,
             labels.after, 2.8);
    p.end();
    return image;
}

} // namespace steward
