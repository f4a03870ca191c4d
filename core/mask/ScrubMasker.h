#pragma once

#include "core/classify/DetectorSet.h"
#include "core/mask/ValueMasker.h"

#include <QString>

#include <memory>
#include <vector>

namespace steward {

// scrub: identifiers inside free text are replaced by a placeholder naming their kind, found by
// the text patterns of the classification detectors (DetectorSet::findInFreeText, validators
// included): resident ID → [ID], phones → [PHONE], e-mail → [EMAIL], names → [NAME], hospital
// record numbers → [RECORD_NO], IP addresses → [IP], URLs → [URL], SSN → [SSN]; a detector of
// another concept gives its concept id in upper case. Where a pattern has a capture group only the
// group is replaced ("联系人张伟" → "联系人[NAME]"). Overlapping finds are merged into one
// placeholder (the earliest's). Text without finds is returned unchanged.
class ScrubMasker final : public ValueMasker {
public:
    explicit ScrubMasker(std::shared_ptr<const DetectorSet> detectors);
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

    // The placeholder for a concept id ("phone" → "[PHONE]").
    static QString placeholderFor(const QString &conceptId);

private:
    std::shared_ptr<const DetectorSet> m_detectors;
    std::vector<QString> m_placeholders; // per detector
};

} // namespace steward
