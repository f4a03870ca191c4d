#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/ReleaseCli.h"
#include "app/cli/SignalCancellation.h"

#include "core/packaging/ReviewPackageWriter.h"
#include "core/release/ReleaseService.h"
#include "core/signing/SigningIdentity.h"
#include "core/store/ProjectStore.h"
#include "core/workflow/ReleaseGates.h"
#include "core/workflow/WorkflowService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace steward::cli {

namespace {

QList<Argument> releaseArguments()
{
    return {{"project", QStringLiteral("PROJECT"), ReleaseCli::tr("the project file (.steward)")},
            {"release", QStringLiteral("NAME"), ReleaseCli::tr("the release's name")}};
}

QJsonArray approvalsJson(const ReviewState &state)
{
    QJsonArray list;
    for (const Approval &a : state.decisions)
        list.append(a.toJson());
    return list;
}

// ---------------------------------------------------------------------------------------------

// `release submit`: freeze the content for review, optionally write the review package.
class ReleaseSubmitCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseSubmitCommand)

public:
    QString name() const override { return QStringLiteral("release submit"); }
    QString summary() const override
    {
        return tr("Freeze the release's content for review (state submitted); write the review "
                  "package with --out.");
    }
    QString details() const override
    {
        return tr("Measures the release and checks every gate but approvals; when one fails, "
                  "nothing changes and the command exits 3 naming the failing gates. Otherwise "
                  "the content hash of the release (data, classification, rules, hierarchies, "
                  "consent, documents and settings) is recorded as the submission the reviewers "
                  "decide on, and the release is submitted (audited). With --out the review "
                  "package (a BagIt zip a reviewer opens without the project) is written to "
                  "REVIEW.zip. Any later change to the content returns the release to draft.");
    }
    QList<Argument> arguments() const override { return releaseArguments(); }
    void addOptions(po::options_description &options) const override
    {
        option(options, "out", value("REVIEW.zip"), tr("write the review package to this file"));
        PassphraseInput::addOption(options);
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString name = text(vm, "release");
        WorkflowService workflow(store);
        if (auto reconciled = workflow.state(name); !reconciled)
            return cli.fail(reconciled.error());
        auto release = ReleaseService(store).load(name);
        if (!release)
            return cli.fail(release.error());
        auto measurements = ReleaseCli::measure(cli, store, *release, vm);
        if (!measurements)
            return cli.fail(measurements.error());
        auto gates = ReleaseStatus::gates(store, *release, *measurements);
        if (!gates)
            return cli.fail(gates.error());
        // The package is written inside the submission's transaction: when it cannot be
        // written, the release is not submitted either.
        QJsonValue package(QJsonValue::Null);
        std::function<Status()> writePackage;
        if (has(vm, "out")) {
            const QString out = QFileInfo(text(vm, "out")).absoluteFilePath();
            writePackage = [&, out]() -> Status {
                ProgressPrinter progress(cli.locale());
                SignalCancellation interrupts;
                const Status written = ReviewPackageWriter::write(
                    store, name, out, std::nullopt, [&vm] { return PassphraseInput::read(vm); },
                    progress.callback(), interrupts.token());
                progress.finish();
                if (written)
                    package = out;
                return written;
            };
        }
        auto submitted = workflow.submit(name, ReleaseStatus::failing(*gates), writePackage,
                                         [&vm] { return PassphraseInput::read(vm); });
        if (!submitted) {
            if (!cli.json() && submitted.error().code == ErrorCode::Policy) {
                for (const ReleaseGate &gate : std::as_const(*gates)) {
                    if (!gate.ok && gate.name != QLatin1String("approvals"))
                        cli.line(tr("  [not met] %1: %2").arg(gate.name, gate.detail));
                }
            }
            return cli.fail(submitted.error());
        }

        if (cli.json())
            return cli.document({{QStringLiteral("release"), name},
                                 {QStringLiteral("state"), submitted->state},
                                 {QStringLiteral("content_hash"), submitted->submittedHash},
                                 {QStringLiteral("package"), package}});
        cli.line(tr("Release %1 is submitted for review.").arg(name));
        cli.line(tr("Content hash: %1").arg(submitted->submittedHash));
        cli.line(tr("Approvals needed: %1 compliance, %2 ethics.")
                     .arg(cli.number(submitted->requiredCompliance),
                          cli.number(submitted->requiredEthics)));
        if (package.isString())
            cli.line(tr("Review package: %1").arg(package.toString()));
        return 0;
    }
};

// ---------------------------------------------------------------------------------------------

// The passphrase of a reviewer's key: --key-passphrase-file F, else $STEWARD_KEY_PASSPHRASE,
// else a prompt on a terminal without echo.
Result<QString> keyPassphrase(const po::variables_map &vm)
{
    if (vm.count("key-passphrase-file") != 0) {
        const QString path = QString::fromLocal8Bit(vm["key-passphrase-file"].as<std::string>());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(ReleaseCli::tr("cannot read the key passphrase file %1").arg(path));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return Error::usage(ReleaseCli::tr("the key passphrase file %1 is empty").arg(path));
        return QString::fromUtf8(line);
    }
    const QByteArray env = qgetenv("STEWARD_KEY_PASSPHRASE");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO)) {
        std::fputs(ReleaseCli::tr("Reviewer key passphrase: ").toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios old {};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
        if (haveTerm) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        std::string line;
        std::getline(std::cin, line);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputs("\n", stderr);
        if (!line.empty())
            return QString::fromLocal8Bit(line);
    }
    return Error::usage(ReleaseCli::tr("the key needs its passphrase: give --key-passphrase-file F "
                                       "or set STEWARD_KEY_PASSPHRASE"));
}

// `release decide`: record a signed decision, imported or made here with a reviewer's key.
class ReleaseDecideCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReleaseDecideCommand)

public:
    QString name() const override { return QStringLiteral("release decide"); }
    QString summary() const override
    {
        return tr("Record a reviewer's signed decision on the submitted release.");
    }
    QString details() const override
    {
        return tr("Either --import DECISION (a decision file a reviewer signed with \"review\") or "
                  "--key FILE with --approve or --reject (a reviewer deciding on this machine; "
                  "the key's passphrase from --key-passphrase-file or STEWARD_KEY_PASSPHRASE). "
                  "The signature is checked (exit 4 when it does not verify), then the key must "
                  "be trusted by the project for the decision's role, compliance or ethics, and "
                  "the decision must be on the content under review (exit 3 otherwise, nothing "
                  "changed). A rejection returns the release to draft with its comment; the "
                  "required approvals make it approved.");
    }
    QList<Argument> arguments() const override { return releaseArguments(); }
    void addOptions(po::options_description &options) const override
    {
        option(options, "import", value("DECISION"), tr("a signed decision file to record"));
        option(options, "key", value("FILE"), tr("the reviewer's private key (keygen)"));
        option(options, "approve", flagValue(), tr("approve the content under review (with --key)"));
        option(options, "reject", flagValue(), tr("reject it (with --key)"));
        option(options, "comment", value("C"), tr("the reviewer's comment (with --key)"));
        option(options, "key-passphrase-file", value("F"),
               tr("read the key's passphrase from the first line of file F"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        const bool imported = has(vm, "import");
        const bool keyed = has(vm, "key");
        if (imported == keyed)
            return Error::usage(tr("give either --import DECISION or --key FILE"));
        if (imported && (flag(vm, "approve") || flag(vm, "reject") || has(vm, "comment")))
            return Error::usage(tr("--approve, --reject and --comment go with --key, not --import"));
        if (keyed && flag(vm, "approve") == flag(vm, "reject"))
            return Error::usage(tr("with --key give either --approve or --reject"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const QString name = text(vm, "release");
        WorkflowService workflow(store);
        Result<ReviewState> recorded = Error::internal(QString());
        if (has(vm, "import")) {
            auto decision = SignedDecision::readFile(text(vm, "import"));
            if (!decision)
                return cli.fail(decision.error());
            recorded = workflow.record(name, *decision);
        } else {
            auto passphrase = keyPassphrase(vm);
            if (!passphrase)
                return cli.fail(passphrase.error());
            auto identity = SigningIdentity::load(text(vm, "key"), *passphrase);
            if (!identity)
                return cli.fail(identity.error());
            recorded = workflow.decide(name, *identity, flag(vm, "approve"), text(vm, "comment"));
        }
        if (!recorded)
            return cli.fail(recorded.error());

        if (cli.json())
            return cli.document({{QStringLiteral("release"), name},
                                 {QStringLiteral("state"), recorded->state},
                                 {QStringLiteral("content_hash"), recorded->submittedHash},
                                 {QStringLiteral("already_recorded"), recorded->alreadyRecorded},
                                 {QStringLiteral("approvals"), approvalsJson(*recorded)}});
        const ReviewDecision &d = recorded->decisions.first().signedDecision.decision;
        if (recorded->alreadyRecorded)
            cli.line(tr("This decision is already recorded; nothing changed."));
        else
            cli.line(d.approve ? tr("Recorded the approval of %1 (%2, key %3).")
                                 .arg(d.signerName, d.signerRole, d.signerFingerprint)
                               : tr("Recorded the rejection of %1 (%2, key %3).")
                                     .arg(d.signerName, d.signerRole, d.signerFingerprint));
        cli.line(tr("Release %1 is %2; approvals: %3 of %4 compliance, %5 of %6 ethics.")
                     .arg(name, ReleaseCli::stateLabel(recorded->state),
                          cli.number(recorded->currentCompliance),
                          cli.number(recorded->requiredCompliance),
                          cli.number(recorded->currentEthics), cli.number(recorded->requiredEthics)));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReleaseSubmitCommand()
{
    return std::make_unique<ReleaseSubmitCommand>();
}

std::unique_ptr<Command> makeReleaseDecideCommand()
{
    return std::make_unique<ReleaseDecideCommand>();
}

} // namespace steward::cli
