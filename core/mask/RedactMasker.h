#pragma once

#include "core/mask/ValueMasker.h"

#include <string>

namespace steward {

// redact[:text=…]: every non-empty value becomes the fixed text (default "***").
class RedactMasker final : public ValueMasker {
public:
    explicit RedactMasker(std::string text) : m_text(std::move(text)) { }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    std::string m_text;
};

} // namespace steward
