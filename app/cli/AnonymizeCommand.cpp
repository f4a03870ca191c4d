#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/SignalCancellation.h"

#include "core/classify/ClassificationService.h"
#include "core/risk/AnonymizationService.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QHash>
#include <QJsonObject>

namespace steward::cli {

namespace {

// FIELD=VALUE options; the field is everything before the last '='.
Result<QHash<QString, QString>> assignments(const QStringList &specs, const char *option)
{
    QHash<QString, QString> out;
    for (const QString &spec : specs) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == spec.size() - 1)
            return Error::usage(QCoreApplication::translate("steward::cli::AnonymizeCommand",
                                                            "--%1 %2: expected FIELD=VALUE")
                                    .arg(QLatin1String(option), spec));
        out.insert(spec.left(eq), spec.mid(eq + 1));
    }
    return out;
}

class AnonymizeCommand final : public Command {
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
                  "(--quasi, default the classification's) with their value hierarchies "
                  "(--hierarchy FIELD=FILE, the value;level1;...;* format; a field without one "
                  "can only stay as it is) for the transformation reaching --k with the least "
                  "information loss, suppressing the records of classes still below k within "
                  "--max-suppression percent of the records (default 0). --weight FIELD=W "
                  "weights a field's loss, --max-level FIELD=L caps its generalisation. The "
                  "result becomes the fields' rules (hierarchy:file=FILE,level=L; level 0 "
                  "keeps the field) and, when records are suppressed, the dataset's stored "
                  "record suppression.");
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
        option(options, "hierarchy", ClassificationCli::repeatable("FIELD=FILE"),
               tr("a field's value hierarchy; may be repeated"));
        option(options, "weight", ClassificationCli::repeatable("FIELD=W"),
               tr("a field's weight in the loss (default 1); may be repeated"));
        option(options, "max-level", ClassificationCli::repeatable("FIELD=L"),
               tr("the highest level the search may use for a field; may be repeated"));
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        if (!has(vm, "k"))
            return cli.fail(Error::usage(tr("anonymize needs --k K")));
        const Result<qint64> k = integer(vm, "k", 5, 1, 1000000000);
        if (!k)
            return cli.fail(k.error());
        bool ok = true;
        const double pct = has(vm, "max-suppression")
                               ? QLocale::c().toDouble(text(vm, "max-suppression"), &ok)
                               : 0.0;
        if (!ok || pct < 0.0 || pct > 100.0)
            return cli.fail(Error::usage(tr("--max-suppression must be a percentage from 0 to 100")));
        auto hierarchyFiles = assignments(ClassificationCli::texts(vm, "hierarchy"), "hierarchy");
        auto weightTexts = assignments(ClassificationCli::texts(vm, "weight"), "weight");
        auto levelTexts = assignments(ClassificationCli::texts(vm, "max-level"), "max-level");
        for (const auto *r : {&hierarchyFiles, &weightTexts, &levelTexts}) {
            if (!*r)
                return cli.fail(r->error());
        }
        QStringList quasi;
        for (const QString &o : ClassificationCli::texts(vm, "quasi")) {
            for (const QString &f : o.split(QLatin1Char(','), Qt::SkipEmptyParts))
                quasi.append(f.trimmed());
        }

        auto store = ProjectStore::open(text(vm, "project"));
        if (!store)
            return cli.fail(store.error());
        auto info = (*store)->dataset(text(vm, "dataset"));
        if (!info)
            return cli.fail(info.error());
        QStringList columns;
        for (const ColumnInfo &c : info->columns)
            columns.append(c.name);

        sql::Transaction txn(StoreAccess::db(**store));
        if (!txn.beginStatus())
            return cli.fail(txn.beginStatus().error());
        if (quasi.isEmpty()) {
            ClassificationService service(**store, DetectorSet::builtin(), cli.locale());
            auto cls = ClassificationCli::analyze(cli, service, info->name,
                                                  ClassificationCli::Analysis::IfNeeded);
            if (!cls)
                return cli.fail(cls.error());
            for (const FieldClassification &f : std::as_const(cls->fields)) {
                if (f.effectiveRole() == FieldRole::Quasi)
                    quasi.append(f.name);
            }
        }
        QStringList mentioned = quasi;
        mentioned += hierarchyFiles->keys();
        mentioned += weightTexts->keys();
        mentioned += levelTexts->keys();
        for (const QString &f : std::as_const(mentioned)) {
            if (!columns.contains(f))
                return cli.fail(Error::badInput(
                    tr("dataset %1 has no field named %2").arg(info->name, f)));
        }
        for (const QString &f : hierarchyFiles->keys() + weightTexts->keys() + levelTexts->keys()) {
            if (!quasi.contains(f))
                return cli.fail(Error::usage(tr("field %1 is not one of the quasi-identifiers").arg(f)));
        }
        if (quasi.isEmpty())
            return cli.fail(Error::usage(tr("no quasi-identifiers: give --quasi")));
        // The service orders them by column (the tie-break must not depend on how --quasi was
        // written) but wants each once.
        quasi.removeDuplicates();

        AnonymizationRequest request;
        request.k = int(*k);
        request.suppressionLimit = pct / 100.0;
        for (const QString &f : std::as_const(quasi)) {
            AnonymizationField field;
            field.name = f;
            field.hierarchyFile = hierarchyFiles->value(f);
            bool numberOk = true;
            if (weightTexts->contains(f))
                field.weight = QLocale::c().toDouble(weightTexts->value(f), &numberOk);
            if (!numberOk || field.weight < 0)
                return cli.fail(Error::usage(tr("--weight %1: expected a number of at least 0").arg(f)));
            if (levelTexts->contains(f))
                field.maxLevel = levelTexts->value(f).toInt(&numberOk);
            if (!numberOk || (levelTexts->contains(f) && field.maxLevel < 0))
                return cli.fail(Error::usage(tr("--max-level %1: expected a level of at least 0").arg(f)));
            request.quasi.append(field);
        }

        SignalCancellation interrupts;
        auto outcome = AnonymizationService::run(**store, *info, request, {}, interrupts.token());
        if (!outcome)
            return cli.fail(outcome.error());
        if (Status s = AnonymizationService::apply(**store, *info, *outcome); !s)
            return cli.fail(s.error());
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());
        const AnonymizationResult &result = outcome->result;
        const bool suppressionStored = outcome->suppression.has_value();
        QJsonObject levels;
        for (qsizetype i = 0; i < outcome->quasi.size(); ++i)
            levels.insert(outcome->quasi.at(i), result.levels[size_t(i)]);
        if (cli.json())
            return cli.document(QJsonObject{{QStringLiteral("dataset"), info->name},
                                            {QStringLiteral("levels"), levels},
                                            {QStringLiteral("min_class"), qint64(result.minClass)},
                                            {QStringLiteral("suppressed"),
                                             qint64(result.suppressedRecords)},
                                            {QStringLiteral("classes"), qint64(result.classes)},
                                            {QStringLiteral("loss"), result.loss},
                                            {QStringLiteral("suppression_stored"), suppressionStored}});
        for (auto it = levels.begin(); it != levels.end(); ++it)
            cli.line(tr("%1: level %2").arg(it.key(), cli.number(it.value().toInteger())));
        cli.line(tr("Smallest class %1; %Ln record(s) suppressed; information loss %2", nullptr,
                        int(result.suppressedRecords))
                     .arg(cli.number(qint64(result.minClass)),
                          cli.locale().toString(result.loss, 'f', 4)));
        if (suppressionStored)
            cli.line(tr("The record suppression (k=%1 over the quasi-identifiers) is stored with "
                        "the rules: risk and show --masked now leave the suppressed records out.")
                         .arg(cli.number(qint64(outcome->suppression->k))));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeAnonymizeCommand()
{
    return std::make_unique<AnonymizeCommand>();
}

} // namespace steward::cli
