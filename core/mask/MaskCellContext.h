#pragma once

#include "core/classify/DetectorSet.h"
#include "core/mask/HmacSha256.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace steward {

class MissingValues;

// The per-thread state a ValueMasker uses while masking one cell: the current row (for the
// subject key of a date shift), an output buffer per column, scratch space and the keyed HMAC
// contexts. Owned by a MaskWorker; never shared between threads.
class MaskCellContext final {
public:
    MaskCellContext(int columnCount, const MissingValues *missing,
                    std::optional<HmacSha256> pseudonymMac, std::optional<HmacSha256> shiftMac);

    // The current row's cell of `column` (empty when the row is shorter).
    std::string_view cell(int column) const;
    // Where the masked value of the current column goes; it stays valid for the row.
    std::string &buffer() { return m_buffers[size_t(m_column)]; }
    // Temporary space, overwritten by the next cell.
    std::string &scratch() { return m_scratch; }
    QString &text() { return m_text; }
    std::vector<FreeTextHit> &hits() { return m_hits; }

    // HMAC-SHA256 of a normalised identifier with the pseudonym key; false when there is no key
    // or OpenSSL fails. Recent values are remembered (a small direct-mapped cache), so a value
    // repeated within a row (an insurance number that is the resident ID) or a returning patient
    // costs no second HMAC.
    bool pseudonymDigest(std::string_view normalized, HmacSha256::Digest &out);
    // The first 8 bytes (big-endian) of HMAC-SHA256 with the date-shift key of the normalised
    // subject key in `column` of the current row; nullopt when that cell is empty or missing or
    // there is no key. Computed once per row and column.
    std::optional<quint64> subjectHash(int column);

    // Called by the worker.
    void beginRow(const std::vector<std::string_view> *row);
    void beginCell(int column) { m_column = column; }

private:
    struct CachedDigest {
        std::string value;
        HmacSha256::Digest digest{};
        bool valid = false;
    };
    static constexpr size_t kDigestCacheSize = 1024; // a power of two

    struct SubjectCache {
        int column = -1;
        quint64 row = 0;
        std::optional<quint64> hash;
    };

    const std::vector<std::string_view> *m_row = nullptr;
    quint64 m_rowSerial = 0;
    int m_column = 0;
    const MissingValues *m_missing;
    std::vector<std::string> m_buffers;
    std::string m_scratch;
    std::string m_normalized;
    QString m_text;
    std::vector<FreeTextHit> m_hits;
    std::optional<HmacSha256> m_pseudonymMac;
    std::optional<HmacSha256> m_shiftMac;
    std::vector<SubjectCache> m_subjects;
    std::vector<CachedDigest> m_digests;
};

} // namespace steward
