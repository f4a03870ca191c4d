#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"

#include "core/packaging/TransparencyReport.h"

#include <QFileInfo>
#include <QJsonObject>

namespace steward::cli {

namespace {

class ReleaseReportCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseReportCommand)

public:
    QString name() const override { return QStringLiteral("release report"); }
    QString summary() const override
    {
        return tr("Write the public transparency report of all releases (no personal data).");
    }
    QString details() const override
    {
        return tr("One standalone HTML page in the user's language listing every release of the "
                  "project: to whom, for what purpose, which categories of data, the sharing mode, "
                  "its dates, the approvals by role and every export (date and package SHA-256). "
                  "It names no patient, no user and contains no value of the data, so it can be "
                  "published.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "html", value("FILE"), tr("the HTML file to write (required)"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (!has(vm, "html") || text(vm, "html").isEmpty())
            return Error::usage(tr("release report needs --html FILE"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString file = text(vm, "html");
        const Result<int> releases = TransparencyReport::writeHtml(store, file);
        if (!releases)
            return cli.fail(releases.error());
        const QString path = QFileInfo(file).absoluteFilePath();
        if (cli.json())
            return cli.document(
                {{QStringLiteral("file"), path}, {QStringLiteral("releases"), *releases}});
        cli.line(tr("Wrote the transparency report of %Ln release(s) to %1.", nullptr, *releases)
                     .arg(path));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReleaseReportCommand()
{
    return std::make_unique<ReleaseReportCommand>();
}

} // namespace steward::cli
