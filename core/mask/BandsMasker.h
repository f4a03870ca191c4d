#pragma once

#include "core/mask/ValueMasker.h"

#include <string>
#include <vector>

namespace steward {

// bands[:width=N | breaks="a,b,c"]: a number becomes the band it falls in (default width 10).
// Bands are half-open, [lower, upper). Labels:
//  - when the width (or every break) is a whole number: "40-49" (lower to upper − 1; "40" when
//    that is one number), and for breaks also "<18" below the first and ">=65" from the last;
//  - otherwise "[0.5,1)" style intervals, "<0.5" and ">=2.5".
// Not a number (see masktext::parseNumber) → unreadable (suppressed, counted).
class BandsMasker final : public ValueMasker {
public:
    static BandsMasker withWidth(double width);
    static BandsMasker withBreaks(std::vector<double> breaks);
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    BandsMasker() = default;
    void appendRange(std::string &out, double lower, double upper) const;

    double m_width = 0; // 0 when breaks are used
    std::vector<double> m_breaks;
    std::vector<std::string> m_labels; // breaks.size() + 1 labels
    bool m_wholeLabels = true;
};

} // namespace steward
