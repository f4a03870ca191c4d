#include "ui/hierarchy/HierarchyLevelsModel.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <optional>
#include <charconv>
#include <unordered_map>

namespace steward::ui {

namespace {

std::optional<double> number(const std::string &text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty())
        return std::nullopt;
    return value;
}

// Numbers in their numeric order, anything else by its text, numbers before text.
bool valueLess(const std::string &a, const std::string &b)
{
    const std::optional<double> x = number(a);
    const std::optional<double> y = number(b);
    if (x && y)
        return *x < *y || (*x == *y && a < b);
    if (x != std::nullopt || y != std::nullopt)
        return x.has_value();
    return a < b;
}

} // namespace

HierarchyLevelsModel::HierarchyLevelsModel(QObject *parent) : QAbstractTableModel(parent) {}

void HierarchyLevelsModel::setLevels(const std::vector<std::vector<std::string>> &rows,
                                     const HierarchyFieldValues &values,
                                     const QStringList &levelNames)
{
    beginResetModel();
    m_levelNames = levelNames;
    const int levels = static_cast<int>(levelNames.size());
    std::unordered_map<std::string, qint64> recordsOf;
    for (size_t i = 0; i < values.values.size(); ++i)
        recordsOf[values.values[i]] += values.records[i];

    m_rows.clear();
    m_rows.reserve(rows.size());
    std::vector<std::unordered_map<std::string, qint64>> covered(levels);
    for (const std::vector<std::string> &cells : rows) {
        if (cells.empty())
            continue;
        Row row;
        row.labels = cells;
        row.labels.resize(levels);
        const auto found = recordsOf.find(cells.front());
        const qint64 n = found == recordsOf.end() ? 0 : found->second;
        for (int level = 0; level < levels; ++level)
            covered[level][row.labels[level]] += n;
        m_rows.push_back(std::move(row));
    }
    m_labelCounts.assign(levels, 0);
    for (int level = 0; level < levels; ++level)
        m_labelCounts[level] = static_cast<int>(covered[level].size());
    for (Row &row : m_rows) {
        row.covered.resize(levels);
        for (int level = 0; level < levels; ++level)
            row.covered[level] = covered[level][row.labels[level]];
    }
    // Values of one generalised label stay together, coarsest level first, each label where its
    // first value is in the values' own order, so that the table reads as the tree it is.
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return valueLess(a.labels[0], b.labels[0]); });
    std::vector<std::vector<size_t>> rank(levels);
    for (int level = 1; level < levels - 1; ++level) {
        std::unordered_map<std::string, size_t> first;
        rank[level].resize(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            rank[level][i] = first.try_emplace(m_rows[i].labels[level], i).first->second;
    }
    std::vector<size_t> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&rank, levels](size_t a, size_t b) {
        for (int level = levels - 2; level >= 1; --level) {
            if (rank[level][a] != rank[level][b])
                return rank[level][a] < rank[level][b];
        }
        return a < b;
    });
    std::vector<Row> sorted;
    sorted.reserve(m_rows.size());
    for (size_t i : order)
        sorted.push_back(std::move(m_rows[i]));
    m_rows = std::move(sorted);
    m_shown = static_cast<int>(std::min<size_t>(m_rows.size(), kFetchSize));
    endResetModel();
}

void HierarchyLevelsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_levelNames.clear();
    m_labelCounts.clear();
    m_shown = 0;
    endResetModel();
}

qint64 HierarchyLevelsModel::records(int row, int level) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || level < 0 || level >= levelCount())
        return 0;
    return m_rows[row].covered[level];
}

QString HierarchyLevelsModel::label(int row, int level) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || level < 0 || level >= levelCount())
        return {};
    return QString::fromStdString(m_rows[row].labels[level]);
}

int HierarchyLevelsModel::labelCount(int level) const
{
    return level >= 0 && level < levelCount() ? m_labelCounts[level] : 0;
}

int HierarchyLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int HierarchyLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : levelCount();
}

QVariant HierarchyLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString text = label(index.row(), index.column());
    const qint64 n = records(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // The empty value is missing data: say so rather than show nothing.
        return tr("%1 (%2)")
            .arg(text.isEmpty() ? tr("(missing)") : text, QLocale().toString(n));
    case Qt::ToolTipRole:
        return tr("%n record(s) at this level", nullptr, static_cast<int>(std::min<qint64>(n, INT_MAX)));
    case RecordsRole:
        return n;
    case LabelRole:
        return text;
    default:
        return {};
    }
}

QVariant HierarchyLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= levelCount())
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1 · %2").arg(section).arg(m_levelNames[section]);
    if (role == Qt::ToolTipRole)
        return tr("Level %1: %Ln distinct label(s)", nullptr, labelCount(section)).arg(section);
    return {};
}

bool HierarchyLevelsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < static_cast<int>(m_rows.size());
}

void HierarchyLevelsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(kFetchSize, static_cast<int>(m_rows.size()) - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

} // namespace steward::ui
