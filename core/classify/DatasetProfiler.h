#pragma once

#include "core/classify/DetectorSet.h"
#include "core/classify/FieldProfile.h"
#include "core/classify/FieldProfileBuilder.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace steward {

class ProjectStore;

struct DatasetProfilerOptions {
    ProfileOptions profile;
    QStringList missingMarkers;  // empty = the importer's defaultMissingMarkers()
    int threads = 0;             // worker threads (each with its own connection); 0 = ideal count
    // Memory one worker may use to count a column's distinct values in a hash table; a column
    // that needs more is grouped by SQLite instead (GROUP BY; slower, bounded memory).
    qsizetype maxCounterBytes = qsizetype(48) << 20;
};

// Profiles every column of a stored dataset version: per column one scan on a secondary
// connection of the project, its values counted in a hash table (ValueCounter; cheaper than a
// GROUP BY, which makes SQLite sort the column), and each distinct value with its count fed to a
// FieldProfileBuilder (missing-value markers as the import used them count as missing). Columns
// are spread over the worker threads of a private QThreadPool; each worker has its own
// connection and read transaction. Memory: the distinct values of one column per worker, up to
// DatasetProfilerOptions::maxCounterBytes (then that column falls back to a GROUP BY).
//
// Blocking: call it from a worker thread (QtConcurrent::run) — it never touches the caller's
// connection, so the GUI keeps using the main ProjectStore meanwhile.
// `progress` gets Progress{fields done, field count}; it is called from worker threads, one call
// at a time. When `cancel` is set the running statements are interrupted (sqlite3_interrupt) and
// profile() returns Error::cancelled() promptly.
class DatasetProfiler final {
    Q_DECLARE_TR_FUNCTIONS(steward::DatasetProfiler)
public:
    explicit DatasetProfiler(std::shared_ptr<const DetectorSet> detectors = DetectorSet::builtin(),
                             DatasetProfilerOptions options = {});

    Result<QList<FieldProfile>> profile(const ProjectStore &store, const DatasetInfo &dataset,
                                        const ProgressCallback &progress = {},
                                        const CancellationToken *cancel = nullptr) const;

private:
    std::shared_ptr<const DetectorSet> m_detectors;
    DatasetProfilerOptions m_options;
};

} // namespace steward
