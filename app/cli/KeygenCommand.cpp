#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "core/signing/SigningIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace steward::cli {

namespace {

// A new identity: Ed25519 key pair, private key encrypted with a passphrase, public key in
// minisign format beside it, so that signatures can be checked with `minisign -V`.
class KeygenCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::KeygenCommand)

public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override
    {
        return tr("Make a signing identity (Ed25519 key pair) for a steward or a reviewer.");
    }
    QString details() const override
    {
        return tr("Writes FILE, the private key as a passphrase-encrypted PKCS#8 PEM (scrypt, "
                  "AES-256-CBC; readable by `openssl pkey`), owner-only, and FILE.pub, the public "
                  "key in minisign format. The passphrase comes from --key-passphrase-file F (its "
                  "first line), else STEWARD_KEY_PASSPHRASE, else it is asked twice on the "
                  "terminal. Give FILE.pub to the project that should trust the key (`trust "
                  "add`); keep FILE and its passphrase to yourself.");
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "name", value("N"), tr("the signer's name, as it appears in signatures"));
        option(options, "role", value("R"), tr("steward, compliance or ethics"));
        option(options, "out", value("FILE"), tr("the private key file to write (and FILE.pub)"));
        option(options, "force", flagValue(), tr("overwrite FILE and FILE.pub when they exist"));
        PassphraseInput::addKeyOption(options);
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const QString name = text(vm, "name").trimmed();
        if (name.isEmpty())
            return cli.fail(Error::usage(tr("keygen needs --name N")));
        if (!has(vm, "role"))
            return cli.fail(Error::usage(tr("keygen needs --role steward|compliance|ethics")));
        const auto role = SignerRoles::fromName(text(vm, "role"));
        if (!role)
            return cli.fail(Error::usage(tr("--role must be one of: %1")
                                             .arg(SignerRoles::names().join(QStringLiteral(", ")))));
        const QString out = text(vm, "out");
        if (out.isEmpty())
            return cli.fail(Error::usage(tr("keygen needs --out FILE")));
        const QString path = QFileInfo(out).absoluteFilePath();
        const bool force = flag(vm, "force");
        for (const QString &p : {path, path + QStringLiteral(".pub")}) {
            if (!force && QFileInfo::exists(p))
                return cli.fail(Error::badInput(tr("the file exists; add --force to overwrite it"), p));
        }

        auto passphrase = PassphraseInput::readNewKey(vm);
        if (!passphrase)
            return cli.fail(passphrase.error());
        auto identity = SigningIdentity::generate(name, *role);
        if (!identity)
            return cli.fail(identity.error());
        if (Status s = identity->save(path, *passphrase, force); !s)
            return cli.fail(s.error());

        const PublicKey &key = identity->publicKey();
        if (cli.json())
            return cli.document({{QStringLiteral("fingerprint"), key.fingerprint()},
                                 {QStringLiteral("public_key"), key.base64()},
                                 {QStringLiteral("name"), identity->name()},
                                 {QStringLiteral("role"), SignerRoles::name(*role)},
                                 {QStringLiteral("key_file"), path},
                                 {QStringLiteral("public_key_file"), path + QStringLiteral(".pub")}});
        cli.line(tr("Key %1 of %2 (%3) written to %4; public key in %5.")
                     .arg(key.fingerprint(), identity->name(), SignerRoles::label(*role),
                          QDir::toNativeSeparators(path),
                          QDir::toNativeSeparators(path + QStringLiteral(".pub"))));
        cli.line(key.base64());
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeKeygenCommand()
{
    return std::make_unique<KeygenCommand>();
}

} // namespace steward::cli
