#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/ReleaseCli.h"
#include "app/cli/SignalCancellation.h"

#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentExporter.h"
#include "core/documents/DocumentFactsBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace steward::cli {

namespace {

// `dsa` and `dpia`: render a release's agreement or impact assessment, fill it from a script or
// a JSON file, and say what is still missing. Every change is a new version of the document.
class DocumentCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::DocumentCommand)

public:
    explicit DocumentCommand(DocumentKind kind) : m_kind(kind) {}

    QString name() const override { return documentKindName(m_kind); }
    QString summary() const override
    {
        return m_kind == DocumentKind::Agreement
            ? tr("Render, fill or check a release's data sharing agreement.")
            : tr("Render, fill or check a release's impact assessment (DPIA / PIPL PIA).");
    }
    QString details() const override
    {
        return tr("The document is drafted from the release and the project: clause text from "
                  "the template of its language with the release's settings filled in, and "
                  "generated parts (data annex, inventory, risk figures, policy, measures) "
                  "from the project's classification, masking rules and measured risk. "
                  "--pdf, --html or --json FILE writes it (PDF: A4, cover, contents, embedded "
                  "Noto Sans CJK; HTML self-contained; JSON the exchange form --import reads "
                  "back) in the release's language or --lang. --import FILE.json replaces the "
                  "editable content with the file's (malformed JSON: exit 2 with line and "
                  "column, nothing changed); --set KEY=VALUE fills one item (repeatable: "
                  "clause and field keys take text, check keys true/false, "
                  "risk.KEY.severity_before, likelihood_before, severity_after and "
                  "likelihood_after 1-4, action.N.action, owner and due). --refresh brings the "
                  "generated parts up to date with the project (text people wrote is kept); "
                  "--versions lists the saved versions and --restore N brings back the content "
                  "of version N. Each change is a new version, recorded in the audit trail. "
                  "--completeness lists every required item still empty, per section (exit 0); "
                  "after a change the completeness is reported too. The passphrase is needed only "
                  "when the rule of a quasi-identifier or sensitive attribute needs the project "
                  "secret.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"release", QStringLiteral("RELEASE"), tr("the release's name")}};
    }
    const char *jsonFileOption() const override { return "json-file"; }
    void addOptions(po::options_description &options) const override
    {
        option(options, "pdf", value("FILE"), tr("write the document as PDF"));
        option(options, "html", value("FILE"), tr("write the document as self-contained HTML"));
        option(options, "json-file", value("FILE"),
               tr("write the document as exchange JSON (also as --json FILE; a bare --json "
                  "prints the result as JSON)"));
        option(options, "lang", value("zh_CN|en"),
               tr("the language to render in (default: the release's)"));
        option(options, "import", value("FILE.json"),
               tr("replace the editable content with the JSON file's"));
        option(options, "set", ClassificationCli::repeatable("KEY=VALUE"),
               tr("fill one item of the document (repeatable)"));
        option(options, "completeness", flagValue(), tr("list the required items still empty"));
        option(options, "refresh", flagValue(),
               tr("bring the generated parts up to date with the project"));
        option(options, "versions", flagValue(), tr("list the saved versions"));
        option(options, "restore", value("N"), tr("bring back the content of version N"));
        PassphraseInput::addOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        m_format.reset();
        int outputs = 0;
        if (has(vm, "pdf")) {
            m_format = DocumentFormat::Pdf;
            m_output = text(vm, "pdf");
            ++outputs;
        }
        if (has(vm, "html")) {
            m_format = DocumentFormat::Html;
            m_output = text(vm, "html");
            ++outputs;
        }
        if (has(vm, "json-file")) {
            m_format = DocumentFormat::Json;
            m_output = text(vm, "json-file");
            ++outputs;
        }
        if (outputs > 1)
            return Error::usage(tr("give only one of --pdf, --html and --json"));
        const int changes = int(has(vm, "import")) + int(has(vm, "set")) + int(flag(vm, "refresh"))
            + int(has(vm, "restore"));
        if (changes > 1)
            return Error::usage(tr("give only one of --import, --set, --refresh and --restore"));
        if (outputs == 0 && changes == 0 && !flag(vm, "completeness") && !flag(vm, "versions"))
            return Error::usage(tr("give what to do: --pdf, --html or --json FILE, --import FILE, "
                                   "--set KEY=VALUE, --refresh, --restore N, --completeness or "
                                   "--versions"));
        if (has(vm, "lang")) {
            m_language = text(vm, "lang");
            if (!DocumentTemplate::languages().contains(m_language))
                return Error::usage(tr("--lang takes one of %1")
                                        .arg(DocumentTemplate::languages().join(QStringLiteral(", "))));
        }
        if (has(vm, "set")) {
            auto parsed = ReleaseCli::assignments(texts(vm, "set"), QStringLiteral("--set"));
            if (!parsed)
                return parsed.error();
            m_assignments = *parsed;
        }
        if (has(vm, "restore")) {
            auto version = integer(vm, "restore", 0, 1, std::numeric_limits<int>::max());
            if (!version)
                return version.error();
            m_restore = int(*version);
        }
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto release = ReleaseService(store).load(text(vm, "release"));
        if (!release)
            return cli.fail(release.error());
        DocumentService service(store);
        QJsonObject json{{QStringLiteral("release"), release->name},
                         {QStringLiteral("document"), documentKindName(m_kind)}};

        const bool onlyVersions = flag(vm, "versions") && !m_format && !flag(vm, "completeness")
            && !has(vm, "import") && !has(vm, "set") && !flag(vm, "refresh") && m_restore == 0;
        std::optional<DocumentState> state;
        if (!onlyVersions) {
            auto measurements = ReleaseCli::measure(cli, store, *release, vm);
            if (!measurements)
                return cli.fail(measurements.error());
            const DocumentFacts facts = DocumentFactsBuilder::build(*release, *measurements);

            // At most one change, then everything is reported from the state after it.
            std::optional<Result<DocumentVersion>> changed;
            QString action;
            if (has(vm, "import")) {
                const QString file = text(vm, "import");
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly))
                    return cli.fail(Error::badInput(tr("cannot read %1").arg(file), file));
                changed = service.importJson(*release, m_kind, in.readAll(), file, facts);
                action = QStringLiteral("import");
            } else if (!m_assignments.isEmpty()) {
                changed = service.set(*release, m_kind, m_assignments, facts);
                action = QStringLiteral("set");
            } else if (flag(vm, "refresh")) {
                changed = service.refresh(*release, m_kind, facts);
                action = QStringLiteral("refresh");
            } else if (m_restore > 0) {
                changed = service.restore(*release, m_kind, m_restore, facts);
                action = QStringLiteral("restore");
            }
            if (changed && !*changed)
                return cli.fail(changed->error());

            auto current = service.state(*release, m_kind, facts);
            if (!current)
                return cli.fail(current.error());
            state = std::move(*current);
            json.insert(QStringLiteral("version"), state->version.version);
            json.insert(QStringLiteral("out_of_date"), state->outOfDate);
            json.insert(QStringLiteral("changes"), QJsonArray::fromStringList(state->changes));
            if (changed) {
                json.insert(QStringLiteral("action"), action);
                if (!cli.json())
                    cli.line(tr("Saved version %1 of the %2 of release %3.")
                                 .arg(cli.number((*changed)->version), DocumentKinds::label(m_kind),
                                      release->name));
            }

            if (m_format) {
                const QString language = m_language.isEmpty() ? release->language : m_language;
                auto tmpl = DocumentTemplate::load(m_kind, language);
                if (!tmpl)
                    return cli.fail(tmpl.error());
                SignalCancellation interrupts;
                auto written = DocumentExporter::write(*state, *tmpl, *m_format, m_output, {},
                                                       interrupts.token());
                if (!written)
                    return cli.fail(written.error());
                const QString file = QFileInfo(written->file.isEmpty() ? m_output : written->file)
                                         .absoluteFilePath();
                json.insert(QStringLiteral("file"), file);
                json.insert(QStringLiteral("format"), formatName(*m_format));
                json.insert(QStringLiteral("language"), language);
                json.insert(QStringLiteral("bytes"), written->bytes);
                if (*m_format == DocumentFormat::Pdf)
                    json.insert(QStringLiteral("pages"), written->pages);
                if (!cli.json()) {
                    const QString size = cli.locale().formattedDataSize(written->bytes);
                    cli.line(*m_format == DocumentFormat::Pdf
                                 ? tr("Wrote %1 (%Ln page(s), %2).", nullptr, written->pages).arg(file, size)
                                 : tr("Wrote %1 (%2).").arg(file, size));
                }
            }

            if (changed || flag(vm, "completeness")) {
                Completeness completeness = state->completeness;
                if (!m_language.isEmpty() && m_language != release->language) {
                    auto tmpl = DocumentTemplate::load(m_kind, m_language);
                    if (!tmpl)
                        return cli.fail(tmpl.error());
                    completeness = DocumentCompleteness::check(*tmpl, *release, state->version.content,
                                                               state->version.facts);
                }
                const QJsonObject c = completeness.toJson();
                for (auto it = c.begin(); it != c.end(); ++it)
                    json.insert(it.key(), it.value());
                if (!cli.json())
                    printCompleteness(cli, completeness);
            }
            if (state->outOfDate && !cli.json())
                cli.line(tr("Out of date with the project (run with --refresh): %1")
                             .arg(state->changes.join(QStringLiteral("; "))));
        }

        if (flag(vm, "versions")) {
            auto versions = service.versions(*release, m_kind);
            if (!versions)
                return cli.fail(versions.error());
            QJsonArray list;
            for (const DocumentVersion &v : std::as_const(*versions)) {
                QJsonObject entry{{QStringLiteral("version"), v.version},
                                  {QStringLiteral("action"), v.action},
                                  {QStringLiteral("saved_by"), v.savedBy},
                                  {QStringLiteral("saved_at"), v.savedAt.toUTC().toString(Qt::ISODate)}};
                if (v.restoredFrom > 0)
                    entry.insert(QStringLiteral("restored_from"), v.restoredFrom);
                list.append(entry);
            }
            json.insert(QStringLiteral("versions"), list);
            if (!cli.json())
                printVersions(cli, *versions);
        }
        if (cli.json())
            return cli.document(json);
        return 0;
    }

private:
    static QString formatName(DocumentFormat format)
    {
        switch (format) {
        case DocumentFormat::Pdf:
            return QStringLiteral("pdf");
        case DocumentFormat::Html:
            return QStringLiteral("html");
        case DocumentFormat::Json:
            break;
        }
        return QStringLiteral("json");
    }

    static void printCompleteness(CliContext &cli, const Completeness &completeness)
    {
        if (completeness.complete()) {
            cli.line(tr("Complete: all %Ln required item(s) are filled.", nullptr, completeness.required));
            return;
        }
        cli.line(tr("Missing %1 of %2 required items:")
                     .arg(cli.number(completeness.missing.size()), cli.number(completeness.required)));
        QString section;
        for (const MissingItem &m : completeness.missing) {
            if (m.section != section) {
                section = m.section;
                cli.line(tr("  %1").arg(m.sectionTitle.isEmpty() ? m.section : m.sectionTitle));
            }
            cli.line(tr("    - %1 (%2)").arg(m.label, m.item));
        }
    }

    static void printVersions(CliContext &cli, const QList<DocumentVersion> &versions)
    {
        if (versions.isEmpty()) {
            cli.line(tr("No saved versions yet: the document is the template's draft."));
            return;
        }
        for (const DocumentVersion &v : versions) {
            QString line = tr("%1  %2  %3  %4")
                               .arg(cli.number(v.version),
                                    cli.locale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat),
                                    v.savedBy, v.action);
            if (v.restoredFrom > 0)
                line += QLatin1Char(' ') + tr("(from version %1)").arg(cli.number(v.restoredFrom));
            cli.line(line);
        }
    }

    DocumentKind m_kind;
    std::optional<DocumentFormat> m_format;
    QString m_output;
    QString m_language;
    QList<std::pair<QString, QString>> m_assignments;
    int m_restore = 0;
};

} // namespace

std::unique_ptr<Command> makeDsaCommand()
{
    return std::make_unique<DocumentCommand>(DocumentKind::Agreement);
}

std::unique_ptr<Command> makeDpiaCommand()
{
    return std::make_unique<DocumentCommand>(DocumentKind::Assessment);
}

} // namespace steward::cli
