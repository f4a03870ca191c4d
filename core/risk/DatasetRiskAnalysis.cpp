#include "core/risk/DatasetRiskAnalysis.h"

#include "core/import/TypeInference.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskWorker.h"
#include "core/risk/DatasetCellScan.h"
#include "core/risk/FieldLossMeter.h"
#include "core/risk/MeasuredTable.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"

#include <optional>
#include <string_view>

namespace steward {

namespace {

constexpr qint64 kProgressRows = 4096;

// Hands the connection's unused page cache back (best effort: only memory, never an error).
void releaseCache(ProjectStore &store)
{
    (void)StoreAccess::db(store).exec("PRAGMA shrink_memory");
}

QStringList uniqueInOrder(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

// The fields of `fields` that are still in the output (dropped fields identify nobody any more:
// they leave the analysis), each once, in order.
QStringList keptFields(const QStringList &fields, const QStringList &output)
{
    QStringList kept;
    for (const QString &f : uniqueInOrder(fields)) {
        if (output.contains(f))
            kept.append(f);
    }
    return kept;
}

// Applies the record suppression to the masked table: the records it leaves out (1 = out).
Result<std::vector<uint8_t>> suppressRecords(const MeasuredTable &table,
                                             const QStringList &quasi,
                                             const RecordSuppression &suppression,
                                             const CancellationToken *cancel,
                                             DatasetRiskResult &result)
{
    RiskRequest request;
    request.k = suppression.k;
    request.suppressBelowK = true;
    // The models the anonymization was searched with: their classes are left out too. A model of
    // a field the release no longer has (dropped, or gone from a replaced extract) checks nothing.
    for (const SuppressionModel &m : suppression.models) {
        const std::vector<int> column = table.columnsOf({m.field});
        if (column.empty() || column.front() < 0)
            continue;
        SensitiveModel model;
        model.column = column.front();
        model.l = m.l;
        model.c = m.c;
        model.t = m.t;
        model.ordered = m.ordered;
        switch (m.kind) {
        case SuppressionModel::Kind::DistinctL:
            model.kind = SensitiveModel::Kind::DistinctL;
            break;
        case SuppressionModel::Kind::EntropyL:
            model.kind = SensitiveModel::Kind::EntropyL;
            break;
        case SuppressionModel::Kind::RecursiveCL:
            model.kind = SensitiveModel::Kind::RecursiveCL;
            break;
        case SuppressionModel::Kind::TCloseness:
            model.kind = SensitiveModel::Kind::TCloseness;
            break;
        }
        request.suppressionModels.push_back(model);
    }
    auto report = table.analyze(table.columnsOf(quasi), {}, request, cancel);
    if (!report)
        return report.error();
    result.suppressedRecords = report->suppressedRecords;
    result.suppressionOverLimit =
        suppression.maxFraction && report->records > 0
        && double(report->suppressedRecords) / double(report->records)
               > *suppression.maxFraction + 1e-12;
    return std::move(report->suppressed);
}

// Where the rows go: the masked ones to the data as released and (with the stored ones) to the
// loss meter, the stored ones to the baseline.
struct RowSinks {
    MeasuredTable &masked;
    MeasuredTable *baseline; // nullptr: not measured
    FieldLossMeter &loss;
};

// Streams the dataset's rows through `worker` into `sinks`; the number of rows measured. Without
// any rule that changes a value (`passThrough`) the cells go straight to the tables and only
// `readColumns` are read (the common `risk --raw` case). Records `options.keepRecord` refuses
// are skipped before anything else sees them.
Result<qint64> feedRows(DatasetCellScan &scan, MaskWorker &worker, const MissingValues &missing,
                        bool passThrough, const std::vector<int> &readColumns, size_t columns,
                        const RowSinks &sinks, const DatasetRiskOptions &options, qint64 rowCount,
                        const ProgressCallback &progress, const CancellationToken *cancel)
{
    std::vector<std::string_view> views(columns);
    std::vector<std::string_view> masked;
    static const std::string_view kSuppressed = "*";
    const bool filtered = options.keepRecord && options.recordFilterColumn >= 0
        && size_t(options.recordFilterColumn) < columns;
    qint64 rowsDone = 0;
    qint64 rowsScanned = 0;
    for (;;) {
        const Result<bool> row = scan.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (passThrough)
            scan.read(views, readColumns, &missing);
        else
            scan.read(views);
        if (filtered && !options.keepRecord(views[size_t(options.recordFilterColumn)])) {
            if (++rowsScanned % kProgressRows == 0) {
                if (progress)
                    progress({rowsScanned, rowCount});
                if (cancel && cancel->isCancelled())
                    return Error::cancelled();
            }
            continue;
        }
        if (passThrough) {
            if (Status s = sinks.masked.addRow(views); !s)
                return s.error();
            if (sinks.baseline) {
                if (Status s = sinks.baseline->addRow(views); !s)
                    return s.error();
            }
        } else {
            if (sinks.baseline) {
                if (Status s = sinks.baseline->addRow(views, missing); !s)
                    return s.error();
            }
            const std::vector<MaskedCell> &out = worker.maskRow(views);
            masked.clear();
            for (const MaskedCell &c : out)
                masked.push_back(c.isSuppressed() ? kSuppressed : c.text);
            if (Status s = sinks.masked.addRow(masked, missing, kSuppressed); !s)
                return s.error();
            sinks.loss.add(views, out, rowsDone);
        }
        ++rowsDone;
        if (++rowsScanned % kProgressRows == 0) {
            if (progress)
                progress({rowsScanned, rowCount});
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
        }
    }
    if (progress)
        progress({rowsScanned, rowCount});
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    return rowsDone;
}

} // namespace

Result<DatasetRiskResult> DatasetRiskAnalysis::run(ProjectStore &store, const DatasetInfo &dataset,
                                                   const DatasetRiskOptions &options,
                                                   const ProgressCallback &progress,
                                                   const CancellationToken *cancel)
{
    if (options.k < 1)
        return Error::usage(tr("k must be at least 1"));
    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.append(c.name);
    const std::optional<RecordSuppression> suppression =
        options.masked ? options.recordSuppression : std::nullopt;
    // A stored record suppression may name fields a replaced extract no longer has: those leave
    // it (below), they are not an error.
    const QStringList mentioned = options.quasi + options.sensitive;
    for (const QString &f : std::as_const(mentioned)) {
        if (!columns.contains(f))
            return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, f));
    }

    MaskEnvironment environment = options.environment;
    if (dataset.missingMarkers)
        environment.missingMarkers = *dataset.missingMarkers;
    const QList<std::pair<QString, MaskRule>> rules =
        options.masked ? options.rules : QList<std::pair<QString, MaskRule>>();
    auto plan = MaskPlan::compile(columns, rules, environment);
    if (!plan)
        return plan.error();
    auto worker = MaskWorker::create(*plan);
    if (!worker)
        return worker.error();
    const QStringList output = plan->outputColumnNames();

    DatasetRiskResult result;
    result.k = options.k;
    result.masked = options.masked;
    result.quasi = keptFields(options.quasi, output);
    result.sensitive = keptFields(options.sensitive, output);
    const QStringList suppressionQuasi =
        suppression ? keptFields(suppression->quasi, output) : QStringList();
    QStringList suppressionColumns = suppressionQuasi;
    if (suppression && !suppressionQuasi.isEmpty()) {
        for (const SuppressionModel &m : suppression->models)
            suppressionColumns.append(m.field);
        suppressionColumns = keptFields(suppressionColumns, output);
    }

    // The data as released first, read from the worker's output row, measured and freed before
    // the data as stored (the baseline) is read in a second pass: both dictionary-encoded tables
    // at once, with the grouping of the baseline's (nearly unique) classes on top, were most of
    // the peak memory of a measurement; a second read of the stored cells costs far less.
    const size_t records = size_t(dataset.rowCount);
    const QStringList baseQuasi = uniqueInOrder(options.quasi);
    const MissingValues missing(dataset.missingMarkers.value_or(defaultMissingMarkers()));
    // The consent decision of every record scanned, asked once (the filter counts what it
    // refuses) and replayed in the baseline's pass.
    const bool filtered = options.keepRecord && options.recordFilterColumn >= 0
        && options.recordFilterColumn < columns.size();
    std::vector<bool> keptRecords;
    DatasetRiskOptions firstPass = options;
    if (filtered && options.withBaseline) {
        keptRecords.reserve(records);
        firstPass.keepRecord = [&keptRecords, &options](std::string_view value) {
            const bool keep = options.keepRecord(value);
            keptRecords.push_back(keep);
            return keep;
        };
    }
    // Progress: the first pass is the first half of the rows' work when there is a second.
    auto halfProgress = [&progress, rowCount = dataset.rowCount](qint64 offset) -> ProgressCallback {
        if (!progress)
            return {};
        return [&progress, rowCount, offset](const Progress &p) {
            progress({offset + p.done / 2, rowCount});
        };
    };
    {
        MeasuredTable maskedTable(result.quasi, result.sensitive, suppressionColumns, output,
                                  records);
        FieldLossMeter loss(columns, *plan, output, records);

        auto scan = DatasetCellScan::open(store, dataset);
        if (!scan)
            return scan.error();
        // Without any rule that changes a value only the columns measured are read.
        bool passThrough = true;
        for (int c = 0; c < columns.size(); ++c)
            passThrough = passThrough && plan->rule(c).op() == MaskOperator::Keep;
        std::vector<int> readColumns;
        for (int c = 0; c < columns.size(); ++c) {
            if (maskedTable.reads(c) || mentioned.contains(columns.at(c))
                || c == options.recordFilterColumn)
                readColumns.push_back(c);
        }
        const Result<qint64> rows =
            feedRows(*scan, *worker, missing, passThrough, readColumns, size_t(columns.size()),
                     {maskedTable, nullptr, loss}, firstPass, dataset.rowCount,
                     options.withBaseline ? halfProgress(0) : progress, cancel);
        if (!rows)
            return rows.error();

        maskedTable.finish();
        std::vector<uint8_t> suppressedRecords;
        if (!suppressionQuasi.isEmpty()) {
            auto suppressed =
                suppressRecords(maskedTable, suppressionQuasi, *suppression, cancel, result);
            if (!suppressed)
                return suppressed.error();
            suppressedRecords = std::move(*suppressed);
        }

        auto report = maskedTable.measure(options.k, suppressedRecords, cancel);
        if (!report)
            return report.error();
        result.report = std::move(*report);
        loss.measure(suppressedRecords, *rows, baseQuasi, result);
    }

    if (options.withBaseline) {
        // The data as stored: every quasi-identifier and sensitive attribute asked for.
        MeasuredTable baseTable(baseQuasi, uniqueInOrder(options.sensitive), QStringList(),
                                columns, records);
        FieldLossMeter unused(columns, *plan, output, 0);
        std::vector<int> readColumns;
        for (int c = 0; c < columns.size(); ++c) {
            if (baseTable.reads(c) || c == options.recordFilterColumn)
                readColumns.push_back(c);
        }
        DatasetRiskOptions secondPass;
        if (filtered) {
            secondPass.recordFilterColumn = options.recordFilterColumn;
            secondPass.keepRecord = [&keptRecords, next = size_t(0)](std::string_view) mutable {
                return next < keptRecords.size() && keptRecords[next++];
            };
        }
        {
            auto scan = DatasetCellScan::open(store, dataset);
            if (!scan)
                return scan.error();
            const Result<qint64> rows =
                feedRows(*scan, *worker, missing, true, readColumns, size_t(columns.size()),
                         {baseTable, nullptr, unused}, secondPass, dataset.rowCount,
                         halfProgress(dataset.rowCount / 2), cancel);
            if (!rows)
                return rows.error();
        }
        keptRecords = std::vector<bool>();
        // The page cache the scan filled is not read again before the grouping, the peak.
        releaseCache(store);
        baseTable.finish();
        auto baseReport = baseTable.measure(options.k, {}, cancel);
        if (!baseReport)
            return baseReport.error();
        result.baseline = std::move(*baseReport);
    }
    return result;
}

} // namespace steward
