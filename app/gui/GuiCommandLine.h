#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace steward::app {

// The GUI's command line: `steward [--lang L] [--benchmark-open] [file]`, the file a project, a
// review package or an export package (main() tells them apart by name and content).
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(steward::app::GuiCommandLine)

public:
    // Only --lang, read before the translators are installed so that --help speaks the
    // language it asks for.
    static QString requestedLanguage(const QStringList &arguments);

    GuiCommandLine();
    // Handles --help and --version (and exits on a bad option) like QCommandLineParser::process.
    void process(const QCoreApplication &app);

    bool benchmarkOpen() const;
    QStringList projects() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_lang;
    QCommandLineOption m_benchmark;
};

} // namespace steward::app
