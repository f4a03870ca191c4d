#include "app/cli/ImportOptionsParser.h"

#include <boost/make_shared.hpp>

namespace steward::cli {

namespace {

void add(po::options_description &options, const char *name, const po::value_semantic *semantic,
         const QString &description)
{
    options.add(boost::make_shared<po::option_description>(name, semantic,
                                                           description.toStdString().c_str()));
}

QString value(const po::variables_map &vm, const char *key)
{
    return vm.count(key) ? QString::fromLocal8Bit(vm[key].as<std::string>()) : QString();
}

} // namespace

void ImportOptionsParser::addOptions(po::options_description &options)
{
    add(options, "encoding", po::value<std::string>()->value_name("ENC"),
        tr("auto (default: BOM, UTF-16, UTF-8, else GB18030), utf-8, gb18030 (also GBK), "
           "utf-16le or utf-16be"));
    add(options, "delimiter", po::value<std::string>()->value_name("D"),
        tr("auto (default: sniffed), comma, semicolon, tab or pipe"));
    add(options, "no-header", po::bool_switch(),
        tr("the first row is data, not column names; columns are named column_1, column_2, ..."));
    add(options, "sheet", po::value<std::string>()->value_name("S"),
        tr("spreadsheets: sheet name or 1-based number (default: the first sheet)"));
    const QString markers = defaultMissingMarkers().join(QLatin1Char(','));
    add(options, "missing", po::value<std::string>()->value_name("LIST"),
        tr("comma-separated values that count as missing besides the empty cell, replacing the "
           "default list %1; \"\" for none")
            .arg(markers));
}

Result<ImportOptions> ImportOptionsParser::parse(const po::variables_map &vm)
{
    ImportOptions options;
    options.header = HeaderMode::Present;
    if (vm.count("no-header") && vm["no-header"].as<bool>())
        options.header = HeaderMode::Absent;
    if (vm.count("encoding") && !textEncodingFromName(value(vm, "encoding"), &options.encoding))
        return Error::usage(tr("--encoding takes auto, utf-8, gb18030, utf-16le or utf-16be"));
    if (vm.count("delimiter") && !delimiterFromName(value(vm, "delimiter"), &options.delimiter))
        return Error::usage(tr("--delimiter takes auto, comma, semicolon, tab or pipe"));
    if (vm.count("sheet")) {
        options.sheet = value(vm, "sheet");
        if (options.sheet.trimmed().isEmpty())
            return Error::usage(tr("--sheet must not be empty"));
    }
    if (vm.count("missing")) {
        options.missingMarkers.clear();
        const QStringList markers = value(vm, "missing").split(QLatin1Char(','));
        for (const QString &marker : markers) {
            const QString trimmed = marker.trimmed();
            if (!trimmed.isEmpty() && !options.missingMarkers.contains(trimmed))
                options.missingMarkers.append(trimmed);
        }
    }
    return options;
}

} // namespace steward::cli
