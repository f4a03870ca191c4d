#include "ui/review/ReviewCsvModel.h"

#include "ui/review/ReviewCsvReader.h"

#include <QLocale>

namespace steward::ui {

ReviewCsvModel::ReviewCsvModel(QObject *parent) : QAbstractTableModel(parent) {}

ReviewCsvModel::~ReviewCsvModel() = default;

void ReviewCsvModel::clear()
{
    beginResetModel();
    m_reader.reset();
    m_header.clear();
    m_rows.clear();
    endResetModel();
}

Status ReviewCsvModel::setDevice(Result<std::unique_ptr<QIODevice>> device)
{
    beginResetModel();
    m_reader.reset();
    m_header.clear();
    m_rows.clear();
    if (!device) {
        endResetModel();
        return device.error();
    }
    m_reader = std::make_unique<ReviewCsvReader>(std::move(device).value());
    m_reader->next(m_header);
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
    return {};
}

bool ReviewCsvModel::isComplete() const
{
    return !m_reader || m_reader->atEnd();
}

int ReviewCsvModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewCsvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ReviewCsvModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList &row = m_rows.at(index.row());
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    // One line per row in the table; the tooltip shows the cell as it is.
    if (role == Qt::DisplayRole && cell.contains(QLatin1Char('\n')))
        return QString(cell).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return cell;
}

QVariant ReviewCsvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_header.size() ? m_header.at(section) : QVariant();
    return QLocale().toString(section + 1);
}

Qt::ItemFlags ReviewCsvModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

bool ReviewCsvModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && !m_reader->atEnd();
}

void ReviewCsvModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<QStringList> block;
    block.reserve(kBlock);
    QStringList record;
    while (block.size() < kBlock && m_reader->next(record)) {
        // A blank line is no record.
        if (record.size() == 1 && record.front().isEmpty())
            continue;
        block << record;
    }
    if (!block.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + block.size() - 1));
        m_rows << block;
        endInsertRows();
    }
    emit rowsLoaded(int(m_rows.size()), m_reader->atEnd());
}

} // namespace steward::ui
