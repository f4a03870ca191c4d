#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QString>

namespace steward::cli {

// The project passphrase for commands that need the project secret (shared/docs/cli.md):
// --passphrase-file F (its first line), else $STEWARD_PASSPHRASE, else a prompt on the terminal
// without echo; otherwise a usage error (exit 1) saying how to give one. Never printed or logged.
class PassphraseInput final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::PassphraseInput)

public:
    static void addOption(po::options_description &options);
    static Result<QString> read(const po::variables_map &vm);

    // A signing key's passphrase, the same way: --key-passphrase-file F, else
    // $STEWARD_KEY_PASSPHRASE, else a prompt; otherwise a usage error saying how to give one.
    static void addKeyOption(po::options_description &options);
    static Result<QString> readKey(const po::variables_map &vm);
};

} // namespace steward::cli
