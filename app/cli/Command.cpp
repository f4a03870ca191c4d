#include "app/cli/Command.h"

#include <QCoreApplication>

#include <boost/make_shared.hpp>

#include <limits>
#include <string>
#include <vector>

namespace steward::cli {

void Command::option(po::options_description &options, const char *name,
                     const po::value_semantic *semantic, const QString &description)
{
    options.add(boost::make_shared<po::option_description>(name, semantic,
                                                           description.toStdString().c_str()));
}

const po::value_semantic *Command::value(const char *placeholder)
{
    return po::value<std::string>()->value_name(placeholder);
}

const po::value_semantic *Command::flagValue()
{
    return po::bool_switch();
}

bool Command::has(const po::variables_map &vm, const char *key)
{
    return vm.count(key) > 0 && !vm[key].defaulted();
}

QString Command::text(const po::variables_map &vm, const char *key, const QString &fallback)
{
    if (vm.count(key) == 0)
        return fallback;
    return QString::fromLocal8Bit(vm[key].as<std::string>());
}

bool Command::flag(const po::variables_map &vm, const char *key)
{
    return vm.count(key) > 0 && vm[key].as<bool>();
}

QStringList Command::texts(const po::variables_map &vm, const char *key)
{
    QStringList values;
    if (vm.count(key) == 0)
        return values;
    for (const std::string &value : vm[key].as<std::vector<std::string>>())
        values.append(QString::fromLocal8Bit(value));
    return values;
}

Result<qint64> Command::integer(const po::variables_map &vm, const char *key, qint64 fallback,
                                qint64 min, qint64 max)
{
    if (vm.count(key) == 0)
        return fallback;
    const QString value = text(vm, key).trimmed();
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < min || number > max) {
        const QString option = QStringLiteral("--") + QString::fromLatin1(key);
        if (max == std::numeric_limits<qint64>::max())
            return Error::usage(tr("%1 takes a whole number of at least %2")
                                    .arg(option)
                                    .arg(min));
        return Error::usage(tr("%1 takes a whole number from %2 to %3")
                                .arg(option)
                                .arg(min)
                                .arg(max));
    }
    return number;
}

} // namespace steward::cli
