#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"

#include "core/store/ProjectStore.h"

namespace steward::cli {

namespace {

class RenameCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::RenameCommand)

public:
    QString name() const override { return QStringLiteral("rename"); }
    QString summary() const override { return tr("Rename a dataset."); }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's current name")},
                {"new-name", QStringLiteral("NEW_NAME"), tr("its new name (not used by another dataset)")}};
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (text(vm, "new-name").trimmed().isEmpty())
            return Error::usage(tr("the new name must not be empty"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString from = text(vm, "dataset");
        const QString to = text(vm, "new-name").trimmed();
        const Status status = store.renameDataset(from, to);
        if (!status)
            return cli.fail(status.error());
        if (cli.json())
            return cli.document({{QStringLiteral("dataset"), to}, {QStringLiteral("previous_name"), from}});
        cli.line(tr("Renamed dataset %1 to %2.").arg(from, to));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeRenameCommand()
{
    return std::make_unique<RenameCommand>();
}

} // namespace steward::cli
