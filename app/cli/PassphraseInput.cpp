#include "app/cli/PassphraseInput.h"

#include <QFile>

#include <boost/make_shared.hpp>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace steward::cli {

namespace {

const char *const kProjectOption = "passphrase-file";
const char *const kKeyOption = "key-passphrase-file";

bool haveTerminal()
{
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

// The first line of the file named by `option`, else the environment variable; nullopt when
// neither is given.
std::optional<Result<QString>> fromFileOrEnvironment(const po::variables_map &vm, const char *option,
                                                     const char *variable)
{
    if (vm.count(option) != 0) {
        const QString path = QString::fromLocal8Bit(vm[option].as<std::string>());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QString>(
                Error::badInput(PassphraseInput::tr("cannot read the passphrase file %1").arg(path)));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Result<QString>(
                Error::usage(PassphraseInput::tr("the passphrase file %1 is empty").arg(path)));
        return Result<QString>(QString::fromUtf8(line));
    }
    const QByteArray env = qgetenv(variable);
    if (!env.isEmpty())
        return Result<QString>(QString::fromUtf8(env));
    return std::nullopt;
}

void addFileOption(po::options_description &options, const char *option, const QString &help)
{
    options.add(boost::make_shared<po::option_description>(
        option, po::value<std::string>()->value_name("F"), help.toStdString().c_str()));
}

} // namespace

QString PassphraseInput::promptHidden(const QString &prompt)
{
    if (!haveTerminal())
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line);
}

void PassphraseInput::addOption(po::options_description &options)
{
    addFileOption(options, kProjectOption, tr("read the project passphrase from the first line of file F"));
}

Result<QString> PassphraseInput::read(const po::variables_map &vm)
{
    if (auto given = fromFileOrEnvironment(vm, kProjectOption, "STEWARD_PASSPHRASE"))
        return *given;
    if (const QString typed = promptHidden(tr("Project passphrase: ")); !typed.isEmpty())
        return typed;
    return Error::usage(tr("this command needs the project passphrase: give --passphrase-file F "
                           "or set STEWARD_PASSPHRASE"));
}

void PassphraseInput::addKeyOption(po::options_description &options)
{
    addFileOption(options, kKeyOption, tr("read the key's passphrase from the first line of file F"));
}

Result<QString> PassphraseInput::readKey(const po::variables_map &vm)
{
    if (auto given = fromFileOrEnvironment(vm, kKeyOption, "STEWARD_KEY_PASSPHRASE"))
        return *given;
    if (const QString typed = promptHidden(tr("Key passphrase: ")); !typed.isEmpty())
        return typed;
    return Error::usage(tr("signing needs the key's passphrase: give --key-passphrase-file F or "
                           "set STEWARD_KEY_PASSPHRASE"));
}

Result<QString> PassphraseInput::readNewKey(const po::variables_map &vm)
{
    if (auto given = fromFileOrEnvironment(vm, kKeyOption, "STEWARD_KEY_PASSPHRASE"))
        return *given;
    if (haveTerminal()) {
        const QString first = promptHidden(tr("Passphrase for the new key: "));
        if (first.isEmpty())
            return Error::usage(tr("the key passphrase is empty"));
        if (promptHidden(tr("The same passphrase again: ")) != first)
            return Error::usage(tr("the two passphrases differ"));
        return first;
    }
    return Error::usage(tr("the key needs a passphrase: give --key-passphrase-file F or set "
                           "STEWARD_KEY_PASSPHRASE"));
}

} // namespace steward::cli
