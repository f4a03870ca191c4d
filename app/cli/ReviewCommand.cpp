#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"

#include "core/common/JsonPositions.h"
#include "core/packaging/PackageLayout.h"
#include "core/packaging/ReviewPackage.h"
#include "core/signing/SignerRole.h"
#include "core/signing/SigningIdentity.h"
#include "core/workflow/ReviewDecision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

namespace steward::cli {

namespace {

class ReviewCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ReviewCommand)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override
    {
        return tr("Check and summarise a review package, or sign a decision on it (offline, no "
                  "project needed).");
    }
    QString details() const override
    {
        return tr("Without --key: checks every hash of the review package (exit 4 when anything "
                  "in it was changed) and prints what the release is: the data, to whom, why, the "
                  "sharing mode, the risk in plain words and the gates. With --key FILE and "
                  "--approve or --reject: signs a decision on the package's content with that "
                  "reviewer key (its passphrase from --key-passphrase-file F, else "
                  "STEWARD_KEY_PASSPHRASE, else a prompt) and writes the decision file to --out "
                  "(a file, or a folder for the name RELEASE-ROLE-FINGERPRINT.decision.zip). "
                  "--comment adds a comment; --marks FILE adds marks per document section, a JSON "
                  "array of {\"document\": \"dpia\"|\"dsa\", \"section\", \"mark\": "
                  "\"acceptable\"|\"improvable\"|\"to_correct\", \"comment\"}. The decision file "
                  "holds decision.json, decision.json.minisig and signer.pub: `unzip` and "
                  "`minisign -Vm decision.json -p signer.pub` check it without Steward.");
    }
    QList<Argument> arguments() const override
    {
        return {{"package", QStringLiteral("PACKAGE"), tr("the review package (.review.zip)")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "key", value("FILE"),
               tr("the reviewer's key (from keygen) to sign a decision with"));
        option(options, "approve", flagValue(), tr("approve the release"));
        option(options, "reject", flagValue(), tr("reject the release"));
        option(options, "comment", value("C"), tr("a comment to sign with the decision"));
        option(options, "marks", value("FILE"), tr("marks per document section (JSON)"));
        option(options, "out", value("DECISION"), tr("the decision file (or folder) to write"));
        PassphraseInput::addKeyOption(options);
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const bool signing = has(vm, "key");
        if (!signing) {
            for (const char *key : {"approve", "reject"}) {
                if (flag(vm, key))
                    return cli.fail(
                        Error::usage(tr("--%1 needs --key FILE").arg(QString::fromLatin1(key))));
            }
            for (const char *key : {"comment", "marks", "out", "key-passphrase-file"}) {
                if (has(vm, key))
                    return cli.fail(
                        Error::usage(tr("--%1 needs --key FILE").arg(QString::fromLatin1(key))));
            }
        } else {
            if (flag(vm, "approve") == flag(vm, "reject"))
                return cli.fail(
                    Error::usage(tr("review --key needs exactly one of --approve and --reject")));
            if (!has(vm, "out") || text(vm, "out").isEmpty())
                return cli.fail(Error::usage(tr("review --key needs --out DECISION")));
        }

        const QString path = text(vm, "package");
        if (!QFileInfo(path).isFile())
            return cli.fail(
                Error::badInput(tr("cannot open the package: it does not exist"), path));
        ReviewPackage package;
        if (Status s = package.open(path); !s)
            return cli.fail(s.error());
        return signing ? sign(cli, vm, package) : summarise(cli, package);
    }

private:
    static int summarise(CliContext &cli, const ReviewPackage &package)
    {
        const QJsonObject review = package.review();
        const QJsonObject summary = review.value(QStringLiteral("summary")).toObject();
        const QJsonArray gates = review.value(QStringLiteral("gates")).toArray();
        const QJsonArray datasets = review.value(QStringLiteral("datasets")).toArray();
        if (cli.json()) {
            QJsonArray datasetList;
            for (const QJsonValue &v : datasets) {
                const QJsonObject d = v.toObject();
                datasetList.append(
                    QJsonObject{{QStringLiteral("name"), d.value(QStringLiteral("name"))},
                                {QStringLiteral("records"), d.value(QStringLiteral("records"))},
                                {QStringLiteral("fields"), d.value(QStringLiteral("fields"))},
                                {QStringLiteral("risk"), d.value(QStringLiteral("risk"))}});
            }
            return cli.document(
                {{QStringLiteral("release"), package.releaseName()},
                 {QStringLiteral("content_hash"), package.contentHash()},
                 {QStringLiteral("ok"), true},
                 {QStringLiteral("files"), int(package.bag().files().size())},
                 {QStringLiteral("submitted_at"), review.value(QStringLiteral("submitted_at"))},
                 {QStringLiteral("summary"), summary},
                 {QStringLiteral("datasets"), datasetList},
                 {QStringLiteral("gates"), gates},
                 {QStringLiteral("approvals_required"),
                  review.value(QStringLiteral("approvals_required"))}});
        }
        cli.line(tr("Review package of release %1: intact (%Ln file(s), every hash matches).",
                    nullptr, int(package.bag().files().size()))
                     .arg(package.releaseName()));
        cli.line(tr("Content hash: %1").arg(package.contentHash()));
        cli.line();
        cli.line(tr("What: %1").arg(summary.value(QStringLiteral("what")).toString()));
        cli.line(tr("To whom: %1").arg(summary.value(QStringLiteral("to_whom")).toString()));
        cli.line(tr("Why: %1").arg(summary.value(QStringLiteral("why")).toString()));
        cli.line(tr("How: %1").arg(summary.value(QStringLiteral("mode")).toString()));
        cli.line(tr("Risk: %1").arg(summary.value(QStringLiteral("risk")).toString()));
        cli.line();
        const QLocale locale = cli.locale();
        for (const QJsonValue &v : datasets) {
            const QJsonObject d = v.toObject();
            const QJsonObject after = d.value(QStringLiteral("risk")).toObject();
            const QJsonObject before = d.value(QStringLiteral("risk_before")).toObject();
            cli.line(tr("Dataset %1: %2 records, %3 fields in %4")
                         .arg(d.value(QStringLiteral("name")).toString(),
                              cli.number(d.value(QStringLiteral("records")).toInteger()),
                              cli.number(d.value(QStringLiteral("fields")).toInteger()),
                              d.value(QStringLiteral("file")).toString()));
            cli.line(
                tr("  smallest group of look-alike records: %1 before masking, %2 after; "
                   "highest re-identification risk: %3 before, %4 after")
                    .arg(cli.number(before.value(QStringLiteral("min_class")).toInteger()),
                         cli.number(after.value(QStringLiteral("min_class")).toInteger()),
                         locale.toString(before.value(QStringLiteral("prosecutor_max")).toDouble(),
                                         'g', 3),
                         locale.toString(after.value(QStringLiteral("prosecutor_max")).toDouble(),
                                         'g', 3)));
        }
        cli.line();
        cli.line(tr("Gates:"));
        for (const QJsonValue &v : gates) {
            const QJsonObject g = v.toObject();
            cli.line(QStringLiteral("  %1 %2: %3")
                         .arg(g.value(QStringLiteral("ok")).toBool() ? QStringLiteral("✓")
                                                                     : QStringLiteral("✗"),
                              g.value(QStringLiteral("name")).toString(),
                              g.value(QStringLiteral("detail")).toString()));
        }
        return 0;
    }

    // The sections a reviewer may mark: those the package lists per document.
    static QSet<QString> sectionKeys(const QJsonObject &review, const QString &document)
    {
        QSet<QString> keys;
        for (const QJsonValue &v : review.value(document + QStringLiteral("_sections")).toArray())
            keys.insert(v.toObject().value(QStringLiteral("key")).toString());
        return keys;
    }

    static Result<QList<SectionMark>> readMarks(const QString &file, const QJsonObject &review)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error::badInput(tr("cannot read %1").arg(file), file);
        const QByteArray bytes = in.readAll();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const auto [line, column] = JsonPositions::lineColumn(bytes, parseError.offset);
            return Error::badInput(tr("malformed JSON: %1").arg(parseError.errorString()), file,
                                   line, column);
        }
        const JsonPositions positions(bytes);
        QJsonArray items;
        QString base;
        if (doc.isArray()) {
            items = doc.array();
        } else if (doc.isObject() && doc.object().value(QStringLiteral("sections")).isArray()) {
            items = doc.object().value(QStringLiteral("sections")).toArray();
            base = QStringLiteral("/sections");
        } else {
            return Error::badInput(tr("expected an array of section marks"), file, 1, 1);
        }
        const QSet<QString> marks{QStringLiteral("acceptable"), QStringLiteral("improvable"),
                                  QStringLiteral("to_correct")};
        QList<SectionMark> result;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString pointer = JsonPositions::child(base, i);
            auto fail = [&](const QString &member, const QString &expected) -> Error {
                const auto [line, column] =
                    positions.valueAt(JsonPositions::child(pointer, member));
                return Error::badInput(expected, file, line, column);
            };
            if (!items.at(i).isObject())
                return fail(
                    QString(),
                    tr("expected an object {\"document\", \"section\", \"mark\", \"comment\"}"));
            const QJsonObject o = items.at(i).toObject();
            SectionMark mark;
            mark.document = o.value(QStringLiteral("document")).toString();
            mark.section = o.value(QStringLiteral("section")).toString();
            mark.mark = o.value(QStringLiteral("mark")).toString();
            mark.comment = o.value(QStringLiteral("comment")).toString();
            if (mark.document != QLatin1String("dpia") && mark.document != QLatin1String("dsa"))
                return fail(QStringLiteral("document"),
                            tr("expected \"document\": \"dpia\" or \"dsa\""));
            if (!sectionKeys(review, mark.document).contains(mark.section))
                return fail(
                    QStringLiteral("section"),
                    tr("expected \"section\": the key of a section of the %1 in this package")
                        .arg(mark.document));
            if (!marks.contains(mark.mark))
                return fail(
                    QStringLiteral("mark"),
                    tr("expected \"mark\": \"acceptable\", \"improvable\" or \"to_correct\""));
            result.append(mark);
        }
        return result;
    }

    static int sign(CliContext &cli, const po::variables_map &vm, const ReviewPackage &package)
    {
        QList<SectionMark> marks;
        if (has(vm, "marks")) {
            auto read = readMarks(text(vm, "marks"), package.review());
            if (!read)
                return cli.fail(read.error());
            marks = std::move(*read);
        }
        auto passphrase = PassphraseInput::readKey(vm);
        if (!passphrase)
            return cli.fail(passphrase.error());
        auto identity = SigningIdentity::load(text(vm, "key"), *passphrase);
        if (!identity)
            return cli.fail(identity.error());
        if (identity->role() != SignerRole::Compliance && identity->role() != SignerRole::Ethics) {
            Error e;
            e.code = ErrorCode::Policy;
            e.message = tr("a decision is signed with a compliance or ethics key; %1 is a %2 key")
                            .arg(text(vm, "key"), SignerRoles::label(identity->role()));
            return cli.fail(e);
        }

        ReviewDecision decision;
        decision.release = package.releaseName();
        decision.contentHash = package.contentHash();
        decision.approve = flag(vm, "approve");
        decision.comment = text(vm, "comment");
        decision.sections = marks;
        const SignedDecision signedDecision = SignedDecision::sign(decision, *identity);

        QString out = text(vm, "out");
        if (QFileInfo(out).isDir())
            out = QDir(out).filePath(QStringLiteral("%1-%2-%3.decision.zip")
                                         .arg(PackageLayout::safeName(decision.release),
                                              SignerRoles::name(identity->role()),
                                              identity->fingerprint()));
        if (Status s = signedDecision.writeFile(out); !s)
            return cli.fail(s.error());
        out = QFileInfo(out).absoluteFilePath();

        if (cli.json())
            return cli.document({{QStringLiteral("decision"), out},
                                 {QStringLiteral("release"), decision.release},
                                 {QStringLiteral("content_hash"), decision.contentHash},
                                 {QStringLiteral("signer"), identity->name()},
                                 {QStringLiteral("role"), SignerRoles::name(identity->role())},
                                 {QStringLiteral("fingerprint"), identity->fingerprint()},
                                 {QStringLiteral("approve"), decision.approve},
                                 {QStringLiteral("sections"), int(marks.size())}});
        cli.line(
            (decision.approve ? tr("%1 (%2) approved release %3.")
                              : tr("%1 (%2) rejected release %3."))
                .arg(identity->name(), SignerRoles::label(identity->role()), decision.release));
        cli.line(tr("Signed decision written to %1.").arg(out));
        cli.line(tr("Give this file to the data steward (release decide --import)."));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReviewCommand()
{
    return std::make_unique<ReviewCommand>();
}

} // namespace steward::cli
