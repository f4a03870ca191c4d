#include "ui/classification/ClassificationTable.h"

#include "ui/classification/ClassificationFilterModel.h"
#include "ui/classification/ClassificationModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>

#include <algorithm>

namespace steward::ui {

namespace {

struct ColumnWidth {
    int column;
    int chars;
};

constexpr ColumnWidth kColumnWidths[] = {
    {ClassificationModel::FieldColumn, 16},    {ClassificationModel::TypeColumn, 7},
    {ClassificationModel::SampleColumn, 20},   {ClassificationModel::RoleColumn, 15},
    {ClassificationModel::CategoryColumn, 15}, {ClassificationModel::GradeColumn, 5},
    {ClassificationModel::ConfidenceColumn, 9}, {ClassificationModel::DecisionColumn, 17},
    {ClassificationModel::EvidenceColumn, 44},
};

} // namespace

ClassificationTable::ClassificationTable(ClassificationModel *model,
                                         ClassificationFilterModel *filter, QWidget *parent)
    : QTableView(parent), m_emptyLabel(new QLabel(viewport())), m_model(model), m_filter(filter)
{
    setObjectName(QStringLiteral("classificationTable"));
    setModel(m_filter);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // Column order until the user sorts (the header's default indicator would sort by field).
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *vertical = verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->hide();
    QHeaderView *horizontal = horizontalHeader();
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
    horizontal->setSortIndicatorClearable(true);
    const int charWidth = fontMetrics().averageCharWidth();
    for (const ColumnWidth &w : kColumnWidths)
        setColumnWidth(w.column, w.chars * charWidth + 16);
    // What the steward decides on comes first: the rating and its decision fit a 1280-pixel
    // window beside the profile panel; confidence and sample values follow, long texts last.
    int visual = horizontal->visualIndex(ClassificationModel::TypeColumn) + 1;
    for (int column : {ClassificationModel::RoleColumn, ClassificationModel::CategoryColumn,
                       ClassificationModel::GradeColumn, ClassificationModel::DecisionColumn,
                       ClassificationModel::ConfidenceColumn})
        horizontal->moveSection(horizontal->visualIndex(column), visual++);

    // A filter that hides every row leaves a blank table that reads as "nothing loaded": say why.
    m_emptyLabel->setObjectName(QStringLiteral("classificationEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setContentsMargins(24, 24, 24, 24);
    m_emptyLabel->hide();
    for (QAbstractItemModel *source : {static_cast<QAbstractItemModel *>(m_filter),
                                       static_cast<QAbstractItemModel *>(m_model)}) {
        connect(source, &QAbstractItemModel::modelReset, this, &ClassificationTable::updateEmptyState);
        connect(source, &QAbstractItemModel::rowsInserted, this, &ClassificationTable::updateEmptyState);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ClassificationTable::updateEmptyState);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ClassificationTable::updateEmptyState);
    }
    connect(m_filter, &ClassificationFilterModel::filterChanged, this,
            &ClassificationTable::updateEmptyState);
}

QString ClassificationTable::emptyText() const
{
    if (m_filter->rowCount() > 0 || m_model->rowCount() == 0)
        return {};
    const QString text = m_filter->text().trimmed();
    if (m_filter->needsDecisionOnly() && text.isEmpty())
        return tr("Every field is decided.\nTurn off “Needs decision only” to see them all.");
    if (m_filter->needsDecisionOnly())
        return tr("No field that needs a decision matches “%1”.").arg(text);
    return tr("No field matches “%1”.").arg(text);
}

void ClassificationTable::updateEmptyState()
{
    const QString text = emptyText();
    m_emptyLabel->setText(text);
    m_emptyLabel->setGeometry(viewport()->rect());
    m_emptyLabel->setVisible(!text.isEmpty());
}

void ClassificationTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_emptyLabel->setGeometry(viewport()->rect());
}

QStringList ClassificationTable::selectedFields() const
{
    QStringList names;
    const QItemSelectionModel *selection = selectionModel();
    if (!selection)
        return names;
    QModelIndexList rows = selection->selectedRows(ClassificationModel::FieldColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        names << index.data(ClassificationModel::FieldNameRole).toString();
    if (names.isEmpty() && currentIndex().isValid())
        names << currentIndex().data(ClassificationModel::FieldNameRole).toString();
    return names;
}

QString ClassificationTable::currentField() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ClassificationModel::FieldNameRole).toString()
                             : QString();
}

bool ClassificationTable::selectField(const QString &name)
{
    const int sourceRow = m_model->rowOf(name);
    if (name.isEmpty() || sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void ClassificationTable::selectFieldOrFirstRow(const QString &name)
{
    if (!selectField(name) && m_filter->rowCount() > 0)
        selectRow(0);
}

QString ClassificationTable::nextNeedingDecision(const QStringList &excluded) const
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return {};
    int start = 0;
    const QStringList selected = selectedFields();
    for (int row = 0; row < rows; ++row) {
        const QString name = m_filter->index(row, 0).data(ClassificationModel::FieldNameRole).toString();
        if (selected.contains(name))
            start = row + 1;
    }
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_filter->index((start + i) % rows, 0);
        const QString name = index.data(ClassificationModel::FieldNameRole).toString();
        if (!excluded.contains(name) && index.data(ClassificationModel::NeedsDecisionRole).toBool())
            return name;
    }
    return {};
}

} // namespace steward::ui
