#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/classify/ClassificationService.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/mask/MaskPresets.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskTemplateStore.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace steward::cli {

namespace {

// Relative recode tables and hierarchy files are made absolute against the working directory, so
// that the stored rule does not depend on where the next command runs.
MaskRule absoluteFiles(const MaskRule &rule)
{
    QList<std::pair<QString, QString>> params = rule.params();
    bool changed = false;
    for (auto &[name, value] : params) {
        const bool isFile = (rule.op() == MaskOperator::Recode && name == QLatin1String("table")
                             && !value.startsWith(QLatin1String("builtin:")))
                            || (rule.op() == MaskOperator::Hierarchy && name == QLatin1String("file"));
        if (isFile && QFileInfo(value).isRelative()) {
            value = QFileInfo(value).absoluteFilePath();
            changed = true;
        }
    }
    if (!changed)
        return rule;
    auto made = MaskRule::create(rule.op(), params);
    return made ? *made : rule;
}

// What the template options did, for the report.
struct TemplateReport {
    QString imported;            // --import-template: the name it was stored under
    QString applied;             // --template: the template's name
    QString appliedFile;         // … when it came from a file
    MaskTemplateApplication application;
    QString saved;               // --save-template
    bool savedReplaced = false;
    QString exported;            // --export-template NAME
    QString exportedFile;        // --out FILE
    QString deleted;             // --delete-template
    std::optional<QList<MaskTemplateInfo>> list; // --templates
    QString preset;              // --preset
};

class RulesCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::RulesCommand)

public:
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override { return tr("Show, suggest or set the masking rule of each field."); }
    QString details() const override
    {
        return tr("Every field has one masking rule; a field without one is kept. --suggest "
                  "replaces all rules with the ones suggested from the classification (the "
                  "dataset is profiled and classified first when needed): direct identifiers "
                  "dropped except the subject key, which becomes a pseudonym; quasi-identifiers "
                  "generalised; free text scrubbed. --set FIELD=OPERATOR[:K=V,...] sets a "
                  "field's rule (after --suggest), --clear FIELD removes it. Rules are kept per "
                  "field name, so they survive import --replace. An unknown field is bad input "
                  "(exit code 2), a malformed rule a usage error (exit code 1). All changes are "
                  "one transaction with audit entries: a failing command changes nothing.\n\n"
                  "--preset hipaa-safe-harbor|gbt39725-controlled replaces all rules with a "
                  "preset computed from the classification (see core/mask/README.md); with "
                  "hipaa-safe-harbor the subject key is dropped unless --subject-pseudonym.\n\n"
                  "Templates: --save-template NAME stores the dataset's rules (every column, a "
                  "field without a rule as keep) and its record suppression in the project; "
                  "--template NAME|FILE applies a stored template or a template file (after "
                  "--suggest/--preset, over them; otherwise it replaces all rules) and lists the "
                  "template's fields missing from the dataset and the dataset's fields the "
                  "template does not cover; --templates lists the stored templates and how they "
                  "fit DATASET; --import-template FILE stores a template file, --export-template "
                  "NAME --out FILE writes one, --delete-template NAME removes one. An unknown "
                  "template, a malformed template file or a recode/hierarchy file that no longer "
                  "exists is bad input (exit code 2).");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "suggest", flagValue(),
               tr("replace the rules with the ones suggested from the classification"));
        option(options, "set", ClassificationCli::repeatable("FIELD=OPERATOR[:PARAMS]"),
               tr("set a field's masking rule; may be repeated"));
        option(options, "clear", ClassificationCli::repeatable("FIELD"),
               tr("remove a field's rule (the field is kept); may be repeated"));
        option(options, "preset", value("NAME"),
               tr("replace the rules with a preset from the classification: %1")
                   .arg(MaskPresets::names().join(QStringLiteral(", "))));
        option(options, "subject-pseudonym", flagValue(),
               tr("with --preset hipaa-safe-harbor: make the subject key a keyed pseudonym "
                  "instead of dropping it"));
        option(options, "template", value("NAME|FILE"),
               tr("apply a stored masking template or a template file (fields matched by name)"));
        option(options, "save-template", value("NAME"),
               tr("store the dataset's rules and record suppression as a template in the "
                  "project (replacing one of the same name)"));
        option(options, "templates", flagValue(),
               tr("list the masking templates stored in the project"));
        option(options, "import-template", value("FILE"),
               tr("store a template file in the project"));
        option(options, "export-template", value("NAME"),
               tr("write a stored template to the file given with --out"));
        option(options, "out", value("FILE"), tr("the file --export-template writes"));
        option(options, "delete-template", value("NAME"),
               tr("remove a stored masking template"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        for (const QString &spec : ClassificationCli::texts(vm, "set")) {
            auto parsed = MaskRule::parseAssignment(spec);
            if (!parsed)
                return parsed.error();
            m_sets.append({parsed->first, absoluteFiles(parsed->second)});
        }
        m_clears = ClassificationCli::texts(vm, "clear");
        m_suggest = flag(vm, "suggest");
        if (has(vm, "preset")) {
            m_preset = MaskPresets::fromName(text(vm, "preset"));
            if (!m_preset)
                return Error::usage(tr("--preset must be one of %1")
                                        .arg(MaskPresets::names().join(QStringLiteral(", "))));
            if (m_suggest)
                return Error::usage(tr("use either --suggest or --preset, not both"));
            m_report.preset = MaskPresets::name(*m_preset);
        }
        m_presetOptions.subjectPseudonym = flag(vm, "subject-pseudonym");
        if (m_presetOptions.subjectPseudonym && m_preset != MaskPreset::HipaaSafeHarbor)
            return Error::usage(tr("--subject-pseudonym goes with --preset hipaa-safe-harbor"));
        if (has(vm, "export-template") != has(vm, "out"))
            return Error::usage(tr("--export-template NAME needs --out FILE, and --out "
                                   "goes with --export-template"));
        for (const char *key : {"template", "save-template", "export-template",
                                "delete-template"}) {
            if (has(vm, key) && text(vm, key).trimmed().isEmpty())
                return Error::usage(tr("--%1 needs a template name").arg(QLatin1String(key)));
        }
        // A broken template file is reported before the project is opened.
        if (has(vm, "import-template")) {
            auto loaded = MaskTemplate::loadFile(text(vm, "import-template"));
            if (!loaded)
                return loaded.error();
            m_importing = std::move(*loaded);
            if (m_importing->name.isEmpty())
                m_importing->name = QFileInfo(text(vm, "import-template")).completeBaseName();
        }
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto info = store.dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        for (const ColumnInfo &c : info->columns)
            m_columns.append(c.name);
        if (Status s = checkFields(*info); !s)
            return cli.fail(s.error());

        // All changes are one transaction: a failing command changes nothing.
        MaskRuleService service(store);
        MaskTemplateStore templates(store);
        const Status changed = service.batch([&]() -> Status {
            if (Status s = importTemplate(vm, templates); !s)
                return s;
            if (Status s = applySuggestionOrPreset(cli, store, service, *info); !s)
                return s;
            if (Status s = applyTemplate(vm, service, templates, *info); !s)
                return s;
            if (!m_sets.isEmpty() || !m_clears.isEmpty()) {
                if (Status s = service.setRules(*info, m_sets, m_clears); !s)
                    return s;
            }
            auto current = MaskRuleStore(store).load(*info);
            if (!current)
                return current.error();
            m_current = std::move(*current);
            auto hierarchies = HierarchyService(store).loadAll(*info);
            if (!hierarchies)
                return hierarchies.error();
            for (const StoredHierarchy &h : std::as_const(*hierarchies))
                m_storedHierarchies.insert(h.field, h.spec);
            if (Status s = validate(*info); !s)
                return s;
            if (Status s = saveTemplate(vm, templates, *info); !s)
                return s;
            if (Status s = exportTemplate(vm, templates); !s)
                return s;
            if (Status s = deleteTemplate(vm, templates); !s)
                return s;
            return listTemplates(vm, templates);
        });
        if (!changed)
            return cli.fail(changed.error());
        return report(cli, *info, m_current, m_report, m_fits);
    }

private:
    // Every field named by --set and --clear is a column, and named once.
    Status checkFields(const DatasetInfo &info) const
    {
        const QSet<QString> columns(m_columns.begin(), m_columns.end());
        QSet<QString> named;
        QStringList mentioned;
        for (const auto &s : std::as_const(m_sets))
            mentioned.append(s.first);
        mentioned.append(m_clears);
        for (const QString &f : std::as_const(mentioned)) {
            if (!columns.contains(f))
                return Error::badInput(tr("dataset %1 has no field named %2").arg(info.name, f));
            if (named.contains(f))
                return Error::usage(tr("field %1 is given more than once").arg(f));
            named.insert(f);
        }
        return {};
    }

    // --import-template FILE
    Status importTemplate(const po::variables_map &vm, MaskTemplateStore &templates)
    {
        if (!m_importing)
            return {};
        if (Status s = templates.save(*m_importing, text(vm, "import-template")); !s)
            return s;
        m_report.imported = m_importing->name.trimmed();
        return {};
    }

    // --suggest or --preset: all rules from the classification (analysed first when needed).
    Status applySuggestionOrPreset(CliContext &cli, ProjectStore &store, MaskRuleService &service,
                                   const DatasetInfo &info)
    {
        if (!m_suggest && !m_preset)
            return {};
        ClassificationService classifier(store, DetectorSet::builtin(), cli.locale());
        auto classification = ClassificationCli::analyze(cli, classifier, info.name,
                                                         ClassificationCli::Analysis::IfNeeded);
        if (!classification)
            return classification.error();
        if (m_preset)
            return service.applyPreset(info, *classification, *m_preset, m_presetOptions);
        return service.suggest(info, *classification);
    }

    // --template NAME|FILE
    Status applyTemplate(const po::variables_map &vm, MaskRuleService &service,
                         MaskTemplateStore &templates, const DatasetInfo &info)
    {
        if (!has(vm, "template"))
            return {};
        auto tmpl = findTemplate(templates, text(vm, "template"), &m_report.appliedFile);
        if (!tmpl)
            return tmpl.error();
        const QString base = m_report.appliedFile.isEmpty()
                                 ? QString()
                                 : QFileInfo(m_report.appliedFile).absolutePath();
        // Over a suggestion or preset the template only sets what it covers, so new fields
        // keep the suggested rule; alone it is the whole rule set.
        auto applied = service.applyTemplate(info, *tmpl, base, !(m_suggest || m_preset));
        if (!applied)
            return applied.error();
        m_report.applied = tmpl->name;
        m_report.application = std::move(*applied);
        return {};
    }

    // The resulting rules must compile (shift subject, files, hierarchy levels).
    Status validate(const DatasetInfo &info) const
    {
        if (m_sets.isEmpty() && !m_preset && m_report.applied.isEmpty())
            return {};
        const QSet<QString> columns(m_columns.begin(), m_columns.end());
        QList<std::pair<QString, MaskRule>> planRules;
        for (const StoredMaskRule &s : std::as_const(m_current)) {
            if (columns.contains(s.field))
                planRules.append({s.field, s.rule});
        }
        MaskEnvironment env;
        if (info.missingMarkers)
            env.missingMarkers = *info.missingMarkers;
        env.storedHierarchies = m_storedHierarchies;
        return MaskRuleService::validate(m_columns, planRules, env);
    }

    // --save-template NAME
    Status saveTemplate(const po::variables_map &vm, MaskTemplateStore &templates,
                        const DatasetInfo &info)
    {
        if (!has(vm, "save-template"))
            return {};
        auto exists = templates.contains(text(vm, "save-template"));
        if (!exists)
            return exists.error();
        auto made = templates.fromDataset(info, text(vm, "save-template"));
        if (!made)
            return made.error();
        if (Status s = templates.save(*made); !s)
            return s;
        m_report.saved = made->name;
        m_report.savedReplaced = *exists;
        return {};
    }

    // --export-template NAME --out FILE
    Status exportTemplate(const po::variables_map &vm, MaskTemplateStore &templates)
    {
        if (!has(vm, "export-template"))
            return {};
        if (Status s = templates.exportFile(text(vm, "export-template").trimmed(),
                                            text(vm, "out"));
            !s)
            return s;
        m_report.exported = text(vm, "export-template").trimmed();
        m_report.exportedFile = text(vm, "out");
        return {};
    }

    // --delete-template NAME
    Status deleteTemplate(const po::variables_map &vm, MaskTemplateStore &templates)
    {
        if (!has(vm, "delete-template"))
            return {};
        if (Status s = templates.remove(text(vm, "delete-template")); !s)
            return s;
        m_report.deleted = text(vm, "delete-template").trimmed();
        return {};
    }

    // --templates: the stored templates and how each fits the dataset.
    Status listTemplates(const po::variables_map &vm, MaskTemplateStore &templates)
    {
        if (!flag(vm, "templates"))
            return {};
        auto list = templates.list();
        if (!list)
            return list.error();
        m_report.list = std::move(*list);
        for (const MaskTemplateInfo &t : std::as_const(*m_report.list)) {
            // A damaged template is listed (readable: false) without a fit.
            auto tmpl = t.readable ? templates.load(t.name) : Result<MaskTemplate>(Error());
            m_fits.append({t.name, tmpl ? matchOnly(*tmpl, m_columns) : MaskTemplateApplication()});
        }
        return {};
    }

    QList<std::pair<QString, MaskRule>> m_sets;
    QStringList m_clears;
    bool m_suggest = false;
    std::optional<MaskPreset> m_preset;
    MaskPresetOptions m_presetOptions;
    std::optional<MaskTemplate> m_importing;
    QStringList m_columns;
    QList<StoredMaskRule> m_current;
    QHash<QString, HierarchySpec> m_storedHierarchies;
    TemplateReport m_report;
    QList<std::pair<QString, MaskTemplateApplication>> m_fits;

    // A stored template of that name, else a template file at that path. `file` gets the path
    // when it was a file.
    static Result<MaskTemplate> findTemplate(MaskTemplateStore &store, const QString &nameOrFile,
                                             QString *file)
    {
        auto stored = store.contains(nameOrFile);
        if (!stored)
            return stored.error();
        if (*stored)
            return store.load(nameOrFile);
        if (QFileInfo(nameOrFile).isFile()) {
            *file = nameOrFile;
            auto loaded = MaskTemplate::loadFile(nameOrFile);
            if (loaded && loaded->name.isEmpty())
                loaded->name = QFileInfo(nameOrFile).completeBaseName();
            return loaded;
        }
        return Error::badInput(
            tr("there is no masking template named %1 in the project and no such file")
                .arg(nameOrFile));
    }

    // Which fields of a template a dataset has and lacks (file checks left out: listing must
    // work even when a template's recode table has gone).
    static MaskTemplateApplication matchOnly(const MaskTemplate &tmpl, const QStringList &columns)
    {
        MaskTemplateApplication fit;
        const QSet<QString> columnSet(columns.begin(), columns.end());
        for (const QString &c : columns) {
            if (tmpl.rule(c))
                fit.rules.append({c, *tmpl.rule(c)});
            else
                fit.uncovered.append(c);
        }
        for (const auto &r : tmpl.rules) {
            if (!columnSet.contains(r.first))
                fit.missing.append(r.first);
        }
        return fit;
    }

    static QJsonObject templateJson(const TemplateReport &t,
                                    const QList<std::pair<QString, MaskTemplateApplication>> &fits)
    {
        QJsonObject o;
        if (!t.preset.isEmpty())
            o.insert(QStringLiteral("preset"), t.preset);
        if (!t.imported.isEmpty())
            o.insert(QStringLiteral("template_imported"), t.imported);
        if (!t.applied.isEmpty()) {
            const MaskTemplateApplication &a = t.application;
            QJsonObject applied{
                {QStringLiteral("name"), t.applied},
                {QStringLiteral("applied"), int(a.rules.size())},
                {QStringLiteral("missing"), QJsonArray::fromStringList(a.missing)},
                {QStringLiteral("uncovered"), QJsonArray::fromStringList(a.uncovered)},
                {QStringLiteral("record_suppression"), a.suppression.has_value()}};
            if (!t.appliedFile.isEmpty())
                applied.insert(QStringLiteral("file"), t.appliedFile);
            if (!a.suppressionMissing.isEmpty())
                applied.insert(QStringLiteral("suppression_missing"),
                               QJsonArray::fromStringList(a.suppressionMissing));
            o.insert(QStringLiteral("template"), applied);
        }
        if (!t.saved.isEmpty())
            o.insert(QStringLiteral("template_saved"),
                     QJsonObject{{QStringLiteral("name"), t.saved},
                                 {QStringLiteral("replaced"), t.savedReplaced}});
        if (!t.exported.isEmpty())
            o.insert(QStringLiteral("template_exported"),
                     QJsonObject{{QStringLiteral("name"), t.exported},
                                 {QStringLiteral("file"), t.exportedFile}});
        if (!t.deleted.isEmpty())
            o.insert(QStringLiteral("template_deleted"), t.deleted);
        if (t.list) {
            QJsonArray list;
            for (qsizetype i = 0; i < t.list->size(); ++i) {
                const MaskTemplateInfo &info = t.list->at(i);
                const MaskTemplateApplication &fit = fits.at(i).second;
                QJsonObject entry{{QStringLiteral("name"), info.name},
                                  {QStringLiteral("saved_at"), info.savedAt},
                                  {QStringLiteral("saved_by"), info.savedBy},
                                  {QStringLiteral("rules"), info.rules},
                                  {QStringLiteral("record_suppression"), info.suppression},
                                  {QStringLiteral("readable"), info.readable},
                                  {QStringLiteral("matched"), int(fit.rules.size())},
                                  {QStringLiteral("missing"), QJsonArray::fromStringList(fit.missing)},
                                  {QStringLiteral("uncovered"),
                                   QJsonArray::fromStringList(fit.uncovered)}};
                if (!info.sourceDataset.isEmpty())
                    entry.insert(QStringLiteral("source_dataset"), info.sourceDataset);
                list.append(entry);
            }
            o.insert(QStringLiteral("templates"), list);
        }
        return o;
    }

    static void templateLines(CliContext &cli, const TemplateReport &t)
    {
        const QString none = tr("none");
        auto names = [&none](const QStringList &list) {
            return list.isEmpty() ? none : list.join(QStringLiteral(", "));
        };
        if (!t.imported.isEmpty())
            cli.line(tr("Template %1 imported into the project.").arg(t.imported));
        if (!t.preset.isEmpty())
            cli.line(tr("Rules set from preset %1.").arg(t.preset));
        if (!t.applied.isEmpty()) {
            const MaskTemplateApplication &a = t.application;
            cli.line(tr("Template %1 applied to %Ln field(s).", nullptr, int(a.rules.size()))
                         .arg(t.applied));
            cli.line(tr("Fields of the template missing from this dataset: %1")
                         .arg(names(a.missing)));
            cli.line(tr("Fields of this dataset the template does not cover: %1")
                         .arg(names(a.uncovered)));
            if (!a.suppressionMissing.isEmpty())
                cli.line(tr("Record suppression without the missing quasi-identifiers: %1")
                             .arg(names(a.suppressionMissing)));
        }
        if (!t.saved.isEmpty())
            cli.line(t.savedReplaced ? tr("Template %1 replaced.").arg(t.saved)
                                     : tr("Template %1 saved.").arg(t.saved));
        if (!t.exported.isEmpty())
            cli.line(tr("Template %1 written to %2.").arg(t.exported, t.exportedFile));
        if (!t.deleted.isEmpty())
            cli.line(tr("Template %1 deleted.").arg(t.deleted));
    }

    static int report(CliContext &cli, const DatasetInfo &info, const QList<StoredMaskRule> &stored,
                      const TemplateReport &templates,
                      const QList<std::pair<QString, MaskTemplateApplication>> &fits)
    {
        QHash<QString, const StoredMaskRule *> byField;
        for (const StoredMaskRule &s : stored)
            byField.insert(s.field, &s);
        if (cli.json()) {
            QJsonArray list;
            for (const ColumnInfo &c : info.columns) {
                const StoredMaskRule *s = byField.value(c.name);
                const QJsonObject json = s ? s->rule.toJson() : MaskRule().toJson();
                QJsonObject o{{QStringLiteral("field"), c.name},
                              {QStringLiteral("operator"), json.value(QStringLiteral("operator"))},
                              {QStringLiteral("params"), json.value(QStringLiteral("params"))},
                              {QStringLiteral("stored"), s != nullptr}};
                if (s) {
                    o.insert(QStringLiteral("set_by"), s->setBy);
                    o.insert(QStringLiteral("set_at"), s->setAt);
                }
                list.append(o);
            }
            QJsonObject doc = templateJson(templates, fits);
            doc.insert(QStringLiteral("dataset"), info.name);
            doc.insert(QStringLiteral("rules"), list);
            return cli.document(doc);
        }
        templateLines(cli, templates);
        if (templates.list) {
            if (templates.list->isEmpty()) {
                cli.line(tr("No masking templates are stored in this project."));
                return 0;
            }
            TextTable list({tr("template"), tr("rules"), tr("saved"), tr("by"),
                            tr("missing in %1").arg(info.name),
                            tr("not covered")});
            for (qsizetype i = 0; i < templates.list->size(); ++i) {
                const MaskTemplateInfo &t = templates.list->at(i);
                const MaskTemplateApplication &fit = fits.at(i).second;
                if (!t.readable) {
                    list.addRow({t.name, tr("damaged"), t.savedAt, t.savedBy, QString(), QString()});
                    continue;
                }
                list.addRow({t.name, cli.number(t.rules), t.savedAt, t.savedBy,
                             cli.number(fit.missing.size()), cli.number(fit.uncovered.size())});
            }
            cli.write(list.render().toLocal8Bit());
            return 0;
        }
        TextTable table({tr("field"), tr("rule")});
        for (const ColumnInfo &c : info.columns) {
            const StoredMaskRule *s = byField.value(c.name);
            table.addRow({c.name, s ? s->rule.format() : MaskRule().format()});
        }
        cli.write(table.render().toLocal8Bit());
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeRulesCommand()
{
    return std::make_unique<RulesCommand>();
}

} // namespace steward::cli
