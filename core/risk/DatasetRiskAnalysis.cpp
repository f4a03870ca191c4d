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

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <functional>
#include <string>
#include <unordered_map>

namespace steward {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(steward::DatasetRiskAnalysis)
};

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

Result<std::vector<AttributeGeneralization>> flatAttributes(const EncodedTable &table,
                                                            std::vector<int> columns)
{
    std::vector<AttributeGeneralization> attributes;
    for (int c : columns) {
        auto g = AttributeGeneralization::create(table, c, nullptr);
        if (!g)
            return g.error();
        attributes.push_back(std::move(*g));
    }
    return attributes;
}

} // namespace

Result<DatasetRiskResult> DatasetRiskAnalysis::run(ProjectStore &store, const DatasetInfo &dataset,
                                                   const DatasetRiskOptions &options,
                                                   const ProgressCallback &progress,
                                                   const CancellationToken *cancel)
{
    if (options.k < 1)
        return Error::usage(Text::tr("k must be at least 1"));
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
            return Error::badInput(
                Text::tr("dataset %1 has no field named %2").arg(dataset.name, f));
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

    // The masked table: quasi-identifiers, sensitive attributes, then the suppression's
    // quasi-identifiers not already there; indexes into the worker's output row.
    QStringList maskedNames = result.quasi + result.sensitive;
    for (const QString &f : std::as_const(suppressionQuasi)) {
        if (!maskedNames.contains(f))
            maskedNames.append(f);
    }
    std::vector<int> maskedIndexes;
    for (const QString &f : std::as_const(maskedNames))
        maskedIndexes.push_back(int(output.indexOf(f)));
    EncodedTableBuilder maskedBuilder(maskedNames, maskedIndexes);
    maskedBuilder.reserve(size_t(dataset.rowCount));

    // The table as stored (baseline): every quasi-identifier and sensitive attribute asked for.
    const QStringList baseQuasi = uniqueInOrder(options.quasi);
    const QStringList baseSensitive = uniqueInOrder(options.sensitive);
    const QStringList baseNames = baseQuasi + baseSensitive;
    std::vector<int> baseIndexes;
    for (const QString &f : baseNames)
        baseIndexes.push_back(int(columns.indexOf(f)));
    std::optional<EncodedTableBuilder> baseBuilder;
    if (options.withBaseline) {
        baseBuilder.emplace(baseNames, baseIndexes);
        baseBuilder->reserve(size_t(dataset.rowCount));
    }

    // Loss accumulators of the fields whose rule generalises.
    std::vector<std::optional<LossAccumulator>> accumulators(size_t(columns.size()));
    std::vector<int> outputIndexOfColumn(size_t(columns.size()), -1);
    for (int c = 0; c < columns.size(); ++c) {
        outputIndexOfColumn[size_t(c)] = int(output.indexOf(columns.at(c)));
        if (lossKind(plan->rule(c).op()) == LossKind::Measured)
            accumulators[size_t(c)].emplace(size_t(dataset.rowCount));
    }
    // The records whose cell a one-to-one rule suppressed (a date a shift cannot read), per
    // column: few, and needed to count each lost cell once next to the suppressed records.
    std::vector<std::vector<uint32_t>> suppressedRowsOfColumn(size_t(columns.size()));

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
        if (std::find(maskedIndexes.begin(), maskedIndexes.end(), c) != maskedIndexes.end()
            || std::find(baseIndexes.begin(), baseIndexes.end(), c) != baseIndexes.end())
            readColumns.push_back(c);
    }
    std::vector<std::string_view> views(size_t(columns.size()));
    std::vector<std::string_view> masked;
    std::vector<std::string_view> base(size_t(columns.size()));
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
            if (Status s = maskedBuilder.addRow(views); !s)
                return s.error();
            if (baseBuilder) {
                if (Status s = baseBuilder->addRow(views); !s)
                    return s.error();
            }
            if (++rowsDone % kProgressRows == 0) {
                if (progress)
                    progress({rowsDone, dataset.rowCount});
                if (cancel && cancel->isCancelled())
                    return Error::cancelled();
            }
            continue;
        }
        scan->read(views);
        if (baseBuilder) {
            // An empty cell and every missing-value marker of the import are one value.
            for (int c : baseIndexes)
                base[size_t(c)] = missing.isMissing(views[size_t(c)]) ? std::string_view()
                                                                       : views[size_t(c)];
            if (Status s = baseBuilder->addRow(base); !s)
                return s.error();
        }
        const std::vector<MaskedCell> &out = worker->maskRow(views);
        masked.clear();
        for (const MaskedCell &c : out)
            masked.push_back(c.isSuppressed() ? kSuppressed : c.text);
        for (int c : maskedIndexes) {
            if (masked[size_t(c)] != kSuppressed && missing.isMissing(masked[size_t(c)]))
                masked[size_t(c)] = std::string_view();
        }
        if (Status s = maskedBuilder.addRow(masked); !s)
            return s.error();
        for (size_t c = 0; c < accumulators.size(); ++c) {
            const int o = outputIndexOfColumn[c];
            if (o < 0)
                continue;
            const MaskedCell &cell = out[size_t(o)];
            if (accumulators[c]) {
                accumulators[c]->add(views[c], cell);
            } else if (cell.isSuppressed()) {
                suppressedRowsOfColumn[c].push_back(uint32_t(rowsDone));
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

    const EncodedTable table = maskedBuilder.finish();
    std::vector<uint8_t> suppressedRecords;
    if (!suppressionQuasi.isEmpty()) {
        std::vector<int> cols;
        for (const QString &f : std::as_const(suppressionQuasi))
            cols.push_back(int(maskedNames.indexOf(f)));
        auto attributes = flatAttributes(table, cols);
        if (!attributes)
            return attributes.error();
        RiskAnalyzer suppressor(table, *attributes, {});
        RiskRequest request;
        request.k = suppression->k;
        request.suppressBelowK = true;
        auto report = suppressor.analyze(request, {}, cancel);
        if (!report)
            return report.error();
        suppressedRecords = std::move(report->suppressed);
        result.suppressedRecords = report->suppressedRecords;
        result.suppressionOverLimit =
            suppression->maxFraction && report->records > 0
            && double(report->suppressedRecords) / double(report->records)
                   > *suppression->maxFraction + 1e-12;
    }

    std::vector<int> quasiColumns;
    for (int i = 0; i < result.quasi.size(); ++i)
        quasiColumns.push_back(i);
    auto attributes = flatAttributes(table, quasiColumns);
    if (!attributes)
        return attributes.error();
    std::vector<int> sensitiveColumns;
    for (int i = 0; i < result.sensitive.size(); ++i)
        sensitiveColumns.push_back(int(result.quasi.size()) + i);
    RiskAnalyzer analyzer(table, *attributes, sensitiveColumns);
    RiskRequest request;
    request.k = options.k;
    request.suppressed = suppressedRecords;
    auto report = analyzer.analyze(request, {}, cancel);
    if (!report)
        return report.error();
    result.report = std::move(*report);

    if (baseBuilder) {
        const EncodedTable baseTable = baseBuilder->finish();
        std::vector<int> baseQuasiColumns;
        for (int i = 0; i < baseQuasi.size(); ++i)
            baseQuasiColumns.push_back(i);
        auto baseAttributes = flatAttributes(baseTable, baseQuasiColumns);
        if (!baseAttributes)
            return baseAttributes.error();
        std::vector<int> baseSensitiveColumns;
        for (int i = 0; i < baseSensitive.size(); ++i)
            baseSensitiveColumns.push_back(int(baseQuasi.size()) + i);
        RiskAnalyzer baseAnalyzer(baseTable, *baseAttributes, baseSensitiveColumns);
        RiskRequest baseRequest;
        baseRequest.k = options.k;
        auto baseReport = baseAnalyzer.analyze(baseRequest, {}, cancel);
        if (!baseReport)
            return baseReport.error();
        result.baseline = std::move(*baseReport);
    }

    // Information loss per field and over the quasi-identifiers asked for.
    const double recordShare = rowsDone > 0 ? double(result.suppressedRecords) / double(rowsDone) : 0.0;
    for (int c = 0; c < columns.size(); ++c) {
        FieldLoss loss;
        loss.field = columns.at(c);
        loss.op = maskOperatorName(plan->rule(c).op());
        switch (lossKind(plan->rule(c).op())) {
        case LossKind::Full:
            loss.loss = rowsDone > 0 ? 1.0 : 0.0;
            break;
        case LossKind::None: {
            // Suppressed records lose everything, and so does a cell the rule could not
            // transform; a cell of a suppressed record counts once.
            const std::vector<uint32_t> &rows = suppressedRowsOfColumn[size_t(c)];
            qint64 cellsOutsideSuppressed = 0;
            for (uint32_t r : rows) {
                if (suppressedRecords.empty() || !suppressedRecords[r])
                    ++cellsOutsideSuppressed;
            }
            loss.loss = rowsDone > 0 ? recordShare + double(cellsOutsideSuppressed) / double(rowsDone)
                                     : 0.0;
            loss.suppressedCells = rows.size();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        case LossKind::Measured:
            loss.loss = accumulators[size_t(c)]->loss(suppressedRecords);
            loss.suppressedCells = accumulators[size_t(c)]->suppressedCells();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        result.fieldLoss.push_back(loss);
    }
    if (!baseQuasi.isEmpty()) {
        double sum = 0.0;
        for (const QString &f : baseQuasi)
            sum += result.fieldLoss[size_t(columns.indexOf(f))].loss;
        result.totalLoss = sum / double(baseQuasi.size());
    }
    return result;
}

} // namespace steward
