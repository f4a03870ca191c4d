#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/SignalCancellation.h"

#include "core/age/AgeFile.h"
#include "core/packaging/ExportService.h"
#include "core/signing/SigningIdentity.h"
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QFileInfo>



namespace steward::cli {

namespace {

// The first line of a passphrase file (never printed).
Result<QString> firstLine(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QCoreApplication::translate("steward::cli::ExportCommand",
                                                           "cannot read the %1 file %2")
                                   .arg(what, path),
                               path);
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::usage(QCoreApplication::translate("steward::cli::ExportCommand",
                                                        "the %1 file %2 is empty")
                                .arg(what, path));
    return QString::fromUtf8(line);
}

class ExportCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Write the release's package: a signed BagIt bag as a zip, encrypted when asked.");
    }
    QString details() const override
    {
        return tr("Only an approved release whose every gate holds is exported (exit 3 with the "
                  "failing gates otherwise). The package is a BagIt 1.0 bag zipped with one "
                  "top-level folder: the masked data as UTF-8 CSV, the data dictionaries, "
                  "datapackage.json (Frictionless Data Package), DSA.pdf, DPIA.pdf, release.json, "
                  "the signed approvals, and the steward's minisign signature over "
                  "tagmanifest-sha256.txt made with --key (a key the project trusts for the role "
                  "steward; its passphrase from --key-passphrase-file, STEWARD_KEY_PASSPHRASE or "
                  "a prompt). --encrypt-passphrase-file F encrypts the whole zip with age to the "
                  "passphrase in F, --encrypt-to AGE_RECIPIENT (repeatable) to age public keys. "
                  "The file is written under a temporary name in the target folder and renamed "
                  "at the end: a failed, refused or cancelled export leaves nothing. The export is "
                  "recorded in the release register and the audit trail. The project passphrase "
                  "is needed when a masking rule needs the project secret.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"release", QStringLiteral("NAME"), tr("the release's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "out", value("FILE"), tr("the package to write (required)"));
        option(options, "key", value("STEWARD_KEYFILE"), tr("the steward's signing key (required)"));
        PassphraseInput::addKeyOption(options);
        option(options, "encrypt-passphrase-file", value("F"),
               tr("encrypt the package with age to the passphrase in the first line of file F"));
        option(options, "encrypt-to", po::value<std::vector<std::string>>()->value_name("AGE_RECIPIENT")->composing(),
               tr("encrypt the package with age to this public key (age1...); may be repeated"));
        PassphraseInput::addOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (!has(vm, "out"))
            return Error::usage(tr("export needs --out FILE"));
        if (!has(vm, "key"))
            return Error::usage(tr("export needs --key STEWARD_KEYFILE"));
        m_recipients.clear();
        if (vm.count("encrypt-to") != 0) {
            for (const std::string &r : vm["encrypt-to"].as<std::vector<std::string>>()) {
                auto recipient = AgeRecipient::parse(QString::fromLocal8Bit(r).trimmed());
                if (!recipient)
                    return recipient.error();
                m_recipients.append(*recipient);
            }
        }
        if (!m_recipients.isEmpty() && has(vm, "encrypt-passphrase-file"))
            return Error::usage(tr("give either --encrypt-passphrase-file or --encrypt-to, not both"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        std::optional<AgeEncryptionTarget> encryption;
        if (has(vm, "encrypt-passphrase-file")) {
            auto passphrase = firstLine(text(vm, "encrypt-passphrase-file"), tr("encryption passphrase"));
            if (!passphrase)
                return cli.fail(passphrase.error());
            encryption.emplace();
            encryption->passphrase = *passphrase;
        } else if (!m_recipients.isEmpty()) {
            encryption.emplace();
            encryption->recipients = m_recipients;
        }

        // A release that is not approved is refused before any passphrase is asked.
        if (Status refused = ExportService(store).refuseUnapproved(text(vm, "release")); !refused)
            return cli.fail(refused.error());

        auto keyPassphrase = PassphraseInput::readKey(vm);
        if (!keyPassphrase)
            return cli.fail(keyPassphrase.error());
        auto identity = SigningIdentity::load(text(vm, "key"), *keyPassphrase);
        if (!identity)
            return cli.fail(identity.error());

        ExportRequest request;
        request.release = text(vm, "release");
        request.outPath = text(vm, "out");
        request.steward = &*identity;
        request.encryption = encryption;
        request.passphrase = [&vm] { return PassphraseInput::read(vm); };

        SignalCancellation interrupts;
        ProgressPrinter printer(cli.locale());
        auto exported = ExportService(store).exportRelease(request, printer.callback(), interrupts.token());
        printer.finish();
        if (!exported)
            return cli.fail(exported.error());
        if (cli.json())
            return cli.document(exported->toJson());
        cli.line(tr("Wrote %1 (%Ln file(s) in the bag).", nullptr, exported->files).arg(exported->package));
        cli.line(tr("SHA-256: %1").arg(exported->sha256));
        return 0;
    }

private:
    QList<AgeRecipient> m_recipients;
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace steward::cli
