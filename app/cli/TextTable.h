#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace steward::cli {

// A plain-text table with aligned columns for terminal output. Cells are shown on one line
// (line breaks as ↵) and cut to a maximum width with an ellipsis; wide CJK characters count two.
class TextTable final {
public:
    explicit TextTable(QStringList header);

    void setRightAligned(int column);
    void setMaxCellWidth(int width) { m_maxCellWidth = width; }
    void addRow(QStringList cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QString render() const;

    // The one-line, width-limited form of a cell.
    static QString cell(const QString &text, int maxWidth);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<bool> m_right;
    int m_maxCellWidth = 40;
};

} // namespace steward::cli
