#pragma once

#include "core/mask/ValueMasker.h"

namespace steward {

// date[:to=year|month|quarter]: a date or date-time (every form DateText reads) becomes its year
// "2024", year-month "2024-03" or quarter "2024-Q1" (default year). Not a date → unreadable
// (suppressed, counted).
class DateMasker final : public ValueMasker {
public:
    enum class Precision { Year, Month, Quarter };
    explicit DateMasker(Precision precision) : m_precision(precision) { }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    Precision m_precision;
};

} // namespace steward
