#include "app/cli/CliContext.h"
#include "app/cli/CommandLine.h"

#include <QCoreApplication>

#include <string>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    steward::cli::CliContext::installTranslator(app);

    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    steward::cli::CommandLine commandLine(std::move(args));
    steward::cli::CliContext cli(commandLine.jsonRequested());
    const int code = commandLine.run(cli);
    cli.flush();
    return code;
}
