#include "ClassificationCli.h"
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "classify/ClassificationService.h"
#include "mask/MaskEnvironment.h"
#include "mask/MaskPlan.h"
#include "mask/MaskRuleStore.h"
#include "mask/RuleSuggester.h"
#include "store/ProjectStore.h"
#include "store/Sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

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

class RulesCommand final : public Command {
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
                  "one transaction with audit entries: a failing command changes nothing.");
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
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        QList<std::pair<QString, MaskRule>> sets;
        for (const QString &spec : ClassificationCli::texts(vm, "set")) {
            auto parsed = MaskRule::parseAssignment(spec);
            if (!parsed)
                return cli.fail(parsed.error());
            sets.append({parsed->first, absoluteFiles(parsed->second)});
        }
        const QStringList clears = ClassificationCli::texts(vm, "clear");
        const bool suggest = flag(vm, "suggest");

        auto store = ProjectStore::open(text(vm, "project"));
        if (!store)
            return cli.fail(store.error());
        auto info = (*store)->dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());

        QSet<QString> columns;
        QStringList columnNames;
        for (const ColumnInfo &c : info->columns) {
            columns.insert(c.name);
            columnNames.append(c.name);
        }
        QSet<QString> named;
        QStringList mentioned;
        for (const auto &s : std::as_const(sets))
            mentioned.append(s.first);
        mentioned.append(clears);
        for (const QString &f : std::as_const(mentioned)) {
            if (!columns.contains(f))
                return cli.fail(Error::badInput(
                    tr("dataset %1 has no field named %2").arg(info->name, f)));
            if (named.contains(f))
                return cli.fail(Error::usage(tr("field %1 is given more than once").arg(f)));
            named.insert(f);
        }

        MaskRuleStore rules(**store);
        sql::Transaction txn((*store)->db());
        if (!txn.beginStatus())
            return cli.fail(txn.beginStatus().error());

        if (suggest) {
            ClassificationService service(**store, DetectorSet::builtin(), cli.locale());
            auto classification = ClassificationCli::analyze(
                cli, service, info->name, ClassificationCli::Analysis::IfNeeded);
            if (!classification)
                return cli.fail(classification.error());
            if (Status s = rules.save(*info, RuleSuggester::suggest(*classification), {},
                                      MaskRuleStore::Action::Suggest, true);
                !s)
                return cli.fail(s.error());
        }
        if (!sets.isEmpty() || !clears.isEmpty()) {
            if (Status s = rules.save(*info, sets, clears); !s)
                return cli.fail(s.error());
        }

        auto current = rules.load(*info);
        if (!current)
            return cli.fail(current.error());
        // The resulting rules must compile (shift subject, files, hierarchy levels); a
        // stand-in secret is enough for that.
        if (!sets.isEmpty()) {
            QList<std::pair<QString, MaskRule>> planRules;
            for (const StoredMaskRule &s : std::as_const(*current)) {
                if (columns.contains(s.field))
                    planRules.append({s.field, s.rule});
            }
            MaskEnvironment env;
            env.secret = *ProjectSecret::fromBytes(QByteArray(ProjectSecret::kSize, '\x01'));
            if (info->missingMarkers)
                env.missingMarkers = *info->missingMarkers;
            if (auto plan = MaskPlan::compile(columnNames, planRules, env); !plan)
                return cli.fail(plan.error());
        }
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());
        return report(cli, *info, *current);
    }

private:
    static int report(CliContext &cli, const DatasetInfo &info, const QList<StoredMaskRule> &stored)
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
            return cli.document(QJsonObject{{QStringLiteral("dataset"), info.name},
                                            {QStringLiteral("rules"), list}});
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
