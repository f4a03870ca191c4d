#include "ui/hierarchy/HierarchyValueLoader.h"

#include "core/store/ProjectStore.h"

namespace steward::ui {

HierarchyValueLoader::HierarchyValueLoader(QObject *parent)
    : QObject(parent),
      m_job(this, {.progress = {},
                   .succeeded = [this](const HierarchyFieldValues &v) { emit loaded(v); },
                   .failed = [this](const Error &e) { emit failed(e); },
                   .cancelled = {},
                   .finished = {}})
{
}

HierarchyValueLoader::~HierarchyValueLoader()
{
    m_job.discard();
}

void HierarchyValueLoader::start(const ProjectStore &store, const DatasetInfo &dataset,
                                 int position)
{
    m_job.discard();
    const ProjectStore *project = &store;
    const QString table = dataset.tableName;
    const qint64 rowCount = dataset.rowCount;
    m_job.start(
        [project, table, position, rowCount](const ProgressCallback &,
                                             const CancellationToken *cancel)
            -> Result<HierarchyFieldValues> {
            Result<std::unique_ptr<ProjectStore>> secondary = project->openSecondary();
            if (!secondary)
                return secondary.error();
            HierarchyFieldValues out;
            qint64 seen = 0;
            Status status = (*secondary)->valueCounts(
                table, position, [&](const QString &value, qint64 rows) {
                    if (cancel && cancel->isCancelled())
                        return false;
                    out.values.push_back(value.toStdString());
                    out.records.push_back(rows);
                    seen += rows;
                    return true;
                });
            if (!status)
                return status.error();
            if (rowCount > seen) {
                out.values.emplace_back();
                out.records.push_back(rowCount - seen);
            }
            out.totalRecords = std::max(rowCount, seen);
            return out;
        },
        0);
}

} // namespace steward::ui
