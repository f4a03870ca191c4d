#include "app/cli/ProgressPrinter.h"

#include "app/cli/CliContext.h"

#include <cstdio>

namespace steward::cli {

ProgressPrinter::ProgressPrinter(const QLocale &locale)
    : m_locale(locale), m_enabled(CliContext::stderrIsTerminal())
{
}

ProgressPrinter::~ProgressPrinter()
{
    finish();
}

ProgressCallback ProgressPrinter::callback()
{
    if (!m_enabled)
        return {};
    return [this](const Progress &progress) { show(progress); };
}

void ProgressPrinter::show(const Progress &progress)
{
    if (m_shown && m_timer.elapsed() < 100)
        return;
    m_timer.start();
    const QString text = progress.estimatedTotal > 0
        ? tr("rows %1 of ~%2").arg(m_locale.toString(progress.done), m_locale.toString(progress.estimatedTotal))
        : tr("rows %1").arg(m_locale.toString(progress.done));
    QByteArray bytes = "\r" + text.toLocal8Bit();
    const int width = static_cast<int>(text.size());
    if (width < m_width)
        bytes += QByteArray(m_width - width, ' ');
    m_width = std::max(m_width, width);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    m_shown = true;
}

void ProgressPrinter::finish()
{
    if (!m_shown)
        return;
    const QByteArray blank = "\r" + QByteArray(m_width, ' ') + "\r";
    std::fwrite(blank.constData(), 1, static_cast<std::size_t>(blank.size()), stderr);
    std::fflush(stderr);
    m_shown = false;
}

} // namespace steward::cli
