#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace steward {

// Shared between a long operation and whoever may cancel it (the UI's Cancel button, SIGINT).
class CancellationToken final {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// Progress of a long operation: done so far and an estimate of the total (0 when unknown).
struct Progress {
    qint64 done = 0;
    qint64 estimatedTotal = 0;
};
using ProgressCallback = std::function<void(const Progress &)>;

} // namespace steward
