#include "core/risk/FieldLossMeter.h"

#include "core/mask/MaskPlan.h"
#include "core/mask/MaskWorker.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace steward {

namespace {

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

} // namespace

// The stored → masked value mapping of one field: every distinct stored value gets the group of
// its masked value; a suppressed cell has no group. Per record only the group is kept (4 bytes),
// so that records suppressed later can be counted as full loss.
class FieldLossMeter::Accumulator final {
public:
    static constexpr uint32_t kSuppressedCell = UINT32_MAX;

    explicit Accumulator(size_t records) { m_groupOfRecord.reserve(records); }

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

FieldLossMeter::FieldLossMeter(const QStringList &columns, const MaskPlan &plan,
                               const QStringList &output, size_t records)
    : m_columns(columns), m_plan(plan),
      m_accumulators(size_t(columns.size())),
      m_outputIndexOfColumn(size_t(columns.size()), -1),
      m_suppressedRows(size_t(columns.size()))
{
    for (int c = 0; c < columns.size(); ++c) {
        m_outputIndexOfColumn[size_t(c)] = int(output.indexOf(columns.at(c)));
        if (lossKind(plan.rule(c).op()) == LossKind::Measured)
            m_accumulators[size_t(c)] = std::make_unique<Accumulator>(records);
    }
}

FieldLossMeter::~FieldLossMeter() = default;

void FieldLossMeter::add(const std::vector<std::string_view> &stored,
                         const std::vector<MaskedCell> &masked, qint64 row)
{
    for (size_t c = 0; c < m_accumulators.size(); ++c) {
        const int o = m_outputIndexOfColumn[c];
        if (o < 0)
            continue;
        const MaskedCell &cell = masked[size_t(o)];
        if (m_accumulators[c]) {
            m_accumulators[c]->add(stored[c], cell);
        } else if (cell.isSuppressed()) {
            m_suppressedRows[c].push_back(uint32_t(row));
        }
    }
}

void FieldLossMeter::measure(const std::vector<uint8_t> &suppressedRecords, qint64 rows,
                             const QStringList &quasi, DatasetRiskResult &result) const
{
    const double recordShare = rows > 0 ? double(result.suppressedRecords) / double(rows) : 0.0;
    for (int c = 0; c < m_columns.size(); ++c) {
        FieldLoss loss;
        loss.field = m_columns.at(c);
        loss.op = maskOperatorName(m_plan.rule(c).op());
        switch (lossKind(m_plan.rule(c).op())) {
        case LossKind::Full:
            loss.loss = rows > 0 ? 1.0 : 0.0;
            break;
        case LossKind::None: {
            // Suppressed records lose everything, and so does a cell the rule could not
            // transform; a cell of a suppressed record counts once.
            const std::vector<uint32_t> &suppressedRows = m_suppressedRows[size_t(c)];
            qint64 cellsOutsideSuppressed = 0;
            for (uint32_t r : suppressedRows) {
                if (suppressedRecords.empty() || !suppressedRecords[r])
                    ++cellsOutsideSuppressed;
            }
            loss.loss =
                rows > 0 ? recordShare + double(cellsOutsideSuppressed) / double(rows) : 0.0;
            loss.suppressedCells = suppressedRows.size();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        case LossKind::Measured:
            loss.loss = m_accumulators[size_t(c)]->loss(suppressedRecords);
            loss.suppressedCells = m_accumulators[size_t(c)]->suppressedCells();
            result.suppressedCells += loss.suppressedCells;
            break;
        }
        result.fieldLoss.push_back(loss);
    }
    if (!quasi.isEmpty()) {
        double sum = 0.0;
        for (const QString &f : quasi)
            sum += result.fieldLoss[size_t(m_columns.indexOf(f))].loss;
        result.totalLoss = sum / double(quasi.size());
    }
}

} // namespace steward
