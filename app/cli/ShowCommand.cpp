#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/ProjectCommand.h"
#include "app/cli/TextTable.h"

#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleService.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/mask/MaskWorker.h"

#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace steward::cli {

namespace {

constexpr int kPageRows = 1000; // rows fetched per query; output streams page by page

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // Scalars: serialise inside an array and strip the brackets.
    QByteArray bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return bytes.mid(1, bytes.size() - 2);
}

class ShowCommand final : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(steward::cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Print rows of a dataset as stored."); }
    QString details() const override
    {
        return tr("Cells are printed exactly as imported. In text mode line breaks inside a cell "
                  "show as ↵ and long cells are shortened; --json gives every cell in full.");
    }
    QList<Argument> arguments() const override
    {
        return {{"project", QStringLiteral("PROJECT"), tr("the project file (.steward)")},
                {"dataset", QStringLiteral("DATASET"), tr("the dataset's name")}};
    }
    void addOptions(po::options_description &options) const override
    {
        option(options, "offset", value("K"), tr("skip the first K rows (default 0)"));
        option(options, "limit", value("N"), tr("print at most N rows (default 100)"));
        option(options, "masked", flagValue(),
               tr("show the rows as masked by the dataset's masking rules (see rules); a dropped "
                  "field is left out, a suppressed cell is null"));
        PassphraseInput::addOption(options);
    }

protected:
    Status checkOptions(const po::variables_map &vm) override
    {
        const Result<qint64> offset = integer(vm, "offset", 0, 0, std::numeric_limits<qint64>::max());
        if (!offset)
            return offset.error();
        const Result<qint64> limit = integer(vm, "limit", 100, 0, std::numeric_limits<qint64>::max());
        if (!limit)
            return limit.error();
        m_offset = *offset;
        m_limit = *limit;
        return {};
    }

    int runWithProject(CliContext &cli, const po::variables_map &vm, ProjectStore &store) override
    {
        const Result<DatasetInfo> dataset = store.dataset(text(vm, "dataset"));
        if (!dataset)
            return cli.fail(dataset.error());
        std::optional<MaskWorker> worker;
        std::vector<uint8_t> suppressedRecords;
        if (flag(vm, "masked")) {
            auto setup = maskSetup(store, *dataset, vm);
            if (!setup)
                return cli.fail(setup.error());
            auto made = maskWorker(*dataset, *setup);
            if (!made)
                return cli.fail(made.error());
            worker.emplace(std::move(*made));
            auto flags = recordSuppression(store, *dataset, *setup);
            if (!flags)
                return cli.fail(flags.error());
            suppressedRecords = std::move(*flags);
        }

        const qint64 first = m_offset;
        const qint64 count = std::max<qint64>(0, std::min(m_limit, dataset->rowCount - first));
        if (worker)
            return printMasked(cli, store, *dataset, first, count, *worker, suppressedRecords);
        return cli.json() ? streamJson(cli, store, *dataset, first, count)
                          : printText(cli, store, *dataset, first, count);
    }

private:
    // The dataset's stored masking and what compiling it needs (the secret after the passphrase).
    static Result<DatasetRiskOptions> maskSetup(ProjectStore &store, const DatasetInfo &d,
                                                const po::variables_map &vm)
    {
        auto loaded = MaskRuleService(store).loadSetup(d, [&vm] { return PassphraseInput::read(vm); });
        if (!loaded)
            return loaded.error();
        DatasetRiskOptions setup;
        setup.rules = loaded->rules;
        setup.environment = loaded->environment;
        setup.recordSuppression = loaded->recordSuppression;
        return setup;
    }

    static Result<MaskWorker> maskWorker(const DatasetInfo &d, const DatasetRiskOptions &setup)
    {
        QStringList columns;
        for (const ColumnInfo &c : d.columns)
            columns.append(c.name);
        auto plan = MaskPlan::compile(columns, setup.rules, setup.environment);
        if (!plan)
            return plan.error();
        return MaskWorker::create(*plan);
    }

    // The records the stored record suppression leaves out (1 per suppressed record, in stored
    // order; empty when nothing is suppressed). Class sizes need the whole dataset: one pass.
    static Result<std::vector<uint8_t>> recordSuppression(ProjectStore &store, const DatasetInfo &d,
                                                          DatasetRiskOptions options)
    {
        if (!options.recordSuppression)
            return std::vector<uint8_t>();
        options.quasi = options.recordSuppression->quasi;
        options.k = options.recordSuppression->k;
        auto result = DatasetRiskAnalysis::run(store, d, options);
        if (!result)
            return result.error();
        return std::move(result->report.suppressed);
    }

    // Masked rows are few (a page for people): they are collected, then printed. Records left
    // out by the record suppression are not shown; the row numbers are the stored ones.
    static int printMasked(CliContext &cli, ProjectStore &store, const DatasetInfo &d,
                           qint64 first, qint64 count, MaskWorker &worker,
                           const std::vector<uint8_t> &suppressedRecords)
    {
        const QStringList names = worker.plan().outputColumnNames();
        QJsonArray rows;
        QList<QStringList> textRows;
        QJsonArray rowNumbers;
        qint64 suppressedShown = 0;
        qint64 done = 0;
        std::vector<QByteArray> utf8;
        std::vector<std::string_view> views;
        while (done < count) {
            const Result<QList<QStringList>> page = fetch(store, d, first, count, done);
            if (!page)
                return cli.fail(page.error());
            if (page->isEmpty())
                break;
            for (const QStringList &row : *page) {
                const qint64 index = first + done;
                if (!suppressedRecords.empty() && size_t(index) < suppressedRecords.size()
                    && suppressedRecords[size_t(index)]) {
                    ++suppressedShown;
                    ++done;
                    continue;
                }
                rowNumbers.append(index + 1);
                utf8.clear();
                views.clear();
                for (const QString &cell : row)
                    utf8.push_back(cell.toUtf8());
                for (const QByteArray &b : utf8)
                    views.emplace_back(b.constData(), size_t(b.size()));
                const std::vector<MaskedCell> &out = worker.maskRow(views);
                QJsonArray json;
                QStringList text{cli.number(first + done + 1)};
                for (const MaskedCell &cell : out) {
                    if (cell.isSuppressed()) {
                        json.append(QJsonValue::Null);
                        text.append(QStringLiteral("∅"));
                    } else {
                        const QString value =
                            QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
                        json.append(value);
                        text.append(value);
                    }
                }
                rows.append(json);
                textRows.append(text);
                ++done;
            }
        }
        if (cli.json())
            return cli.document(QJsonObject{{QStringLiteral("dataset"), d.name},
                                            {QStringLiteral("offset"), first},
                                            {QStringLiteral("total_rows"), d.rowCount},
                                            {QStringLiteral("masked"), true},
                                            {QStringLiteral("columns"), QJsonArray::fromStringList(names)},
                                            {QStringLiteral("rows"), rows},
                                            {QStringLiteral("row_numbers"), rowNumbers},
                                            {QStringLiteral("suppressed_records"), suppressedShown}});
        cli.line(tr("Dataset %1, masked: rows %2 to %3 of %4")
                     .arg(d.name, cli.number(first + 1), cli.number(first + done),
                          cli.number(d.rowCount)));
        if (suppressedShown > 0)
            cli.line(tr("%1 of these records are left out by the record suppression.")
                         .arg(cli.number(suppressedShown)));
        QStringList header{QStringLiteral("#")};
        header.append(names);
        TextTable table(header);
        table.setRightAligned(0);
        for (const QStringList &r : std::as_const(textRows))
            table.addRow(r);
        cli.write(table.render().toLocal8Bit());
        return 0;
    }

    static int streamJson(CliContext &cli, ProjectStore &store, const DatasetInfo &d, qint64 first,
                          qint64 count)
    {
        // The first page is read before anything is printed, so that an early failure still
        // gives a plain error document.
        Result<QList<QStringList>> page = fetch(store, d, first, count, 0);
        if (!page)
            return cli.fail(page.error());

        QJsonArray names;
        for (const ColumnInfo &c : d.columns)
            names.append(c.name);
        cli.beginStreamedDocument();
        cli.write(QByteArray("{\"dataset\":") + compact(d.name) + ",\"offset\":" + QByteArray::number(first)
                  + ",\"total_rows\":" + QByteArray::number(d.rowCount) + ",\"columns\":" + compact(names)
                  + ",\"rows\":[");
        qint64 done = 0;
        while (true) {
            for (const QStringList &row : *page) {
                if (done > 0)
                    cli.write(std::string_view(","));
                cli.write(compact(QJsonArray::fromStringList(row)));
                ++done;
            }
            if (done >= count || page->isEmpty())
                break;
            page = fetch(store, d, first, count, done);
            if (!page) {
                // Close the one document with the error inside it.
                const Error &error = page.error();
                cli.write(QByteArray("],\"error\":") + compact(CliContext::errorObject(error)) + "}\n");
                return cli.fail(error);
            }
        }
        cli.write(std::string_view("]}\n"));
        cli.flush();
        return 0;
    }

    static int printText(CliContext &cli, ProjectStore &store, const DatasetInfo &d, qint64 first,
                         qint64 count)
    {
        if (count == 0) {
            cli.line(tr("Dataset %1 has %2 rows: no rows to show from row %3 on.")
                         .arg(d.name, cli.number(d.rowCount), cli.number(first + 1)));
            return 0;
        }
        cli.line(tr("Dataset %1: rows %2 to %3 of %4")
                     .arg(d.name, cli.number(first + 1), cli.number(first + count), cli.number(d.rowCount)));
        QStringList header{QStringLiteral("#")};
        for (const ColumnInfo &c : d.columns)
            header.append(c.name);
        qint64 done = 0;
        while (done < count) {
            const Result<QList<QStringList>> page = fetch(store, d, first, count, done);
            if (!page)
                return cli.fail(page.error());
            if (page->isEmpty())
                break;
            TextTable table(header);
            table.setRightAligned(0);
            for (const QStringList &row : *page) {
                QStringList cells{cli.number(first + done + 1)};
                cells.append(row);
                table.addRow(cells);
                ++done;
            }
            cli.write(table.render().toLocal8Bit());
        }
        return 0;
    }

    static Result<QList<QStringList>> fetch(ProjectStore &store, const DatasetInfo &d, qint64 first,
                                            qint64 count, qint64 done)
    {
        const int rows = static_cast<int>(std::min<qint64>(kPageRows, count - done));
        if (rows <= 0)
            return QList<QStringList>();
        return store.rows(d, first + done, rows);
    }

    qint64 m_offset = 0;
    qint64 m_limit = 100;
};

} // namespace

std::unique_ptr<Command> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace steward::cli
