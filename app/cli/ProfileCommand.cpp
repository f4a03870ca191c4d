#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>

namespace steward::cli {

namespace {

QJsonArray counts(const QList<ValueCount> &list)
{
    QJsonArray array;
    for (const ValueCount &v : list)
        array.append(QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}});
    return array;
}

QJsonObject rates(const QMap<QString, qint64> &hits, qint64 sampled)
{
    QJsonObject o;
    for (auto it = hits.begin(); it != hits.end(); ++it)
        o.insert(it.key(), sampled > 0 ? double(it.value()) / double(sampled) : 0.0);
    return o;
}

QJsonObject countMap(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

class ProfileCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override
    {
        return tr("Profile every field of a dataset: statistics and detector hit rates.");
    }
    QString details() const override
    {
        return tr("Per field: type, non-empty, missing and distinct counts, minimum and maximum, "
                  "lengths, the most frequent values and value patterns, and the rate of each "
                  "detector that matched (a fraction of the non-empty values; \"sampled\" says "
                  "over how many). Profiles are computed in the background over all rows, cached "
                  "in the project and reused until the dataset is replaced; the fields also get "
                  "their classification suggestion (see classify). Progress \"fields X of Y\" "
                  "appears on stderr when it is a terminal; Ctrl+C cancels (exit code 130) and "
                  "leaves the project unchanged.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "refresh", flagValue(),
               tr("profile again even when the cached profiles are current"));
        ClassificationCli::addRulesOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        auto detectors = ClassificationCli::detectors(vm);
        if (!detectors)
            return detectors.error();
        m_detectors = std::move(*detectors);
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        ClassificationService service(store, m_detectors, cli.locale());
        const bool refresh = flag(vm, "refresh");
        bool ran = false;
        auto result = ClassificationCli::analyze(
            cli, service, text(vm, "dataset"),
            refresh ? ClassificationCli::Analysis::Reprofile : ClassificationCli::Analysis::IfNeeded,
            &ran);
        if (!result)
            return cli.fail(result.error());
        return cli.json() ? printJson(cli, *result, ran) : printText(cli, *result, ran);
    }

private:
    static int printJson(CliContext &cli, const DatasetClassification &c, bool ran)
    {
        QJsonArray fields;
        for (const FieldClassification &f : c.fields) {
            const FieldProfile &p = f.profile;
            fields.append(QJsonObject{
                {QStringLiteral("name"), f.name},
                {QStringLiteral("type"), f.type},
                {QStringLiteral("non_empty"), p.nonEmpty},
                {QStringLiteral("missing"), p.missing},
                {QStringLiteral("distinct"), p.distinct},
                {QStringLiteral("sampled"), p.sampled},
                {QStringLiteral("min"), p.nonEmpty > 0 ? QJsonValue(p.min) : QJsonValue()},
                {QStringLiteral("max"), p.nonEmpty > 0 ? QJsonValue(p.max) : QJsonValue()},
                {QStringLiteral("min_length"), p.minLength},
                {QStringLiteral("max_length"), p.maxLength},
                {QStringLiteral("mean_length"), p.meanLength},
                {QStringLiteral("top_values"), counts(p.topValues)},
                {QStringLiteral("patterns"), counts(p.patterns)},
                {QStringLiteral("detectors"), rates(p.detectorHits, p.sampled)},
                {QStringLiteral("embedded"), rates(p.embeddedHits, p.sampled)},
                {QStringLiteral("sensitive_codes"), countMap(p.sensitiveCodes)},
                {QStringLiteral("sensitive_mentions"), countMap(p.sensitiveMentions)},
            });
        }
        return cli.document(QJsonObject{{QStringLiteral("dataset"), c.dataset.name},
                                        {QStringLiteral("version"), c.dataset.version},
                                        {QStringLiteral("rows"), c.dataset.rowCount},
                                        {QStringLiteral("cached"), !ran},
                                        {QStringLiteral("fields"), fields}});
    }

    static int printText(CliContext &cli, const DatasetClassification &c, bool ran)
    {
        cli.line(ran ? tr("Profiled %Ln field(s) of dataset %1 (version %2, %3 rows).", nullptr,
                            int(c.fields.size()))
                           .arg(c.dataset.name)
                           .arg(c.dataset.version)
                           .arg(cli.number(c.dataset.rowCount))
                     : tr("Profiles of the %Ln field(s) of dataset %1 (version %2, %3 rows), from "
                          "the project's cache.",
                          nullptr, int(c.fields.size()))
                           .arg(c.dataset.name)
                           .arg(c.dataset.version)
                           .arg(cli.number(c.dataset.rowCount)));
        cli.line();
        TextTable table({QStringLiteral("#"), tr("Field"), tr("Type"), tr("Non-empty"),
                         tr("Missing"), tr("Distinct"), tr("Min"), tr("Max"), tr("Detectors")});
        for (int column : {0, 3, 4, 5})
            table.setRightAligned(column);
        table.setMaxCellWidth(30);
        for (const FieldClassification &f : c.fields) {
            const FieldProfile &p = f.profile;
            // The three most frequent detectors with their rates.
            QList<std::pair<double, QString>> found;
            const QMap<QString, double> r = p.detectorRates();
            for (auto it = r.begin(); it != r.end(); ++it)
                found.append({it.value(), it.key()});
            std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            QStringList detectors;
            for (int i = 0; i < found.size() && i < 3; ++i)
                detectors.append(tr("%1 %2%").arg(found.at(i).second,
                                                  cli.locale().toString(found.at(i).first * 100.0, 'f', 0)));
            table.addRow({cli.number(f.position + 1), f.name, f.type, cli.number(p.nonEmpty),
                          cli.number(p.missing), cli.number(p.distinct), p.min, p.max,
                          detectors.join(QStringLiteral(", "))});
        }
        cli.write(table.render().toLocal8Bit());
        return 0;
    }

    std::shared_ptr<const DetectorSet> m_detectors;
};

} // namespace

std::unique_ptr<Command> makeProfileCommand()
{
    return std::make_unique<ProfileCommand>();
}

} // namespace steward::cli
