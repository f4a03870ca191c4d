#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace steward::cli {

class CliContext;

// Dispatches `steward-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]`: global --help/--version, the
// `help` command, and each command's own options parsed with Boost.Program_options.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::CommandLine)

public:
    explicit CommandLine(std::vector<std::string> args);

    // True when --json appears among the arguments (known before parsing, so that even usage
    // errors come out as JSON).
    bool jsonRequested() const;
    int run(CliContext &cli);

private:
    Command *find(const QString &name) const;
    // `--json FILE` of a command that writes JSON files becomes its own option (see
    // Command::jsonFileOption), so that only a bare --json asks for JSON output.
    void rewriteJsonFile();
    po::options_description visibleOptions(const Command &command) const;
    int runCommand(CliContext &cli, Command &command, const std::vector<std::string> &args);
    int help(CliContext &cli, const Command *command);
    // The subcommands of a group ("release"): commands named "group …"; empty when it is none.
    QList<Command *> subcommands(const QString &group) const;
    QString missingSubcommand(const QString &group) const;
    int groupHelp(CliContext &cli, const QString &group);
    int unknownCommand(CliContext &cli, const QString &name);

    std::vector<std::string> m_args;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace steward::cli
