#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <array>
#include <string_view>

struct evp_mac_ctx_st;

namespace steward {

// HMAC-SHA256 with a fixed key through OpenSSL 3's EVP_MAC, built for millions of short inputs:
// the key is set once (OpenSSL keeps the inner and outer pad states) and every digest re-inits
// the context without a key, which restores those states instead of hashing the key again.
// Not thread-safe: each thread uses its own copy (clone(), which duplicates the keyed context).
class HmacSha256 final {
    Q_DECLARE_TR_FUNCTIONS(steward::HmacSha256)

public:
    using Digest = std::array<unsigned char, 32>;

    static Result<HmacSha256> create(QByteArrayView key);
    HmacSha256(HmacSha256 &&other) noexcept;
    HmacSha256 &operator=(HmacSha256 &&other) noexcept;
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;
    ~HmacSha256();

    // A context with the same key for another thread.
    Result<HmacSha256> clone() const;
    // Returns false only when OpenSSL fails (out of memory); `out` is then zero.
    bool compute(std::string_view data, Digest &out);

private:
    explicit HmacSha256(evp_mac_ctx_st *ctx) : m_ctx(ctx) { }
    evp_mac_ctx_st *m_ctx = nullptr;
};

} // namespace steward
