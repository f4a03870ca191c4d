#include "core/classify/DatasetProfiler.h"

#include "core/classify/ValueCounter.h"

#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace steward {

namespace {

constexpr int kCancelCheckRows = 16384; // rows between checks of the token
constexpr int kWaitSliceMs = 20;        // how often the caller looks at the token

// What the workers share. Connections are registered while open so that a cancel can interrupt
// the statement each one is running.
struct ProfileRun {
    std::mutex mutex;
    std::vector<sql::Database *> connections;
    std::vector<std::optional<FieldProfile>> results;
    std::optional<Error> error;
    std::atomic<int> nextColumn{0};
    std::atomic<bool> stop{false};
    int done = 0;
};

} // namespace

DatasetProfiler::DatasetProfiler(std::shared_ptr<const DetectorSet> detectors,
                                 DatasetProfilerOptions options)
    : m_detectors(std::move(detectors)), m_options(std::move(options))
{
    if (m_options.missingMarkers.isEmpty())
        m_options.missingMarkers = defaultMissingMarkers();
}

Result<QList<FieldProfile>> DatasetProfiler::profile(const ProjectStore &store,
                                                     const DatasetInfo &dataset,
                                                     const ProgressCallback &progress,
                                                     const CancellationToken *cancel) const
{
    const int columns = int(dataset.columns.size());
    if (progress)
        progress(Progress{0, columns});
    if (columns == 0)
        return QList<FieldProfile>();
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    ProfileRun run;
    run.results.resize(size_t(columns));
    // The markers the dataset was imported with, so profiling counts what the import counted.
    const MissingValues missing(dataset.missingMarkers.value_or(m_options.missingMarkers));
    const QString table = sql::quoteIdentifier(dataset.tableName);

    auto fail = [&run](Error error) {
        std::lock_guard lock(run.mutex);
        if (!run.error)
            run.error = std::move(error);
        run.stop = true;
    };

    // Steps a one-column query to its end, handing each value to onValue (which may stop the scan
    // by returning false). Returns 1 when done, 0 when onValue stopped it, -1 on failure or
    // cancel (reported through fail()).
    auto scan = [&](sql::Database &db, const QString &query,
                    const std::function<bool(std::string_view, qint64)> &onValue) -> int {
        auto stmt = db.prepare(query);
        if (!stmt) {
            fail(stmt.error());
            return -1;
        }
        sqlite3_stmt *h = stmt->handle();
        const bool counted = sqlite3_column_count(h) > 1;
        int sinceCheck = 0;
        for (;;) {
            const int rc = sqlite3_step(h);
            if (rc == SQLITE_DONE)
                return 1;
            if (rc != SQLITE_ROW) {
                if ((sqlite3_extended_errcode(db.handle()) & 0xff) == SQLITE_INTERRUPT
                    || run.stop.load())
                    fail(Error::cancelled());
                else
                    fail(db.lastError(QStringLiteral("profile column")));
                return -1;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(h, 0));
            const std::string_view value(text ? text : "", size_t(sqlite3_column_bytes(h, 0)));
            if (!onValue(value, counted ? sqlite3_column_int64(h, 1) : 1))
                return 0;
            if (++sinceCheck == kCancelCheckRows) {
                sinceCheck = 0;
                if (run.stop.load() || (cancel && cancel->isCancelled())) {
                    fail(Error::cancelled());
                    return -1;
                }
            }
        }
    };

    // Profiles one column on the worker's connection; false when the run must stop.
    auto profileColumn = [&](sql::Database &db, int c) -> bool {
        const ColumnInfo &column = dataset.columns.at(c);
        const QString cell = DatasetCatalog::cellColumn(c);
        FieldProfileBuilder builder(m_detectors, column.name, columnTypeName(column.type),
                                    m_options.profile);
        auto feed = [&](std::string_view value, qint64 count) {
            if (missing.isMissing(value))
                builder.addMissing(count);
            else
                builder.addValue(value, count);
            return true;
        };
        // Usually one plain scan counted in a hash table: much cheaper than a GROUP BY, which
        // makes SQLite sort the column. A column whose distinct values outgrow the memory budget
        // (long free text in millions of rows) is grouped by SQLite instead, whose sorter
        // spills to disk.
        int done = 0;
        {
            ValueCounter counter;
            done = scan(db, QLatin1String("SELECT ") + cell + QLatin1String(" FROM ") + table,
                        [&](std::string_view value, qint64) {
                            counter.add(value);
                            return counter.memoryUsed() <= m_options.maxCounterBytes;
                        });
            if (done < 0)
                return false;
            if (done > 0) {
                for (const ValueCounter::Entry &e : counter.entries())
                    feed(e.value, e.count);
            }
        }
        if (done == 0
            && scan(db,
                    QLatin1String("SELECT ") + cell + QLatin1String(", COUNT(*) FROM ") + table
                        + QLatin1String(" GROUP BY ") + cell,
                    feed)
                < 0)
            return false;
        if (run.stop.load() || (cancel && cancel->isCancelled())) {
            fail(Error::cancelled());
            return false;
        }
        FieldProfile profile = builder.finish();
        std::lock_guard lock(run.mutex);
        run.results[size_t(c)] = std::move(profile);
        ++run.done;
        if (progress)
            progress(Progress{run.done, columns});
        return true;
    };

    auto worker = [&]() {
        auto secondary = store.openSecondary();
        if (!secondary) {
            fail(secondary.error());
            return;
        }
        sql::Database &db = StoreAccess::db(**secondary);
        {
            std::lock_guard lock(run.mutex);
            run.connections.push_back(&db);
        }
        // One read transaction: every column of this worker sees the same snapshot.
        const bool inTransaction = db.exec("BEGIN").ok();
        for (;;) {
            if (run.stop.load())
                break;
            const int c = run.nextColumn.fetch_add(1);
            if (c >= columns)
                break;
            if (!profileColumn(db, c))
                break;
        }
        if (inTransaction)
            (void)db.exec("ROLLBACK");
        std::lock_guard lock(run.mutex);
        std::erase(run.connections, &db);
    };

    const int ideal = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    const int threads = std::clamp(ideal, 1, columns);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t)
        pool.start(worker);
    bool interrupted = false;
    while (!pool.waitForDone(kWaitSliceMs)) {
        if (!interrupted && cancel && cancel->isCancelled()) {
            interrupted = true;
            std::lock_guard lock(run.mutex);
            run.stop = true;
            for (sql::Database *db : run.connections)
                db->interrupt();
        }
    }

    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    if (run.error)
        return *run.error;
    QList<FieldProfile> profiles;
    profiles.reserve(columns);
    for (auto &p : run.results) {
        if (!p)
            return Error::internal(tr("a field was not profiled"));
        profiles.append(std::move(*p));
    }
    return profiles;
}

} // namespace steward
