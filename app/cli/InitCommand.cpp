#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/store/ProjectStore.h"

namespace steward::cli {

namespace {

class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create a new, empty project file."); }
    QString details() const override
    {
        return tr("The project is one SQLite file readable and writable by its owner only. An "
                  "existing file is never overwritten.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("path of the new project file (.steward)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "title", value("T"), tr("the project's title (default: none)"));
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const QString path = text(vm, "project");
        const QString title = text(vm, "title");
        auto store = ProjectStore::create(path, title);
        if (!store)
            return cli.fail(store.error());
        const int schemaVersion = (*store)->schemaVersion();
        store->reset(); // close (and unlock) before reporting success
        if (cli.json()) {
            QJsonObject result{{QStringLiteral("project"), path},
                               {QStringLiteral("schema_version"), schemaVersion}};
            if (!title.isEmpty())
                result.insert(QStringLiteral("title"), title);
            return cli.document(result);
        }
        cli.line(tr("Created project %1 (schema version %2).").arg(path).arg(schemaVersion));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace steward::cli
