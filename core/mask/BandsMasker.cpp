#include "core/mask/BandsMasker.h"

#include "core/mask/MaskCellContext.h"
#include "core/mask/MaskText.h"

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

// Removes the binary noise of k × width (0.30000000000000004 → 0.3).
double tidy(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, 12 - std::ceil(std::log10(std::fabs(value))));
    return std::round(value * scale) / scale;
}

} // namespace

BandsMasker BandsMasker::withWidth(double width)
{
    BandsMasker masker;
    masker.m_width = width;
    masker.m_wholeLabels = masktext::isWholeNumber(width);
    return masker;
}

BandsMasker BandsMasker::withBreaks(std::vector<double> breaks)
{
    BandsMasker masker;
    masker.m_breaks = std::move(breaks);
    masker.m_wholeLabels = std::all_of(masker.m_breaks.begin(), masker.m_breaks.end(),
                                       [](double b) { return masktext::isWholeNumber(b); });
    const std::vector<double> &b = masker.m_breaks;
    for (size_t i = 0; i <= b.size(); ++i) {
        std::string label;
        if (i == 0) {
            label = "<";
            masktext::appendNumber(label, b.front());
        } else if (i == b.size()) {
            label = ">=";
            masktext::appendNumber(label, b.back());
        } else {
            masker.appendRange(label, b[i - 1], b[i]);
        }
        masker.m_labels.push_back(std::move(label));
    }
    return masker;
}

void BandsMasker::appendRange(std::string &out, double lower, double upper) const
{
    if (m_wholeLabels) {
        masktext::appendNumber(out, lower);
        if (upper - 1 > lower) {
            out += '-';
            masktext::appendNumber(out, upper - 1);
        }
        return;
    }
    out += '[';
    masktext::appendNumber(out, lower);
    out += ',';
    masktext::appendNumber(out, upper);
    out += ')';
}

MaskedCell BandsMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::optional<double> x = masktext::parseNumber(value);
    if (!x)
        return MaskedCell::unreadable();
    if (m_width == 0) {
        const size_t band
            = size_t(std::upper_bound(m_breaks.begin(), m_breaks.end(), *x) - m_breaks.begin());
        return MaskedCell::value(m_labels[band]);
    }
    const double k = std::floor(*x / m_width);
    const double lower = m_wholeLabels ? k * m_width : tidy(k * m_width);
    const double upper = m_wholeLabels ? (k + 1) * m_width : tidy((k + 1) * m_width);
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return MaskedCell::unreadable();
    std::string &out = context.buffer();
    out.clear();
    appendRange(out, lower, upper);
    return MaskedCell::value(out);
}

} // namespace steward
