#pragma once

#include "ui/EmptyStateWidget.h"
#include "core/browse/DatasetRowQuery.h"
#include "core/store/DatasetInfo.h"

#include <QItemSelection>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class DatasetFindBar;
class DatasetRowQueryRunner;
class DatasetTableModel;

// The central area: a table of the selected dataset's rows (lazy model), or an empty-state page
// with the next useful action when there is no project or no dataset to show.
//
// Clicking a column header sorts by that field (ascending, descending, then file order again);
// Ctrl+F opens a find bar that keeps the rows holding a text in one field or any. Both run in SQL
// on a second connection (DatasetRowQueryRunner); a busy strip with Cancel appears when that
// takes longer than kBusyDelayMs. The view keeps showing the previous rows meanwhile.
class DatasetBrowser final : public QWidget {
    Q_OBJECT
public:
    // Copying more cells than this at once is refused (the clipboard is not an export path).
    static constexpr qint64 kMaxCopyCells = 1'000'000;
    static constexpr int kBusyDelayMs = 150;

    explicit DatasetBrowser(QWidget *parent = nullptr);
    ~DatasetBrowser() override;

    void showEmptyState(EmptyStateWidget::State state);
    // Shows the dataset's rows read through `store` (which must outlive the shown dataset, or
    // showEmptyState() must be called before it goes away).
    void showDataset(ProjectStore *store, const DatasetInfo &dataset);
    bool isShowingDataset() const;
    // The dataset shown, if any (empty name when none).
    DatasetInfo dataset() const;

    QTableView *tableView() const { return m_table; }
    DatasetTableModel *model() const;
    EmptyStateWidget *emptyState() const { return m_empty; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *findAction() const { return m_findAction; }
    DatasetFindBar *findBar() const { return m_findBar; }
    QWidget *busyStrip() const { return m_busy; }

    // The sort and filter the rows are shown with (the default: file order, every row).
    DatasetRowQuery appliedQuery() const { return m_applied; }
    // Sorts by the field at `column` (-1: file order); runs in the background.
    void sortBy(int column, Qt::SortOrder order = Qt::AscendingOrder);
    bool isQueryRunning() const;
    // Re-reads the fields' roles and grades for the header tooltips (after classifying).
    void refreshFieldClassifications();

    // Copies the selected cells as tab-separated text (a cell with a tab, newline or quote is
    // quoted, as spreadsheets expect). Returns false (and says why) when nothing was copied.
    bool copySelection();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The rows shown changed to match `query` (sorted, filtered or file order again).
    void queryApplied(const steward::DatasetRowQuery &query);
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    void message(const QString &text);

private:
    void resizeColumnsToFirstWindow();
    void updateActions();
    void headerClicked(int section);
    void showHeaderMenu(const QPoint &position);
    void runQuery(const DatasetRowQuery &query);
    void applyRows(const DatasetRowQuery &query, std::shared_ptr<const std::vector<qint64>> rowIds);
    void queryEnded();
    void hideBusy();
    void restoreSelection();
    void showSortIndicator(const DatasetRowQuery &query);
    void updateCount();
    void fitRowNumbers();

    QStackedLayout *m_stack;
    EmptyStateWidget *m_empty;
    QWidget *m_page;
    DatasetFindBar *m_findBar;
    QWidget *m_busy;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_busyCancel;
    QTimer m_busyTimer;
    QTableView *m_table;
    QPointer<DatasetTableModel> m_model;
    ProjectStore *m_store = nullptr;
    DatasetRowQueryRunner *m_runner;
    DatasetRowQuery m_applied;
    DatasetRowQuery m_requested;
    QAction *m_copyAction;
    QAction *m_selectAllAction;
    QAction *m_findAction;
    QItemSelection m_selectionBeforePress;
    QPersistentModelIndex m_currentBeforePress;
};

} // namespace steward::ui
