#include "core/age/AgeCrypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <memory>

namespace steward::agecrypto {

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

char *mutableChars(QByteArrayView view)
{
    // OSSL_PARAM takes non-const pointers for input parameters it never writes.
    return const_cast<char *>(view.data());
}

struct KdfCtxFree {
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> kdfContext(const char *name)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, name, nullptr);
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf));
    EVP_KDF_free(kdf);
    return ctx;
}

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1)
        return {};
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray hkdf(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int size)
{
    auto ctx = kdfContext("HKDF");
    if (!ctx)
        return {};
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableChars(ikm),
                                                    size_t(ikm.size()));
    // An empty salt means a string of zeros, the same as no salt in RFC 5869.
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableChars(salt),
                                                        size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableChars(info),
                                                    size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    QByteArray out(size, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(size),
                       params)
        != 1)
        return {};
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 32;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(data), size_t(data.size()),
              reinterpret_cast<unsigned char *>(out.data()), &size))
        return {};
    return out;
}

QByteArray seal(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || key.size() != kKeySize || nonce.size() != kNonceSize
        || EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(nonce))
            != 1)
        return {};
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), target, &written, bytes(plaintext), int(plaintext.size()))
            != 1)
        return {};
    int final = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), target + written, &final) != 1
        || written + final != plaintext.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kTagSize,
                               target + plaintext.size())
            != 1)
        return {};
    return out;
}

std::optional<QByteArray> open(QByteArrayView key, QByteArrayView nonce, QByteArrayView sealed)
{
    if (sealed.size() < kTagSize || key.size() != kKeySize || nonce.size() != kNonceSize)
        return std::nullopt;
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(nonce))
            != 1)
        return std::nullopt;
    const qsizetype size = sealed.size() - kTagSize;
    QByteArray out(size, Qt::Uninitialized);
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    if (size > 0 && EVP_DecryptUpdate(ctx.get(), target, &written, bytes(sealed), int(size)) != 1)
        return std::nullopt;
    QByteArray tag = sealed.sliced(size).toByteArray();
    int final = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kTagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), target + written, &final) != 1) {
        wipe(out);
        return std::nullopt;
    }
    return out;
}

QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, int logN)
{
    if (logN < 1 || logN > 30)
        return {};
    auto ctx = kdfContext("SCRYPT");
    if (!ctx)
        return {};
    uint64_t n = uint64_t(1) << logN;
    uint32_t r = 8;
    uint32_t p = 1;
    // scrypt needs 128·r·N bytes; OpenSSL refuses anything above maxmem (32 MiB by default).
    uint64_t maxMemory = 128 * uint64_t(r) * n + (uint64_t(16) << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, mutableChars(passphrase),
                                          size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableChars(salt),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kKeySize, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), kKeySize, params)
        != 1)
        return {};
    return out;
}

QByteArray x25519Public(QByteArrayView secret)
{
    if (secret.size() != kKeySize)
        return {};
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_X25519, nullptr, bytes(secret), size_t(secret.size())));
    if (!key)
        return {};
    QByteArray out(kKeySize, Qt::Uninitialized);
    size_t size = kKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &size)
            != 1
        || size != kKeySize)
        return {};
    return out;
}

QByteArray x25519(QByteArrayView secret, QByteArrayView peerPublic)
{
    if (secret.size() != kKeySize || peerPublic.size() != kKeySize)
        return {};
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_X25519, nullptr, bytes(secret), size_t(secret.size())));
    std::unique_ptr<EVP_PKEY, PkeyFree> peer(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_X25519, nullptr, bytes(peerPublic), size_t(peerPublic.size())));
    if (!key || !peer)
        return {};
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1
        || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1)
        return {};
    QByteArray out(kKeySize, Qt::Uninitialized);
    size_t size = kKeySize;
    // OpenSSL refuses an all-zero shared secret (a low-order peer point) here, as age requires.
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size) != 1
        || size != kKeySize || out.count('\0') == kKeySize)
        return {};
    return out;
}

} // namespace steward::agecrypto
