#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"

#include "core/classify/ClassificationService.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QJsonArray>
#include <QLocale>

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

class RiskCommand final : public Command {
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
                  "quasi-identifiers.");
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
        PassphraseInput::addOption(options);
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const Result<qint64> k = integer(vm, "k", 5, 1, 1000000000);
        if (!k)
            return cli.fail(k.error());
        const bool raw = flag(vm, "raw");
        QStringList quasi = splitFields(ClassificationCli::texts(vm, "quasi"));
        QStringList sensitive = splitFields(ClassificationCli::texts(vm, "sensitive"));

        auto store = ProjectStore::open(text(vm, "project"));
        if (!store)
            return cli.fail(store.error());
        auto info = (*store)->dataset(text(vm, "dataset"));
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

        sql::Transaction txn(StoreAccess::db(**store));
        if (!txn.beginStatus())
            return cli.fail(txn.beginStatus().error());
        const bool defaultQuasi = !has(vm, "quasi");
        const bool defaultSensitive = !has(vm, "sensitive");
        if (defaultQuasi || defaultSensitive) {
            ClassificationService service(**store, DetectorSet::builtin(), cli.locale());
            auto cls = ClassificationCli::analyze(cli, service, info->name,
                                                  ClassificationCli::Analysis::IfNeeded);
            if (!cls)
                return cli.fail(cls.error());
            for (const FieldClassification &f : std::as_const(cls->fields)) {
                if (defaultQuasi && f.effectiveRole() == FieldRole::Quasi)
                    quasi.append(f.name);
                if (defaultSensitive && f.effectiveRole() == FieldRole::Sensitive)
                    sensitive.append(f.name);
            }
        }

        DatasetRiskOptions options;
        options.quasi = quasi;
        options.sensitive = sensitive;
        options.k = int(*k);
        options.masked = !raw;
        if (!raw) {
            auto stored = MaskRuleStore(**store).planRules(*info);
            if (!stored)
                return cli.fail(stored.error());
            options.rules = *stored;
            auto suppression = RecordSuppressionStore(**store).load(*info);
            if (!suppression)
                return cli.fail(suppression.error());
            options.recordSuppression = *suppression;
            if (MaskPlan::needsSecret(options.rules)) {
                auto passphrase = PassphraseInput::read(vm);
                if (!passphrase)
                    return cli.fail(passphrase.error());
                auto secret = ProjectSecretStore(**store).obtain(*passphrase);
                if (!secret)
                    return cli.fail(secret.error());
                options.environment.secret = *secret;
            }
        }
        auto result = DatasetRiskAnalysis::run(**store, *info, options);
        if (!result)
            return cli.fail(result.error());
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());
        return print(cli, *info, *result);
    }

private:
    static int print(CliContext &cli, const DatasetInfo &info, const DatasetRiskResult &result)
    {
        const RiskReport &r = result.report;
        const bool raw = !result.masked;
        QJsonObject l;
        for (int i = 0; i < result.sensitive.size() && size_t(i) < r.lDiversity.size(); ++i)
            l.insert(result.sensitive.at(i), qint64(r.lDiversity[size_t(i)]));
        QJsonObject loss;
        for (const FieldLoss &f : result.fieldLoss)
            loss.insert(f.field, f.loss);
        if (cli.json())
            return cli.document(QJsonObject{
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
                {QStringLiteral("total_loss"), result.totalLoss}});
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
};

} // namespace

std::unique_ptr<Command> makeRiskCommand()
{
    return std::make_unique<RiskCommand>();
}

} // namespace steward::cli
