#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/SignalCancellation.h"

#include "core/classify/ClassificationService.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/AnonymizationService.h"
#include "core/store/ProjectStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace steward::cli {

namespace {

class AnonymizeCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::AnonymizeCommand)

public:
    QString name() const override { return QStringLiteral("anonymize"); }
    QString summary() const override
    {
        return tr("Find the least-loss generalisation that reaches k-anonymity and store it as "
                  "the rules.");
    }
    QString details() const override
    {
        return tr("Searches the full-domain generalisation lattice of the quasi-identifiers "
                  "(--quasi, default the classification's) with their value hierarchies for the "
                  "transformation reaching --k with the least information loss, suppressing the "
                  "records of classes still below k (or failing --l or --t) within "
                  "--max-suppression percent of the records (default 0). A field's hierarchy is "
                  "--hierarchy FIELD=FILE (the value;level1;...;* format) or FIELD=BUILDER "
                  "(date, date:decade, interval:5,10,20;top=90, redact:4,3,2, region, icd10, "
                  "flat, groups:...), else the one stored with the hierarchy command, else the "
                  "one Steward suggests from the classification. --l FIELD=L[:distinct|entropy|"
                  "recursive:C] asks for l-diverse sensitive values per class, --t FIELD=T"
                  "[:ordered|equal] for t-closeness (ordered for numbers by default); "
                  "--max-risk R caps the highest re-identification risk (k becomes at least "
                  "1/R), --max-average-risk A the average. --weight FIELD=W weights a field's "
                  "loss, --max-level FIELD=L caps its generalisation. A field's stored rule is "
                  "never weakened: it is the floor of the search and stays when the result is "
                  "its floor. The result becomes the fields' rules (hierarchy:builder=SPEC,"
                  "level=L, hierarchy:file=FILE,level=L, or the rule kept) and, when records are "
                  "suppressed, the dataset's stored record suppression.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "k", value("K"), tr("the target k (required)"));
        option(options, "max-suppression", value("PCT"),
               tr("percent of the records that may be suppressed (default 0)"));
        option(options, "quasi", ClassificationCli::repeatable("F1,F2..."),
               tr("the quasi-identifiers (default: the classification's)"));
        option(options, "hierarchy", ClassificationCli::repeatable("FIELD=FILE|BUILDER"),
               tr("a field's value hierarchy, a file or a built-in one; may be repeated"));
        option(options, "l", ClassificationCli::repeatable("FIELD=L[:MODEL]"),
               tr("l-diversity of a sensitive field (distinct, entropy or recursive:C; default "
                  "distinct); may be repeated"));
        option(options, "t", ClassificationCli::repeatable("FIELD=T[:ordered|equal]"),
               tr("t-closeness of a sensitive field; may be repeated"));
        option(options, "max-risk", value("R"),
               tr("highest re-identification risk, a fraction (k becomes at least 1/R)"));
        option(options, "max-average-risk", value("A"),
               tr("highest average re-identification risk, a fraction"));
        option(options, "weight", ClassificationCli::repeatable("FIELD=W"),
               tr("a field's weight in the loss (default 1); may be repeated"));
        option(options, "max-level", ClassificationCli::repeatable("FIELD=L"),
               tr("the highest level the search may use for a field; may be repeated"));
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        if (!has(vm, "k"))
            return Error::usage(tr("anonymize needs --k K"));
        const Result<qint64> k = integer(vm, "k", 5, 1, 1000000000);
        if (!k)
            return k.error();
        m_k = int(*k);
        bool ok = true;
        const double pct = has(vm, "max-suppression")
                               ? QLocale::c().toDouble(text(vm, "max-suppression"), &ok)
                               : 0.0;
        if (!ok || pct < 0.0 || pct > 100.0)
            return Error::usage(tr("--max-suppression must be a percentage from 0 to 100"));
        m_suppressionLimit = pct / 100.0;
        for (const char *key : {"max-risk", "max-average-risk"}) {
            if (!has(vm, key))
                continue;
            const double r = QLocale::c().toDouble(text(vm, key), &ok);
            if (!ok || !(r > 0.0 && r <= 1.0))
                return Error::usage(tr("--%1 must be a fraction above 0, at most 1")
                                        .arg(QLatin1String(key)));
            (QByteArrayView(key) == "max-risk" ? m_maxRisk : m_maxAverageRisk) = r;
        }
        m_hierarchyTexts = ClassificationCli::texts(vm, "hierarchy");
        for (const QString &spec : std::as_const(m_hierarchyTexts)) {
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == spec.size() - 1)
                return Error::usage(tr("--%1 %2: expected FIELD=VALUE")
                                        .arg(QStringLiteral("hierarchy"), spec));
        }
        auto lTexts = assignments(ClassificationCli::texts(vm, "l"), "l");
        auto tTexts = assignments(ClassificationCli::texts(vm, "t"), "t");
        for (const auto *r : {&lTexts, &tTexts}) {
            if (!*r)
                return r->error();
        }
        for (auto it = lTexts->cbegin(); it != lTexts->cend(); ++it) {
            auto model = parseL(it.key(), it.value());
            if (!model)
                return model.error();
            m_sensitive.append({it.key(), *model});
        }
        for (auto it = tTexts->cbegin(); it != tTexts->cend(); ++it) {
            auto model = parseT(it.key(), it.value());
            if (!model)
                return model.error();
            m_sensitive.append({it.key(), *model});
            m_tOrderGiven.insert(it.key(), it.value().contains(QLatin1Char(':')));
        }
        auto weightTexts = assignments(ClassificationCli::texts(vm, "weight"), "weight");
        auto levelTexts = assignments(ClassificationCli::texts(vm, "max-level"), "max-level");
        for (const auto *r : {&weightTexts, &levelTexts}) {
            if (!*r)
                return r->error();
        }
        m_weightTexts = std::move(*weightTexts);
        m_levelTexts = std::move(*levelTexts);
        for (const QString &o : ClassificationCli::texts(vm, "quasi")) {
            for (const QString &f : o.split(QLatin1Char(','), Qt::SkipEmptyParts))
                m_quasi.append(f.trimmed());
        }
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        auto info = store.dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        ClassificationService service(store, DetectorSet::builtin(), cli.locale());
        std::optional<AnonymizationOutcome> outcome;
        // The classification is read (analysed first when needed) only for the default
        // quasi-identifiers; analysis, search and the stored rules are one transaction.
        const Status status = ClassificationCli::analyzeThen(
            cli, service, info->name,
            m_quasi.isEmpty() ? ClassificationCli::Analysis::IfNeeded
                              : ClassificationCli::Analysis::LoadOnly,
            [&](const DatasetClassification &cls) -> Status {
                auto found = anonymize(store, *info, cls);
                if (!found)
                    return found.error();
                outcome = std::move(*found);
                return {};
            });
        if (!status)
            return cli.fail(status.error());
        return report(cli, *info, *outcome);
    }

private:
    // FIELD=VALUE options; the field is everything before the last '='.
    static Result<QHash<QString, QString>> assignments(const QStringList &specs, const char *option)
    {
        QHash<QString, QString> out;
        for (const QString &spec : specs) {
            const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
            if (eq <= 0 || eq == spec.size() - 1)
                return Error::usage(tr("--%1 %2: expected FIELD=VALUE")
                                        .arg(QLatin1String(option), spec));
            out.insert(spec.left(eq), spec.mid(eq + 1));
        }
        return out;
    }

    // L[:distinct|entropy|recursive:C]
    static Result<SensitiveModel> parseL(const QString &field, const QString &value)
    {
        const QStringList parts = value.split(QLatin1Char(':'));
        SensitiveModel model;
        bool ok = false;
        model.l = QLocale::c().toDouble(parts.value(0), &ok);
        const auto bad = [&field] {
            return Error::usage(
                tr("--l %1: expected L (at least 1), optionally :distinct, :entropy or "
                   ":recursive:C")
                    .arg(field));
        };
        if (!ok || !(model.l >= 1.0) || !std::isfinite(model.l))
            return bad();
        const QString kind = parts.value(1, QStringLiteral("distinct"));
        if (kind == QLatin1String("distinct") && parts.size() <= 2) {
            model.kind = SensitiveModel::Kind::DistinctL;
            if (model.l != std::floor(model.l))
                return bad();
        } else if (kind == QLatin1String("entropy") && parts.size() <= 2) {
            model.kind = SensitiveModel::Kind::EntropyL;
        } else if (kind == QLatin1String("recursive") && parts.size() == 3) {
            model.kind = SensitiveModel::Kind::RecursiveCL;
            model.c = QLocale::c().toDouble(parts.at(2), &ok);
            if (!ok || !(model.c > 0.0) || !std::isfinite(model.c))
                return bad();
        } else {
            return bad();
        }
        return model;
    }

    // T[:ordered|equal]
    static Result<SensitiveModel> parseT(const QString &field, const QString &value)
    {
        const QStringList parts = value.split(QLatin1Char(':'));
        SensitiveModel model;
        model.kind = SensitiveModel::Kind::TCloseness;
        bool ok = false;
        model.t = QLocale::c().toDouble(parts.value(0), &ok);
        if (!ok || !(model.t >= 0.0 && model.t <= 1.0) || parts.size() > 2
            || (parts.size() == 2 && parts.at(1) != QLatin1String("ordered")
                && parts.at(1) != QLatin1String("equal")))
            return Error::usage(
                tr("--t %1: expected T from 0 to 1, optionally :ordered or :equal").arg(field));
        model.ordered = parts.size() == 2 && parts.at(1) == QLatin1String("ordered");
        return model;
    }

    // The quasi-identifiers (the classification's unless --quasi), checked, searched and stored
    // as the rules.
    Result<AnonymizationOutcome> anonymize(ProjectStore &store, const DatasetInfo &info,
                                           const DatasetClassification &cls)
    {
        QStringList columns;
        for (const ColumnInfo &c : info.columns)
            columns.append(c.name);
        QStringList quasi = m_quasi;
        if (quasi.isEmpty()) {
            for (const FieldClassification &f : std::as_const(cls.fields)) {
                if (f.effectiveRole() == FieldRole::Quasi)
                    quasi.append(f.name);
            }
        }
        // --hierarchy FIELD=VALUE: the field is everything before the first '=' that ends a
        // column name (builders such as groups:A=x|y contain '=' themselves).
        QHash<QString, QString> hierarchyTexts;
        for (const QString &spec : std::as_const(m_hierarchyTexts)) {
            qsizetype eq = spec.indexOf(QLatin1Char('='));
            for (qsizetype at = eq; at > 0; at = spec.indexOf(QLatin1Char('='), at + 1)) {
                if (columns.contains(spec.left(at))) {
                    eq = at;
                    break;
                }
            }
            hierarchyTexts.insert(spec.left(eq), spec.mid(eq + 1));
        }
        QStringList mentioned = quasi;
        mentioned += hierarchyTexts.keys();
        for (const AnonymizationSensitive &s : std::as_const(m_sensitive))
            mentioned.append(s.name);
        mentioned += m_weightTexts.keys();
        mentioned += m_levelTexts.keys();
        for (const QString &f : std::as_const(mentioned)) {
            if (!columns.contains(f))
                return Error::badInput(tr("dataset %1 has no field named %2").arg(info.name, f));
        }
        for (const QString &f : hierarchyTexts.keys() + m_weightTexts.keys() + m_levelTexts.keys()) {
            if (!quasi.contains(f))
                return Error::usage(tr("field %1 is not one of the quasi-identifiers").arg(f));
        }
        if (quasi.isEmpty())
            return Error::usage(tr("no quasi-identifiers: give --quasi"));
        // The service orders them by column (the tie-break must not depend on how --quasi was
        // written) but wants each once.
        quasi.removeDuplicates();

        AnonymizationRequest request;
        request.k = m_k;
        request.suppressionLimit = m_suppressionLimit;
        request.maxRisk = m_maxRisk;
        request.maxAverageRisk = m_maxAverageRisk;
        for (AnonymizationSensitive s : std::as_const(m_sensitive)) {
            if (quasi.contains(s.name))
                return Error::usage(
                    tr("%1 cannot be both a quasi-identifier and a sensitive attribute")
                        .arg(s.name));
            // Numbers are ordered: a distance between 40 and 41 is smaller than between 40 and 90.
            if (s.model.kind == SensitiveModel::Kind::TCloseness && !m_tOrderGiven.value(s.name)) {
                for (const ColumnInfo &c : info.columns) {
                    if (c.name == s.name)
                        s.model.ordered =
                            c.type == ColumnType::Integer || c.type == ColumnType::Decimal;
                }
            }
            request.sensitive.append(s);
        }
        for (const QString &f : std::as_const(quasi)) {
            AnonymizationField field;
            field.name = f;
            if (hierarchyTexts.contains(f)) {
                const QString h = hierarchyTexts.value(f);
                if (HierarchySpec::isBuilderText(h)) {
                    auto spec = HierarchySpec::parse(h);
                    if (!spec)
                        return Error::usage(tr("--hierarchy %1: %2").arg(f, spec.error().message));
                    field.builder = *spec;
                } else {
                    field.hierarchyFile = h;
                }
            }
            bool numberOk = true;
            if (m_weightTexts.contains(f))
                field.weight = QLocale::c().toDouble(m_weightTexts.value(f), &numberOk);
            if (!numberOk || field.weight < 0)
                return Error::usage(tr("--weight %1: expected a number of at least 0").arg(f));
            if (m_levelTexts.contains(f))
                field.maxLevel = m_levelTexts.value(f).toInt(&numberOk);
            if (!numberOk || (m_levelTexts.contains(f) && field.maxLevel < 0))
                return Error::usage(tr("--max-level %1: expected a level of at least 0").arg(f));
            request.quasi.append(field);
        }

        SignalCancellation interrupts;
        auto outcome = AnonymizationService::run(store, info, request, {}, interrupts.token());
        if (!outcome)
            return outcome.error();
        if (Status s = AnonymizationService::apply(store, info, *outcome); !s)
            return s.error();
        return outcome;
    }

    // The model's name in --l and --json ("distinct", "entropy", "recursive", "t").
    static QString modelName(SensitiveModel::Kind kind)
    {
        switch (kind) {
        case SensitiveModel::Kind::DistinctL:
            return QStringLiteral("distinct");
        case SensitiveModel::Kind::EntropyL:
            return QStringLiteral("entropy");
        case SensitiveModel::Kind::RecursiveCL:
            return QStringLiteral("recursive");
        case SensitiveModel::Kind::TCloseness:
            break;
        }
        return QStringLiteral("t");
    }

    // How a rule reads in the text output: its command-line form ("keep" for none).
    static QString ruleText(const std::optional<MaskRule> &rule)
    {
        return rule ? rule->format() : tr("no rule");
    }

    int report(CliContext &cli, const DatasetInfo &info, const AnonymizationOutcome &outcome) const
    {
        const AnonymizationResult &result = outcome.result;
        const bool suppressionStored = outcome.suppression.has_value();
        QJsonObject levels;
        for (qsizetype i = 0; i < outcome.quasi.size(); ++i)
            levels.insert(outcome.quasi.at(i), result.levels[size_t(i)]);
        if (cli.json()) {
            QJsonObject hierarchies;
            QJsonArray changes;
            for (const AnonymizationFieldChange &c : outcome.changes) {
                hierarchies.insert(c.field, c.hierarchy);
                QJsonObject change{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("rule"), c.rule.format()},
                                   {QStringLiteral("floor"), c.floor},
                                   {QStringLiteral("level"), c.level},
                                   {QStringLiteral("replaced"), c.replaced}};
                change.insert(QStringLiteral("previous"),
                              c.previous ? QJsonValue(c.previous->format()) : QJsonValue());
                changes.append(change);
            }
            // Per field what its model reached; every model with its name in "sensitive_models"
            // (a field may have both --l and --t: "sensitive" then holds the first).
            QJsonObject sensitive;
            QJsonArray sensitiveModels;
            for (qsizetype i = 0; i < m_sensitive.size()
                                  && size_t(i) < result.sensitiveAchieved.size();
                 ++i) {
                const QString &name = m_sensitive.at(i).name;
                const double achieved = result.sensitiveAchieved[size_t(i)];
                if (!sensitive.contains(name))
                    sensitive.insert(name, achieved);
                sensitiveModels.append(
                    QJsonObject{{QStringLiteral("field"), name},
                                {QStringLiteral("model"), modelName(m_sensitive.at(i).model.kind)},
                                {QStringLiteral("achieved"), achieved}});
            }
            return cli.document(QJsonObject{{QStringLiteral("dataset"), info.name},
                                            {QStringLiteral("levels"), levels},
                                            {QStringLiteral("min_class"), qint64(result.minClass)},
                                            {QStringLiteral("suppressed"),
                                             qint64(result.suppressedRecords)},
                                            {QStringLiteral("classes"), qint64(result.classes)},
                                            {QStringLiteral("loss"), result.loss},
                                            {QStringLiteral("suppression_stored"), suppressionStored},
                                            {QStringLiteral("hierarchies"), hierarchies},
                                            {QStringLiteral("changes"), changes},
                                            {QStringLiteral("sensitive"), sensitive},
                                            {QStringLiteral("sensitive_models"), sensitiveModels},
                                            {QStringLiteral("average_risk"), result.averageRisk}});
        }
        for (const AnonymizationFieldChange &c : outcome.changes) {
            const QString level = cli.number(c.level);
            if (c.previous && !c.replaced)
                cli.line(tr("%1: kept: %2 (its floor, level %3)")
                             .arg(c.field, ruleText(c.previous), level));
            else if (c.rule.op() == MaskOperator::Keep)
                cli.line(tr("%1: %2 → kept as it is (level 0)").arg(c.field, ruleText(c.previous)));
            else
                cli.line(tr("%1: %2 → hierarchy %3 (level %4)")
                             .arg(c.field, ruleText(c.previous), c.levelName, level));
        }
        cli.line(tr("Smallest class %1; %Ln record(s) suppressed; information loss %2", nullptr,
                        int(result.suppressedRecords))
                     .arg(cli.number(qint64(result.minClass)),
                          cli.locale().toString(result.loss, 'f', 4)));
        cli.line(tr("Average re-identification risk %1").arg(cli.locale().toString(result.averageRisk, 'f', 4)));
        for (qsizetype i = 0; i < m_sensitive.size()
                              && size_t(i) < result.sensitiveAchieved.size();
             ++i) {
            const AnonymizationSensitive &s = m_sensitive.at(i);
            const QString achieved =
                cli.locale().toString(result.sensitiveAchieved[size_t(i)], 'f', 3);
            if (s.model.kind == SensitiveModel::Kind::TCloseness)
                cli.line(tr("%1: largest distance of a class t=%2").arg(s.name, achieved));
            else
                cli.line(tr("%1: smallest %2 diversity of a class l=%3")
                             .arg(s.name, modelName(s.model.kind), achieved));
        }
        if (suppressionStored)
            cli.line(tr("The record suppression (k=%1 over the quasi-identifiers) is stored with "
                        "the rules: risk and show --masked now leave the suppressed records out.")
                         .arg(cli.number(qint64(outcome.suppression->k))));
        return 0;
    }

    int m_k = 5;
    double m_suppressionLimit = 0.0;
    QStringList m_hierarchyTexts;
    QList<AnonymizationSensitive> m_sensitive;
    QHash<QString, bool> m_tOrderGiven;
    std::optional<double> m_maxRisk;
    std::optional<double> m_maxAverageRisk;
    QHash<QString, QString> m_weightTexts;
    QHash<QString, QString> m_levelTexts;
    QStringList m_quasi;
};

} // namespace

std::unique_ptr<Command> makeAnonymizeCommand()
{
    return std::make_unique<AnonymizeCommand>();
}

} // namespace steward::cli
