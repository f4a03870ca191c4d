#pragma once

#include <QtGlobal>

#include <vector>

namespace steward {

// What masking did per input column. Every cell counts once in `values`, and then in one of
// `empty` (blank after trimming: stays empty), `missing` (a missing-value marker: passed through
// unchanged), `suppressed` (null in the result) or neither (masked to a value). `unreadable`
// counts the suppressed cells whose value the operator could not read (a malformed date or
// number, a code missing from a table, a date without a subject key); it is part of `suppressed`.
struct MaskColumnStats {
    qint64 values = 0;
    qint64 empty = 0;
    qint64 missing = 0;
    qint64 suppressed = 0;
    qint64 unreadable = 0;
};

struct MaskStats {
    qint64 rows = 0;
    std::vector<MaskColumnStats> columns;

    void merge(const MaskStats &other);
};

} // namespace steward
