#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/store/ProjectStore.h"

#include <QJsonArray>

namespace steward::cli {

namespace {

class DatasetsCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::DatasetsCommand)

public:
    QString name() const override { return QStringLiteral("datasets"); }
    QString summary() const override { return tr("List the datasets of a project."); }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")}};
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &, ProjectStore &store) override
    {
        const Result<QList<DatasetInfo>> datasets = store.datasets();
        if (!datasets)
            return cli.fail(datasets.error());

        if (cli.json()) {
            QJsonArray list;
            for (const DatasetInfo &d : *datasets) {
                QJsonArray types;
                for (const ColumnInfo &c : d.columns)
                    types.append(columnTypeName(c.type));
                list.append(QJsonObject{
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("rows"), d.rowCount},
                    {QStringLiteral("columns"), static_cast<qint64>(d.columns.size())},
                    {QStringLiteral("types"), types},
                    {QStringLiteral("version"), d.version},
                    {QStringLiteral("imported_at"), d.importedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("imported_by"), d.importedBy},
                    {QStringLiteral("source_file"), d.sourceFile},
                    {QStringLiteral("encoding"), d.encoding}});
            }
            return cli.document({{QStringLiteral("datasets"), list}});
        }
        if (datasets->isEmpty()) {
            cli.line(tr("The project has no datasets yet. Add one with: steward-cli import PROJECT FILE"));
            return 0;
        }
        TextTable table({tr("Dataset"), tr("Rows"), tr("Columns"), tr("Version"), tr("Imported"),
                         tr("Source")});
        table.setRightAligned(1);
        table.setRightAligned(2);
        table.setRightAligned(3);
        for (const DatasetInfo &d : *datasets)
            table.addRow({d.name, cli.number(d.rowCount), cli.number(d.columns.size()),
                          cli.number(d.version),
                          cli.locale().toString(d.importedAt.toLocalTime(), QLocale::ShortFormat),
                          d.sourceFile});
        cli.write(table.render().toLocal8Bit());
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeDatasetsCommand()
{
    return std::make_unique<DatasetsCommand>();
}

} // namespace steward::cli
