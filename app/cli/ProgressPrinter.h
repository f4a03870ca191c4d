#pragma once

#include "core/common/Cancellation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

namespace steward::cli {

// "rows X of ~Y" on stderr, rewritten in place, only when stderr is a terminal.
class ProgressPrinter final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ProgressPrinter)

public:
    explicit ProgressPrinter(const QLocale &locale);
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter &) = delete;
    ProgressPrinter &operator=(const ProgressPrinter &) = delete;

    ProgressCallback callback();
    // Clears the progress line.
    void finish();

private:
    void show(const Progress &progress);

    QLocale m_locale;
    bool m_enabled;
    bool m_shown = false;
    int m_width = 0;
    QElapsedTimer m_timer;
};

} // namespace steward::cli
