#include "ClassificationCli.h"
#include "CliContext.h"
#include "Commands.h"
#include "PassphraseInput.h"

#include "classify/ClassificationService.h"
#include "import/ImportOptions.h"
#include "import/TypeInference.h"
#include "mask/MaskEnvironment.h"
#include "mask/MaskPlan.h"
#include "mask/MaskRuleStore.h"
#include "mask/MaskWorker.h"
#include "mask/ProjectSecretStore.h"
#include "risk/AttributeGeneralization.h"
#include "risk/EncodedTableBuilder.h"
#include "risk/RiskAnalyzer.h"
#include "store/DatasetWriter.h"
#include "store/ProjectStore.h"
#include "store/Sqlite.h"

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
                  "suppressed cell counts as one value \"*\"); rules that need the project "
                  "secret need the passphrase.");
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

        sql::Transaction txn((*store)->db());
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

        // Masking plan (all kept when --raw).
        QList<std::pair<QString, MaskRule>> rules;
        MaskEnvironment env;
        if (info->missingMarkers)
            env.missingMarkers = *info->missingMarkers;
        if (!raw) {
            auto stored = MaskRuleStore(**store).planRules(*info);
            if (!stored)
                return cli.fail(stored.error());
            rules = *stored;
            if (MaskPlan::needsSecret(rules)) {
                auto passphrase = PassphraseInput::read(vm);
                if (!passphrase)
                    return cli.fail(passphrase.error());
                auto secret = ProjectSecretStore(**store).obtain(*passphrase);
                if (!secret)
                    return cli.fail(secret.error());
                env.secret = *secret;
            }
        }
        auto plan = MaskPlan::compile(columns, rules, env);
        if (!plan)
            return cli.fail(plan.error());
        auto worker = MaskWorker::create(*plan);
        if (!worker)
            return cli.fail(worker.error());
        const QStringList output = plan->outputColumnNames();
        // Dropped fields identify nobody any more: they leave the analysis.
        auto keepPresent = [&output](QStringList &fields) {
            QStringList kept;
            for (const QString &f : std::as_const(fields)) {
                if (output.contains(f) && !kept.contains(f))
                    kept.append(f);
            }
            fields = kept;
        };
        keepPresent(quasi);
        keepPresent(sensitive);

        QStringList names = quasi + sensitive;
        std::vector<int> indexes;
        for (const QString &f : std::as_const(names))
            indexes.push_back(int(output.indexOf(f)));
        EncodedTableBuilder builder(names, indexes);
        builder.reserve(size_t(info->rowCount));
        // One pass over the stored cells as UTF-8 views (no QString round trip). Without rules
        // (--raw, or nothing stored) the cells go straight to the encoder, and only the analysed
        // columns are read; otherwise each row goes through the masking worker first.
        const bool passThrough = rules.isEmpty();
        // An empty cell and every missing-value marker of the import are one value: "unknown".
        const MissingValues missing(info->missingMarkers.value_or(defaultMissingMarkers()));
        auto stmt = (*store)->db().prepare(
            DatasetWriter::selectColumnsSql(info->tableName, int(columns.size())));
        if (!stmt)
            return cli.fail(stmt.error());
        std::vector<std::string_view> views(size_t(columns.size()));
        std::vector<std::string_view> masked;
        static const std::string_view kSuppressed = "*";
        for (;;) {
            const auto step = stmt->step();
            if (step == sql::Statement::StepResult::Done)
                break;
            if (step == sql::Statement::StepResult::Error)
                return cli.fail((*store)->db().lastError(QStringLiteral("read rows")));
            if (passThrough) {
                for (int c : indexes) {
                    const std::string_view cell = stmt->columnUtf8(c);
                    views[size_t(c)] = missing.isMissing(cell) ? std::string_view() : cell;
                }
                if (Status s = builder.addRow(views); !s)
                    return cli.fail(s.error());
                continue;
            }
            for (size_t c = 0; c < views.size(); ++c)
                views[c] = stmt->columnUtf8(int(c));
            const std::vector<MaskedCell> &out = worker->maskRow(views);
            masked.clear();
            for (const MaskedCell &c : out)
                masked.push_back(c.isSuppressed() ? kSuppressed : c.text);
            for (int c : indexes) {
                if (masked[size_t(c)] != kSuppressed && missing.isMissing(masked[size_t(c)]))
                    masked[size_t(c)] = std::string_view();
            }
            if (Status s = builder.addRow(masked); !s)
                return cli.fail(s.error());
        }
        const EncodedTable table = builder.finish();
        std::vector<AttributeGeneralization> generalizations;
        for (int i = 0; i < quasi.size(); ++i) {
            auto g = AttributeGeneralization::create(table, i, nullptr);
            if (!g)
                return cli.fail(g.error());
            generalizations.push_back(std::move(*g));
        }
        std::vector<int> sensitiveColumns;
        for (int i = 0; i < sensitive.size(); ++i)
            sensitiveColumns.push_back(int(quasi.size()) + i);
        RiskAnalyzer analyzer(table, generalizations, sensitiveColumns);
        RiskRequest request;
        request.k = int(*k);
        auto report = analyzer.analyze(request);
        if (!report)
            return cli.fail(report.error());
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());
        return print(cli, *info, quasi, sensitive, int(*k), raw, *report);
    }

private:
    static int print(CliContext &cli, const DatasetInfo &info, const QStringList &quasi,
                     const QStringList &sensitive, int k, bool raw, const RiskReport &r)
    {
        QJsonObject l;
        for (int i = 0; i < sensitive.size() && size_t(i) < r.lDiversity.size(); ++i)
            l.insert(sensitive.at(i), qint64(r.lDiversity[size_t(i)]));
        if (cli.json())
            return cli.document(QJsonObject{
                {QStringLiteral("dataset"), info.name},
                {QStringLiteral("masked"), !raw},
                {QStringLiteral("k"), k},
                {QStringLiteral("quasi"), QJsonArray::fromStringList(quasi)},
                {QStringLiteral("sensitive"), QJsonArray::fromStringList(sensitive)},
                {QStringLiteral("records"), qint64(r.records)},
                {QStringLiteral("classes"), qint64(r.classes)},
                {QStringLiteral("min_class"), qint64(r.minClass)},
                {QStringLiteral("records_below_k"), qint64(r.recordsBelowK)},
                {QStringLiteral("records_below_k_fraction"), r.recordsBelowKFraction},
                {QStringLiteral("sample_uniques"), r.sampleUniques},
                {QStringLiteral("prosecutor_risk_max"), r.prosecutorRiskMax},
                {QStringLiteral("prosecutor_risk_avg"), r.prosecutorRiskAvg},
                {QStringLiteral("l_diversity"), l},
                {QStringLiteral("suppressed_records"), qint64(r.suppressedRecords)}});
        const QLocale &loc = cli.locale();
        cli.line(raw ? tr("Dataset %1 as stored").arg(info.name)
                     : tr("Dataset %1 as masked by its rules").arg(info.name));
        cli.line(tr("Quasi-identifiers: %1").arg(quasi.join(QStringLiteral(", "))));
        cli.line(tr("Records: %1; equivalence classes: %2; smallest class: %3")
                     .arg(loc.toString(qint64(r.records)), loc.toString(qint64(r.classes)),
                          loc.toString(qint64(r.minClass))));
        cli.line(tr("Records in classes below k=%1: %2 (%3)")
                     .arg(loc.toString(k), loc.toString(qint64(r.recordsBelowK)),
                          loc.toString(r.recordsBelowKFraction, 'f', 3)));
        cli.line(tr("Sample uniques: %1; prosecutor risk max %2, average %3")
                     .arg(loc.toString(r.sampleUniques, 'f', 3),
                          loc.toString(r.prosecutorRiskMax, 'f', 3),
                          loc.toString(r.prosecutorRiskAvg, 'f', 3)));
        for (auto it = l.begin(); it != l.end(); ++it)
            cli.line(tr("l-diversity of %1: %2").arg(it.key(), loc.toString(it.value().toInteger())));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeRiskCommand()
{
    return std::make_unique<RiskCommand>();
}

} // namespace steward::cli
