#include "app/cli/ClassificationCli.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <QFileInfo>
#include <QJsonArray>

namespace steward::cli {

namespace {

class DictionaryCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::DictionaryCommand)

public:
    QString name() const override { return QStringLiteral("dictionary"); }
    QString summary() const override
    {
        return tr("Export the data dictionary of a dataset to CSV or JSON.");
    }
    QString details() const override
    {
        return tr("One entry per field: field, type, role, category, grade, confidence, "
                  "evidence, decision (unconfirmed, confirmed or overridden), reason, decided_by, "
                  "decided_at and needs_decision. Role, category and grade are the confirmed "
                  "decision, else the suggestion. CSV is UTF-8 with a byte order mark; the "
                  "format defaults to the file's extension (.json gives JSON, anything else "
                  "CSV). A dataset that has not been profiled since its import is profiled "
                  "first. The export is recorded in the audit trail.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "out", value("FILE"), tr("the file to write (required)"));
        option(options, "format", value("csv|json"),
               tr("the file format (default: by the extension of --out)"));
        ClassificationCli::addRulesOption(options);
    }

    int run(CliContext &cli, const po::variables_map &vm) override
    {
        const QString out = text(vm, "out");
        if (out.isEmpty())
            return cli.fail(Error::usage(tr("--out FILE is required")));
        DataDictionary::Format format = DataDictionary::Format::Csv;
        if (has(vm, "format")) {
            const auto parsed = DataDictionary::formatFromName(text(vm, "format").trimmed());
            if (!parsed)
                return cli.fail(Error::usage(tr("--format takes csv or json")));
            format = *parsed;
        } else if (QFileInfo(out).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            format = DataDictionary::Format::Json;
        }
        auto detectors = ClassificationCli::detectors(vm);
        if (!detectors)
            return cli.fail(detectors.error());

        auto store = ProjectStore::open(text(vm, "project"));
        if (!store)
            return cli.fail(store.error());
        ClassificationService service(**store, *detectors, cli.locale());
        sql::Transaction txn(StoreAccess::db(**store));
        if (!txn.beginStatus())
            return cli.fail(txn.beginStatus().error());
        const QString dataset = text(vm, "dataset");
        auto classification = ClassificationCli::analyze(cli, service, dataset,
                                                         ClassificationCli::Analysis::IfNeeded);
        if (!classification)
            return cli.fail(classification.error());
        auto written = service.exportDictionary(dataset, out, format);
        if (!written)
            return cli.fail(written.error());
        if (Status s = txn.commit(); !s)
            return cli.fail(s.error());

        const DatasetGrade grade = classification->grade();
        if (cli.json())
            return cli.document(QJsonObject{
                {QStringLiteral("file"), out},
                {QStringLiteral("fields"), *written},
                {QStringLiteral("format"), DataDictionary::formatName(format)},
                {QStringLiteral("dataset"), classification->dataset.name},
                {QStringLiteral("dataset_grade"), grade.grade > 0 ? QJsonValue(grade.grade) : QJsonValue()},
                {QStringLiteral("needs_decision"), QJsonArray::fromStringList(grade.needsDecision)}});
        cli.line(tr("Wrote the data dictionary of dataset %1 (%Ln field(s)) to %2.", nullptr, *written)
                     .arg(classification->dataset.name, out));
        if (!grade.needsDecision.isEmpty())
            cli.line(tr("%Ln field(s) are not confirmed yet; their role, category and grade are the "
                        "suggestions.",
                        nullptr, int(grade.needsDecision.size())));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeDictionaryCommand()
{
    return std::make_unique<DictionaryCommand>();
}

} // namespace steward::cli
