#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"

#include "core/mask/ProjectSecret.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>

namespace steward::cli {

namespace {

// Backup and restore of the project secret (keyed pseudonyms, date shifts): the backup is the
// same passphrase-protected document the project stores, written owner-only; the raw secret never
// reaches a file, stdout or a log.
class SecretCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::SecretCommand)

public:
    QString name() const override { return QStringLiteral("secret"); }
    QString summary() const override
    {
        return tr("Back up or restore the project secret behind pseudonyms and date shifts.");
    }
    QString details() const override
    {
        return tr("--backup FILE writes the secret, protected by the project passphrase, to FILE "
                  "(owner-only). --restore FILE puts a backed-up secret into the project; when "
                  "the project already has a different secret, --force is needed, because every "
                  "pseudonym and date shift changes with it. Without either option, reports "
                  "whether the project has a secret and its fingerprint.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "backup", value("FILE"), tr("write a protected backup of the secret"));
        option(options, "restore", value("FILE"), tr("restore the secret from a backup"));
        option(options, "force", flagValue(),
               tr("with --restore: replace a different secret already in the project"));
        PassphraseInput::addOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (has(vm, "backup") && has(vm, "restore"))
            return Error::usage(tr("give either --backup or --restore, not both"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const bool backup = has(vm, "backup");
        const bool restore = has(vm, "restore");
        ProjectSecretStore secrets(store);
        const bool exists = secrets.exists();

        if (!backup && !restore) {
            QJsonObject result{{QStringLiteral("exists"), exists}};
            if (exists) {
                auto passphrase = PassphraseInput::read(vm);
                if (!passphrase)
                    return cli.fail(passphrase.error());
                auto secret = secrets.obtain(*passphrase);
                if (!secret)
                    return cli.fail(secret.error());
                result.insert(QStringLiteral("fingerprint"), secret->fingerprint());
                if (!cli.json())
                    cli.line(tr("The project has a secret (fingerprint %1).").arg(secret->fingerprint()));
            } else if (!cli.json()) {
                cli.line(tr("The project has no secret yet; it is made when a rule first needs it."));
            }
            return cli.json() ? cli.document(result) : 0;
        }

        auto passphrase = PassphraseInput::read(vm);
        if (!passphrase)
            return cli.fail(passphrase.error());

        if (backup) {
            if (!exists)
                return cli.fail(Error::badInput(
                    tr("the project has no secret yet; nothing to back up")));
            auto secret = secrets.obtain(*passphrase);
            if (!secret)
                return cli.fail(secret.error());
            const QString file = QFileInfo(text(vm, "backup")).absoluteFilePath();
            if (Status s = secret->writeBackup(file, *passphrase); !s)
                return cli.fail(s.error());
            if (cli.json())
                return cli.document({{QStringLiteral("file"), file},
                                     {QStringLiteral("fingerprint"), secret->fingerprint()}});
            cli.line(tr("Secret %1 backed up to %2.")
                         .arg(secret->fingerprint(), QDir::toNativeSeparators(file)));
            return 0;
        }

        const QString file = text(vm, "restore");
        auto restored = ProjectSecret::readBackup(file, *passphrase);
        if (!restored)
            return cli.fail(restored.error());
        bool replaced = false;
        if (exists) {
            auto current = secrets.obtain(*passphrase);
            if (!current)
                return cli.fail(current.error());
            if (*current == *restored) {
                if (cli.json())
                    return cli.document({{QStringLiteral("fingerprint"), restored->fingerprint()},
                                         {QStringLiteral("restored"), false}});
                cli.line(tr("The project already has this secret (fingerprint %1); nothing changed.")
                             .arg(restored->fingerprint()));
                return 0;
            }
            if (!flag(vm, "force"))
                return cli.fail(Error{ErrorCode::Policy,
                                      tr("the project already has a different secret (fingerprint "
                                         "%1); replacing it changes every pseudonym and date "
                                         "shift: add --force to do so")
                                          .arg(current->fingerprint()),
                                      {}, 0, 0});
            replaced = true;
        }
        if (Status s = secrets.store(*restored, *passphrase); !s)
            return cli.fail(s.error());
        if (cli.json())
            return cli.document({{QStringLiteral("fingerprint"), restored->fingerprint()},
                                 {QStringLiteral("restored"), true},
                                 {QStringLiteral("replaced"), replaced}});
        cli.line(tr("Secret %1 restored into the project.").arg(restored->fingerprint()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSecretCommand()
{
    return std::make_unique<SecretCommand>();
}

} // namespace steward::cli
