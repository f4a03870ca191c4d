#include "ui/classification/HistogramQuery.h"

#include "core/classify/Validators.h"
#include "core/common/Cancellation.h"
#include "core/store/ProjectStore.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace steward::ui {

// The worker's connection (interrupted from the UI thread under the mutex) and cancel flag.
struct HistogramQuery::Job {
    QMutex mutex;
    ProjectStore *store = nullptr;
    CancellationToken token;

    void cancel()
    {
        token.cancel();
        QMutexLocker lock(&mutex);
        if (store)
            store->interrupt();
    }
};

namespace {

std::optional<double> keyOf(QStringView value, FieldHistogram::Scale scale)
{
    if (scale == FieldHistogram::Scale::Time) {
        if (const std::optional<qint64> seconds = parseDateTimeValue(value))
            return double(*seconds);
        return std::nullopt;
    }
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace

HistogramQuery::HistogramQuery(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("histogramQuery"));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &HistogramQuery::workerFinished);
}

HistogramQuery::~HistogramQuery()
{
    stop();
}

HistogramQuery::Request HistogramQuery::request(const DatasetInfo &dataset, int position,
                                                FieldHistogram::Scale scale)
{
    Request r;
    r.datasetId = dataset.id;
    r.datasetVersion = dataset.version;
    r.tableName = dataset.tableName;
    r.position = position;
    r.scale = scale;
    return r;
}

bool HistogramQuery::isRunning() const
{
    return m_job != nullptr;
}

void HistogramQuery::start(const ProjectStore &store, const Request &request)
{
    if (isRunning()) {
        m_pending = request;
        m_pendingStore = &store;
        m_job->cancel();
        return;
    }
    run(store, request);
}

void HistogramQuery::run(const ProjectStore &store, const Request &request)
{
    m_job = std::make_shared<Job>();
    m_running = request;
    Result<std::unique_ptr<ProjectStore>> secondary = store.openSecondary();
    if (!secondary) {
        const Error error = secondary.error();
        m_job.reset();
        emit failed(request, error);
        return;
    }
    std::shared_ptr<ProjectStore> connection(std::move(*secondary));
    std::shared_ptr<Job> job = m_job;
    m_watcher.setFuture(QtConcurrent::run([job, connection = std::move(connection), request]() mutable {
        {
            QMutexLocker lock(&job->mutex);
            job->store = connection.get();
        }
        Outcome outcome;
        QList<std::pair<double, qint64>> keys;
        qint64 unparsed = 0;
        const Status scanned = connection->valueCounts(
            request.tableName, request.position, [&](const QString &value, qint64 rows) {
                if (const std::optional<double> key = keyOf(value, request.scale))
                    keys.append({*key, rows});
                else
                    unparsed += rows;
                return !job->token.isCancelled();
            });
        if (job->token.isCancelled()) {
            outcome.error = Error::cancelled();
        } else if (!scanned) {
            outcome.error = scanned.error();
        } else {
            FieldHistogram histogram = FieldHistogram::build(request.scale, keys);
            histogram.setUnparsed(unparsed);
            outcome.histogram = std::move(histogram);
        }
        {
            QMutexLocker lock(&job->mutex);
            job->store = nullptr;
        }
        connection.reset(); // close on the worker's thread
        return outcome;
    }));
}

void HistogramQuery::stop()
{
    m_pending.reset();
    m_pendingStore = nullptr;
    if (!isRunning())
        return;
    m_job->cancel();
    m_watcher.waitForFinished();
    m_job.reset();
}

void HistogramQuery::workerFinished()
{
    if (!m_job)
        return; // stopped
    m_job.reset();
    const Outcome outcome = m_watcher.result();
    const Request done = m_running;
    if (m_pending) {
        const Request next = *m_pending;
        const ProjectStore *store = m_pendingStore;
        m_pending.reset();
        m_pendingStore = nullptr;
        run(*store, next);
        return; // the cancelled one is not reported
    }
    if (outcome.histogram)
        emit finished(done, *outcome.histogram);
    else if (outcome.error.code != ErrorCode::Cancelled)
        emit failed(done, outcome.error);
}

} // namespace steward::ui
