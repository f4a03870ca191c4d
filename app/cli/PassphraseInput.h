#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QString>

namespace steward::cli {

// The passphrases of the command line (shared/docs/cli.md), never printed or logged:
// - the project passphrase, for commands that need the project secret: --passphrase-file F (its
//   first line), else $STEWARD_PASSPHRASE, else a prompt on the terminal without echo;
// - a signing key's passphrase: --key-passphrase-file F, else $STEWARD_KEY_PASSPHRASE, else a
//   prompt (asked twice for a new key).
// Without any of them: a usage error (exit 1) saying how to give one.
class PassphraseInput final {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::PassphraseInput)

public:
    static void addOption(po::options_description &options);
    static Result<QString> read(const po::variables_map &vm);

    static void addKeyOption(po::options_description &options);
    static Result<QString> readKey(const po::variables_map &vm);
    // For a key about to be made: typed twice on a terminal (a typo nobody can see would lock the
    // key for good); from a file or the environment as readKey.
    static Result<QString> readNewKey(const po::variables_map &vm);

    // One line typed on the terminal without echo; empty when stdin or stderr is no terminal.
    static QString promptHidden(const QString &prompt);
};

} // namespace steward::cli
