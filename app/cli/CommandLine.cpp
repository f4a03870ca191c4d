#include "app/cli/CommandLine.h"

#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/HelpText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {

QString optionText(const std::string &name)
{
    return QString::fromLocal8Bit(name);
}

// Boost's parse errors, in the user's language.
Error parseError(const po::error &e)
{
    if (const auto *unknown = dynamic_cast<const po::unknown_option *>(&e))
        return Error::usage(CommandLine::tr("unknown option %1").arg(optionText(unknown->get_option_name())));
    if (const auto *ambiguous = dynamic_cast<const po::ambiguous_option *>(&e))
        return Error::usage(CommandLine::tr("ambiguous option %1").arg(optionText(ambiguous->get_option_name())));
    if (const auto *multiple = dynamic_cast<const po::multiple_occurrences *>(&e))
        return Error::usage(
            CommandLine::tr("option %1 is given more than once").arg(optionText(multiple->get_option_name())));
    if (dynamic_cast<const po::too_many_positional_options_error *>(&e))
        return Error::usage(CommandLine::tr("too many arguments"));
    if (const auto *syntax = dynamic_cast<const po::invalid_command_line_syntax *>(&e)) {
        const QString option = optionText(syntax->get_option_name());
        switch (syntax->kind()) {
        case po::invalid_syntax::missing_parameter:
            return Error::usage(CommandLine::tr("option %1 needs a value").arg(option));
        case po::invalid_syntax::extra_parameter:
            return Error::usage(CommandLine::tr("option %1 takes no value").arg(option));
        default:
            return Error::usage(CommandLine::tr("invalid option syntax: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    }
    return Error::usage(QString::fromLocal8Bit(e.what()));
}

constexpr int kStyle = po::command_line_style::unix_style & ~po::command_line_style::allow_guessing
    & ~po::command_line_style::allow_sticky;

} // namespace

CommandLine::CommandLine(std::vector<std::string> args)
    : m_args(std::move(args)), m_commands(allCommands())
{
    rewriteJsonFile();
}

void CommandLine::rewriteJsonFile()
{
    // The command is the first word that is not an option.
    std::size_t i = 0;
    while (i < m_args.size() && !m_args[i].empty() && m_args[i][0] == '-')
        ++i;
    if (i == m_args.size())
        return;
    const Command *command = find(QString::fromLocal8Bit(m_args[i]));
    if (command == nullptr || command->jsonFileOption() == nullptr)
        return;
    const std::string option = std::string("--") + command->jsonFileOption();
    for (++i; i < m_args.size(); ++i) {
        std::string &arg = m_args[i];
        if (arg == "--")
            break;
        if (arg.rfind("--json=", 0) == 0) {
            arg = option + arg.substr(6);
        } else if (arg == "--json" && i + 1 < m_args.size() && !m_args[i + 1].empty()
                   && m_args[i + 1][0] != '-') {
            arg = option;
            ++i;
        }
    }
}

bool CommandLine::jsonRequested() const
{
    for (const std::string &arg : m_args) {
        if (arg == "--")
            break;
        if (arg == "--json")
            return true;
    }
    return false;
}

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

po::options_description CommandLine::visibleOptions(const Command &command) const
{
    po::options_description options;
    command.addOptions(options);
    options.add_options()("json", po::bool_switch(),
                          tr("print exactly one JSON document on stdout, errors included").toStdString().c_str());
    options.add_options()("help,h", po::bool_switch(), tr("describe this command and its options").toStdString().c_str());
    return options;
}

int CommandLine::unknownCommand(CliContext &cli, const QString &name)
{
    return cli.fail(Error::usage(
        tr("unknown command %1; run \"steward-cli --help\" for the list of commands").arg(name)));
}

int CommandLine::help(CliContext &cli, const Command *command)
{
    if (command == nullptr) {
        if (cli.json())
            return cli.document(HelpText::generalJson(m_commands));
        cli.write(HelpText::general(m_commands).toLocal8Bit());
        return 0;
    }
    const po::options_description options = visibleOptions(*command);
    if (cli.json())
        return cli.document(HelpText::commandJson(*command, options));
    cli.write(HelpText::command(*command, options).toLocal8Bit());
    return 0;
}

int CommandLine::run(CliContext &cli)
{
    // Global options before the command.
    std::size_t i = 0;
    bool wantHelp = false;
    for (; i < m_args.size(); ++i) {
        const std::string &arg = m_args[i];
        if (arg == "--json")
            continue;
        if (arg == "--help" || arg == "-h") {
            wantHelp = true;
            continue;
        }
        if (arg == "--version") {
            if (cli.json())
                return cli.document({{QStringLiteral("version"), QStringLiteral(STEWARD_VERSION)}});
            cli.line(QStringLiteral("steward-cli ") + QStringLiteral(STEWARD_VERSION));
            return 0;
        }
        if (!arg.empty() && arg[0] == '-')
            return cli.fail(Error::usage(tr("unknown option %1; run \"steward-cli --help\"")
                                             .arg(QString::fromLocal8Bit(arg))));
        break;
    }
    if (i == m_args.size()) {
        if (wantHelp)
            return help(cli, nullptr);
        return cli.fail(Error::usage(
            tr("no command given; run \"steward-cli --help\" for the list of commands")));
    }

    QString name = QString::fromLocal8Bit(m_args[i]);
    std::vector<std::string> rest(m_args.begin() + static_cast<std::ptrdiff_t>(i) + 1, m_args.end());
    if (name == QLatin1String("help")) {
        QStringList topics;
        for (const std::string &arg : rest) {
            if (arg != "--json")
                topics.append(QString::fromLocal8Bit(arg));
        }
        if (topics.empty())
            return help(cli, nullptr);
        if (topics.size() > 2 || (topics.size() == 2 && subcommands(topics.front()).isEmpty()))
            return cli.fail(Error::usage(tr("help takes one command name")));
        const QString topic = topics.join(QLatin1Char(' '));
        if (topics.size() == 1 && !subcommands(topic).isEmpty())
            return groupHelp(cli, topic);
        const Command *command = find(topic);
        if (command == nullptr)
            return unknownCommand(cli, topic);
        return help(cli, command);
    }
    // A group ("release") takes its subcommand as the next word.
    const QList<Command *> group = subcommands(name);
    if (!group.isEmpty()) {
        std::size_t sub = 0;
        bool groupHelpWanted = wantHelp;
        for (; sub < rest.size(); ++sub) {
            if (rest[sub] == "--help" || rest[sub] == "-h")
                groupHelpWanted = true;
            else if (rest[sub] != "--json")
                break;
        }
        if (sub == rest.size()) {
            if (groupHelpWanted)
                return groupHelp(cli, name);
            return cli.fail(Error::usage(missingSubcommand(name)));
        }
        const QString subName = name + QLatin1Char(' ') + QString::fromLocal8Bit(rest[sub]);
        if (find(subName) == nullptr)
            return cli.fail(Error::usage(
                tr("unknown command %1; run \"steward-cli help %2\" for its subcommands").arg(subName, name)));
        name = subName;
        rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(sub));
        wantHelp = groupHelpWanted;
    }
    Command *command = find(name);
    if (command == nullptr)
        return unknownCommand(cli, name);
    if (wantHelp)
        return help(cli, command);
    return runCommand(cli, *command, rest);
}

QList<Command *> CommandLine::subcommands(const QString &group) const
{
    QList<Command *> list;
    const QString prefix = group + QLatin1Char(' ');
    for (const auto &command : m_commands) {
        if (command->name().startsWith(prefix))
            list.append(command.get());
    }
    return list;
}

QString CommandLine::missingSubcommand(const QString &group) const
{
    QStringList names;
    for (const Command *command : subcommands(group))
        names.append(command->name().mid(group.size() + 1));
    return tr("%1 needs a subcommand: %2; run \"steward-cli help %1\"")
        .arg(group, names.join(QStringLiteral(", ")));
}

int CommandLine::groupHelp(CliContext &cli, const QString &group)
{
    const QList<Command *> list = subcommands(group);
    if (cli.json()) {
        QJsonArray commands;
        for (const Command *command : list)
            commands.append(QJsonObject{{QStringLiteral("name"), command->name()},
                                        {QStringLiteral("summary"), command->summary()}});
        return cli.document({{QStringLiteral("command"), group},
                             {QStringLiteral("usage"),
                              QStringLiteral("steward-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS] [--json]").arg(group)},
                             {QStringLiteral("commands"), commands}});
    }
    cli.write(HelpText::group(group, list).toLocal8Bit());
    return 0;
}

int CommandLine::runCommand(CliContext &cli, Command &command, const std::vector<std::string> &args)
{
    const po::options_description visible = visibleOptions(command);
    po::options_description all;
    all.add(visible);
    po::positional_options_description positional;
    const QList<Argument> arguments = command.arguments();
    for (const Argument &argument : arguments) {
        if (argument.repeated) {
            all.add_options()(argument.key, po::value<std::vector<std::string>>()->multitoken());
            positional.add(argument.key, -1);
        } else {
            all.add_options()(argument.key, po::value<std::string>());
            positional.add(argument.key, 1);
        }
    }

    // Boost takes the next token as an option's value even when it is another option
    // (`--out --json` would write a file named "--json"): refuse that. A value that really starts
    // with "--" can be given as --option=--value.
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--")
            break;
        if (arg.rfind("--", 0) != 0 || arg.find('=') != std::string::npos || args[i + 1].rfind("--", 0) != 0)
            continue;
        const po::option_description *option = all.find_nothrow(arg.substr(2), false);
        if (option != nullptr && option->semantic()->max_tokens() > 0)
            return cli.fail(Error::usage(tr("option %1 needs a value; run \"steward-cli help %2\"")
                                             .arg(QString::fromLocal8Bit(arg), command.name())));
    }

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).style(kStyle).run(), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        Error error = parseError(e);
        error.message += QLatin1String("; ")
            + tr("run \"steward-cli help %1\" for its arguments and options").arg(command.name());
        return cli.fail(error);
    }
    if (vm.count("help") && vm["help"].as<bool>())
        return help(cli, &command);
    for (const Argument &argument : arguments) {
        if (vm.count(argument.key) == 0)
            return cli.fail(Error::usage(tr("missing argument %1; run \"steward-cli help %2\"")
                                             .arg(argument.placeholder, command.name())));
    }
    try {
        return command.run(cli, vm);
    } catch (const std::exception &e) {
        return cli.fail(Error::internal(tr("unexpected failure: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
}

} // namespace steward::cli
