#include "core/documents/PdfPaginator.h"

#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/documents/RiskMapPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QSet>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <cmath>

namespace steward {

namespace {

constexpr int kDpi = 300;
constexpr int kMaxFixes = 40; // layouts spent keeping headings with their text and rows whole
constexpr double kMarginSideMm = 20.0;
constexpr double kMarginTopMm = 24.0;    // the running header sits in it
constexpr double kMarginBottomMm = 22.0; // the footer sits in it

double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}

// A change lays the document out again lazily; asking for the last block's place finishes it (the
// page count and the positions read next are then final).
void layOutAll(QTextDocument &document)
{
    document.documentLayout()->blockBoundingRect(document.lastBlock());
}

int pageOf(QAbstractTextDocumentLayout *layout, const QTextBlock &block, double pageHeight)
{
    // The middle of the first line: the block's rectangle starts above it by its margin, which
    // may lie on the previous page when the block was pushed over.
    double y = layout->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0) {
        const QTextLine first = block.layout()->lineAt(0);
        y += first.y() + first.height() / 2.0;
    }
    return int(std::floor(y / pageHeight)) + 1;
}

// Qt's layout has no "keep with next": the anchors of headings left alone at the foot of a page,
// to start the next page instead. A heading whose next heading already starts a page takes that
// break over (`unbreak`), so no heading is left alone on a page.
// Anchor → page of the heading.
QHash<QString, int> strandedHeadings(QTextDocument &document, double pageHeight, QHash<QString, int> &unbreak)
{
    QHash<QString, int> stranded;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto anchorOf = [](const QTextBlock &block) {
        const QStringList names = block.begin().atEnd() ? QStringList() : block.begin().fragment().charFormat().anchorNames();
        return names.isEmpty() ? QString() : names.first();
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            continue;
        const int page = pageOf(layout, block, pageHeight);
        bool alone = page != pageOf(layout, next, pageHeight);
        // A heading and the one-line introduction of a table or the risk map count as one.
        const QTextBlock introduced = next.next();
        if (!alone && next.blockFormat().headingLevel() == 0 && !QTextCursor(next).currentTable()
            && next.layout() && next.layout()->lineCount() <= 2 && introduced.isValid()
            && (QTextCursor(introduced).currentTable()
                || introduced.text().contains(QChar::ObjectReplacementCharacter))) {
            alone = page != pageOf(layout, introduced, pageHeight);
        }
        if (!alone)
            continue;
        const QString anchor = anchorOf(block);
        if (anchor.isEmpty())
            continue;
        stranded.insert(anchor, page);
        if (next.blockFormat().headingLevel() > 0 && (next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            unbreak.insert(anchorOf(next), page);
    }
    return stranded;
}

double lastLineMiddle(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    double y = layout->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0) {
        const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
        y += last.y() + last.height() / 2.0;
    }
    return y;
}

quint64 rowKey(int table, int row)
{
    return (quint64(quint32(table)) << 32) | quint32(row);
}

// Qt breaks a table row across pages when its first lines fit; the rows (table index, row) that
// start on one page and end on the next, to start the next page whole (their header repeated).
// Row → the page it starts on.
QHash<quint64, int> splitRows(QTextDocument &document, double pageHeight)
{
    QHash<quint64, int> split;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int index = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        // The first row after the header is left: breaking before it would strand the header.
        for (int r = table->format().headerRowCount() + 1; r < table->rows(); ++r) {
            int first = INT_MAX;
            int last = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QTextBlock begin = cell.firstCursorPosition().block();
                const QTextBlock end = cell.lastCursorPosition().block();
                first = std::min(first, pageOf(layout, begin, pageHeight));
                last = std::max(last, int(std::floor(lastLineMiddle(layout, end) / pageHeight)) + 1);
            }
            // A row taller than a page is left to break.
            if (last == first + 1)
                split.insert(rowKey(index, r), first);
        }
        ++index;
    }
    return split;
}

// The document's HTML with the rows named starting a page: the cells of the row before end with a
// page break, so the row follows the repeated header on the next page (a break before the row's
// own cells would be taken twice when Qt moves the row over). Set in the HTML: changing a
// laid-out document's blocks leaves Qt's paged layout incomplete. Tables are counted in document
// order (none is nested).
QString withRowBreaks(const QString &html, const QSet<quint64> &rows)
{
    if (rows.isEmpty())
        return html;
    QString out;
    out.reserve(html.size() + rows.size() * 256);
    const QString breakParagraph = QStringLiteral("<p style=\"page-break-after: always; margin: 0;\">");
    int table = -1;
    int row = -1;
    bool breakRow = false;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype tag = html.indexOf(QLatin1Char('<'), pos);
        if (tag < 0) {
            out += QStringView(html).mid(pos);
            break;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), tag);
        if (close < 0) {
            out += QStringView(html).mid(pos);
            break;
        }
        out += QStringView(html).mid(pos, close + 1 - pos);
        QStringView name = QStringView(html).mid(tag + 1, close - tag - 1);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (space >= 0)
            name = name.left(space);
        if (breakRow && (name == QLatin1String("/td") || name == QLatin1String("/th"))) {
            out.insert(out.size() - (close + 1 - tag), QStringLiteral("</p>"));
            pos = close + 1;
            continue;
        }
        if (name == QLatin1String("table")) {
            ++table;
            row = -1;
            breakRow = false;
        } else if (name == QLatin1String("tr")) {
            ++row;
            breakRow = rows.contains(rowKey(table, row + 1));
        } else if (breakRow && (name == QLatin1String("td") || name == QLatin1String("th"))) {
            out += breakParagraph;
        }
        pos = close + 1;
    }
    return out;
}

// The body with a page break before the headings named.
QString withBreaks(QString html, const QSet<QString> &anchors)
{
    for (const QString &anchor : anchors) {
        const QString tag = QStringLiteral("><a name=\"%1\">").arg(anchor);
        html.replace(tag, QStringLiteral(" style=\"page-break-before: always;\"") + tag);
    }
    return html;
}

// Page (1-based) of every section heading, found from the layout by its anchor.
QHash<QString, int> headingPages(QTextDocument &document, double pageHeight)
{
    QHash<QString, int> pages;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(QLatin1String("sec-")) || pages.contains(name))
                    continue;
                pages.insert(name, pageOf(layout, block, pageHeight));
            }
        }
    }
    return pages;
}

QString contentsHtml(const DocumentComposer &composer, const DocumentTemplate &tmpl, const QHash<QString, int> &pages)
{
    QString html = QStringLiteral("<p style=\"page-break-before: always; font-size: 16pt; font-weight: bold; "
                                  "color: #1f3a5a; margin-bottom: 12pt;\">")
                   + tmpl.phrase(QStringLiteral("doc.contents")).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const ComposedHeading &h : composer.headings()) {
        if (h.level != 1)
            continue;
        // Unknown pages print as "00": the same width as the real numbers of a short document.
        const int page = pages.value(h.anchor, 0);
        html += QStringLiteral("<tr><td>%1.&nbsp;&nbsp;%2</td><td width=\"12%\" align=\"right\">%3</td></tr>")
                    .arg(h.number, h.title.toHtmlEscaped(),
                         page > 0 ? QString::number(page) : QStringLiteral("00"));
    }
    html += QStringLiteral("</table>");
    // The body starts on a page of its own.
    html += QStringLiteral("<p style=\"page-break-after: always; margin: 0;\"></p>");
    return html;
}

} // namespace

Result<int> PdfPaginator::write(const DocumentComposer &composer, const DocumentState &state,
                                const DocumentTemplate &tmpl, const QString &fontFamily, QIODevice &out,
                                const ProgressCallback &progress, const CancellationToken *cancel)
{
    QPdfWriter writer(&out);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(composer.title());
    writer.setCreator(QStringLiteral("Steward"));

    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QRectF body(mm(kMarginSideMm), mm(kMarginTopMm), page.width() - 2 * mm(kMarginSideMm),
                      page.height() - mm(kMarginTopMm) - mm(kMarginBottomMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    // Shaping substitutes Noto CJK's digits with glyphs outside its character map, and the PDF's
    // text layer then loses every digit (page numbers, figures): Latin text is laid out unshaped.
    QFont font(fontFamily);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(DocumentComposer::documentStyleSheet());
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("riskmap.png")),
                         composer.riskMap(kDpi, RiskMapPainter::kWidthMm));

    const QString cover = composer.coverHtml(DocumentComposer::Target::Print);
    const QString bodyHtml = composer.bodyHtml(DocumentComposer::Target::Print);
    QHash<QString, int> pages;
    QSet<QString> breaks;
    QSet<quint64> rowBreaks;
    // Lay out; move stranded headings and split rows to the next page, a page at a time; read the
    // pages of the sections and lay out again with them in the contents (which keep their number
    // of lines, so the pages do not move).
    for (int pass = 0; pass < kMaxFixes + 3; ++pass) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        document.setHtml(withRowBreaks(cover + contentsHtml(composer, tmpl, pages) + withBreaks(bodyHtml, breaks), rowBreaks));
        DocumentComposer::markHeaderRows(document);
        layOutAll(document);
        // Fix the first page with a stranded heading or a split row, then lay out again: moving
        // something changes every page after it, so later pages are judged anew.
        QHash<QString, int> unbreak;
        const QHash<QString, int> stranded = strandedHeadings(document, body.height(), unbreak);
        const QHash<quint64, int> split = splitRows(document, body.height());
        int first = INT_MAX;
        for (const int at : stranded)
            first = std::min(first, at);
        for (const int at : split)
            first = std::min(first, at);
        if (first != INT_MAX && pass < kMaxFixes) {
            for (auto it = stranded.cbegin(); it != stranded.cend(); ++it) {
                if (it.value() == first)
                    breaks.insert(it.key());
            }
            for (auto it = unbreak.cbegin(); it != unbreak.cend(); ++it) {
                if (it.value() == first)
                    breaks.remove(it.key());
            }
            for (auto it = split.cbegin(); it != split.cend(); ++it) {
                if (it.value() == first)
                    rowBreaks.insert(it.key());
            }
            continue;
        }
        const QHash<QString, int> found = headingPages(document, body.height());
        if (found == pages)
            break;
        pages = found;
    }
    const int total = document.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::internal(tr("Could not start the PDF."));
    const QString headerLeft = state.release.name + QStringLiteral(" · ") + tmpl.title;
    const QString headerRight = composer.versionLabel() + QStringLiteral(" · ") + composer.dateText();
    QFont small(fontFamily);
    small.setStyleStrategy(QFont::PreferNoShaping);
    small.setPointSizeF(7.5);
    const QColor grey(0x5b, 0x66, 0x70);
    for (int p = 0; p < total; ++p) {
        if (cancel && cancel->isCancelled()) {
            painter.end();
            return Error::cancelled();
        }
        if (p > 0)
            writer.newPage();

        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(grey);
        const QFontMetricsF metrics(small, &writer);
        if (p > 0) {
            const double y = mm(kMarginTopMm) - mm(8.0);
            const double half = body.width() / 2.0;
            const QRectF leftRect(body.left(), y - metrics.height(), half + mm(25.0), metrics.height());
            const QRectF rightRect(body.left() + half + mm(27.0), y - metrics.height(), half - mm(27.0), metrics.height());
            painter.drawText(leftRect, Qt::AlignLeft | Qt::AlignBottom,
                             metrics.elidedText(headerLeft, Qt::ElideRight, leftRect.width()));
            painter.drawText(rightRect, Qt::AlignRight | Qt::AlignBottom,
                             metrics.elidedText(headerRight, Qt::ElideLeft, rightRect.width()));
            painter.setPen(QPen(QColor(0xc9, 0xd1, 0xda), mm(0.2)));
            painter.drawLine(QPointF(body.left(), y + mm(1.5)), QPointF(body.right(), y + mm(1.5)));
            painter.setPen(grey);
        }
        const QRectF footer(body.left(), page.height() - mm(kMarginBottomMm) + mm(9.0), body.width(), metrics.height() * 1.5);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                         tmpl.phrase(QStringLiteral("doc.page")).arg(p + 1).arg(total));
        if (progress)
            progress({p + 1, total});
    }
    if (!painter.end())
        return Error::internal(tr("Could not finish the PDF."));
    return total;
}

} // namespace steward
