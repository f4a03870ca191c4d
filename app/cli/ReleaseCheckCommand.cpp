#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/ReleaseCli.h"

#include "core/release/PolicyCheck.h"
#include "core/release/ReleaseService.h"
#include "core/signing/SignerRole.h"
#include "core/store/ProjectStore.h"
#include "core/workflow/ReleaseGates.h"
#include "core/workflow/WorkflowService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {

// A role in the reader's language; an unknown role as written.
QString roleLabel(const QString &name)
{
    const auto role = SignerRoles::fromName(name);
    return role ? SignerRoles::label(*role) : name;
}

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

// `release status`: the state and every gate. Reading the state first returns a release whose
// content changed since its submission to draft (audited once).
class ReleaseStatusCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseStatusCommand)

public:
    QString name() const override { return QStringLiteral("release status"); }
    QString summary() const override
    {
        return tr("Show the release's state, its approvals and every gate (exit 0 whatever they "
                  "say).");
    }
    QString details() const override
    {
        return tr("Gates, in order: datasets (the release has datasets, all still in the "
                  "project), classification (every field classified and confirmed), "
                  "direct_identifiers (none leaves unmasked, nor free text where the policy "
                  "forbids it), grade_ceiling (no field above the highest unmasked grade leaves "
                  "unmasked), risk (minimum k and prosecutor risk of the masked data), consent "
                  "(a dataset with a consent register leaves only subjects who consented to the "
                  "release's purpose), dsa_complete and dpia_complete (every required item "
                  "filled), dsa_up_to_date and dpia_up_to_date (the document quotes the project "
                  "as it is now), approvals (the required compliance and ethics approvals signed "
                  "over the current content). When the content changed since the submission the "
                  "release returns to draft (recorded once in the audit trail) and the output "
                  "says what changed. The passphrase is needed only when the rule of a "
                  "quasi-identifier or sensitive attribute needs the project secret.");
    }
    QList<Argument> arguments() const override { return releaseArguments(); }
    void addOptions(po::options_description &options) const override
    {
        PassphraseInput::addOption(options);
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString name = text(vm, "release");
        auto review = WorkflowService(store).state(name);
        if (!review)
            return cli.fail(review.error());
        auto release = ReleaseService(store).load(name);
        if (!release)
            return cli.fail(release.error());
        auto measurements = ReleaseCli::measure(cli, store, *release, vm);
        if (!measurements)
            return cli.fail(measurements.error());
        auto gates = ReleaseStatus::gates(store, *release, *measurements);
        if (!gates)
            return cli.fail(gates.error());
        bool allOk = true;
        for (const ReleaseGate &gate : std::as_const(*gates))
            allOk = allOk && gate.ok;
        if (cli.json()) {
            QJsonArray list;
            for (const ReleaseGate &gate : std::as_const(*gates))
                list.append(gate.toJson());
            QJsonArray approvals;
            for (const Approval &a : std::as_const(review->decisions))
                approvals.append(a.toJson());
            QJsonArray rejections;
            for (const ReviewDecision &d : review->rejections()) {
                QJsonObject r = d.toJson();
                r.remove(QStringLiteral("format"));
                rejections.append(r);
            }
            auto orNull = [](const QString &text) {
                return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
            };
            return cli.document(
                {{QStringLiteral("release"), release->name},
                 {QStringLiteral("state"), review->state},
                 {QStringLiteral("ok"), allOk},
                 {QStringLiteral("gates"), list},
                 {QStringLiteral("content_hash"), orNull(review->contentHash)},
                 {QStringLiteral("submitted_hash"), orNull(review->submittedHash)},
                 {QStringLiteral("submitted_at"),
                  review->submittedAt.isValid() ? QJsonValue(review->submittedAt.toUTC().toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("approvals_required"),
                  QJsonObject{{QStringLiteral("compliance"), review->requiredCompliance},
                              {QStringLiteral("ethics"), review->requiredEthics}}},
                 {QStringLiteral("approvals_current"),
                  QJsonObject{{QStringLiteral("compliance"), review->currentCompliance},
                              {QStringLiteral("ethics"), review->currentEthics}}},
                 {QStringLiteral("approvals"), approvals},
                 {QStringLiteral("rejections"), rejections},
                 {QStringLiteral("invalidated_by"), QJsonArray::fromStringList(review->invalidatedBy)}});
        }
        cli.line(tr("Release %1: %2").arg(release->name, ReleaseCli::stateLabel(review->state)));
        for (const ReleaseGate &gate : std::as_const(*gates))
            cli.line(tr("  [%1] %2: %3").arg(gate.ok ? tr("ok") : tr("not met"), gate.name, gate.detail));
        if (!review->invalidatedBy.isEmpty())
            cli.line(tr("Changed since the submission: %1")
                         .arg(review->invalidatedBy.join(QStringLiteral(", "))));
        for (const Approval &a : std::as_const(review->decisions)) {
            const ReviewDecision &d = a.signedDecision.decision;
            QString line = tr("  %1 by %2 (%3, key %4) at %5%6")
                               .arg(d.approve ? tr("Approved") : tr("Rejected"), d.signerName,
                                    roleLabel(d.signerRole), d.signerFingerprint,
                                    cli.locale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
                                    a.current ? QString() : tr(" (no longer counts)"));
            cli.line(line);
            if (!d.comment.isEmpty())
                cli.line(tr("    Comment: %1").arg(d.comment));
            for (const SectionMark &m : d.sections)
                cli.line(tr("    %1 %2: %3%4")
                             .arg(m.document.toUpper(), m.section, markLabel(m.mark),
                                  m.comment.isEmpty() ? QString() : QStringLiteral(" — ") + m.comment));
        }
        cli.line(allOk ? tr("Every gate is met.") : tr("Some gates are not met."));
        return 0;
    }

private:
    // A reviewer's mark on a section, in words.
    static QString markLabel(const QString &mark)
    {
        if (mark == QLatin1String("acceptable"))
            return tr("acceptable");
        if (mark == QLatin1String("improvable"))
            return tr("improvable");
        if (mark == QLatin1String("to_correct"))
            return tr("to correct");
        return mark;
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
