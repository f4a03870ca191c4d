#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/ReleaseCli.h"

#include "core/release/PolicyCheck.h"
#include "core/release/ReleaseService.h"
#include "core/release/ReleaseStatus.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {

QList<Argument> releaseArguments()
{
    return {{"project", QStringLiteral("PROJECT"), ReleaseCli::tr("the project file (.steward)")},
            {"release", QStringLiteral("NAME"), ReleaseCli::tr("the release's name")}};
}

// The release commands that measure the release's datasets before they judge them: PROJECT NAME,
// the passphrase option, and the release loaded and measured (nothing changes).
class MeasuredReleaseCommand : public ProjectCommand {
public:
    QList<Argument> arguments() const override { return releaseArguments(); }
    void addOptions(po::options_description &options) const override
    {
        PassphraseInput::addOption(options);
    }

protected:
    virtual int runMeasured(CliContext &cli, ProjectStore &store, const Release &release,
                            const QList<DatasetMeasurement> &measurements) = 0;

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto release = ReleaseService(store).load(text(vm, "release"));
        if (!release)
            return cli.fail(release.error());
        auto measurements = ReleaseCli::measure(cli, store, *release, vm);
        if (!measurements)
            return cli.fail(measurements.error());
        return runMeasured(cli, store, *release, *measurements);
    }
};

// `release check`: what the release's data violates of its policy today.
class ReleaseCheckCommand final : public MeasuredReleaseCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseCheckCommand)

public:
    QString name() const override { return QStringLiteral("release check"); }
    QString summary() const override
    {
        return tr("Check the release's data against its policy; exit 3 if anything violates it.");
    }
    QString details() const override
    {
        return tr("Measures every dataset of the release as it would leave today (its "
                  "classification, masking rules and record suppression; the risk of the masked "
                  "data with the policy's k) and lists each violation on its own line: a field "
                  "above the highest unmasked grade left unmasked, a direct identifier left "
                  "unmasked, free text where the policy forbids it, the smallest class below the "
                  "minimum k, the highest prosecutor risk above the ceiling, a dataset that no "
                  "longer exists. Unconfirmed fields are judged by their suggestion. The passphrase "
                  "is needed only when the rule of a quasi-identifier or sensitive attribute "
                  "needs the project secret. Changes nothing.");
    }

protected:
    int runMeasured(CliContext &cli, ProjectStore &, const Release &release,
                    const QList<DatasetMeasurement> &measurements) override
    {
        const QList<PolicyViolation> violations = PolicyCheck::evaluate(release, measurements);
        const int code = violations.isEmpty() ? 0 : int(ErrorCode::Policy);
        if (cli.json()) {
            QJsonArray list;
            for (const PolicyViolation &v : violations)
                list.append(v.toJson());
            cli.document({{QStringLiteral("release"), release.name},
                          {QStringLiteral("ok"), violations.isEmpty()},
                          {QStringLiteral("violations"), list}});
            return code;
        }
        if (violations.isEmpty()) {
            cli.line(tr("Release %1 meets its policy.").arg(release.name));
            return 0;
        }
        for (const PolicyViolation &v : violations)
            cli.line(v.detail);
        Error refused;
        refused.code = ErrorCode::Policy;
        refused.message = tr("release %1 violates its policy (%Ln violation(s))", nullptr,
                             int(violations.size()))
                              .arg(release.name);
        return cli.fail(refused);
    }
};

// `release status`: the state and every gate.
class ReleaseStatusCommand final : public MeasuredReleaseCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseStatusCommand)

public:
    QString name() const override { return QStringLiteral("release status"); }
    QString summary() const override
    {
        return tr("Show the release's state and every gate (exit 0 whatever they say).");
    }
    QString details() const override
    {
        return tr("Gates: policy (release check finds nothing), dsa_complete and "
                  "dpia_complete (every required item of the document is filled), "
                  "dsa_up_to_date and dpia_up_to_date (the document quotes the project as it "
                  "is now; otherwise the detail says what changed). The passphrase is needed only "
                  "when the rule of a quasi-identifier or sensitive attribute needs the project "
                  "secret. Changes nothing.");
    }

protected:
    int runMeasured(CliContext &cli, ProjectStore &store, const Release &release,
                    const QList<DatasetMeasurement> &measurements) override
    {
        auto gates = ReleaseStatus::gates(store, release, measurements);
        if (!gates)
            return cli.fail(gates.error());
        bool allOk = true;
        for (const ReleaseGate &gate : std::as_const(*gates))
            allOk = allOk && gate.ok;
        if (cli.json()) {
            QJsonArray list;
            for (const ReleaseGate &gate : std::as_const(*gates))
                list.append(gate.toJson());
            return cli.document({{QStringLiteral("release"), release.name},
                                 {QStringLiteral("state"), release.state},
                                 {QStringLiteral("ok"), allOk},
                                 {QStringLiteral("gates"), list}});
        }
        cli.line(tr("Release %1: %2").arg(release.name, ReleaseCli::stateLabel(release.state)));
        for (const ReleaseGate &gate : std::as_const(*gates))
            cli.line(tr("  [%1] %2: %3").arg(gate.ok ? tr("ok") : tr("not met"), gate.name, gate.detail));
        cli.line(allOk ? tr("Every gate is met.") : tr("Some gates are not met."));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReleaseCheckCommand()
{
    return std::make_unique<ReleaseCheckCommand>();
}

std::unique_ptr<Command> makeReleaseStatusCommand()
{
    return std::make_unique<ReleaseStatusCommand>();
}

} // namespace steward::cli
