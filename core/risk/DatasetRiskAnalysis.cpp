#include "core/risk/DatasetRiskAnalysis.h"

#include "core/import/TypeInference.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskWorker.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DatasetCellScan.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/RiskAnalyzer.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace steward {

namespace {

constexpr qint64 kProgressRows = 4096;

// How a rule changes the distinguishability of a field's values, for the information loss.
enum class LossKind {
    None,     // keep, pseudonym, shift: one-to-one (per subject); only suppressed records lose
    Full,     // drop: every cell is gone
    Measured, // generalising operators: measured from the stored → masked value mapping
};

LossKind lossKind(MaskOperator op)
{
    switch (op) {
    case MaskOperator::Keep:
    case MaskOperator::Pseudonym:
    case MaskOperator::Shift:
        return LossKind::None;
    case MaskOperator::Drop:
        return LossKind::Full;
    default:
        return LossKind::Measured;
    }
}

// The stored → masked value mapping of one field: every distinct stored value gets the group of
// its masked value; a suppressed cell has no group. Per record only the group is kept (4 bytes),
// so that records suppressed later can be counted as full loss.
class LossAccumulator final {
public:
    static constexpr uint32_t kSuppressedCell = UINT32_MAX;

    explicit LossAccumulator(size_t records) { m_groupOfRecord.reserve(records); }

    void add(std::string_view stored, const MaskedCell &masked)
    {
        if (masked.isSuppressed()) {
            m_groupOfRecord.push_back(kSuppressedCell);
            ++m_suppressedCells;
            return;
        }
        const uint64_t h = std::hash<std::string_view>{}(stored);
        auto it = m_groupOfValue.find(h);
        if (it == m_groupOfValue.end()) {
            const auto [g, inserted] =
                m_groups.try_emplace(std::string(masked.text), uint32_t(m_groups.size()));
            (void)inserted;
            const uint32_t group = g->second;
            if (group == m_valuesInGroup.size())
                m_valuesInGroup.push_back(0);
            ++m_valuesInGroup[group];
            it = m_groupOfValue.emplace(h, group).first;
        }
        m_groupOfRecord.push_back(it->second);
    }

    quint64 suppressedCells() const { return m_suppressedCells; }

    // Average cell loss with the records flagged in `suppressedRecords` (may be empty) counting 1.
    double loss(const std::vector<uint8_t> &suppressedRecords) const
    {
        const size_t records = m_groupOfRecord.size();
        if (records == 0)
            return 0.0;
        const double n = double(m_groupOfValue.size());
        double sum = 0.0;
        for (size_t r = 0; r < records; ++r) {
            const uint32_t g = m_groupOfRecord[r];
            if (g == kSuppressedCell || (!suppressedRecords.empty() && suppressedRecords[r])) {
                sum += 1.0;
                continue;
            }
            if (n > 1.0)
                sum += double(m_valuesInGroup[g] - 1) / (n - 1.0);
        }
        return sum / double(records);
    }

private:
    std::unordered_map<uint64_t, uint32_t> m_groupOfValue;
    std::unordered_map<std::string, uint32_t> m_groups;
    std::vector<quint64> m_valuesInGroup;
    std::vector<uint32_t> m_groupOfRecord;
    quint64 m_suppressedCells = 0;
};

QStringList uniqueInOrder(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

// A table whose risk is measured, fed one record at a time: its quasi-identifiers, then its
// sensitive attributes, then the further columns only the record suppression reads. The data as
// released and the data as stored (the baseline) are one each; they differ only in the rows
// they are fed (the worker's masked output, or the stored cells) and in what is measured.
class MeasuredTable final {
public:
    // `rowColumns` names the cells of the rows that addRow() is given.
    MeasuredTable(const QStringList &quasi, const QStringList &sensitive,
                  const QStringList &suppressionQuasi, const QStringList &rowColumns,
                  size_t records)
        : m_quasiCount(int(quasi.size())), m_sensitiveCount(int(sensitive.size())),
          m_names(namesOf(quasi + sensitive, suppressionQuasi)),
          m_indexes(indexesIn(m_names, rowColumns)), m_builder(m_names, m_indexes)
    {
        m_builder.reserve(records);
    }

    // Whether the cell at `index` of the rows fed is one of the table's.
    bool reads(int index) const
    {
        return std::find(m_indexes.begin(), m_indexes.end(), index) != m_indexes.end();
    }

    // Adds a record whose cells need no normalising.
    Status addRow(const std::vector<std::string_view> &row) { return m_builder.addRow(row); }

    // Adds a record with an empty cell and every missing-value marker of the import as one value;
    // a cell equal to `notMissing` (the masked rows' mark of a suppressed cell) stays as it is.
    Status addRow(const std::vector<std::string_view> &row, const MissingValues &missing,
                  std::string_view notMissing = {})
    {
        m_row.resize(row.size());
        for (int c : m_indexes) {
            const std::string_view cell = row[size_t(c)];
            m_row[size_t(c)] =
                cell != notMissing && missing.isMissing(cell) ? std::string_view() : cell;
        }
        return m_builder.addRow(m_row);
    }

    // Ends the rows; the table can be analysed from now on.
    void finish() { m_table = m_builder.finish(); }

    std::vector<int> quasiColumns() const { return range(0, m_quasiCount); }
    std::vector<int> sensitiveColumns() const { return range(m_quasiCount, m_sensitiveCount); }
    std::vector<int> columnsOf(const QStringList &names) const
    {
        std::vector<int> columns;
        for (const QString &f : names)
            columns.push_back(int(m_names.indexOf(f)));
        return columns;
    }

    // The risk with `quasi` as the quasi-identifiers, ungeneralised, and `sensitive` as the
    // sensitive attributes.
    Result<RiskReport> analyze(const std::vector<int> &quasi, const std::vector<int> &sensitive,
                               const RiskRequest &request, const CancellationToken *cancel) const
    {
        std::vector<AttributeGeneralization> attributes;
        for (int c : quasi) {
            auto g = AttributeGeneralization::create(m_table, c, nullptr);
            if (!g)
                return g.error();
            attributes.push_back(std::move(*g));
        }
        RiskAnalyzer analyzer(m_table, attributes, sensitive);
        return analyzer.analyze(request, {}, cancel);
    }

    // The risk of the table's own quasi-identifiers and sensitive attributes.
    Result<RiskReport> measure(int k, std::vector<uint8_t> suppressed,
                               const CancellationToken *cancel) const
    {
        RiskRequest request;
        request.k = k;
        request.suppressed = std::move(suppressed);
        return analyze(quasiColumns(), sensitiveColumns(), request, cancel);
    }

private:
    static QStringList namesOf(QStringList measured, const QStringList &suppressionQuasi)
    {
        for (const QString &f : suppressionQuasi) {
            if (!measured.contains(f))
                measured.append(f);
        }
        return measured;
    }

    static std::vector<int> indexesIn(const QStringList &names, const QStringList &rowColumns)
    {
        std::vector<int> indexes;
        for (const QString &f : names)
            indexes.push_back(int(rowColumns.indexOf(f)));
        return indexes;
    }

    static std::vector<int> range(int first, int count)
    {
        std::vector<int> columns;
        for (int i = 0; i < count; ++i)
            columns.push_back(first + i);
        return columns;
    }

    int m_quasiCount;
    int m_sensitiveCount;
    QStringList m_names;
    std::vector<int> m_indexes; // into the rows fed
    EncodedTableBuilder m_builder;
    std::vector<std::string_view> m_row;
    EncodedTable m_table;
};

// What the rules did to each stored column, gathered while the rows are masked.
struct ColumnLosses {
    // Fields whose rule generalises: the stored → masked mapping.
    std::vector<std::optional<LossAccumulator>> accumulators;
    // The records whose cell a one-to-one rule suppressed (a date a shift cannot read), per
    // column: few, and needed to count each lost cell once next to the suppressed records.
    std::vector<std::vector<uint32_t>> suppressedRows;
};

// Information loss per field (every column, in order) and over the quasi-identifiers asked for.
void measureLoss(const QStringList &columns, const MaskPlan &plan, const ColumnLosses &losses,
                 const std::vector<uint8_t> &suppressedRecords, qint64 rows,
                 const QStringList &quasi, DatasetRiskResult &result)
{
    const double recordShare = rows > 0 ? double(result.suppressedRecords) / double(rows) : 0.0;
    for (int c = 0; c < columns.size(); ++c) {
        FieldLoss loss;
        loss.field = columns.at(c);
        loss.op = maskOperatorName(plan.rule(c).op());
        switch (lossKind(plan.rule(c).op())) {
        case LossKind::Full:
            loss.loss = rows > 0 ? 1.0 : 0.0;
            break;
        case LossKind::None: {
            // Suppressed records lose everything, and so does a cell the rule could not
            // transform; a cell of a suppressed record counts once.
            const std::vector<uint32_t> &suppressedRows = losses.suppressedRows[size_t(c)];
            qint64 cellsOutsideSuppressed = 0;
            for (uint32_t r : suppressedRows) {
                if (suppressedRecords.empty() || !suppressedRecords[r])
                    ++cellsOutsideSuppressed;
            }
            loss.loss = rows > 0 ? recordShare + double(cellsOutsideSuppressed) / double(rows)
                                 : 0.0;
            loss.suppressedCells = suppressedRows.size();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        case LossKind::Measured:
            loss.loss = losses.accumulators[size_t(c)]->loss(suppressedRecords);
            loss.suppressedCells = losses.accumulators[size_t(c)]->suppressedCells();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        result.fieldLoss.push_back(loss);
    }
    if (!quasi.isEmpty()) {
        double sum = 0.0;
        for (const QString &f : quasi)
            sum += result.fieldLoss[size_t(columns.indexOf(f))].loss;
        result.totalLoss = sum / double(quasi.size());
    }
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
    // Dropped fields identify nobody any more: they leave the analysis.
    for (const QString &f : uniqueInOrder(options.quasi)) {
        if (output.contains(f))
            result.quasi.append(f);
    }
    for (const QString &f : uniqueInOrder(options.sensitive)) {
        if (output.contains(f))
            result.sensitive.append(f);
    }
    QStringList suppressionQuasi;
    if (suppression) {
        for (const QString &f : uniqueInOrder(suppression->quasi)) {
            if (output.contains(f))
                suppressionQuasi.append(f);
        }
    }

    // The data as released, read from the worker's output row.
    const size_t records = size_t(dataset.rowCount);
    MeasuredTable maskedTable(result.quasi, result.sensitive, suppressionQuasi, output, records);
    // The data as stored (baseline): every quasi-identifier and sensitive attribute asked for.
    const QStringList baseQuasi = uniqueInOrder(options.quasi);
    std::optional<MeasuredTable> baseTable;
    if (options.withBaseline)
        baseTable.emplace(baseQuasi, uniqueInOrder(options.sensitive), QStringList(), columns,
                          records);

    ColumnLosses losses;
    losses.accumulators.resize(size_t(columns.size()));
    losses.suppressedRows.resize(size_t(columns.size()));
    std::vector<int> outputIndexOfColumn(size_t(columns.size()), -1);
    for (int c = 0; c < columns.size(); ++c) {
        outputIndexOfColumn[size_t(c)] = int(output.indexOf(columns.at(c)));
        if (lossKind(plan->rule(c).op()) == LossKind::Measured)
            losses.accumulators[size_t(c)].emplace(records);
    }

    const MissingValues missing(dataset.missingMarkers.value_or(defaultMissingMarkers()));
    auto scan = DatasetCellScan::open(store, dataset);
    if (!scan)
        return scan.error();
    // Without any rule that changes a value the cells go straight to the encoders and only the
    // analysed columns are read (the common `risk --raw` case).
    bool passThrough = true;
    for (int c = 0; c < columns.size(); ++c)
        passThrough = passThrough && plan->rule(c).op() == MaskOperator::Keep;
    std::vector<int> readColumns;
    for (int c = 0; c < columns.size(); ++c) {
        if (maskedTable.reads(c) || mentioned.contains(columns.at(c)))
            readColumns.push_back(c);
    }
    std::vector<std::string_view> views(size_t(columns.size()));
    std::vector<std::string_view> masked;
    static const std::string_view kSuppressed = "*";
    qint64 rowsDone = 0;
    for (;;) {
        const Result<bool> row = scan->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (passThrough) {
            scan->read(views, readColumns, &missing);
            if (Status s = maskedTable.addRow(views); !s)
                return s.error();
            if (baseTable) {
                if (Status s = baseTable->addRow(views); !s)
                    return s.error();
            }
        } else {
            scan->read(views);
            if (baseTable) {
                if (Status s = baseTable->addRow(views, missing); !s)
                    return s.error();
            }
            const std::vector<MaskedCell> &out = worker->maskRow(views);
            masked.clear();
            for (const MaskedCell &c : out)
                masked.push_back(c.isSuppressed() ? kSuppressed : c.text);
            if (Status s = maskedTable.addRow(masked, missing, kSuppressed); !s)
                return s.error();
            for (size_t c = 0; c < losses.accumulators.size(); ++c) {
                const int o = outputIndexOfColumn[c];
                if (o < 0)
                    continue;
                const MaskedCell &cell = out[size_t(o)];
                if (losses.accumulators[c]) {
                    losses.accumulators[c]->add(views[c], cell);
                } else if (cell.isSuppressed()) {
                    losses.suppressedRows[c].push_back(uint32_t(rowsDone));
                }
            }
        }
        if (++rowsDone % kProgressRows == 0) {
            if (progress)
                progress({rowsDone, dataset.rowCount});
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
        }
    }
    if (progress)
        progress({rowsDone, dataset.rowCount});
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    maskedTable.finish();
    std::vector<uint8_t> suppressedRecords;
    if (!suppressionQuasi.isEmpty()) {
        RiskRequest request;
        request.k = suppression->k;
        request.suppressBelowK = true;
        auto report = maskedTable.analyze(maskedTable.columnsOf(suppressionQuasi), {}, request,
                                          cancel);
        if (!report)
            return report.error();
        suppressedRecords = std::move(report->suppressed);
        result.suppressedRecords = report->suppressedRecords;
        result.suppressionOverLimit =
            suppression->maxFraction && report->records > 0
            && double(report->suppressedRecords) / double(report->records)
                   > *suppression->maxFraction + 1e-12;
    }

    auto report = maskedTable.measure(options.k, suppressedRecords, cancel);
    if (!report)
        return report.error();
    result.report = std::move(*report);
    if (baseTable) {
        baseTable->finish();
        auto baseReport = baseTable->measure(options.k, {}, cancel);
        if (!baseReport)
            return baseReport.error();
        result.baseline = std::move(*baseReport);
    }

    measureLoss(columns, *plan, losses, suppressedRecords, rowsDone, baseQuasi, result);
    return result;
}

} // namespace steward
