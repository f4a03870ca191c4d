#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/ReleaseCli.h"
#include "app/cli/TextTable.h"

#include "core/release/ReleaseService.h"
#include "core/release/SharingMode.h"
#include "core/store/ProjectStore.h"
#include "core/workflow/WorkflowService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {

Argument projectArgument()
{
    return {"project", QStringLiteral("PROJECT"), ReleaseCli::tr("the project file (.steward)")};
}

Argument releaseArgument()
{
    return {"release", QStringLiteral("NAME"), ReleaseCli::tr("the release's name")};
}

QString modeNames()
{
    QStringList names;
    for (SharingMode mode : allSharingModes())
        names.append(sharingModeName(mode));
    return names.join(QLatin1Char('|'));
}

QString basisNames()
{
    QStringList names;
    for (LegalBasis basis : allLegalBases())
        names.append(legalBasisName(basis));
    return names.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------------------------

class ReleaseCreateCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseCreateCommand)

public:
    QString name() const override { return QStringLiteral("release create"); }
    QString summary() const override
    {
        return tr("Start a release: which datasets leave, to whom, why and how.");
    }
    QString details() const override
    {
        return tr("The release starts as a draft. Its sharing mode (%1) sets its policy: the "
                  "highest grade that may leave unmasked, the minimum k, the highest "
                  "prosecutor risk, whether ethics approval is required and whether free text "
                  "may leave. Legal bases (PIPL Art. 13): %2. --set KEY=VALUE sets any other "
                  "setting as release set does; a policy value looser than the mode's default "
                  "needs --reason. The creation is recorded in the audit trail.")
            .arg(modeNames(), basisNames());
    }
    QList<Argument> arguments() const override { return {projectArgument(), releaseArgument()}; }
    void addOptions(po::options_description &options) const override
    {
        option(options, "dataset", ClassificationCli::repeatable("D"),
               tr("a dataset of the project to release (repeatable, in order)"));
        option(options, "mode", value("MODE"), tr("the sharing mode: %1").arg(modeNames()));
        option(options, "recipient", value("R"), tr("the recipient organisation"));
        option(options, "purpose", value("P"), tr("the purpose of the release"));
        option(options, "legal-basis", value("B"), tr("the legal basis (PIPL Art. 13)"));
        option(options, "lang", value("zh_CN|en"),
               tr("the language of its documents (default zh_CN)"));
        option(options, "set", ClassificationCli::repeatable("KEY=VALUE"),
               tr("any other setting, as release set takes it (repeatable)"));
        option(options, "reason", value("R"),
               tr("why a policy value is looser than the mode's default (audited)"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        const QStringList datasets = texts(vm, "dataset");
        if (datasets.isEmpty())
            return Error::usage(tr("give the datasets to release with --dataset"));
        if (!has(vm, "mode"))
            return Error::usage(tr("give the sharing mode with --mode %1").arg(modeNames()));
        const auto mode = sharingModeFromName(text(vm, "mode"));
        if (!mode)
            return Error::usage(tr("--mode takes one of %1").arg(modeNames()));
        Release draft;
        draft.name = text(vm, "release").trimmed();
        draft.datasets = datasets;
        draft.mode = *mode;
        draft.policy = ReleasePolicy::defaultsFor(*mode);
        const std::pair<const char *, const char *> simple[] = {{"recipient", "recipient"},
                                                                {"purpose", "purpose"},
                                                                {"legal-basis", "legal_basis"},
                                                                {"lang", "lang"}};
        for (const auto &[option, key] : simple) {
            if (!has(vm, option))
                continue;
            if (Status s = draft.set(QString::fromLatin1(key), text(vm, option)); !s)
                return s;
        }
        auto settings = ReleaseCli::assignments(texts(vm, "set"), QStringLiteral("--set"));
        if (!settings)
            return settings.error();
        for (const auto &[key, value] : std::as_const(*settings)) {
            if (key == QLatin1String("name") || key == QLatin1String("datasets")
                || key == QLatin1String("mode"))
                return Error::usage(
                    tr("--set %1: give it as the argument or option of release create").arg(key));
            if (Status s = draft.set(key, value); !s)
                return s;
        }
        m_draft = draft;
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto created = ReleaseService(store).create(m_draft, text(vm, "reason"));
        if (!created)
            return cli.fail(created.error());
        if (cli.json())
            return cli.document(created->toJson());
        cli.line(tr("Created release %1 (%2).").arg(created->name, ReleaseCli::stateLabel(created->state)));
        ReleaseCli::printRelease(cli, *created);
        return 0;
    }

private:
    Release m_draft;
};

// ---------------------------------------------------------------------------------------------

class ReleaseListCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseListCommand)

public:
    QString name() const override { return QStringLiteral("release list"); }
    QString summary() const override { return tr("List the releases with their register of exports."); }
    QList<Argument> arguments() const override { return {projectArgument()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        Q_UNUSED(vm);
        auto releases = ReleaseService(store).list();
        if (!releases)
            return cli.fail(releases.error());
        // The state as the workflow reads it: a release whose content changed since its
        // submission is a draft again.
        WorkflowService workflow(store);
        for (Release &release : *releases) {
            auto review = workflow.state(release.name);
            if (!review)
                return cli.fail(review.error());
            release.state = review->state;
        }
        if (cli.json()) {
            QJsonArray list;
            for (const Release &release : std::as_const(*releases)) {
                const QJsonObject full = release.toJson();
                QJsonArray exports;
                for (const ReleaseExport &e : release.exports)
                    exports.append(QJsonObject{
                        {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("sha256"), e.sha256},
                        {QStringLiteral("file"), e.file},
                        {QStringLiteral("signer"), e.signer},
                        {QStringLiteral("signer_fingerprint"), e.signerFingerprint},
                        {QStringLiteral("recipient"), e.recipient},
                        {QStringLiteral("encryption"), e.encryption},
                        {QStringLiteral("content_hash"), e.contentHash}});
                list.append(QJsonObject{{QStringLiteral("name"), release.name},
                                        {QStringLiteral("state"), release.state},
                                        {QStringLiteral("mode"), sharingModeName(release.mode)},
                                        {QStringLiteral("recipient"), release.recipientOrganisation},
                                        {QStringLiteral("datasets"), QJsonArray::fromStringList(release.datasets)},
                                        {QStringLiteral("lang"), release.language},
                                        {QStringLiteral("updated_at"), full.value(QStringLiteral("updated_at"))},
                                        {QStringLiteral("exports"), exports}});
            }
            return cli.document({{QStringLiteral("releases"), list}});
        }
        if (releases->isEmpty()) {
            cli.line(tr("No releases yet; start one with \"steward-cli release create\"."));
            return 0;
        }
        TextTable table({tr("name"), tr("state"), tr("mode"), tr("recipient"), tr("datasets"),
                         tr("exports")});
        table.setRightAligned(5);
        for (const Release &release : std::as_const(*releases))
            table.addRow({release.name, ReleaseCli::stateLabel(release.state), sharingModeName(release.mode),
                          release.recipientOrganisation, release.datasets.join(QStringLiteral(", ")),
                          cli.number(release.exports.size())});
        cli.write(table.render().toUtf8());
        // The register: every export of every release, newest first per release.
        for (const Release &release : std::as_const(*releases)) {
            for (const ReleaseExport &e : release.exports)
                cli.line(tr("%1: exported %2 to %3, signed by %4 (key %5), %6, sha256 %7, file %8")
                             .arg(release.name,
                                  cli.locale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                  e.recipient, e.signer, e.signerFingerprint, e.encryption,
                                  e.sha256, e.file));
        }
        return 0;
    }
};

// ---------------------------------------------------------------------------------------------

class ReleaseShowCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseShowCommand)

public:
    QString name() const override { return QStringLiteral("release show"); }
    QString summary() const override { return tr("Show one release: its settings, policy and exports."); }
    QList<Argument> arguments() const override { return {projectArgument(), releaseArgument()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        // The state as the workflow reads it (a release changed since its submission is a
        // draft again).
        if (auto review = WorkflowService(store).state(text(vm, "release")); !review)
            return cli.fail(review.error());
        auto release = ReleaseService(store).load(text(vm, "release"));
        if (!release)
            return cli.fail(release.error());
        if (cli.json())
            return cli.document(release->toJson());
        ReleaseCli::printRelease(cli, *release);
        return 0;
    }
};

// ---------------------------------------------------------------------------------------------

class ReleaseSetCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseSetCommand)

public:
    QString name() const override { return QStringLiteral("release set"); }
    QString summary() const override { return tr("Change the settings of a release."); }
    QString details() const override
    {
        return tr("Keys: %1; policy keys: %2. Lists (datasets, users) are comma-separated, "
                  "dates ISO (yyyy-mm-dd), an empty value clears a setting. Setting mode "
                  "applies the mode's default policy. Tightening a policy value is always "
                  "allowed; loosening one (a higher grade, a lower k, a higher risk, ethics "
                  "approval no longer required, free text allowed) is refused (exit 3, nothing "
                  "changed) unless --reason says why; the reason is kept in the audit trail.")
            .arg(Release::settingKeys().join(QStringLiteral(", ")),
                 ReleasePolicy::keys().join(QStringLiteral(", ")));
    }
    QList<Argument> arguments() const override
    {
        return {projectArgument(), releaseArgument(),
                {"assignments", QStringLiteral("KEY=VALUE"), tr("a setting and its new value"), true}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "reason", value("R"), tr("why a policy value is loosened (audited)"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        auto parsed = ReleaseCli::assignments(texts(vm, "assignments"), QStringLiteral("KEY=VALUE"));
        if (!parsed)
            return parsed.error();
        const QStringList known = Release::settingKeys() + ReleasePolicy::keys();
        for (const auto &assignment : std::as_const(*parsed)) {
            if (!known.contains(assignment.first))
                return Error::usage(tr("unknown setting %1; the keys are %2")
                                        .arg(assignment.first, known.join(QStringLiteral(", "))));
        }
        m_assignments = *parsed;
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto change = ReleaseService(store).set(text(vm, "release"), m_assignments, text(vm, "reason"));
        if (!change)
            return cli.fail(change.error());
        if (cli.json()) {
            QJsonObject json = change->after.toJson();
            json.insert(QStringLiteral("changed"), QJsonArray::fromStringList(change->changedKeys));
            json.insert(QStringLiteral("loosened"), QJsonArray::fromStringList(change->loosenedKeys));
            return cli.document(json);
        }
        if (change->changedKeys.isEmpty()) {
            cli.line(tr("Nothing changed: release %1 already has these settings.").arg(change->after.name));
            return 0;
        }
        cli.line(tr("Release %1: changed %2.")
                     .arg(change->after.name, change->changedKeys.join(QStringLiteral(", "))));
        if (!change->loosenedKeys.isEmpty())
            cli.line(tr("Loosened (reason recorded in the audit trail): %1.")
                         .arg(change->loosenedKeys.join(QStringLiteral(", "))));
        return 0;
    }

private:
    QList<std::pair<QString, QString>> m_assignments;
};

// ---------------------------------------------------------------------------------------------

class ReleaseDeleteCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseDeleteCommand)

public:
    QString name() const override { return QStringLiteral("release delete"); }
    QString summary() const override { return tr("Delete a draft release and its documents."); }
    QString details() const override
    {
        return tr("Only a draft can be deleted (exit 3 otherwise). Its agreement and impact "
                  "assessment, with every version, go with it; the deletion is recorded in the "
                  "audit trail.");
    }
    QList<Argument> arguments() const override { return {projectArgument(), releaseArgument()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString name = text(vm, "release");
        if (Status s = ReleaseService(store).remove(name); !s)
            return cli.fail(s.error());
        if (cli.json())
            return cli.document({{QStringLiteral("release"), name}, {QStringLiteral("deleted"), true}});
        cli.line(tr("Deleted release %1.").arg(name));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReleaseCreateCommand()
{
    return std::make_unique<ReleaseCreateCommand>();
}

std::unique_ptr<Command> makeReleaseListCommand()
{
    return std::make_unique<ReleaseListCommand>();
}

std::unique_ptr<Command> makeReleaseShowCommand()
{
    return std::make_unique<ReleaseShowCommand>();
}

std::unique_ptr<Command> makeReleaseSetCommand()
{
    return std::make_unique<ReleaseSetCommand>();
}

std::unique_ptr<Command> makeReleaseDeleteCommand()
{
    return std::make_unique<ReleaseDeleteCommand>();
}

} // namespace steward::cli
