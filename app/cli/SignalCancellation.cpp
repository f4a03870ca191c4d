#include "app/cli/SignalCancellation.h"

#include <atomic>

namespace steward::cli {

namespace {

std::atomic<CancellationToken *> g_token{nullptr};

extern "C" void cancelOnSignal(int)
{
    // Only async-signal-safe work: a lock-free atomic store.
    if (CancellationToken *token = g_token.load())
        token->cancel();
}

static_assert(std::atomic<bool>::is_always_lock_free);
static_assert(std::atomic<CancellationToken *>::is_always_lock_free);

} // namespace

SignalCancellation::SignalCancellation()
{
    g_token.store(&m_token);
    struct sigaction action {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART; // the second signal takes the default action
    sigaction(SIGINT, &action, &m_previousInt);
    sigaction(SIGTERM, &action, &m_previousTerm);
}

SignalCancellation::~SignalCancellation()
{
    sigaction(SIGINT, &m_previousInt, nullptr);
    sigaction(SIGTERM, &m_previousTerm, nullptr);
    g_token.store(nullptr);
}

} // namespace steward::cli
