#include "ui/datasets/DatasetTableModel.h"

#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/GradeStyle.h"
#include "core/browse/DatasetRowSelection.h"
#include "core/classify/Taxonomy.h"
#include "core/store/ProjectStore.h"

#include <QMetaObject>

#include <algorithm>
#include <limits>

namespace steward::ui {

namespace {
bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Decimal;
}
} // namespace

DatasetTableModel::DatasetTableModel(ProjectStore *store, DatasetInfo dataset, QObject *parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_dataset(std::move(dataset)),
      m_rowCount(static_cast<int>(
          std::clamp<qint64>(m_dataset.rowCount, 0, std::numeric_limits<int>::max())))
{
    m_windows.reserve(kMaxWindows);
}

DatasetTableModel::~DatasetTableModel() = default;

void DatasetTableModel::detach()
{
    beginResetModel();
    m_store = nullptr;
    m_rowCount = 0;
    m_rowIds.reset();
    m_windows.clear();
    m_lastHit = -1;
    endResetModel();
}

void DatasetTableModel::setRowOrder(std::shared_ptr<const std::vector<qint64>> rowIds)
{
    beginResetModel();
    m_rowIds = std::move(rowIds);
    const qint64 rows = m_rowIds ? qint64(m_rowIds->size()) : (m_store ? m_dataset.rowCount : 0);
    m_rowCount = static_cast<int>(std::clamp<qint64>(rows, 0, std::numeric_limits<int>::max()));
    m_windows.clear();
    m_lastHit = -1;
    endResetModel();
}

qint64 DatasetTableModel::fileRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    return m_rowIds ? m_rowIds->at(size_t(row)) : qint64(row) + 1;
}

void DatasetTableModel::setFieldClassifications(const QList<FieldClassification> &fields)
{
    m_fields.clear();
    for (const FieldClassification &field : fields)
        m_fields.insert(field.name, field);
    if (!m_dataset.columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_dataset.columns.size()) - 1);
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dataset.columns.size());
}

Qt::ItemFlags DatasetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (isNumeric(m_dataset.columns.at(index.column()).type))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rowCount)
            return {};
        if (role == Qt::DisplayRole)
            return m_locale.toString(fileRow(section));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (section < 0 || section >= m_dataset.columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_dataset.columns.at(section).name;
    case Qt::ToolTipRole:
        return headerToolTip(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QString DatasetTableModel::headerToolTip(int section) const
{
    const ColumnInfo &column = m_dataset.columns.at(section);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(column.name.toHtmlEscaped());
    lines << tr("Type: %1").arg(columnTypeText(column.type));
    // Only what the classification says: a field never analysed or decided has no role yet.
    if (const auto field = m_fields.constFind(column.name);
        field != m_fields.constEnd() && (field->hasSuggestion || field->decision.confirmed)) {
        const QString role = Taxonomy::fieldRoleLabel(field->effectiveRole());
        const QString grade = GradeStyle::gradeText(field->effectiveGrade());
        lines << (field->needsDecision() ? tr("Suggested role: %1, %2").arg(role, grade)
                                         : tr("Role: %1, %2").arg(role, grade));
    }
    if (m_dataset.hasHeader && column.sourceName != column.name) {
        lines << (column.sourceName.trimmed().isEmpty()
                      ? tr("Header in the file: (empty)")
                      : tr("Header in the file: %1").arg(column.sourceName.toHtmlEscaped()));
    }
    if (m_dataset.rowCount > 0) {
        const double fraction = double(column.missingCount) / double(m_dataset.rowCount);
        lines << tr("Missing: %1 of %2 rows (%3%)")
                     .arg(m_locale.toString(column.missingCount),
                          m_locale.toString(m_dataset.rowCount),
                          m_locale.toString(fraction * 100.0, 'f', 1));
    }
    lines << tr("Column %1 of %2")
                 .arg(m_locale.toString(section + 1),
                      m_locale.toString(qint64(m_dataset.columns.size())));
    return lines.join(QStringLiteral("<br>"));
}

QString DatasetTableModel::cellText(int row, int column) const
{
    const QStringList *cells = rowAt(row);
    if (!cells || column < 0 || column >= cells->size())
        return {};
    return cells->at(column);
}

const QStringList *DatasetTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Window *w = window(row / kWindowRows);
    if (!w)
        return nullptr;
    const qsizetype offset = row % kWindowRows;
    return offset < w->rows.size() ? &w->rows.at(offset) : nullptr;
}

const DatasetTableModel::Window *DatasetTableModel::window(qint64 windowIndex) const
{
    ++m_clock;
    if (m_lastHit >= 0 && m_windows[m_lastHit].index == windowIndex) {
        m_windows[m_lastHit].lastUsed = m_clock;
        return &m_windows[m_lastHit];
    }
    for (size_t i = 0; i < m_windows.size(); ++i) {
        if (m_windows[i].index == windowIndex) {
            m_windows[i].lastUsed = m_clock;
            m_lastHit = static_cast<int>(i);
            return &m_windows[i];
        }
    }
    if (!m_store)
        return nullptr;

    const qint64 first = windowIndex * kWindowRows;
    const int count = static_cast<int>(std::min<qint64>(kWindowRows, m_rowCount - first));
    ++m_fetchCount;
    Result<QList<QStringList>> rows =
        m_rowIds ? DatasetRowSelection::rows(*m_store, m_dataset, m_rowIds->data() + first, count)
                 : m_store->rows(m_dataset, first, count);
    if (!rows) {
        // Keep the view usable (empty cells) and report once; never retry in a paint loop.
        if (m_lastError.isEmpty()) {
            m_lastError = rows.error().message;
            auto *self = const_cast<DatasetTableModel *>(this);
            QMetaObject::invokeMethod(
                self, [self] { emit self->fetchFailed(self->m_lastError); }, Qt::QueuedConnection);
        }
        rows = QList<QStringList>();
    }

    Window fresh{windowIndex, std::move(rows).value(), m_clock};
    size_t slot = m_windows.size();
    if (m_windows.size() < static_cast<size_t>(kMaxWindows)) {
        m_windows.push_back(std::move(fresh));
    } else {
        const auto oldest = std::min_element(
            m_windows.begin(), m_windows.end(),
            [](const Window &a, const Window &b) { return a.lastUsed < b.lastUsed; });
        slot = static_cast<size_t>(oldest - m_windows.begin());
        m_windows[slot] = std::move(fresh);
    }
    m_lastHit = static_cast<int>(slot);
    return &m_windows[slot];
}

} // namespace steward::ui
