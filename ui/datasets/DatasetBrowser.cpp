#include "ui/datasets/DatasetBrowser.h"

#include "ui/datasets/DatasetTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QStackedLayout>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kMinColumnWidth = 56;
constexpr int kMaxColumnWidth = 360;

QString tsvField(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

DatasetBrowser::DatasetBrowser(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedLayout(this)),
      m_empty(new EmptyStateWidget(this)),
      m_table(new QTableView(this)),
      m_copyAction(new QAction(this)),
      m_selectAllAction(new QAction(this))
{
    setObjectName(QStringLiteral("datasetBrowser"));

    m_table->setObjectName(QStringLiteral("datasetTable"));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setCornerButtonEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Uniform row heights: the view never asks the model for per-row sizes, so a million rows
    // cost nothing to lay out.
    QHeaderView *vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    vertical->setMinimumSectionSize(m_table->fontMetrics().height() + 4);
    QHeaderView *horizontal = m_table->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(false);

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelection(); });
    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setText(tr("Select &All"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_selectAllAction);

    connect(m_empty, &EmptyStateWidget::newProjectRequested, this,
            &DatasetBrowser::newProjectRequested);
    connect(m_empty, &EmptyStateWidget::openProjectRequested, this,
            &DatasetBrowser::openProjectRequested);
    connect(m_empty, &EmptyStateWidget::importRequested, this, &DatasetBrowser::importRequested);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    showEmptyState(EmptyStateWidget::State::NoProject);
}

DatasetBrowser::~DatasetBrowser() = default;

DatasetTableModel *DatasetBrowser::model() const
{
    return m_model.data();
}

void DatasetBrowser::showEmptyState(EmptyStateWidget::State state)
{
    m_empty->setState(state);
    m_stack->setCurrentWidget(m_empty);
    if (m_model) {
        m_table->setModel(nullptr);
        m_model->detach();
        m_model->deleteLater();
        m_model.clear();
    }
    updateActions();
}

void DatasetBrowser::showDataset(ProjectStore *store, const DatasetInfo &dataset)
{
    DatasetTableModel *old = m_model.data();
    m_model = new DatasetTableModel(store, dataset, this);
    connect(m_model.data(), &DatasetTableModel::fetchFailed, this, [this](const QString &error) {
        emit message(tr("Some rows could not be read: %1").arg(error));
    });
    m_table->setModel(m_model.data());
    if (old) {
        old->detach();
        old->deleteLater();
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetBrowser::updateActions);
    m_table->scrollToTop();
    resizeColumnsToFirstWindow();
    m_stack->setCurrentWidget(m_table);
    updateActions();
}

bool DatasetBrowser::isShowingDataset() const
{
    return m_model && m_stack->currentWidget() == m_table;
}

DatasetInfo DatasetBrowser::dataset() const
{
    return m_model ? m_model->dataset() : DatasetInfo{};
}

void DatasetBrowser::resizeColumnsToFirstWindow()
{
    // Widths from the header and the first window of rows (already fetched for display), never
    // from the whole table.
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const int rows = std::min(m_model->rowCount(), DatasetTableModel::kWindowRows);
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(header) + padding + 8;
        for (int row = 0; row < rows && width < kMaxColumnWidth; ++row) {
            const int cell = cellMetrics.horizontalAdvance(m_model->cellText(row, column));
            width = std::max(width, cell + padding);
        }
        m_table->setColumnWidth(column, std::clamp(width, kMinColumnWidth, kMaxColumnWidth));
    }
}

void DatasetBrowser::updateActions()
{
    const bool showing = isShowingDataset();
    m_selectAllAction->setEnabled(showing && m_model->rowCount() > 0);
    m_copyAction->setEnabled(showing && m_table->selectionModel()
                             && m_table->selectionModel()->hasSelection());
}

bool DatasetBrowser::copySelection()
{
    if (!isShowingDataset() || !m_table->selectionModel())
        return false;
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return false;

    qint64 cells = 0;
    int top = m_model->rowCount(), left = m_model->columnCount(), bottom = -1, right = -1;
    for (const QItemSelectionRange &range : selection) {
        cells += qint64(range.height()) * range.width();
        top = std::min(top, range.top());
        left = std::min(left, range.left());
        bottom = std::max(bottom, range.bottom());
        right = std::max(right, range.right());
    }
    const QLocale locale;
    if (cells > kMaxCopyCells) {
        emit message(tr("Not copied: the selection has %1 cells; Steward copies at most %2 at a "
                        "time.")
                         .arg(locale.toString(cells), locale.toString(kMaxCopyCells)));
        return false;
    }

    // A rectangular block; cells inside the bounding box but outside the selection stay empty.
    const bool rectangular = selection.size() == 1;
    QString text;
    for (int row = top; row <= bottom; ++row) {
        if (!rectangular && std::none_of(selection.cbegin(), selection.cend(),
                                         [row](const QItemSelectionRange &range) {
                                             return range.top() <= row && row <= range.bottom();
                                         }))
            continue; // a row between two selected blocks
        for (int column = left; column <= right; ++column) {
            if (column > left)
                text += QLatin1Char('\t');
            if (rectangular || selection.contains(m_model->index(row, column)))
                text += tsvField(m_model->cellText(row, column));
        }
        text += QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
    emit message(tr("Copied %Ln cell(s).", nullptr, int(cells)));
    return true;
}

} // namespace steward::ui
