#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/SignalCancellation.h"

#include "core/sample/SampleGenerator.h"

#include <limits>

namespace steward::cli {

namespace {

class SampleCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::SampleCommand)

public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override
    {
        return tr("Write a realistic synthetic inpatient extract (CSV) for trying Steward out.");
    }
    QString details() const override
    {
        return tr("18 columns with Chinese headers as a hospital information system exports them: "
                  "names, resident ID numbers with valid check characters, mobiles, street "
                  "addresses, postal codes, insurance numbers, admission and discharge dates, "
                  "departments, ICD-10 diagnoses (a few highly sensitive), fees, lab values and "
                  "free-text notes. Every person is invented. The same seed gives the same bytes "
                  "on every machine. The file is written whole or not at all.");
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "out", value("FILE"), tr("the CSV file to write (required)"));
        option(options, "rows", value("N"), tr("number of records (default 1000)"));
        option(options, "seed", value("S"), tr("random seed, a whole number (default 1)"));
        option(options, "encoding", value("ENC"), tr("utf-8 (default, no BOM) or gb18030"));
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        if (!has(vm, "out"))
            return cli.fail(Error::usage(tr("--out FILE is required; run \"steward-cli help sample\"")));
        SampleOptions options;
        const QString out = text(vm, "out");
        Result<qint64> rows = integer(vm, "rows", 1000, 0, std::numeric_limits<qint64>::max());
        if (!rows)
            return cli.fail(rows.error());
        options.rows = *rows;
        if (has(vm, "seed")) {
            bool ok = false;
            options.seed = text(vm, "seed").trimmed().toULongLong(&ok);
            if (!ok)
                return cli.fail(Error::usage(tr("--seed takes a whole number from 0 to 18446744073709551615")));
        }
        const QString encoding = text(vm, "encoding", QStringLiteral("utf-8")).trimmed().toLower();
        if (encoding == QLatin1String("gb18030"))
            options.gb18030 = true;
        else if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8"))
            return cli.fail(Error::usage(tr("--encoding takes utf-8 or gb18030")));

        SignalCancellation interrupts;
        ProgressPrinter progress(cli.locale());
        const Status status = writeSample(out, options, progress.callback(), interrupts.token());
        progress.finish();
        if (!status)
            return cli.fail(status.error());
        const QString encodingName = options.gb18030 ? QStringLiteral("gb18030") : QStringLiteral("utf-8");
        if (cli.json())
            return cli.document({{QStringLiteral("file"), out},
                                 {QStringLiteral("rows"), options.rows},
                                 {QStringLiteral("columns"), static_cast<int>(sampleColumnNames().size())},
                                 {QStringLiteral("encoding"), encodingName},
                                 {QStringLiteral("seed"), QString::number(options.seed)}});
        cli.line(tr("Wrote %1 synthetic records to %2 (%3, seed %4).")
                     .arg(cli.number(options.rows), out, encodingName, QString::number(options.seed)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSampleCommand()
{
    return std::make_unique<SampleCommand>();
}

} // namespace steward::cli
