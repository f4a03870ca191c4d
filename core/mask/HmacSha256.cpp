#include "core/mask/HmacSha256.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <utility>

namespace steward {

namespace {

// Fetched once per process: fetching takes a global lock and a provider lookup.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

} // namespace

Result<HmacSha256> HmacSha256::create(QByteArrayView key)
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac)
        return Error::internal(tr("HMAC is not available in this OpenSSL build."));
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    if (!ctx)
        return Error::internal(tr("Could not create an HMAC context."));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()),
                     params)
        != 1) {
        EVP_MAC_CTX_free(ctx);
        return Error::internal(tr("Could not key the HMAC context."));
    }
    return HmacSha256(ctx);
}

HmacSha256::HmacSha256(HmacSha256 &&other) noexcept : m_ctx(std::exchange(other.m_ctx, nullptr))
{
}

HmacSha256 &HmacSha256::operator=(HmacSha256 &&other) noexcept
{
    if (this != &other) {
        EVP_MAC_CTX_free(m_ctx);
        m_ctx = std::exchange(other.m_ctx, nullptr);
    }
    return *this;
}

HmacSha256::~HmacSha256()
{
    EVP_MAC_CTX_free(m_ctx); // frees and cleanses the key material
}

Result<HmacSha256> HmacSha256::clone() const
{
    EVP_MAC_CTX *copy = m_ctx ? EVP_MAC_CTX_dup(m_ctx) : nullptr;
    if (!copy)
        return Error::internal(tr("Could not copy an HMAC context."));
    return HmacSha256(copy);
}

bool HmacSha256::compute(std::string_view data, Digest &out)
{
    size_t length = 0;
    if (m_ctx && EVP_MAC_init(m_ctx, nullptr, 0, nullptr) == 1
        && EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char *>(data.data()), data.size())
            == 1
        && EVP_MAC_final(m_ctx, out.data(), &length, out.size()) == 1 && length == out.size())
        return true;
    out.fill(0);
    return false;
}

} // namespace steward
