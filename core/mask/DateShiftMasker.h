#pragma once

#include "core/mask/ValueMasker.h"

#include <QtGlobal>

namespace steward {

// shift[:days=N,subject=FIELD]: moves a date (or date-time, time kept) by a per-subject offset of
// 1 to N days earlier or later (default 30), written in the value's own form. The offset comes
// from the keyed hash of the row's subject key (normalised like a pseudonym):
//   h = first 8 bytes, big-endian, of HMAC-SHA256(K, normalised subject)
//   r = h mod 2N;  offset = −(r + 1) when r < N, else r − N + 1
// with K = HMAC-SHA256(project secret, "steward/date-shift/v1"). Every date of one subject moves
// by the same offset, in every field and dataset of the project, so intervals within a patient
// (length of stay, age at admission) survive. Not a date, an empty or missing subject key, or a
// result outside the readable years → unreadable (suppressed, counted).
class DateShiftMasker final : public ValueMasker {
public:
    static constexpr const char *kKeyPurpose = "steward/date-shift/v1";

    DateShiftMasker(int days, int subjectColumn) : m_days(days), m_subjectColumn(subjectColumn) { }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

    // The offset in days for a subject hash (see above).
    static int offsetFor(quint64 hash, int days);

private:
    int m_days;
    int m_subjectColumn;
};

} // namespace steward
