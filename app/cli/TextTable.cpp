#include "app/cli/TextTable.h"

#include "app/cli/HelpText.h"

namespace steward::cli {

TextTable::TextTable(QStringList header) : m_header(std::move(header)), m_right(m_header.size(), false)
{
}

void TextTable::setRightAligned(int column)
{
    if (column >= 0 && column < m_right.size())
        m_right[column] = true;
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TextTable::cell(const QString &text, int maxWidth)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QStringLiteral("↵"));
    line.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    line.replace(QLatin1Char('\r'), QStringLiteral("↵"));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (HelpText::displayWidth(line) <= maxWidth)
        return line;
    QString cut;
    int width = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype length = line[i].isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
        const QStringView next = QStringView(line).mid(i, length);
        const int w = HelpText::displayWidth(next);
        if (width + w > maxWidth - 1)
            break;
        cut += next;
        width += w;
        i += length - 1;
    }
    return cut + QStringLiteral("…");
}

QString TextTable::render() const
{
    const qsizetype columns = m_header.size();
    QList<QStringList> shown;
    shown.reserve(m_rows.size() + 1);
    QList<int> widths(columns, 0);
    const auto measure = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c) {
            cells.append(cell(row.value(c), m_maxCellWidth));
            widths[c] = std::max(widths[c], HelpText::displayWidth(cells.last()));
        }
        shown.append(cells);
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QString out;
    for (qsizetype r = 0; r < shown.size(); ++r) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString &text = shown[r][c];
            const int pad = widths[c] - HelpText::displayWidth(text);
            if (c > 0)
                line += QStringLiteral("  ");
            if (m_right[c] && r > 0)
                line += QString(pad, QLatin1Char(' ')) + text;
            else if (c + 1 < columns)
                line += text + QString(pad, QLatin1Char(' '));
            else
                line += text;
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace steward::cli
