#pragma once

#include "core/documents/DocumentTemplate.h"
#include "core/mask/MaskRule.h"

#include <QString>

namespace steward {

// A masking rule in the words of a document's language, from the template's phrases ("mask.*"):
// "keyed pseudonym (HMAC-SHA256)", "5-year bands, 90 and over together", "year only",
// "removed (not released)", "generalised to level 2 of the ICD-10 hierarchy (chapter)".
class MaskingWords final {
public:
    static QString describe(const MaskRule &rule, const DocumentTemplate &tmpl);
    // The same, knowing the field: bands over ages read "5-year bands" rather than "bands of 5".
    static QString describe(const MaskRule &rule, const DocumentTemplate &tmpl, const QString &field);
};

} // namespace steward
