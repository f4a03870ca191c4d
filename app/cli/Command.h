#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <boost/program_options.hpp>

namespace steward::cli {

class CliContext;
namespace po = boost::program_options;

// A positional argument of a command (PROJECT, FILE, ...).
struct Argument {
    const char *key;     // option key in the variables map, e.g. "project"
    QString placeholder; // as shown in usage, e.g. "PROJECT"
    QString description; // translated
    // The last argument may take one or more values (`release set P NAME KEY=VALUE...`); read
    // them with Command::texts().
    bool repeated = false;
};

// One `steward-cli COMMAND`: its help texts, its options, and what it does.
class Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::Command)

public:
    virtual ~Command() = default;

    // The command's name; a subcommand's is "group subcommand" ("release create"), typed as two
    // words and listed under the group by `help GROUP`.
    virtual QString name() const = 0;
    // One translated line for the command list.
    virtual QString summary() const = 0;
    // Further translated paragraphs for `help COMMAND` (may be empty).
    virtual QString details() const { return {}; }
    // Positional arguments, all required, in order.
    virtual QList<Argument> arguments() const { return {}; }
    // The command's own options (--json and --help are added by the caller).
    virtual void addOptions(po::options_description &options) const { Q_UNUSED(options); }
    // For a command whose `--json FILE` names an output file (dsa, dpia): the option that
    // takes it. The command line reads `--json X` (X not starting with "-") and `--json=X` as
    // that option and a bare `--json` as the JSON-output switch.
    virtual const char *jsonFileOption() const { return nullptr; }
    // Runs with parsed arguments; returns the process exit code.
    virtual int run(CliContext &cli, const po::variables_map &vm) = 0;

protected:
    // Declares an option with a translated description.
    static void option(po::options_description &options, const char *name,
                       const po::value_semantic *semantic, const QString &description);
    // A string-valued option shown as `--name PLACEHOLDER` in the help.
    static const po::value_semantic *value(const char *placeholder);
    // An option without a value.
    static const po::value_semantic *flagValue();

    // Helpers to read parsed values (arguments arrive as local 8-bit strings).
    static bool has(const po::variables_map &vm, const char *key);
    static QString text(const po::variables_map &vm, const char *key, const QString &fallback = {});
    static bool flag(const po::variables_map &vm, const char *key);
    // Every value of a repeated argument or repeatable option, in the order given.
    static QStringList texts(const po::variables_map &vm, const char *key);
    // An integer option within [min, max]; a usage error names the option when it is not one.
    static Result<qint64> integer(const po::variables_map &vm, const char *key, qint64 fallback,
                                  qint64 min, qint64 max);
};

} // namespace steward::cli
