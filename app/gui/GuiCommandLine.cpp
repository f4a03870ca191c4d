#include "app/gui/GuiCommandLine.h"

namespace steward::app {

QString GuiCommandLine::requestedLanguage(const QStringList &arguments)
{
    // A plain scan: a parser would stop at options it does not know yet; process() later
    // reports anything malformed.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

GuiCommandLine::GuiCommandLine()
    : m_lang(QStringLiteral("lang"), tr("User interface language (for example zh_CN or en)."),
             QStringLiteral("language"))
    , m_benchmark(QStringLiteral("benchmark-open"),
                  tr("Open the project, paint the first rows, print the time this took on "
                     "standard error and quit (for benchmarks)."))
{
    m_parser.setApplicationDescription(
        tr("Steward: a workstation for hospital data stewards."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_lang);
    m_parser.addOption(m_benchmark);
    m_parser.addPositionalArgument(
        QStringLiteral("file"),
        tr("A .steward project to open, a review package (.review.zip) to review, or an export "
           "package (.zip, .zip.age) to verify."),
        QStringLiteral("[file]"));
}

void GuiCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

bool GuiCommandLine::benchmarkOpen() const
{
    return m_parser.isSet(m_benchmark);
}

QStringList GuiCommandLine::projects() const
{
    return m_parser.positionalArguments();
}

} // namespace steward::app
