#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/audit/AuditLog.h"
#include "core/store/ProjectStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace steward::cli {

namespace {

class AuditCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return tr("List the project's audit trail: who did what, when.");
    }
    QString details() const override
    {
        return tr("Each entry is chained to the previous one by a SHA-256 hash; the chain is "
                  "always checked and reported (\"ok\"). With --verify a broken chain is an error "
                  "(exit code 4). With --csv the entries are written to a CSV file (UTF-8 with "
                  "BOM, columns id, at, user, action, target, detail, hash) instead of listed, "
                  "also when the chain is broken.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "verify", flagValue(),
               tr("fail with exit code 4 when the hash chain is broken"));
        option(options, "csv", value("FILE"), tr("write the entries to FILE as CSV"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (has(vm, "csv") && text(vm, "csv").isEmpty())
            return Error::usage(tr("--csv needs a file name"));
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        Result<AuditLog::Snapshot> snapshot = AuditLog(store).load();
        if (!snapshot)
            return cli.fail(snapshot.error());
        const QList<AuditEntry> *entries = &snapshot->entries;
        const AuditVerification *check = &snapshot->verification;
        // Written even when the chain is broken: the file is evidence of what the project holds.
        const QString csv = text(vm, "csv");
        if (!csv.isEmpty()) {
            if (Status s = AuditLog::writeCsv(*entries, csv); !s)
                return cli.fail(s.error());
        }

        std::optional<Error> broken;
        if (!check->ok && flag(vm, "verify"))
            broken = Error{ErrorCode::Verification,
                           tr("the audit trail's hash chain is broken at entry %1: it was altered "
                              "outside Steward")
                               .arg(check->firstBrokenId),
                           {}, 0, 0};

        if (cli.json()) {
            QJsonArray list;
            for (const AuditEntry &e : *entries) {
                QJsonObject entry{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("at"), e.at},
                                  {QStringLiteral("user"), e.user},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("target"), e.target},
                                  {QStringLiteral("hash"), e.hash}};
                const QJsonDocument detail = QJsonDocument::fromJson(e.detail.toUtf8());
                if (detail.isObject())
                    entry.insert(QStringLiteral("detail"), detail.object());
                else if (!e.detail.isEmpty())
                    entry.insert(QStringLiteral("detail"), e.detail);
                list.append(entry);
            }
            QJsonObject result{{QStringLiteral("ok"), check->ok},
                               {QStringLiteral("checked"), check->entries},
                               {QStringLiteral("entries"), list}};
            if (!check->ok)
                result.insert(QStringLiteral("broken_at"), check->firstBrokenId);
            if (!csv.isEmpty())
                result.insert(QStringLiteral("csv"), csv);
            if (broken) {
                result.insert(QStringLiteral("error"), CliContext::errorObject(*broken));
                cli.document(result);
                return cli.fail(*broken);
            }
            return cli.document(result);
        }

        if (!csv.isEmpty()) {
            cli.line(tr("Wrote %Ln audit entry(s) to %1.", nullptr, int(entries->size())).arg(csv));
        } else {
            listEntries(cli, *entries);
            cli.line();
        }
        if (check->ok)
            cli.line(tr("Hash chain intact (%Ln entry(s) checked).", nullptr, int(check->entries)));
        else
            cli.line(tr("Hash chain BROKEN at entry %1.").arg(check->firstBrokenId));
        if (broken)
            return cli.fail(*broken);
        return 0;
    }

private:
    void listEntries(CliContext &cli, const QList<AuditEntry> &entries) const
    {
        TextTable table({QStringLiteral("#"), tr("When"), tr("User"), tr("Action"), tr("Target"),
                         tr("Detail")});
        table.setRightAligned(0);
        table.setMaxCellWidth(60);
        for (const AuditEntry &e : entries) {
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            table.addRow({cli.number(e.id),
                          at.isValid() ? cli.locale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at,
                          e.user, e.action, e.target, e.detail});
        }
        cli.write(table.render().toLocal8Bit());
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace steward::cli
