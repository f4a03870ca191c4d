#pragma once

#include "ui/hierarchy/HierarchyFieldValues.h"
#include "ui/widgets/BackgroundJob.h"
#include "core/common/Error.h"
#include "core/store/DatasetInfo.h"

#include <QObject>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// Reads the distinct values of one field and their record counts off the UI thread (one grouped
// scan on a secondary connection, ProjectStore::valueCounts), for the hierarchy editor. Records
// the scan does not see (empty cells) become the empty value.
class HierarchyValueLoader final : public QObject {
    Q_OBJECT
public:
    explicit HierarchyValueLoader(QObject *parent = nullptr);
    ~HierarchyValueLoader() override; // cancels and waits

    // `store` must stay open until finished or stop().
    void start(const ProjectStore &store, const DatasetInfo &dataset, int position);
    bool isRunning() const { return m_job.isRunning(); }
    void stop() { m_job.discard(); }

signals:
    void loaded(const steward::ui::HierarchyFieldValues &values);
    void failed(const steward::Error &error);

private:
    BackgroundJob<HierarchyFieldValues> m_job;
};

} // namespace steward::ui
