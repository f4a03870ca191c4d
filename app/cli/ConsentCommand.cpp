#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/SignalCancellation.h"

#include "core/consent/ConsentService.h"
#include "core/store/ProjectStore.h"

namespace steward::cli {

namespace {

Argument projectArgument()
{
    return {"project", QStringLiteral("PROJECT"), Command::tr("the project file (.steward)")};
}

Argument datasetArgument()
{
    return {"dataset", QStringLiteral("DATASET"), Command::tr("the dataset's name")};
}

class ConsentShowCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ConsentShowCommand)

public:
    QString name() const override { return QStringLiteral("consent show"); }
    QString summary() const override
    {
        return tr("Show the consent register attached to a dataset: counts by status.");
    }
    QList<Argument> arguments() const override { return {projectArgument(), datasetArgument()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        ConsentService service(store);
        const QString dataset = text(vm, "dataset");
        const Result<std::optional<ConsentRegisterInfo>> info = service.show(dataset);
        if (!info)
            return cli.fail(info.error());
        if (!*info) {
            if (cli.json())
                return cli.document({{QStringLiteral("dataset"), dataset},
                                     {QStringLiteral("attached"), false},
                                     {QStringLiteral("subjects"), 0},
                                     {QStringLiteral("granted"), 0},
                                     {QStringLiteral("withdrawn"), 0},
                                     {QStringLiteral("refused"), 0}});
            cli.line(tr("Dataset %1 has no consent register.").arg(dataset));
            return 0;
        }
        if (cli.json()) {
            QJsonObject json = (*info)->toJson();
            json.insert(QStringLiteral("attached"), true);
            return cli.document(json);
        }
        printRegister(cli, **info);
        return 0;
    }

public:
    // The counts of a register as lines of text, shared with attach.
    static void printRegister(CliContext &cli, const ConsentRegisterInfo &info)
    {
        cli.line(tr("Consent register of %1: %2 (sha256 %3)")
                     .arg(info.dataset, info.sourceFile, info.sha256.left(16)));
        cli.line(tr("  matched on field %1; attached %2 by %3")
                     .arg(info.subjectField,
                          cli.locale().toString(info.attachedAt.toLocalTime(), QLocale::ShortFormat),
                          info.attachedBy));
        cli.line(tr("  subjects %1: granted %2, withdrawn %3, refused %4")
                     .arg(cli.number(info.subjects), cli.number(info.granted),
                          cli.number(info.withdrawn), cli.number(info.refused)));
    }
};

class ConsentAttachCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ConsentAttachCommand)

public:
    QString name() const override { return QStringLiteral("consent attach"); }
    QString summary() const override
    {
        return tr("Attach (or replace) the consent register of a dataset; counts by status.");
    }
    QString details() const override
    {
        return tr("FILE is a CSV/TSV file (UTF-8, GB18030 or UTF-16) or an Excel workbook whose "
                  "first row names the columns: the subject identifier (subject, subject_id, "
                  "patient_id, mrn, 患者ID, 身份证号, 病案号…), the status (status, 状态: "
                  "granted/withdrawn/refused or 同意/撤回/拒绝), the scope (scope, purposes, "
                  "用途, 范围: purposes separated by ';' or ',', '*' for any purpose) and, "
                  "optionally, the date (date, 日期). A subject's latest decision counts. "
                  "Subjects are matched on the dataset's field FIELD (--subject) before masking; "
                  "without it, on the dataset's direct identifier naming a person (resident id, "
                  "medical record or inpatient number…), preferring the one named like the "
                  "register's subject column. Attaching again replaces the register. A "
                  "malformed file changes nothing and is reported with its line and column.");
    }
    QList<Argument> arguments() const override
    {
        return {projectArgument(), datasetArgument(),
                {"file", QStringLiteral("FILE"), tr("the consent register (CSV, TSV or XLSX)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "subject", value("FIELD"),
               tr("the dataset's field holding the subject identifier"));
        option(options, "encoding", value("ENC"),
               tr("text encoding of a CSV/TSV register: auto (default), utf-8, gb18030, "
                  "utf-16le, utf-16be"));
        option(options, "sheet", value("NAME|N"),
               tr("the sheet of a workbook holding the register (default: the first)"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        m_readOptions = ImportOptions();
        if (has(vm, "encoding")
            && !textEncodingFromName(text(vm, "encoding").trimmed().toLower(), &m_readOptions.encoding))
            return Error::usage(tr("unknown encoding %1 (expected auto, utf-8, gb18030, utf-16le "
                                   "or utf-16be)")
                                    .arg(text(vm, "encoding")));
        m_readOptions.sheet = text(vm, "sheet");
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        ConsentService service(store);
        SignalCancellation interrupts;
        ProgressPrinter progress(cli.locale());
        const Result<ConsentRegisterInfo> info =
            service.attach(text(vm, "dataset"), text(vm, "file"), text(vm, "subject"),
                           m_readOptions, progress.callback(), interrupts.token());
        progress.finish();
        if (!info)
            return cli.fail(info.error());
        if (cli.json())
            return cli.document(info->toJson());
        ConsentShowCommand::printRegister(cli, *info);
        return 0;
    }

private:
    ImportOptions m_readOptions;
};

class ConsentDetachCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ConsentDetachCommand)

public:
    QString name() const override { return QStringLiteral("consent detach"); }
    QString summary() const override
    {
        return tr("Remove the consent register of a dataset (audited).");
    }
    QList<Argument> arguments() const override { return {projectArgument(), datasetArgument()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        ConsentService service(store);
        const QString dataset = text(vm, "dataset");
        if (const Status detached = service.detach(dataset); !detached)
            return cli.fail(detached.error());
        if (cli.json())
            return cli.document({{QStringLiteral("dataset"), dataset},
                                 {QStringLiteral("detached"), true}});
        cli.line(tr("Removed the consent register of %1.").arg(dataset));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeConsentAttachCommand()
{
    return std::make_unique<ConsentAttachCommand>();
}

std::unique_ptr<Command> makeConsentShowCommand()
{
    return std::make_unique<ConsentShowCommand>();
}

std::unique_ptr<Command> makeConsentDetachCommand()
{
    return std::make_unique<ConsentDetachCommand>();
}

} // namespace steward::cli
