#include "app/cli/PassphraseInput.h"

#include <QFile>

#include <boost/make_shared.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace steward::cli {

void PassphraseInput::addOption(po::options_description &options)
{
    options.add(boost::make_shared<po::option_description>(
        "passphrase-file", po::value<std::string>()->value_name("F"),
        tr("read the project passphrase from the first line of file F").toStdString().c_str()));
}

Result<QString> PassphraseInput::read(const po::variables_map &vm)
{
    if (vm.count("passphrase-file") != 0) {
        const QString path = QString::fromLocal8Bit(vm["passphrase-file"].as<std::string>());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(tr("cannot read the passphrase file %1").arg(path));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error::usage(tr("the passphrase file %1 is empty").arg(path));
        return QString::fromUtf8(line);
    }
    const QByteArray env = qgetenv("STEWARD_PASSPHRASE");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO)) {
        std::fputs(tr("Project passphrase: ").toLocal8Bit().constData(), stderr);
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
        if (!line.empty())
            return QString::fromLocal8Bit(line);
    }
    return Error::usage(tr("this command needs the project passphrase: give --passphrase-file F "
                           "or set STEWARD_PASSPHRASE"));
}

void PassphraseInput::addKeyOption(po::options_description &options)
{
    options.add(boost::make_shared<po::option_description>(
        "key-passphrase-file", po::value<std::string>()->value_name("F"),
        tr("read the key's passphrase from the first line of file F").toStdString().c_str()));
}

Result<QString> PassphraseInput::readKey(const po::variables_map &vm)
{
    if (vm.count("key-passphrase-file") != 0) {
        const QString path = QString::fromLocal8Bit(vm["key-passphrase-file"].as<std::string>());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(tr("cannot read the passphrase file %1").arg(path));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error::usage(tr("the passphrase file %1 is empty").arg(path));
        return QString::fromUtf8(line);
    }
    const QByteArray env = qgetenv("STEWARD_KEY_PASSPHRASE");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO)) {
        std::fputs(tr("Key passphrase: ").toLocal8Bit().constData(), stderr);
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
        if (!line.empty())
            return QString::fromLocal8Bit(line);
    }
    return Error::usage(tr("signing needs the key's passphrase: give --key-passphrase-file F or "
                           "set STEWARD_KEY_PASSPHRASE"));
}

} // namespace steward::cli
