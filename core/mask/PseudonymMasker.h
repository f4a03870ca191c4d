#pragma once

#include "core/mask/ValueMasker.h"

#include <string>

namespace steward {

// pseudonym[:prefix=…]: a keyed token for the value. The value is normalised
// (IdentifierNormalizer: trimmed, full-width forms folded, resident ID check character upper-case,
// phone separators and +86/0086 removed), then
//   token = prefix + BASE32(first 10 bytes of HMAC-SHA256(K, normalised UTF-8))
// with K = HMAC-SHA256(project secret, "steward/pseudonym/v1") and RFC 4648 base32 (A-Z, 2-7, no
// padding): 16 characters, 80 bits, so that even 10^8 distinct values collide with probability
// below 10^-8. The token depends only on the project secret and the value, so it is stable across
// the project's datasets and fields (linkage survives), and without the secret it cannot be
// reversed or recomputed.
class PseudonymMasker final : public ValueMasker {
public:
    static constexpr int kTokenBytes = 10;
    static constexpr int kTokenLength = 16;
    static constexpr const char *kKeyPurpose = "steward/pseudonym/v1";

    explicit PseudonymMasker(std::string prefix) : m_prefix(std::move(prefix)) { }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

    // The token text of a digest (without prefix).
    static void appendToken(std::string &out, const unsigned char *digest);

private:
    std::string m_prefix;
};

} // namespace steward
