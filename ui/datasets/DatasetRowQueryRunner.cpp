#include "ui/datasets/DatasetRowQueryRunner.h"

#include "core/browse/DatasetRowSelection.h"
#include "core/store/ProjectStore.h"

namespace steward::ui {

DatasetRowQueryRunner::DatasetRowQueryRunner(QObject *parent)
    : QObject(parent),
      m_job(this, {.progress = {},
                   .succeeded = [this](const RowIds &ids) { emit succeeded(m_query, ids); },
                   .failed = [this](const Error &error) { emit failed(m_query, error); },
                   .cancelled = [this] { emit cancelled(m_query); },
                   .finished = [this] { emit finished(); }})
{
}

DatasetRowQueryRunner::~DatasetRowQueryRunner()
{
    m_job.discard();
}

bool DatasetRowQueryRunner::start(const ProjectStore &store, const DatasetInfo &dataset,
                                  const DatasetRowQuery &query)
{
    m_job.discard();
    m_query = query;
    auto secondary = store.openSecondary();
    if (!secondary) {
        emit failed(query, secondary.error());
        return false;
    }
    // Shared so that the connection is closed by the worker, on its own thread.
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    const QLocale locale;
    m_job.start(
        [connection, dataset, query, locale](const ProgressCallback &,
                                             const CancellationToken *cancel) -> Result<RowIds> {
            auto ids = DatasetRowSelection::rowIds(**connection, dataset, query, cancel, locale);
            connection->reset();
            if (!ids)
                return ids.error();
            return RowIds(std::make_shared<const std::vector<qint64>>(std::move(*ids)));
        },
        0);
    emit started(query);
    return true;
}

void DatasetRowQueryRunner::cancel()
{
    m_job.cancel();
}

void DatasetRowQueryRunner::discard()
{
    m_job.discard();
}

} // namespace steward::ui
