#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ImportOptionsParser.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/SignalCancellation.h"
#include "app/cli/TextTable.h"

#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>

namespace steward::cli {

namespace {

class ImportCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import a CSV/TSV file or an Excel workbook (.xlsx, .xls) as a dataset.");
    }
    QString details() const override
    {
        return tr("The file is streamed into the project in one transaction: on any error, or "
                  "when interrupted (Ctrl+C, exit code 130), the project stays exactly as it was. "
                  "Cells are stored as text exactly as decoded; each column gets an inferred type "
                  "(integer, decimal, date, datetime, boolean, text). Progress \"rows X of ~Y\" "
                  "appears on stderr when it is a terminal.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"file", QStringLiteral("FILE"), tr("the file to import")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "name", value("N"), tr("dataset name (default: the file's base name)"));
        ImportOptionsParser::addOptions(options);
        option(options, "replace", flagValue(),
               tr("if a dataset of that name exists, this file becomes its next version "
                  "(otherwise it is imported as a new dataset)"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        Result<ImportOptions> parsed = ImportOptionsParser::parse(vm);
        if (!parsed)
            return parsed.error();
        m_options = *parsed;
        m_options.datasetName = text(vm, "name").trimmed();
        m_options.replaceExisting = flag(vm, "replace");
        if (has(vm, "name") && m_options.datasetName.isEmpty())
            return Error::usage(tr("--name must not be empty"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString file = text(vm, "file");

        // Ctrl+C or SIGTERM cancels the import, which then rolls back: the project is unchanged.
        SignalCancellation interrupts;
        ProgressPrinter progress(cli.locale());
        const Result<DatasetInfo> dataset =
            importFile(store, file, m_options, progress.callback(), interrupts.token());
        progress.finish();
        if (!dataset)
            return cli.fail(dataset.error());
        return report(cli, *dataset);
    }

private:
    static int report(CliContext &cli, const DatasetInfo &d)
    {
        if (cli.json()) {
            QJsonArray columns;
            for (const ColumnInfo &c : d.columns)
                columns.append(QJsonObject{{QStringLiteral("name"), c.name},
                                           {QStringLiteral("type"), columnTypeName(c.type)},
                                           {QStringLiteral("missing"), c.missingCount}});
            QJsonObject result{{QStringLiteral("dataset"), d.name},
                               {QStringLiteral("rows"), d.rowCount},
                               {QStringLiteral("columns"), columns},
                               {QStringLiteral("version"), d.version},
                               {QStringLiteral("encoding"), d.encoding},
                               {QStringLiteral("header"), d.hasHeader}};
            if (!d.delimiter.isEmpty())
                result.insert(QStringLiteral("delimiter"), d.delimiter);
            if (!d.sheet.isEmpty())
                result.insert(QStringLiteral("sheet"), d.sheet);
            return cli.document(result);
        }
        cli.line(tr("Imported %1 rows and %2 columns into dataset \"%3\" (version %4).")
                     .arg(cli.number(d.rowCount), cli.number(d.columns.size()), d.name)
                     .arg(d.version));
        QString source = tr("Source: %1, encoding %2").arg(d.sourceFile, d.encoding);
        if (!d.delimiter.isEmpty())
            source += tr(", delimiter %1").arg(d.delimiter);
        if (!d.sheet.isEmpty())
            source += tr(", sheet %1").arg(d.sheet);
        source += d.hasHeader ? tr(", header row") : tr(", no header row");
        cli.line(source);
        cli.line();
        TextTable table({QStringLiteral("#"), tr("Column"), tr("Type"), tr("Missing")});
        table.setRightAligned(0);
        table.setRightAligned(3);
        for (const ColumnInfo &c : d.columns)
            table.addRow({cli.number(c.position + 1), c.name, columnTypeText(c.type), cli.number(c.missingCount)});
        cli.write(table.render().toLocal8Bit());
        return 0;
    }

    ImportOptions m_options;
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace steward::cli
