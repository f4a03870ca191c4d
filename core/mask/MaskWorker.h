#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskStats.h"
#include "core/mask/MaskedCell.h"

#include <string_view>
#include <vector>

namespace steward {

// Masks rows through a MaskPlan on one thread: create one worker per thread (they share the plan)
// and merge their stats at the end. For every cell: blank (after trimming) → empty; a missing-value
// marker → unchanged; otherwise the column's operator, where a value the operator cannot read is
// suppressed and counted (MaskStats). Never fails on cell contents.
class MaskWorker final {
public:
    // Copies the plan's keyed HMAC contexts for this thread (fails only if OpenSSL does).
    static Result<MaskWorker> create(const MaskPlan &plan);

    // Masks one row (one cell per plan column; missing trailing cells count as empty) and returns
    // the cells of the plan's output columns. The result views `row` and the worker's buffers:
    // it stays valid until the next call.
    const std::vector<MaskedCell> &maskRow(const std::vector<std::string_view> &row);
    // Masks a single cell (`column` of `row`), as maskRow would; for previews and per-operator
    // timing. The result stays valid until the next call. Dropped columns give Suppressed.
    MaskedCell maskCell(int column, const std::vector<std::string_view> &row);

    const MaskStats &stats() const { return m_stats; }
    void resetStats();
    const MaskPlan &plan() const { return m_plan; }

private:
    MaskWorker(MaskPlan plan, MaskCellContext context);
    MaskedCell maskOne(int column, std::string_view value);

    MaskPlan m_plan;
    MaskCellContext m_context;
    std::vector<MaskedCell> m_output;
    MaskStats m_stats;
};

} // namespace steward
