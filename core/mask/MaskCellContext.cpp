#include "core/mask/MaskCellContext.h"

#include "core/import/TypeInference.h"
#include "core/mask/IdentifierNormalizer.h"
#include "core/mask/MaskText.h"

#include <functional>

namespace steward {

MaskCellContext::MaskCellContext(int columnCount, const MissingValues *missing,
                                 std::optional<HmacSha256> pseudonymMac,
                                 std::optional<HmacSha256> shiftMac)
    : m_missing(missing),
      m_buffers(size_t(std::max(columnCount, 0))),
      m_pseudonymMac(std::move(pseudonymMac)),
      m_shiftMac(std::move(shiftMac))
{
    for (std::string &b : m_buffers)
        b.reserve(64);
}

std::string_view MaskCellContext::cell(int column) const
{
    if (!m_row || column < 0 || size_t(column) >= m_row->size())
        return {};
    return (*m_row)[size_t(column)];
}

bool MaskCellContext::pseudonymDigest(std::string_view normalized, HmacSha256::Digest &out)
{
    if (!m_pseudonymMac)
        return false;
    if (m_digests.empty())
        m_digests.resize(kDigestCacheSize);
    CachedDigest &slot
        = m_digests[std::hash<std::string_view>()(normalized) & (kDigestCacheSize - 1)];
    if (slot.valid && slot.value == normalized) {
        out = slot.digest;
        return true;
    }
    if (!m_pseudonymMac->compute(normalized, out))
        return false;
    slot.value.assign(normalized);
    slot.digest = out;
    slot.valid = true;
    return true;
}

std::optional<quint64> MaskCellContext::subjectHash(int column)
{
    for (SubjectCache &entry : m_subjects) {
        if (entry.column == column) {
            if (entry.row == m_rowSerial)
                return entry.hash;
            entry.row = m_rowSerial;
            entry.hash.reset();
            const std::string_view subject = cell(column);
            if (!m_shiftMac || masktext::trim(subject).empty()
                || (m_missing && m_missing->isMissing(subject)))
                return std::nullopt;
            HmacSha256::Digest digest;
            if (!m_shiftMac->compute(IdentifierNormalizer::normalize(subject, m_normalized),
                                     digest))
                return std::nullopt;
            quint64 h = 0;
            for (int i = 0; i < 8; ++i)
                h = (h << 8) | digest[size_t(i)];
            entry.hash = h;
            return h;
        }
    }
    m_subjects.push_back({column, m_rowSerial - 1, std::nullopt});
    return subjectHash(column);
}

void MaskCellContext::beginRow(const std::vector<std::string_view> *row)
{
    m_row = row;
    ++m_rowSerial;
}

} // namespace steward
