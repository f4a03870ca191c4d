#include "ui/datasets/DatasetBrowser.h"

#include "ui/datasets/DatasetCellDelegate.h"
#include "ui/datasets/DatasetFindBar.h"
#include "ui/datasets/DatasetRowQueryRunner.h"
#include "ui/datasets/DatasetTableModel.h"
#include "ui/widgets/DisplayNames.h"
#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

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
      m_page(new QWidget(this)),
      m_findBar(new DatasetFindBar(m_page)),
      m_busy(new QWidget(m_page)),
      m_busyLabel(new QLabel(m_busy)),
      m_busyBar(new QProgressBar(m_busy)),
      m_busyCancel(new QPushButton(tr("Cancel"), m_busy)),
      m_table(new QTableView(m_page)),
      m_runner(new DatasetRowQueryRunner(this)),
      m_copyAction(new QAction(this)),
      m_selectAllAction(new QAction(this)),
      m_findAction(new QAction(this))
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
    m_table->setItemDelegate(new DatasetCellDelegate(m_table));
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
    // Sorting is the browser's (in SQL, three states), not QTableView's: sortingEnabled stays off
    // and a click cycles ascending, descending, file order.
    horizontal->setSectionsClickable(true);
    horizontal->setSortIndicatorShown(true);
    horizontal->setSortIndicator(-1, Qt::AscendingOrder);
    // A header click sorts; it does not also select the column (QTableView selects it on
    // sectionPressed through a connection of its own): the selection from before the press is
    // put back once the table has handled the press or a drag across the headers.
    horizontal->viewport()->installEventFilter(this);
    connect(horizontal, &QHeaderView::sectionPressed, this, &DatasetBrowser::restoreSelection);
    connect(horizontal, &QHeaderView::sectionEntered, this, &DatasetBrowser::restoreSelection);
    horizontal->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontal, &QHeaderView::sectionClicked, this, &DatasetBrowser::headerClicked);
    connect(horizontal, &QHeaderView::customContextMenuRequested, this,
            &DatasetBrowser::showHeaderMenu);

    m_busy->setObjectName(QStringLiteral("dataQueryBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setMaximumHeight(m_busyLabel->fontMetrics().height());
    m_busyCancel->setObjectName(QStringLiteral("dataQueryCancel"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(6, 2, 6, 2);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_busyCancel);
    m_busy->hide();
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(kBusyDelayMs);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_runner->isRunning())
            m_busy->show();
    });
    connect(m_busyCancel, &QPushButton::clicked, m_runner, &DatasetRowQueryRunner::cancel);

    m_findBar->hide();
    connect(m_findBar, &DatasetFindBar::filterChanged, this, [this] {
        DatasetRowQuery query = m_requested;
        query.filterText = m_findBar->text();
        query.filterColumn = m_findBar->column();
        runQuery(query);
    });
    connect(m_findBar, &DatasetFindBar::closed, this, [this] { m_table->setFocus(); });

    connect(m_runner, &DatasetRowQueryRunner::succeeded, this,
            [this](const DatasetRowQuery &query, const DatasetRowQueryRunner::RowIds &ids) {
                applyRows(query, ids);
            });
    connect(m_runner, &DatasetRowQueryRunner::failed, this,
            [this](const DatasetRowQuery &, const Error &error) {
                emit message(tr("The rows could not be sorted or filtered: %1")
                                 .arg(errorSentence(error.message)));
            });
    connect(m_runner, &DatasetRowQueryRunner::cancelled, this, [this](const DatasetRowQuery &) {
        emit message(tr("Cancelled: the rows are shown as before."));
    });
    connect(m_runner, &DatasetRowQueryRunner::finished, this, &DatasetBrowser::queryEnded);

    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_findBar);
    pageLayout->addWidget(m_busy);
    pageLayout->addWidget(m_table, 1);

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
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setText(tr("&Find in Rows…"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    connect(m_findAction, &QAction::triggered, m_findBar, &DatasetFindBar::activate);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_selectAllAction);
    m_table->addAction(m_findAction);
    addAction(m_findAction);

    connect(m_empty, &EmptyStateWidget::newProjectRequested, this,
            &DatasetBrowser::newProjectRequested);
    connect(m_empty, &EmptyStateWidget::openProjectRequested, this,
            &DatasetBrowser::openProjectRequested);
    connect(m_empty, &EmptyStateWidget::importRequested, this, &DatasetBrowser::importRequested);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);
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
    m_runner->discard();
    hideBusy();
    m_store = nullptr;
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
    m_runner->discard();
    hideBusy();
    m_store = store;
    m_applied = m_requested = DatasetRowQuery();
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
    QStringList fields;
    for (const ColumnInfo &column : dataset.columns)
        fields << column.name;
    m_findBar->setFields(fields);
    m_findBar->hide();
    showSortIndicator(m_applied);
    refreshFieldClassifications();
    m_table->scrollToTop();
    resizeColumnsToFirstWindow();
    fitRowNumbers();
    m_stack->setCurrentWidget(m_page);
    updateActions();
}

void DatasetBrowser::refreshFieldClassifications()
{
    if (!m_model || !m_store)
        return;
    ClassificationService service(*m_store);
    Result<DatasetClassification> classification = service.load(m_model->dataset().name);
    // Without a classification the tooltips name the type only.
    m_model->setFieldClassifications(classification ? classification->fields
                                                    : QList<FieldClassification>());
}

bool DatasetBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->horizontalHeader()->viewport()
        && event->type() == QEvent::MouseButtonPress && m_table->selectionModel()) {
        m_selectionBeforePress = m_table->selectionModel()->selection();
        m_currentBeforePress = m_table->selectionModel()->currentIndex();
    }
    return QWidget::eventFilter(watched, event);
}

void DatasetBrowser::restoreSelection()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection)
        return;
    selection->select(m_selectionBeforePress, QItemSelectionModel::ClearAndSelect);
    selection->setCurrentIndex(m_currentBeforePress, QItemSelectionModel::NoUpdate);
}

bool DatasetBrowser::isQueryRunning() const
{
    return m_runner->isRunning();
}

void DatasetBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    DatasetRowQuery query = m_requested;
    query.sortColumn = column < m_model->columnCount() ? column : -1;
    query.descending = query.sortColumn >= 0 && order == Qt::DescendingOrder;
    runQuery(query);
}

void DatasetBrowser::headerClicked(int section)
{
    // Ascending, descending, then the file's order again.
    if (m_requested.sortColumn != section)
        sortBy(section, Qt::AscendingOrder);
    else if (!m_requested.descending)
        sortBy(section, Qt::DescendingOrder);
    else
        sortBy(-1);
}

void DatasetBrowser::showHeaderMenu(const QPoint &position)
{
    if (!m_model)
        return;
    const int section = m_table->horizontalHeader()->logicalIndexAt(position);
    if (section < 0)
        return;
    const QString field = m_model->headerData(section, Qt::Horizontal).toString();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("dataHeaderMenu"));
    menu.addAction(tr("Sort &Ascending by “%1”").arg(field), this,
                   [this, section] { sortBy(section, Qt::AscendingOrder); });
    menu.addAction(tr("Sort &Descending by “%1”").arg(field), this,
                   [this, section] { sortBy(section, Qt::DescendingOrder); });
    QAction *fileOrder = menu.addAction(tr("&File Order"), this, [this] { sortBy(-1); });
    fileOrder->setEnabled(m_requested.sortColumn >= 0);
    menu.addSeparator();
    menu.addAction(tr("Find in “%1”…").arg(field), this, [this, section] {
        m_findBar->setColumn(section);
        m_findBar->activate();
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void DatasetBrowser::runQuery(const DatasetRowQuery &query)
{
    if (!m_model || !m_store)
        return;
    m_requested = query;
    showSortIndicator(query);
    if (query.isFileOrder()) {
        m_runner->discard();
        hideBusy();
        applyRows(query, nullptr);
        return;
    }
    const QLocale locale;
    const QString rows = locale.toString(m_model->dataset().rowCount);
    m_busyLabel->setText(query.filterText.isEmpty()
                             ? tr("Sorting %1 rows…").arg(rows)
                             : tr("Looking for “%1” in %2 rows…").arg(query.filterText, rows));
    if (m_runner->start(*m_store, m_model->dataset(), query))
        m_busyTimer.start();
    else
        queryEnded();
}

void DatasetBrowser::applyRows(const DatasetRowQuery &query,
                               std::shared_ptr<const std::vector<qint64>> rowIds)
{
    if (!m_model)
        return;
    // A model reset forgets the header's section sizes: keep the widths the user sees.
    QList<int> widths;
    for (int column = 0; column < m_model->columnCount(); ++column)
        widths << m_table->columnWidth(column);
    const int horizontal = m_table->horizontalScrollBar()->value();
    m_model->setRowOrder(std::move(rowIds));
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_table->horizontalScrollBar()->setValue(horizontal);
    m_table->scrollToTop();
    m_applied = query;
    showSortIndicator(m_requested);
    updateCount();
    updateActions();
    emit queryApplied(query);
}

void DatasetBrowser::hideBusy()
{
    m_busyTimer.stop();
    m_busy->hide();
}

void DatasetBrowser::queryEnded()
{
    hideBusy();
    if (!m_runner->isRunning() && !(m_requested == m_applied)) {
        // Cancelled or failed: the controls say again what the rows show.
        m_requested = m_applied;
        showSortIndicator(m_applied);
    }
}

void DatasetBrowser::showSortIndicator(const DatasetRowQuery &query)
{
    m_table->horizontalHeader()->setSortIndicator(
        query.sortColumn, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void DatasetBrowser::updateCount()
{
    if (!m_model || m_applied.filterText.isEmpty()) {
        m_findBar->setCountText({});
        return;
    }
    const QLocale locale;
    m_findBar->setCountText(tr("%1 of %2 rows")
                                .arg(locale.toString(m_model->rowCount()),
                                     locale.toString(m_model->dataset().rowCount)));
}

void DatasetBrowser::fitRowNumbers()
{
    if (!m_model)
        return;
    // Wide enough for the largest file row number, whatever rows are shown or scrolled to.
    QHeaderView *vertical = m_table->verticalHeader();
    const QString widest = QLocale().toString(std::max<qint64>(m_model->dataset().rowCount, 1));
    const int margin = 2 * vertical->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, vertical);
    vertical->setFixedWidth(vertical->fontMetrics().horizontalAdvance(widest) + margin + 8);
}

bool DatasetBrowser::isShowingDataset() const
{
    return m_model && m_stack->currentWidget() == m_page;
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
    m_findAction->setEnabled(showing);
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
