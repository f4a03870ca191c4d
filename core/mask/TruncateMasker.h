#pragma once

#include "core/mask/ValueMasker.h"

namespace steward {

// truncate[:keep=N]: keeps the leading part of a code (default 3), on the trimmed value:
//  - a resident ID number (17 digits and a check character) becomes its 6-digit region code cut
//    to N digits and padded with zeros: keep=2 → province "330000", keep=4 → city "330100",
//    keep=6 → county "330106" (birth date, sequence and check character are dropped);
//  - a value of digits only (postal codes) keeps N digits and is padded with zeros to its length:
//    "310012" with keep=3 → "310000";
//  - any other value keeps its first N characters.
// Values no longer than N (other than resident IDs) stay as they are.
class TruncateMasker final : public ValueMasker {
public:
    explicit TruncateMasker(int keep) : m_keep(size_t(keep < 0 ? 0 : keep)) { }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    size_t m_keep;
};

} // namespace steward
