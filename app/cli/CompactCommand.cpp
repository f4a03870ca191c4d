#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/SignalCancellation.h"

#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QLocale>

namespace steward::cli {

namespace {

class CompactCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::CompactCommand)

public:
    QString name() const override { return QStringLiteral("compact"); }
    QString summary() const override
    {
        return tr("Give the space of deleted datasets back to the disk.");
    }
    QString details() const override
    {
        return tr("Deleting a dataset overwrites its pages with zeros but leaves them in the "
                  "project file, which keeps its size. compact rewrites the file without them "
                  "(SQLite's VACUUM): it needs free disk space about the size of the project "
                  "while it runs, and is done whole or not at all (Ctrl+C, exit code 130, "
                  "leaves the project as it was). The sizes before and after are recorded in "
                  "the audit trail.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")}};
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &, ProjectStore &store) override
    {
        const Result<ProjectFileSpace> before = store.space();
        if (!before)
            return cli.fail(before.error());
        SignalCancellation interrupts;
        if (const Status compacted = store.compact({}, interrupts.token()); !compacted)
            return cli.fail(compacted.error());
        const Result<ProjectFileSpace> after = store.space();
        if (!after)
            return cli.fail(after.error());
        if (cli.json())
            return cli.document({{QStringLiteral("bytes_before"), before->fileBytes},
                                 {QStringLiteral("bytes_after"), after->fileBytes}});
        const QLocale locale = cli.locale();
        cli.line(tr("Compacted %1: %2 → %3.")
                     .arg(QFileInfo(store.path()).fileName(),
                          locale.formattedDataSize(before->fileBytes),
                          locale.formattedDataSize(after->fileBytes)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeCompactCommand()
{
    return std::make_unique<CompactCommand>();
}

} // namespace steward::cli
