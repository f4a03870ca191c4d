#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/Commands.h"
#include "app/cli/ProgressPrinter.h"
#include "app/cli/SignalCancellation.h"

#include "core/age/AgeRecipient.h"
#include "core/packaging/PackageVerifier.h"
#include "core/signing/PublicKey.h"

#include <QFile>
#include <QFileInfo>

namespace steward::cli {

namespace {

class VerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return tr("Check an export package offline: the bag, every hash and every signature.");
    }
    QString details() const override
    {
        return tr("Needs no project. Checks bagit.txt, the Payload-Oxum of bag-info.txt, the "
                  "SHA-256 of every payload file (manifest-sha256.txt) and tag file "
                  "(tagmanifest-sha256.txt), the steward's signature over the tag manifest, "
                  "every approval's signature and that each approval signs the content hash in "
                  "release.json. Each failure names the file or signature at fault; any failure "
                  "exits 4. An age-encrypted package (.zip.age) is decrypted first with "
                  "--passphrase-file F or --identity FILE. With --trusted PUBFILE (repeatable) the "
                  "steward's and the approvers' keys must be among those keys.");
    }
    QList<Argument> arguments() const override
    {
        return {{"package", QStringLiteral("PACKAGE"), tr("the package (.zip or .zip.age)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "passphrase-file", value("F"),
               tr("decrypt with the passphrase in the first line of file F"));
        option(options, "identity", po::value<std::vector<std::string>>()->value_name("AGE_IDENTITY_FILE")->composing(),
               tr("decrypt with the age identities in this file; may be repeated"));
        option(options, "trusted", po::value<std::vector<std::string>>()->value_name("PUBFILE")->composing(),
               tr("a public key (minisign format) the signers must be among; may be repeated"));
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        AgeDecryptionKey key;
        if (has(vm, "passphrase-file")) {
            const QString path = text(vm, "passphrase-file");
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return cli.fail(Error::badInput(tr("cannot read the passphrase file %1").arg(path), path));
            QByteArray line = file.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                return cli.fail(Error::usage(tr("the passphrase file %1 is empty").arg(path)));
            key.passphrase = QString::fromUtf8(line);
        }
        if (vm.count("identity") != 0) {
            for (const std::string &f : vm["identity"].as<std::vector<std::string>>()) {
                auto identities = AgeIdentity::load(QString::fromLocal8Bit(f));
                if (!identities)
                    return cli.fail(identities.error());
                key.identities.append(*identities);
            }
        }
        QList<PublicKey> trusted;
        if (vm.count("trusted") != 0) {
            for (const std::string &f : vm["trusted"].as<std::vector<std::string>>()) {
                auto pub = PublicKey::load(QString::fromLocal8Bit(f));
                if (!pub)
                    return cli.fail(pub.error());
                trusted.append(*pub);
            }
        }

        SignalCancellation interrupts;
        ProgressPrinter printer(cli.locale());
        auto report = PackageVerifier::verify(text(vm, "package"), key, trusted, printer.callback(),
                                              interrupts.token());
        printer.finish();
        if (!report)
            return cli.fail(report.error());
        const int code = report->ok ? 0 : int(ErrorCode::Verification);
        if (cli.json()) {
            cli.document(report->toJson());
            return code;
        }
        const QString package = QFileInfo(text(vm, "package")).fileName();
        cli.line(tr("Package %1: release %2, %Ln file(s)%3.", nullptr, report->files)
                     .arg(package, report->release,
                          report->encrypted ? tr(", decrypted") : QString()));
        cli.line(tr("Content hash: %1").arg(report->contentHash));
        for (const VerificationReport::Signature &s : std::as_const(report->signatures)) {
            QString line = (s.ok ? tr("  ok    ") : tr("  FAIL  ")) + s.file;
            line += QStringLiteral(" — %1 (%2, %3)").arg(s.signer, s.role, s.fingerprint);
            if (!trusted.isEmpty())
                line += s.trusted ? tr(", trusted") : tr(", NOT trusted");
            cli.line(line);
        }
        if (report->ok) {
            cli.line(tr("The package is intact: every hash and signature checks."));
            return 0;
        }
        for (const VerificationReport::Failure &f : std::as_const(report->failures))
            CliContext::warn(tr("%1: %2").arg(f.file, f.reason));
        Error failed;
        failed.code = ErrorCode::Verification;
        failed.message = tr("%1 failed verification (%Ln problem(s))", nullptr, int(report->failures.size()))
                             .arg(package);
        return cli.fail(failed);
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace steward::cli
