#include "core/mask/MaskWorker.h"

#include "core/import/TypeInference.h"
#include "core/mask/MaskText.h"
#include "core/mask/ValueMasker.h"

namespace steward {

namespace {

Result<std::optional<HmacSha256>> cloneMac(const HmacSha256 *mac)
{
    if (!mac)
        return std::optional<HmacSha256>();
    Result<HmacSha256> copy = mac->clone();
    if (!copy)
        return copy.error();
    return std::optional<HmacSha256>(std::move(*copy));
}

// Blank after trimming. A blank value ends with white space, whose last byte is at most ' ' or
// 0xA0 (U+00A0) or 0x80 (U+3000): most values are decided by their last byte.
inline bool isBlank(std::string_view value)
{
    if (value.empty())
        return true;
    const auto last = static_cast<unsigned char>(value.back());
    if (last > ' ' && last != 0xA0 && last != 0x80)
        return false;
    return masktext::trim(value).empty();
}

} // namespace

Result<MaskWorker> MaskWorker::create(const MaskPlan &plan)
{
    Result<std::optional<HmacSha256>> pseudonym = cloneMac(plan.pseudonymMac());
    if (!pseudonym)
        return pseudonym.error();
    Result<std::optional<HmacSha256>> shift = cloneMac(plan.shiftMac());
    if (!shift)
        return shift.error();
    return MaskWorker(plan,
                      MaskCellContext(plan.columnCount(), &plan.missingValues(),
                                      std::move(*pseudonym), std::move(*shift)));
}

MaskWorker::MaskWorker(MaskPlan plan, MaskCellContext context)
    : m_plan(std::move(plan)), m_context(std::move(context))
{
    m_output.resize(m_plan.outputColumns().size());
    m_stats.columns.resize(size_t(m_plan.columnCount()));
}

void MaskWorker::resetStats()
{
    m_stats = MaskStats();
    m_stats.columns.resize(size_t(m_plan.columnCount()));
}

MaskedCell MaskWorker::maskOne(int column, std::string_view value)
{
    MaskColumnStats &stats = m_stats.columns[size_t(column)];
    ++stats.values;
    if (isBlank(value)) {
        ++stats.empty;
        return MaskedCell::value({});
    }
    if (m_plan.missingValues().isMissing(value)) {
        ++stats.missing;
        return MaskedCell::value(value);
    }
    m_context.beginCell(column);
    MaskedCell cell = m_plan.masker(column)->apply(value, m_context);
    if (cell.state != MaskedCell::State::Value) {
        ++stats.suppressed;
        if (cell.state == MaskedCell::State::Unreadable) {
            ++stats.unreadable;
            cell.state = MaskedCell::State::Suppressed;
        }
        cell.text = {};
    }
    return cell;
}

const std::vector<MaskedCell> &MaskWorker::maskRow(const std::vector<std::string_view> &row)
{
    m_context.beginRow(&row);
    ++m_stats.rows;
    const std::vector<int> &output = m_plan.outputColumns();
    for (size_t i = 0; i < output.size(); ++i) {
        const int column = output[i];
        m_output[i] = maskOne(
            column, size_t(column) < row.size() ? row[size_t(column)] : std::string_view());
    }
    return m_output;
}

MaskedCell MaskWorker::maskCell(int column, const std::vector<std::string_view> &row)
{
    if (column < 0 || column >= m_plan.columnCount() || !m_plan.masker(column))
        return MaskedCell::suppressed();
    m_context.beginRow(&row);
    return maskOne(column, size_t(column) < row.size() ? row[size_t(column)] : std::string_view());
}

} // namespace steward
