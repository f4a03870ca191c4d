#pragma once

#include "core/mask/RecodeTable.h"
#include "core/mask/ValueMasker.h"

#include <memory>

namespace steward {

// recode:table=FILE|builtin:icd10-category|builtin:icd10-chapter[,unmatched=suppress|keep]: the
// value's replacement from the table. A value the table does not map is unreadable (suppressed,
// counted) by default, or kept as written (trimmed) with unmatched=keep.
class RecodeMasker final : public ValueMasker {
public:
    RecodeMasker(std::shared_ptr<const RecodeTable> table, bool keepUnmatched)
        : m_table(std::move(table)), m_keepUnmatched(keepUnmatched)
    {
    }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    std::shared_ptr<const RecodeTable> m_table;
    bool m_keepUnmatched;
};

} // namespace steward
