#include "core/mask/PseudonymMasker.h"

#include "core/mask/IdentifierNormalizer.h"
#include "core/mask/MaskCellContext.h"

namespace steward {

void PseudonymMasker::appendToken(std::string &out, const unsigned char *digest)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    // 10 bytes = 80 bits = 16 groups of 5 bits: two blocks of 5 bytes → 8 characters each.
    char token[kTokenLength];
    for (int block = 0; block < 2; ++block) {
        quint64 bits = 0;
        for (int i = 0; i < 5; ++i)
            bits = (bits << 8) | digest[block * 5 + i];
        for (int k = 0; k < 8; ++k)
            token[block * 8 + k] = kAlphabet[(bits >> (35 - 5 * k)) & 31];
    }
    out.append(token, kTokenLength);
}

MaskedCell PseudonymMasker::apply(std::string_view value, MaskCellContext &context) const
{
    const std::string_view normalized = IdentifierNormalizer::normalize(value, context.scratch());
    HmacSha256::Digest digest;
    if (!context.pseudonymDigest(normalized, digest))
        return MaskedCell::unreadable();
    std::string &out = context.buffer();
    out.assign(m_prefix);
    appendToken(out, digest.data());
    return MaskedCell::value(out);
}

} // namespace steward
