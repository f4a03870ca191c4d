#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"

#include "core/store/ProjectStore.h"

namespace steward::cli {

namespace {

class DeleteCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::DeleteCommand)

public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override { return tr("Delete a dataset and its cells."); }
    QString details() const override
    {
        return tr("The freed pages of the project file are overwritten with zeros, so that the "
                  "patient data does not linger in the file. The deletion is recorded in the "
                  "audit trail.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString name = text(vm, "dataset");
        const Result<DatasetInfo> dataset = store.dataset(name);
        if (!dataset)
            return cli.fail(dataset.error());
        const Status status = store.deleteDataset(name);
        if (!status)
            return cli.fail(status.error());
        if (cli.json())
            return cli.document({{QStringLiteral("dataset"), name},
                                 {QStringLiteral("deleted"), true},
                                 {QStringLiteral("rows"), dataset->rowCount}});
        cli.line(tr("Deleted dataset %1 (%2 rows).").arg(name, cli.number(dataset->rowCount)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeDeleteCommand()
{
    return std::make_unique<DeleteCommand>();
}

} // namespace steward::cli
