#include "core/signing/Ed25519.h"

#include <openssl/evp.h>

#include <memory>

namespace steward::ed25519 {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct MdFree {
    void operator()(EVP_MD *m) const { EVP_MD_free(m); }
};

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_PKEY, PkeyFree> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), 64, bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

QByteArray blake2b512(const QByteArray &message)
{
    std::unique_ptr<EVP_MD, MdFree> md(EVP_MD_fetch(nullptr, "BLAKE2B-512", nullptr));
    if (!md)
        return {};
    QByteArray out(64, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(message.constData(), static_cast<size_t>(message.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &size, md.get(), nullptr) != 1
        || size != 64)
        return {};
    return out;
}

} // namespace steward::ed25519
