#pragma once

#include "core/common/Cancellation.h"

#include <csignal>

namespace steward::cli {

// While alive, SIGINT and SIGTERM cancel token() instead of killing the process, so that a long
// operation rolls back cleanly and the command exits 130. A second signal kills as usual.
class SignalCancellation final {
public:
    SignalCancellation();
    ~SignalCancellation();
    SignalCancellation(const SignalCancellation &) = delete;
    SignalCancellation &operator=(const SignalCancellation &) = delete;

    CancellationToken *token() { return &m_token; }

private:
    CancellationToken m_token;
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
};

} // namespace steward::cli
