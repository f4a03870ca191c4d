#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace steward::ui {

// The machinery every background runner of the GUI shares (classification, risk, anonymization):
// one piece of work on a pool thread with a cancellation token, its progress published through
// atomics and read by a UI timer (so the worker never floods the event loop), and exactly one of
// succeeded / failed / cancelled, then finished, delivered on the UI thread. A runner owns one
// BackgroundJob and turns the callbacks into its typed signals.
template <class Value>
class BackgroundJob final {
public:
    static constexpr int kProgressIntervalMs = 100;

    using Work = std::function<Result<Value>(const ProgressCallback &, const CancellationToken *)>;
    struct Callbacks {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<void(const Value &)> succeeded;
        std::function<void(const Error &)> failed;
        std::function<void()> cancelled;
        std::function<void()> finished;
    };

    // `context` receives the watcher's and the timer's signals (the runner).
    BackgroundJob(QObject *context, Callbacks callbacks) : m_callbacks(std::move(callbacks))
    {
        m_timer.setInterval(kProgressIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] { poll(); });
        QObject::connect(&m_watcher, &QFutureWatcher<Outcome>::finished, context,
                         [this] { workerFinished(); });
    }
    // Cancels running work and waits for it.
    ~BackgroundJob() { discard(); }
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    bool isRunning() const { return m_state != nullptr; }
    bool isCancelling() const { return m_state && m_state->token.isCancelled(); }

    // Starts `work` (the caller checks isRunning() first, or calls discard()).
    void start(Work work, qint64 estimatedTotal)
    {
        m_state = std::make_shared<State>();
        m_state->total.store(estimatedTotal, std::memory_order_relaxed);
        std::shared_ptr<State> state = m_state;
        m_watcher.setFuture(QtConcurrent::run([state, work = std::move(work)] {
            const ProgressCallback progress = [&state](const Progress &p) {
                state->done.store(p.done, std::memory_order_relaxed);
                state->total.store(p.estimatedTotal, std::memory_order_relaxed);
            };
            Outcome outcome;
            Result<Value> result = work(progress, &state->token);
            if (result)
                outcome.value = std::move(result).value();
            else
                outcome.error = result.error();
            return outcome;
        }));
        m_timer.start();
        poll();
    }

    void cancel()
    {
        if (m_state)
            m_state->token.cancel();
    }

    // Cancels, waits and reports nothing (the watcher's queued finished() then finds no work).
    void discard()
    {
        if (!m_state)
            return;
        m_state->token.cancel();
        m_watcher.waitForFinished();
        m_timer.stop();
        m_state.reset();
    }

    // Cancels, waits and finishes at once (cancelled, finished): for closing the project whose
    // file the worker reads.
    void stop()
    {
        if (!m_state)
            return;
        discard();
        call(m_callbacks.cancelled);
        call(m_callbacks.finished);
    }

private:
    struct State {
        CancellationToken token;
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    struct Outcome {
        std::optional<Value> value;
        Error error;
    };

    template <class F, class... Args>
    static void call(const F &f, Args &&...args)
    {
        if (f)
            f(std::forward<Args>(args)...);
    }

    void poll()
    {
        if (m_state)
            call(m_callbacks.progress, m_state->done.load(std::memory_order_relaxed),
                 m_state->total.load(std::memory_order_relaxed));
    }

    void workerFinished()
    {
        // A stale notification of work discarded meanwhile finds nothing (or unfinished work).
        if (!m_state || !m_watcher.future().isFinished())
            return;
        m_timer.stop();
        const bool cancelRequested = m_state->token.isCancelled();
        m_state.reset();
        Outcome outcome = m_watcher.result();
        if (outcome.value && !cancelRequested)
            call(m_callbacks.succeeded, *outcome.value);
        else if (cancelRequested || outcome.error.code == ErrorCode::Cancelled)
            call(m_callbacks.cancelled);
        else
            call(m_callbacks.failed, outcome.error);
        call(m_callbacks.finished);
    }

    Callbacks m_callbacks;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_timer;
    std::shared_ptr<State> m_state;
};

} // namespace steward::ui
