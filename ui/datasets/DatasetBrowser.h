#pragma once

#include "ui/EmptyStateWidget.h"
#include "core/store/DatasetInfo.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QStackedLayout;
class QTableView;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class DatasetTableModel;

// The central area: a table of the selected dataset's rows (lazy model), or an empty-state page
// with the next useful action when there is no project or no dataset to show.
class DatasetBrowser final : public QWidget {
    Q_OBJECT
public:
    // Copying more cells than this at once is refused (the clipboard is not an export path).
    static constexpr qint64 kMaxCopyCells = 1'000'000;

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

    // Copies the selected cells as tab-separated text (a cell with a tab, newline or quote is
    // quoted, as spreadsheets expect). Returns false (and says why) when nothing was copied.
    bool copySelection();

signals:
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    void message(const QString &text);

private:
    void resizeColumnsToFirstWindow();
    void updateActions();

    QStackedLayout *m_stack;
    EmptyStateWidget *m_empty;
    QTableView *m_table;
    QPointer<DatasetTableModel> m_model;
    QAction *m_copyAction;
    QAction *m_selectAllAction;
};

} // namespace steward::ui
