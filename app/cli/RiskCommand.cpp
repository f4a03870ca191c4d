#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"

#include "core/classify/ClassificationService.h"
#include "core/mask/MaskRuleService.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/risk/PopulationRisk.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace steward::cli {

namespace {

QStringList splitFields(const QStringList &options)
{
    QStringList fields;
    for (const QString &o : options) {
        for (const QString &f : o.split(QLatin1Char(','), Qt::SkipEmptyParts))
            fields.append(f.trimmed());
    }
    return fields;
}

class RiskCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::RiskCommand)

public:
    QString name() const override { return QStringLiteral("risk"); }
    QString summary() const override
    {
        return tr("Measure the re-identification risk of the masked (or raw) data.");
    }
    QString details() const override
    {
        return tr("Records with equal quasi-identifier values form an equivalence class. The "
                  "figures: records, classes, the smallest class (the data is k-anonymous for "
                  "that k), records in classes below --k (default 5), sample uniques and "
                  "prosecutor risk as fractions 0-1, and the distinct l-diversity of each "
                  "sensitive attribute. Quasi-identifiers and sensitive attributes default to "
                  "the classification (confirmed, else suggested roles). Without --raw the data "
                  "is masked by the dataset's rules first (a dropped field is left out; a "
                  "suppressed cell counts as one value \"*\") and the record suppression that "
                  "anonymize stored leaves out the records of classes below its k; rules that "
                  "need the project secret need the passphrase. Information loss per field is "
                  "the average over its cells of (m-1)/(N-1), m the stored values its masked "
                  "value covers and N the field's distinct stored values (a dropped field, a "
                  "suppressed cell or record counts 1); the total is the mean over the "
                  "quasi-identifiers. With --population-size or --sampling-fraction (the "
                  "released records as a share of the population they come from) the share of "
                  "the population that is unique on the quasi-identifiers is estimated (Pitman "
                  "up to a sampling fraction of 10%, above it the smaller of Zayatz and SNB; "
                  "Zayatz when the chosen model does not converge), with the journalist risk "
                  "(highest and average; each class's population size modelled from its "
                  "sample size) and the marketer risk.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "quasi", ClassificationCli::repeatable("F1,F2..."),
               tr("the quasi-identifiers (default: the classification's)"));
        option(options, "sensitive", ClassificationCli::repeatable("F1,F2..."),
               tr("the sensitive attributes (default: the classification's)"));
        option(options, "k", value("K"), tr("the target k (default 5)"));
        option(options, "raw", flagValue(), tr("measure the data as stored, without masking"));
        option(options, "population-size", value("N"),
               tr("the size of the population the records were drawn from"));
        option(options, "sampling-fraction", value("F"),
               tr("the records' share of that population, above 0 and at most 1"));
        PassphraseInput::addOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        const Result<qint64> k = integer(vm, "k", 5, 1, 1000000000);
        if (!k)
            return k.error();
        m_k = int(*k);
        const bool size = has(vm, "population-size");
        const bool fraction = has(vm, "sampling-fraction");
        if (size && fraction)
            return Error::usage(
                tr("give either --population-size or --sampling-fraction, not both"));
        bool ok = true;
        if (size) {
            const double n = QLocale::c().toDouble(text(vm, "population-size"), &ok);
            if (!ok || !(n >= 1.0) || !std::isfinite(n))
                return Error::usage(tr("--population-size must be a number of people, at least 1"));
            m_population.populationSize = n;
        }
        if (fraction) {
            const double f = QLocale::c().toDouble(text(vm, "sampling-fraction"), &ok);
            if (!ok || !(f > 0.0 && f <= 1.0))
                return Error::usage(tr("--sampling-fraction must be above 0 and at most 1"));
            m_population.samplingFraction = f;
        }
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const bool raw = flag(vm, "raw");
        QStringList quasi = splitFields(ClassificationCli::texts(vm, "quasi"));
        QStringList sensitive = splitFields(ClassificationCli::texts(vm, "sensitive"));
        auto info = store.dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        QStringList columns;
        for (const ColumnInfo &c : info->columns)
            columns.append(c.name);
        for (const QString &f : quasi + sensitive) {
            if (!columns.contains(f))
                return cli.fail(Error::badInput(
                    tr("dataset %1 has no field named %2").arg(info->name, f)));
        }

        const bool defaultQuasi = !has(vm, "quasi");
        const bool defaultSensitive = !has(vm, "sensitive");
        ClassificationService service(store, DetectorSet::builtin(), cli.locale());
        std::optional<DatasetRiskResult> result;
        // The classification is read (analysed first when needed) only for the default fields;
        // analysis, secret and measurement are one transaction.
        const Status status = ClassificationCli::analyzeThen(
            cli, service, info->name,
            defaultQuasi || defaultSensitive ? ClassificationCli::Analysis::IfNeeded
                                             : ClassificationCli::Analysis::LoadOnly,
            [&](const DatasetClassification &cls) -> Status {
                if (defaultQuasi || defaultSensitive) {
                    for (const FieldClassification &f : std::as_const(cls.fields)) {
                        if (defaultQuasi && f.effectiveRole() == FieldRole::Quasi)
                            quasi.append(f.name);
                        if (defaultSensitive && f.effectiveRole() == FieldRole::Sensitive)
                            sensitive.append(f.name);
                    }
                }
                DatasetRiskOptions options;
                options.quasi = quasi;
                options.sensitive = sensitive;
                options.k = m_k;
                options.masked = !raw;
                if (!raw) {
                    auto setup = MaskRuleService(store).loadSetup(
                        *info, [&vm] { return PassphraseInput::read(vm); });
                    if (!setup)
                        return setup.error();
                    options.rules = setup->rules;
                    options.recordSuppression = setup->recordSuppression;
                    options.environment = setup->environment;
                }
                auto measured = DatasetRiskAnalysis::run(store, *info, options);
                if (!measured)
                    return measured.error();
                result = std::move(*measured);
                return {};
            });
        if (!status)
            return cli.fail(status.error());
        std::optional<PopulationRiskEstimate> population;
        if (m_population.populationSize || m_population.samplingFraction) {
            // The fraction is of every record released; suppressed ones still came from the
            // population even though they leave the classes.
            PopulationSpec spec = m_population;
            if (spec.samplingFraction && result->report.records > 0) {
                spec.populationSize = double(result->report.records) / *spec.samplingFraction;
                spec.samplingFraction.reset();
            }
            auto estimated = PopulationRisk::estimate(result->report.classSizes, spec);
            if (!estimated)
                return cli.fail(estimated.error());
            population = std::move(*estimated);
        }
        return print(cli, *info, *result, population);
    }

private:
    static QJsonValue fractionOf(const std::optional<double> &uniques, double populationSize)
    {
        if (!uniques || !(populationSize > 0.0))
            return QJsonValue(QJsonValue::Null);
        return *uniques / populationSize;
    }

    static void addPopulation(QJsonObject &json, const PopulationRiskEstimate &p)
    {
        json.insert(QStringLiteral("population_size"), p.populationSize);
        json.insert(QStringLiteral("sampling_fraction"), p.samplingFraction);
        json.insert(QStringLiteral("population_uniques"), p.uniquesFraction);
        json.insert(QStringLiteral("population_model"),
                    p.model == PopulationModel::None ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(PopulationRisk::modelName(p.model)));
        json.insert(QStringLiteral("population_estimates"),
                    QJsonObject{{QStringLiteral("pitman"), fractionOf(p.pitman, p.populationSize)},
                                {QStringLiteral("zayatz"), fractionOf(p.zayatz, p.populationSize)},
                                {QStringLiteral("snb"), fractionOf(p.snb, p.populationSize)}});
        json.insert(QStringLiteral("journalist_risk_max"), p.journalistRiskMax);
        json.insert(QStringLiteral("journalist_risk_avg"), p.journalistRiskAvg);
        json.insert(QStringLiteral("marketer_risk"), p.marketerRisk);
    }

    static QString percent(const QLocale &loc, const std::optional<double> &uniques,
                           double populationSize)
    {
        if (!uniques || !(populationSize > 0.0))
            return tr("no estimate");
        // Two significant digits below 1 %, so that a small share does not print as 0.00%.
        const double pct = 100.0 * *uniques / populationSize;
        int decimals = 2;
        if (pct > 0.0 && pct < 1.0)
            decimals = std::min(6, 1 + int(std::ceil(-std::log10(pct))));
        return tr("%1%").arg(loc.toString(pct, 'f', decimals));
    }

    static void printPopulation(CliContext &cli, const PopulationRiskEstimate &p)
    {
        const QLocale &loc = cli.locale();
        cli.line(tr("Population: %1 people; sampling fraction %2")
                     .arg(loc.toString(p.populationSize, 'f', 0),
                          loc.toString(p.samplingFraction, 'f', 4)));
        QString model;
        switch (p.model) {
        case PopulationModel::Pitman:
            model = tr("Pitman");
            break;
        case PopulationModel::Zayatz:
            model = tr("Zayatz");
            break;
        case PopulationModel::Snb:
            model = tr("SNB");
            break;
        case PopulationModel::None:
            model = tr("no sample uniques");
            break;
        }
        cli.line(tr("Estimated population uniques: %1 of the population, an estimated %2 of "
                    "%3 people (%4)")
                     .arg(percent(cli.locale(), p.uniques, p.populationSize),
                          loc.toString(p.uniques, 'f', 0), loc.toString(p.populationSize, 'f', 0),
                          model));
        cli.line(tr("Estimates by model: Pitman %1, Zayatz %2, SNB %3")
                     .arg(percent(loc, p.pitman, p.populationSize),
                          percent(loc, p.zayatz, p.populationSize),
                          percent(loc, p.snb, p.populationSize)));
        cli.line(tr("Journalist risk max %1, average %2; marketer risk %3")
                     .arg(loc.toString(p.journalistRiskMax, 'f', 3),
                          loc.toString(p.journalistRiskAvg, 'f', 3),
                          loc.toString(p.marketerRisk, 'f', 3)));
    }

    static int print(CliContext &cli, const DatasetInfo &info, const DatasetRiskResult &result,
                     const std::optional<PopulationRiskEstimate> &population)
    {
        const RiskReport &r = result.report;
        const bool raw = !result.masked;
        QJsonObject l;
        for (int i = 0; i < result.sensitive.size() && size_t(i) < r.lDiversity.size(); ++i)
            l.insert(result.sensitive.at(i), qint64(r.lDiversity[size_t(i)]));
        QJsonObject loss;
        for (const FieldLoss &f : result.fieldLoss)
            loss.insert(f.field, f.loss);
        if (cli.json()) {
            QJsonObject json{
                {QStringLiteral("dataset"), info.name},
                {QStringLiteral("masked"), !raw},
                {QStringLiteral("k"), result.k},
                {QStringLiteral("quasi"), QJsonArray::fromStringList(result.quasi)},
                {QStringLiteral("sensitive"), QJsonArray::fromStringList(result.sensitive)},
                {QStringLiteral("records"), qint64(r.records)},
                {QStringLiteral("classes"), qint64(r.classes)},
                {QStringLiteral("min_class"), qint64(r.minClass)},
                {QStringLiteral("records_below_k"), qint64(r.recordsBelowK)},
                {QStringLiteral("records_below_k_fraction"), r.recordsBelowKFraction},
                {QStringLiteral("sample_uniques"), r.sampleUniques},
                {QStringLiteral("prosecutor_risk_max"), r.prosecutorRiskMax},
                {QStringLiteral("prosecutor_risk_avg"), r.prosecutorRiskAvg},
                {QStringLiteral("l_diversity"), l},
                {QStringLiteral("suppressed_records"), qint64(r.suppressedRecords)},
                {QStringLiteral("suppressed_cells"), qint64(result.suppressedCells)},
                {QStringLiteral("suppression_over_limit"), result.suppressionOverLimit},
                {QStringLiteral("field_loss"), loss},
                {QStringLiteral("total_loss"), result.totalLoss}};
            if (population)
                addPopulation(json, *population);
            return cli.document(json);
        }
        const QLocale &loc = cli.locale();
        cli.line(raw ? tr("Dataset %1 as stored").arg(info.name)
                     : tr("Dataset %1 as masked by its rules").arg(info.name));
        cli.line(tr("Quasi-identifiers: %1").arg(result.quasi.join(QStringLiteral(", "))));
        cli.line(tr("Records: %1; equivalence classes: %2; smallest class: %3")
                     .arg(loc.toString(qint64(r.records)), loc.toString(qint64(r.classes)),
                          loc.toString(qint64(r.minClass))));
        cli.line(tr("Records in classes below k=%1: %2 (%3)")
                     .arg(loc.toString(result.k), loc.toString(qint64(r.recordsBelowK)),
                          loc.toString(r.recordsBelowKFraction, 'f', 3)));
        cli.line(tr("Sample uniques: %1; prosecutor risk max %2, average %3")
                     .arg(loc.toString(r.sampleUniques, 'f', 3),
                          loc.toString(r.prosecutorRiskMax, 'f', 3),
                          loc.toString(r.prosecutorRiskAvg, 'f', 3)));
        for (auto it = l.begin(); it != l.end(); ++it)
            cli.line(tr("l-diversity of %1: %2").arg(it.key(), loc.toString(it.value().toInteger())));
        if (population)
            printPopulation(cli, *population);
        if (!raw) {
            cli.line(tr("Suppressed: %1, %2")
                         .arg(tr("%Ln record(s)", nullptr, int(r.suppressedRecords)),
                              tr("%Ln cell(s)", nullptr, int(result.suppressedCells))));
            if (result.suppressionOverLimit)
                cli.line(tr("Warning: the record suppression leaves out more records than the "
                            "limit it was chosen with; run anonymize again."));
            QStringList parts;
            for (const FieldLoss &f : result.fieldLoss) {
                if (f.loss > 0.0)
                    parts.append(tr("%1 %2").arg(f.field, loc.toString(f.loss, 'f', 3)));
            }
            cli.line(tr("Information loss: %1 over the quasi-identifiers; per field: %2")
                         .arg(loc.toString(result.totalLoss, 'f', 3),
                              parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "))));
        }
        return 0;
    }

    int m_k = 5;
    PopulationSpec m_population;
};

} // namespace

std::unique_ptr<Command> makeRiskCommand()
{
    return std::make_unique<RiskCommand>();
}

} // namespace steward::cli
