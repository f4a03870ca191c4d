#include "ui/import/ImportPreviewModel.h"

#include "ui/widgets/DisplayNames.h"

namespace steward::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview(ImportPreview{});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.columnNames.size());
}

ColumnType ImportPreviewModel::typeOf(int column) const
{
    return column < m_preview.columnTypes.size() ? m_preview.columnTypes.at(column)
                                                 : ColumnType::Text;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case Qt::TextAlignmentRole: {
        const ColumnType type = typeOf(index.column());
        const bool numeric = type == ColumnType::Integer || type == ColumnType::Decimal;
        return QVariant::fromValue(Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft)
                                                 | Qt::AlignVCenter));
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return m_locale.toString(section + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const QString &name = m_preview.columnNames.at(section);
    const QString type = columnTypeText(typeOf(section));
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(name, type);
    case Qt::ToolTipRole:
        return tr("<b>%1</b><br>Type guessed from the previewed rows: %2<br>The import checks "
                  "every row.")
            .arg(name.toHtmlEscaped(), type);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

} // namespace steward::ui
