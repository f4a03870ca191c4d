#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonArray>
#include <QSet>

namespace steward::cli {

namespace {

struct SetSpec {
    QString field;
    FieldRole role = FieldRole::Other;
    int grade = 0;
    std::optional<DataCategory> category;
};

class ClassifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ClassifyCommand)

public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override
    {
        return tr("Suggest, confirm or override the role, category and grade of each field.");
    }
    QString details() const override
    {
        return tr("Each field gets a suggested role (direct, quasi, sensitive, other), category "
                  "and sensitivity grade 1-5 with a confidence and one line of evidence. A "
                  "dataset that has not been profiled since its import is profiled first "
                  "(progress on stderr). Decisions are kept per field name, so they survive "
                  "import --replace; a confirmed field whose suggestion or type changed since "
                  "needs a decision again. The dataset grade is the highest confirmed field "
                  "grade.\n\n"
                  "--set FIELD=ROLE:GRADE[:CATEGORY] overrides a field and needs --reason "
                  "(exit code 1 without). --confirm FIELD accepts a field's suggestion; "
                  "--confirm all accepts every field that needs a decision and is not set "
                  "otherwise. --from DATASET or --template FILE takes over the confirmed "
                  "decisions of another dataset or of a saved template for the fields of the "
                  "same name; fields that are new or changed stay unconfirmed. An unknown field "
                  "is bad input (exit code 2). All changes are one transaction with audit "
                  "entries: a failing command changes nothing.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "auto", flagValue(),
               tr("run the classifier again now (over the cached profiles) and store its "
                  "suggestions"));
        option(options, "set", ClassificationCli::repeatable("FIELD=ROLE:GRADE[:CATEGORY]"),
               tr("override a field's classification (needs --reason); may be repeated"));
        option(options, "reason", value("R"), tr("the reason recorded with the decisions"));
        option(options, "confirm", ClassificationCli::repeatable("FIELD|all"),
               tr("confirm a field's suggestion, or \"all\" fields that need a decision; may be "
                  "repeated"));
        option(options, "reopen", ClassificationCli::repeatable("FIELD"),
               tr("withdraw the confirmation of a field; may be repeated"));
        option(options, "from", value("DATASET"),
               tr("take over the confirmed decisions of another dataset (fields matched by "
                  "name)"));
        option(options, "template", value("FILE"),
               tr("take over the decisions of a template file (fields matched by name)"));
        option(options, "save-template", value("FILE"),
               tr("write the dataset's confirmed decisions to a template file"));
        ClassificationCli::addRulesOption(options);
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        // Everything that can be checked without the project is checked first.
        const QString reason = text(vm, "reason").trimmed();
        QList<SetSpec> sets;
        for (const QString &spec : ClassificationCli::texts(vm, "set")) {
            auto parsed = parseSet(spec);
            if (!parsed)
                return cli.fail(parsed.error());
            sets.append(*parsed);
        }
        if (!sets.isEmpty() && reason.isEmpty())
            return cli.fail(Error::usage(tr("--set overrides a classification and needs --reason "
                                            "to say why")));
        if (has(vm, "reason") && reason.isEmpty())
            return cli.fail(Error::usage(tr("--reason must not be empty")));
        const QStringList confirms = ClassificationCli::texts(vm, "confirm");
        const QStringList reopens = ClassificationCli::texts(vm, "reopen");
        if (has(vm, "from") && has(vm, "template"))
            return cli.fail(Error::usage(tr("use either --from or --template, not both")));
        std::optional<ClassificationTemplate> tmpl;
        if (has(vm, "template")) {
            auto loaded = ClassificationTemplate::loadFile(text(vm, "template"));
            if (!loaded)
                return cli.fail(loaded.error());
            tmpl = std::move(*loaded);
        }
        auto detectors = ClassificationCli::detectors(vm);
        if (!detectors)
            return cli.fail(detectors.error());

        auto store = ProjectStore::open(text(vm, "project"));
        if (!store)
            return cli.fail(store.error());
        auto info = (*store)->dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        const QString dataset = info->name;
        if (has(vm, "from") && !(*store)->hasDataset(text(vm, "from")))
            return cli.fail((*store)->dataset(text(vm, "from")).error());

        // Field names are checked against the dataset before anything is written.
        QSet<QString> columns;
        for (const ColumnInfo &c : info->columns)
            columns.insert(c.name);
        QSet<QString> named;
        QStringList mentioned;
        for (const SetSpec &s : sets)
            mentioned.append(s.field);
        for (const QString &f : confirms) {
            if (f != QLatin1String("all"))
                mentioned.append(f);
        }
        mentioned.append(reopens);
        for (const QString &f : mentioned) {
            if (!columns.contains(f))
                return cli.fail(Error::badInput(
                    tr("dataset %1 has no field named %2").arg(dataset, f)));
            if (named.contains(f))
                return cli.fail(Error::usage(tr("field %1 is given more than once").arg(f)));
            named.insert(f);
        }

        ClassificationService service(**store, *detectors, cli.locale());
        sql::Transaction txn(StoreAccess::db(**store));
        if (!txn.beginStatus())
            return cli.fail(txn.beginStatus().error());

        bool analyzedNow = false;
        auto current = ClassificationCli::analyze(
            cli, service, dataset,
            flag(vm, "auto") ? ClassificationCli::Analysis::Reclassify
                             : ClassificationCli::Analysis::IfNeeded,
            &analyzedNow);
        if (!current)
            return cli.fail(current.error());
        if (analyzedNow && !flag(vm, "auto"))
            CliContext::warn(tr("note: dataset %1 had not been profiled since its import; it was "
                                "profiled now")
                                 .arg(dataset));

        std::optional<DecisionBatch> applied;
        if (has(vm, "from") || tmpl) {
            auto batch = tmpl ? service.applyTemplate(dataset, *tmpl)
                              : service.applyFromDataset(dataset, text(vm, "from"));
            if (!batch)
                return cli.fail(batch.error());
            applied = std::move(*batch);
            current = service.load(dataset);
            if (!current)
                return cli.fail(current.error());
        }

        QList<DecisionRequest> requests;
        for (const SetSpec &s : sets)
            requests.append(DecisionRequest::set(s.field, s.role, s.grade, s.category, reason));
        for (const QString &f : confirms) {
            if (f != QLatin1String("all")) {
                requests.append(DecisionRequest::confirm(f, reason));
                continue;
            }
            for (const FieldClassification &fc : std::as_const(current->fields)) {
                if (fc.needsDecision() && !named.contains(fc.name)) {
                    requests.append(DecisionRequest::confirm(fc.name, reason));
                    named.insert(fc.name);
                }
            }
        }
        for (const QString &f : reopens)
            requests.append(DecisionRequest::reopen(f, reason));
        if (!requests.isEmpty()) {
            auto batch = service.decide(dataset, requests);
            if (!batch)
                return cli.fail(batch.error());
        }

        auto result = service.load(dataset);
        if (!result)
            return cli.fail(result.error());
        QString templateFile;
        if (has(vm, "save-template")) {
            templateFile = text(vm, "save-template");
            auto made = service.makeTemplate(dataset, dataset);
            if (!made)
                return cli.fail(made.error());
            if (Status s = made->saveFile(templateFile); !s)
                return cli.fail(s.error());
        }
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());
        return report(cli, *result, applied, templateFile, int(requests.size()));
    }

private:
    static Result<SetSpec> parseSet(const QString &spec)
    {
        auto bad = [&spec]() {
            return Error::usage(tr("--set %1: expected FIELD=ROLE:GRADE[:CATEGORY], e.g. "
                                   "diagnosis=sensitive:5:health_status")
                                    .arg(spec));
        };
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad();
        SetSpec s;
        s.field = spec.left(eq);
        const QStringList parts = spec.mid(eq + 1).split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            return bad();
        const auto role = fieldRoleFromName(parts.at(0).trimmed().toLower());
        if (!role)
            return Error::usage(tr("--set %1: the role must be one of direct, quasi, sensitive, "
                                   "other")
                                    .arg(spec));
        bool ok = false;
        const int grade = parts.at(1).trimmed().toInt(&ok);
        if (!ok || grade < kMinGrade || grade > kMaxGrade)
            return Error::usage(tr("--set %1: the grade must be a number from 1 to 5").arg(spec));
        s.role = *role;
        s.grade = grade;
        if (parts.size() == 3) {
            const auto category = dataCategoryFromName(parts.at(2).trimmed().toLower());
            if (!category)
                return Error::usage(tr("--set %1: the category must be one of "
                                       "personal_attribute, health_status, medical_application, "
                                       "medical_payment, health_resource, public_health")
                                        .arg(spec));
            s.category = *category;
        }
        return s;
    }

    static int report(CliContext &cli, const DatasetClassification &c,
                      const std::optional<DecisionBatch> &applied, const QString &templateFile,
                      int decisions)
    {
        if (cli.json()) {
            QJsonObject o = ClassificationCli::summaryJson(c);
            QJsonArray fields;
            for (const FieldClassification &f : c.fields)
                fields.append(ClassificationCli::fieldJson(f));
            o.insert(QStringLiteral("fields"), fields);
            o.insert(QStringLiteral("decisions"), decisions);
            if (applied) {
                o.insert(QStringLiteral("applied"), QJsonArray::fromStringList(applied->applied));
                o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(applied->changed));
                o.insert(QStringLiteral("added"), QJsonArray::fromStringList(applied->added));
            }
            if (!templateFile.isEmpty())
                o.insert(QStringLiteral("template_file"), templateFile);
            return cli.document(o);
        }
        if (applied)
            cli.line(tr("Taken over: %1 fields confirmed as before; %2 changed and %3 new "
                        "fields need a decision.")
                         .arg(cli.number(applied->applied.size()),
                              cli.number(applied->changed.size()),
                              cli.number(applied->added.size())));
        if (decisions > 0)
            cli.line(tr("Recorded %Ln decision(s).", nullptr, int(decisions)));
        if (!templateFile.isEmpty())
            cli.line(tr("Template written to %1.").arg(templateFile));
        ClassificationCli::printClassification(cli, c);
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeClassifyCommand()
{
    return std::make_unique<ClassifyCommand>();
}

} // namespace steward::cli
