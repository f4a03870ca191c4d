#pragma once

#include "ui/widgets/BackgroundJob.h"
#include "core/browse/DatasetRowQuery.h"
#include "core/common/Error.h"
#include "core/store/DatasetInfo.h"

#include <QObject>

#include <memory>
#include <vector>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// Computes the rows of a sorted or filtered view (DatasetRowSelection) on a second connection to
// the project, off the UI thread: on a million rows the sort takes seconds. A new query replaces
// the running one (which is cancelled: SQLite stops at its next progress check).
class DatasetRowQueryRunner final : public QObject {
    Q_OBJECT
public:
    using RowIds = std::shared_ptr<const std::vector<qint64>>;

    explicit DatasetRowQueryRunner(QObject *parent = nullptr);
    ~DatasetRowQueryRunner() override;

    bool isRunning() const { return m_job.isRunning(); }
    DatasetRowQuery query() const { return m_query; }
    // Starts computing `query` (cancelling a running one); false (after failed()) when no second
    // connection could be opened.
    bool start(const ProjectStore &store, const DatasetInfo &dataset, const DatasetRowQuery &query);
    // Asks the running query to stop; cancelled() follows.
    void cancel();
    // Stops a running query and reports nothing (the dataset or the project goes away).
    void discard();

signals:
    void started(const steward::DatasetRowQuery &query);
    void succeeded(const steward::DatasetRowQuery &query,
                   const steward::ui::DatasetRowQueryRunner::RowIds &rowIds);
    void failed(const steward::DatasetRowQuery &query, const steward::Error &error);
    void cancelled(const steward::DatasetRowQuery &query);
    void finished();

private:
    DatasetRowQuery m_query;
    BackgroundJob<RowIds> m_job;
};

} // namespace steward::ui
