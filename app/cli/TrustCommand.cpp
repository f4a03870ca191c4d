#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"
#include "core/signing/TrustService.h"

#include <QJsonArray>

namespace steward::cli {

namespace {

Argument projectArg()
{
    return {"project", QStringLiteral("PROJECT"), Command::tr("the project file (.steward)")};
}

// Every trusted key, as `trust list` prints it; the other trust commands end with the same list so
// that a script sees the result of its change.
int printKeys(CliContext &cli, TrustService &trust, QJsonObject result = {})
{
    auto keys = trust.list();
    if (!keys)
        return cli.fail(keys.error());
    if (cli.json()) {
        QJsonArray list;
        for (const TrustedKey &k : std::as_const(*keys))
            list.append(k.toJson());
        result.insert(QStringLiteral("keys"), list);
        return cli.document(result);
    }
    if (keys->isEmpty()) {
        cli.line(CliContext::tr("The project trusts no keys yet; add one with \"steward-cli trust add\"."));
        return 0;
    }
    TextTable table({CliContext::tr("fingerprint"), CliContext::tr("role"), CliContext::tr("name"),
                     CliContext::tr("added")});
    for (const TrustedKey &k : std::as_const(*keys))
        table.addRow({k.fingerprint(), SignerRoles::name(k.role), k.name,
                      cli.locale().toString(k.addedAt.toLocalTime(), QLocale::ShortFormat)});
    cli.write(table.render().toUtf8());
    return 0;
}

class TrustAddCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::TrustAddCommand)

public:
    QString name() const override { return QStringLiteral("trust add"); }
    QString summary() const override { return tr("Trust a public key for a role (steward, compliance, ethics)."); }
    QString details() const override
    {
        return tr("PUBFILE is a public key in minisign format (FILE.pub from keygen, or from "
                  "`minisign -G`). Decisions and exports are accepted only when signed by a key "
                  "the project trusts for the signer's role. --name sets the name shown for the "
                  "key (default: the name in the key's comment, else its fingerprint).");
    }
    QList<Argument> arguments() const override
    {
        return {projectArg(), {"pubfile", QStringLiteral("PUBFILE"), tr("the public key (.pub)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "role", value("R"), tr("steward, compliance or ethics"));
        option(options, "name", value("N"), tr("the name shown for the key"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (!has(vm, "role"))
            return Error::usage(tr("trust add needs --role steward|compliance|ethics"));
        m_role = SignerRoles::fromName(text(vm, "role"));
        if (!m_role)
            return Error::usage(
                tr("--role must be one of: %1").arg(SignerRoles::names().join(QStringLiteral(", "))));
        return {};
    }
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto key = PublicKey::load(text(vm, "pubfile"));
        if (!key)
            return cli.fail(key.error());
        TrustService trust(store);
        auto added = trust.add(*key, *m_role, text(vm, "name"));
        if (!added)
            return cli.fail(added.error());
        if (!cli.json())
            cli.line(tr("Key %1 (%2) is trusted as %3.")
                         .arg(added->fingerprint(), added->name, SignerRoles::label(added->role)));
        return printKeys(cli, trust, {{QStringLiteral("added"), added->toJson()}});
    }

private:
    std::optional<SignerRole> m_role;
};

class TrustListCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::TrustListCommand)

public:
    QString name() const override { return QStringLiteral("trust list"); }
    QString summary() const override { return tr("List the keys the project trusts, per role."); }
    QList<Argument> arguments() const override { return {projectArg()}; }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        Q_UNUSED(vm);
        TrustService trust(store);
        return printKeys(cli, trust);
    }
};

class TrustRemoveCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::TrustRemoveCommand)

public:
    QString name() const override { return QStringLiteral("trust remove"); }
    QString summary() const override { return tr("Stop trusting a key (for every role)."); }
    QList<Argument> arguments() const override
    {
        return {projectArg(),
                {"fingerprint", QStringLiteral("FINGERPRINT"), tr("the key's 16 hexadecimal digits")}};
    }

protected:
    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        TrustService trust(store);
        const QString fingerprint = text(vm, "fingerprint").trimmed().toUpper();
        if (Status s = trust.remove(fingerprint); !s)
            return cli.fail(s.error());
        if (!cli.json())
            cli.line(tr("Key %1 is no longer trusted.").arg(fingerprint));
        return printKeys(cli, trust, {{QStringLiteral("removed"), fingerprint}});
    }
};

} // namespace

std::unique_ptr<Command> makeTrustAddCommand()
{
    return std::make_unique<TrustAddCommand>();
}

std::unique_ptr<Command> makeTrustListCommand()
{
    return std::make_unique<TrustListCommand>();
}

std::unique_ptr<Command> makeTrustRemoveCommand()
{
    return std::make_unique<TrustRemoveCommand>();
}

} // namespace steward::cli
