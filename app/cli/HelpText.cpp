#include "app/cli/HelpText.h"

#include <QJsonArray>

namespace steward::cli {

namespace {

QString optionName(const po::option_description &option)
{
    QString name = QStringLiteral("--") + QString::fromStdString(option.long_name());
    if (option.long_name() == "help")
        name = QStringLiteral("-h, ") + name;
    const std::string parameter = option.format_parameter();
    if (!parameter.empty())
        name += QLatin1Char(' ') + QString::fromStdString(parameter);
    return name;
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

void appendRows(QString &out, const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, HelpText::displayWidth(row.first));
    for (const auto &row : rows)
        out += QStringLiteral("  ") + HelpText::padded(row.first, width) + QStringLiteral("  ")
            + row.second + QLatin1Char('\n');
}

} // namespace

int HelpText::displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString HelpText::padded(const QString &text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

QString HelpText::exitCodes()
{
    return tr("Exit codes: 0 success, 1 usage error, 2 bad input (unreadable or malformed file; "
              "a project that is not a Steward project, corrupt, newer or in use), 3 refused by "
              "policy, 4 verification failed, 5 internal error, 130 cancelled.");
}

QString HelpText::general(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString out = tr("Usage: steward-cli COMMAND [ARGUMENTS] [OPTIONS] [--json]") + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += tr("Steward's command line: create projects, import hospital extracts, classify "
              "and mask them, measure their risk, prepare releases with their data sharing "
              "agreement and impact assessment, and check the audit trail.")
        + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const auto &command : commands)
        rows.append({command->name(), command->summary()});
    appendRows(out, rows);
    out += QLatin1Char('\n') + tr("Options for every command:") + QLatin1Char('\n');
    appendRows(out, {{QStringLiteral("--json"),
                      tr("print exactly one JSON document on stdout, errors included")},
                     {QStringLiteral("-h, --help"), tr("describe the command and its options")},
                     {QStringLiteral("--version"), tr("print the version (before any command)")}});
    out += QLatin1Char('\n');
    out += tr("Run \"steward-cli help COMMAND\" or \"steward-cli COMMAND --help\" for the "
              "arguments and options of a command.")
        + QLatin1Char('\n');
    out += tr("Errors go to stderr as one line, \"FILE:LINE:COLUMN: error: ...\" for input files.")
        + QLatin1Char('\n');
    out += exitCodes() + QLatin1Char('\n');
    return out;
}

QJsonObject HelpText::generalJson(const std::vector<std::unique_ptr<Command>> &commands)
{
    QJsonArray list;
    for (const auto &command : commands)
        list.append(QJsonObject{{QStringLiteral("name"), command->name()},
                                {QStringLiteral("summary"), command->summary()}});
    return {{QStringLiteral("usage"), QStringLiteral("steward-cli COMMAND [ARGUMENTS] [OPTIONS] [--json]")},
            {QStringLiteral("commands"), list}};
}

QString HelpText::group(const QString &group, const QList<Command *> &commands)
{
    QString out = tr("Usage: steward-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS] [--json]").arg(group)
        + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Subcommands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const Command *command : commands)
        rows.append({command->name(), command->summary()});
    appendRows(out, rows);
    out += QLatin1Char('\n');
    out += tr("Run \"steward-cli help %1 SUBCOMMAND\" for the arguments and options of one.").arg(group)
        + QLatin1Char('\n');
    out += exitCodes() + QLatin1Char('\n');
    return out;
}

QString HelpText::usageLine(const Command &command, const po::options_description &options)
{
    QString usage = QStringLiteral("steward-cli ") + command.name();
    for (const Argument &argument : command.arguments())
        usage += QLatin1Char(' ') + argument.placeholder + (argument.repeated ? QStringLiteral("...") : QString());
    for (const auto &option : options.options()) {
        if (option->long_name() == "help")
            continue;
        QString name = optionName(*option);
        usage += QStringLiteral(" [") + name + QLatin1Char(']');
    }
    return usage;
}

QString HelpText::command(const Command &command, const po::options_description &options)
{
    QString out = tr("Usage: %1").arg(usageLine(command, options)) + QLatin1Char('\n');
    out += QLatin1Char('\n') + command.summary() + QLatin1Char('\n');
    const QString details = command.details();
    if (!details.isEmpty())
        out += QLatin1Char('\n') + details + QLatin1Char('\n');
    const QList<Argument> arguments = command.arguments();
    if (!arguments.isEmpty()) {
        out += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n');
        QList<QPair<QString, QString>> rows;
        for (const Argument &argument : arguments)
            rows.append({argument.placeholder, argument.description});
        appendRows(out, rows);
    }
    out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const auto &option : options.options())
        rows.append({optionName(*option), QString::fromStdString(option->description())});
    appendRows(out, rows);
    out += QLatin1Char('\n') + exitCodes() + QLatin1Char('\n');
    return out;
}

QJsonObject HelpText::commandJson(const Command &command, const po::options_description &options)
{
    QJsonArray arguments;
    for (const Argument &argument : command.arguments())
        arguments.append(QJsonObject{{QStringLiteral("name"), argument.placeholder},
                                     {QStringLiteral("description"), argument.description}});
    QJsonArray list;
    for (const auto &option : options.options())
        list.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("--") + QString::fromStdString(option->long_name())},
            {QStringLiteral("value"), QString::fromStdString(option->format_parameter())},
            {QStringLiteral("description"), QString::fromStdString(option->description())}});
    return {{QStringLiteral("command"), command.name()},
            {QStringLiteral("usage"), usageLine(command, options)},
            {QStringLiteral("summary"), command.summary()},
            {QStringLiteral("details"), command.details()},
            {QStringLiteral("arguments"), arguments},
            {QStringLiteral("options"), list}};
}

} // namespace steward::cli
