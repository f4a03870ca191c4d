#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace steward::cli {

// The texts of `steward-cli --help` and `steward-cli help COMMAND` (also as JSON with --json).
class HelpText final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::HelpText)

public:
    static QString general(const std::vector<std::unique_ptr<Command>> &commands);
    static QJsonObject generalJson(const std::vector<std::unique_ptr<Command>> &commands);
    static QString command(const Command &command, const po::options_description &options);
    static QJsonObject commandJson(const Command &command, const po::options_description &options);
    // `help GROUP`: the subcommands of a group with their summaries.
    static QString group(const QString &group, const QList<Command *> &commands);
    static QString usageLine(const Command &command, const po::options_description &options);
    static QString exitCodes();

    // Terminal columns a string occupies (East Asian wide characters count two).
    static int displayWidth(QStringView text);
    static QString padded(const QString &text, int width);
};

} // namespace steward::cli
