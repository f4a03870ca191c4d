#pragma once

#include "ui/classification/FieldHistogram.h"
#include "core/common/Error.h"
#include "core/store/DatasetInfo.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// Computes the histogram of one numeric or date field off the UI thread: one grouped scan
// (value, rows) of the column on a secondary connection, values parsed as the profiler parses
// them. The field profile holds no bins, so the side panel asks for them when a field is shown.
// A new request cancels the running one (its statement is interrupted) and runs after it.
class HistogramQuery final : public QObject {
    Q_OBJECT
public:
    struct Request {
        qint64 datasetId = 0;
        int datasetVersion = 0;
        QString tableName;
        int position = 0; // 0-based column
        FieldHistogram::Scale scale = FieldHistogram::Scale::Number;
    };

    explicit HistogramQuery(QObject *parent = nullptr);
    ~HistogramQuery() override; // cancels and waits

    static Request request(const DatasetInfo &dataset, int position, FieldHistogram::Scale scale);

    // `store` must stay open until finished()/failed() or stop().
    void start(const ProjectStore &store, const Request &request);
    bool isRunning() const;
    // Cancels the running and the pending request and waits for the worker to stop.
    void stop();

signals:
    void finished(const steward::ui::HistogramQuery::Request &request,
                  const steward::ui::FieldHistogram &histogram);
    void failed(const steward::ui::HistogramQuery::Request &request, const steward::Error &error);

private:
    struct Job;
    struct Outcome {
        std::optional<FieldHistogram> histogram;
        Error error;
    };
    void run(const ProjectStore &store, const Request &request);
    void workerFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<Job> m_job;
    Request m_running;
    const ProjectStore *m_pendingStore = nullptr;
    std::optional<Request> m_pending;
};

} // namespace steward::ui
