#include "core/mask/ProjectSecret.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cstring>
#include <vector>

namespace steward {

namespace {

constexpr int kVersion = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
constexpr quint64 kMinN = quint64(1) << 10;
constexpr quint64 kMaxN = quint64(1) << 22;
constexpr qint64 kMaxDocumentSize = 64 * 1024;

// Wipes its bytes when it goes.
class SecureBuffer final {
public:
    explicit SecureBuffer(size_t size) : m_data(size, 0) { }
    ~SecureBuffer() { OPENSSL_cleanse(m_data.data(), m_data.size()); }
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    unsigned char *data() { return m_data.data(); }
    size_t size() const { return m_data.size(); }

private:
    std::vector<unsigned char> m_data;
};

Error wrongPassphrase()
{
    return Error{ErrorCode::Verification,
                 ProjectSecret::tr("The passphrase is wrong, or the protected project secret was altered."),
                 {},
                 0,
                 0};
}

Error notADocument(const QString &why)
{
    return Error::badInput(ProjectSecret::tr("This is not a readable protected project secret: %1").arg(why));
}

Result<QByteArray> passphraseBytes(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Error::usage(ProjectSecret::tr("The passphrase must not be empty."));
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

// Bounds for documents read from disk: at most 1 GiB of memory (128·r·N bytes) and 16 times the
// default work (N·r·p), so a crafted document cannot exhaust the machine.
bool validCost(quint64 n, quint64 r, quint64 p)
{
    return n >= kMinN && n <= kMaxN && (n & (n - 1)) == 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16
        && 128 * r * n <= (quint64(1) << 30) && n * r * p <= (quint64(1) << 24);
}

// scrypt(passphrase, salt) → 32-byte key.
Status scryptKey(const QByteArray &passphrase, QByteArrayView salt, quint64 n, quint32 r, quint32 p,
                 unsigned char *key)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        return Error::internal(ProjectSecret::tr("scrypt is not available in this OpenSSL build."));
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return Error::internal(ProjectSecret::tr("Could not set up the key derivation."));
    uint64_t nValue = n;
    uint32_t rValue = r;
    uint32_t pValue = p;
    uint64_t maxMemory = 128 * uint64_t(r) * n * p + (uint64_t(64) << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char *>(passphrase.constData()),
                                          size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &nValue),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rValue),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pValue),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    const int ok = EVP_KDF_derive(ctx, key, kKeySize, params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        return Error::internal(ProjectSecret::tr("The key derivation failed (out of memory?)."));
    return Status::success();
}

// What GCM authenticates besides the ciphertext.
QByteArray associatedData(quint64 n, quint32 r, quint32 p, const QByteArray &salt64,
                          const QByteArray &nonce64, const QString &fingerprint)
{
    return QStringLiteral("steward_secret=%1;kdf=scrypt;n=%2;r=%3;p=%4;salt=%5;cipher=aes-256-gcm;"
                          "nonce=%6;fingerprint=%7")
        .arg(kVersion)
        .arg(n)
        .arg(r)
        .arg(p)
        .arg(QString::fromLatin1(salt64), QString::fromLatin1(nonce64), fingerprint)
        .toUtf8();
}

void hmacSha256(const unsigned char *key, int keySize, QByteArrayView data, unsigned char *out)
{
    unsigned int size = 32;
    HMAC(EVP_sha256(), key, keySize, reinterpret_cast<const unsigned char *>(data.data()),
         size_t(data.size()), out, &size);
}

QByteArray base64(const unsigned char *data, int size)
{
    return QByteArray(reinterpret_cast<const char *>(data), size).toBase64();
}

// Decodes strict base64 of exactly `size` bytes.
bool fromBase64(const QJsonValue &value, int size, QByteArray *out)
{
    if (!value.isString())
        return false;
    const QByteArray text = value.toString().toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return false;
    *out = decoded.decoded;
    return true;
}

bool readCount(const QJsonObject &object, const char *key, quint64 *out)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(quint64(d)))
        return false;
    *out = quint64(d);
    return true;
}

} // namespace

struct ProjectSecret::Bytes {
    std::array<unsigned char, kSize> data{};
    ~Bytes() { OPENSSL_cleanse(data.data(), data.size()); }
};

ProjectSecret::ProjectSecret(std::shared_ptr<const Bytes> bytes) : m_bytes(std::move(bytes))
{
}

Result<ProjectSecret> ProjectSecret::generate()
{
    auto bytes = std::make_shared<Bytes>();
    if (RAND_bytes(bytes->data.data(), kSize) != 1)
        return Error::internal(tr("The system random number generator failed."));
    return ProjectSecret(std::move(bytes));
}

Result<ProjectSecret> ProjectSecret::fromBytes(QByteArrayView raw)
{
    if (raw.size() != kSize)
        return Error::badInput(tr("A project secret has exactly %1 bytes.").arg(kSize));
    auto bytes = std::make_shared<Bytes>();
    std::memcpy(bytes->data.data(), raw.data(), kSize);
    return ProjectSecret(std::move(bytes));
}

Result<QByteArray> ProjectSecret::wrap(const QString &passphrase) const
{
    return wrap(passphrase, KdfCost{});
}

Result<QByteArray> ProjectSecret::wrap(const QString &passphrase, const KdfCost &cost) const
{
    Result<QByteArray> pass = passphraseBytes(passphrase);
    if (!pass)
        return pass.error();
    if (!validCost(cost.n, cost.r, cost.p))
        return Error::usage(tr("Unsupported scrypt cost for the project secret."));
    unsigned char salt[kSaltSize];
    unsigned char nonce[kNonceSize];
    if (RAND_bytes(salt, kSaltSize) != 1 || RAND_bytes(nonce, kNonceSize) != 1)
        return Error::internal(tr("The system random number generator failed."));
    SecureBuffer key(kKeySize);
    const QByteArray saltBytes(reinterpret_cast<const char *>(salt), kSaltSize);
    if (Status s = scryptKey(*pass, saltBytes, cost.n, cost.r, cost.p, key.data()); !s.ok())
        return s.error();
    OPENSSL_cleanse(pass->data(), size_t(pass->size()));

    const QByteArray salt64 = base64(salt, kSaltSize);
    const QByteArray nonce64 = base64(nonce, kNonceSize);
    const QString print = fingerprint();
    const QByteArray aad = associatedData(cost.n, cost.r, cost.p, salt64, nonce64, print);

    unsigned char ciphertext[kSize];
    unsigned char tag[kTagSize];
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx, nullptr, nullptr, key.data(), nonce) == 1
        && EVP_EncryptUpdate(ctx, nullptr, &length,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            == 1
        && EVP_EncryptUpdate(ctx, ciphertext, &length, m_bytes->data.data(), kSize) == 1
        && length == kSize && EVP_EncryptFinal_ex(ctx, ciphertext + length, &length) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return Error::internal(tr("Encrypting the project secret failed."));

    QJsonObject kdf;
    kdf.insert(QStringLiteral("name"), QStringLiteral("scrypt"));
    kdf.insert(QStringLiteral("n"), double(cost.n));
    kdf.insert(QStringLiteral("r"), double(cost.r));
    kdf.insert(QStringLiteral("p"), double(cost.p));
    kdf.insert(QStringLiteral("salt"), QString::fromLatin1(salt64));
    QJsonObject cipher;
    cipher.insert(QStringLiteral("name"), QStringLiteral("aes-256-gcm"));
    cipher.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce64));
    cipher.insert(QStringLiteral("tag"), QString::fromLatin1(base64(tag, kTagSize)));
    QJsonObject document;
    document.insert(QStringLiteral("steward_secret"), kVersion);
    document.insert(QStringLiteral("kdf"), kdf);
    document.insert(QStringLiteral("cipher"), cipher);
    document.insert(QStringLiteral("ciphertext"), QString::fromLatin1(base64(ciphertext, kSize)));
    document.insert(QStringLiteral("fingerprint"), print);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool ProjectSecret::isProtectedDocument(QByteArrayView document)
{
    if (document.size() > kMaxDocumentSize)
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(document.toByteArray());
    return json.isObject()
        && json.object().value(QStringLiteral("steward_secret")).toInt() == kVersion;
}

Result<ProjectSecret> ProjectSecret::unwrap(QByteArrayView document, const QString &passphrase)
{
    Result<QByteArray> pass = passphraseBytes(passphrase);
    if (!pass)
        return pass.error();
    if (document.size() > kMaxDocumentSize)
        return notADocument(tr("the file is too large"));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document.toByteArray(), &parseError);
    if (!json.isObject())
        return notADocument(tr("it is not a JSON object"));
    const QJsonObject root = json.object();
    const QJsonValue version = root.value(QStringLiteral("steward_secret"));
    if (!version.isDouble())
        return notADocument(tr("\"steward_secret\" is missing"));
    if (version.toDouble() != kVersion) {
        return notADocument(
            tr("version %1 is not supported (this Steward reads version %2; a newer "
               "Steward wrote it?)")
                .arg(version.toDouble())
                .arg(kVersion));
    }
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    const QJsonObject cipher = root.value(QStringLiteral("cipher")).toObject();
    if (kdf.value(QStringLiteral("name")).toString() != QLatin1String("scrypt")
        || cipher.value(QStringLiteral("name")).toString() != QLatin1String("aes-256-gcm"))
        return notADocument(tr("unsupported key derivation or cipher"));
    quint64 n = 0;
    quint64 r = 0;
    quint64 p = 0;
    if (!readCount(kdf, "n", &n) || !readCount(kdf, "r", &r) || !readCount(kdf, "p", &p)
        || !validCost(n, r, p))
        return notADocument(tr("unsupported scrypt parameters"));
    QByteArray salt;
    QByteArray nonce;
    QByteArray tag;
    QByteArray ciphertext;
    if (!fromBase64(kdf.value(QStringLiteral("salt")), kSaltSize, &salt)
        || !fromBase64(cipher.value(QStringLiteral("nonce")), kNonceSize, &nonce)
        || !fromBase64(cipher.value(QStringLiteral("tag")), kTagSize, &tag)
        || !fromBase64(root.value(QStringLiteral("ciphertext")), kSize, &ciphertext))
        return notADocument(tr("a salt, nonce, tag or ciphertext is malformed"));
    const QString print = root.value(QStringLiteral("fingerprint")).toString();

    SecureBuffer key(kKeySize);
    if (Status s = scryptKey(*pass, salt, n, quint32(r), quint32(p), key.data()); !s.ok())
        return s.error();
    OPENSSL_cleanse(pass->data(), size_t(pass->size()));
    const QByteArray aad
        = associatedData(n, quint32(r), quint32(p), salt.toBase64(), nonce.toBase64(), print);

    auto bytes = std::make_shared<Bytes>();
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx, nullptr, nullptr, key.data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1
        && EVP_DecryptUpdate(ctx, nullptr, &length,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            == 1
        && EVP_DecryptUpdate(ctx, bytes->data.data(), &length,
                             reinterpret_cast<const unsigned char *>(ciphertext.constData()), kSize)
            == 1
        && length == kSize
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1;
    const bool authentic
        = ok && EVP_DecryptFinal_ex(ctx, bytes->data.data() + length, &length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return Error::internal(tr("Decrypting the project secret failed."));
    if (!authentic)
        return wrongPassphrase();
    ProjectSecret secret(std::move(bytes));
    if (secret.fingerprint() != print) // authenticated, so only a bug gets here
        return wrongPassphrase();
    return secret;
}

Status ProjectSecret::writeBackup(const QString &path, const QString &passphrase) const
{
    return writeBackup(path, passphrase, KdfCost{});
}

Status ProjectSecret::writeBackup(const QString &path, const QString &passphrase,
                                  const KdfCost &cost) const
{
    Result<QByteArray> document = wrap(passphrase, cost);
    if (!document)
        return document.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::badInput(tr("Cannot write the secret backup: %1").arg(file.errorString()),
                               path);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(*document) != document->size() || !file.commit()) {
        return Error::internal(
            tr("Cannot write the secret backup %1: %2").arg(path, file.errorString()));
    }
    return Status::success();
}

Result<ProjectSecret> ProjectSecret::readBackup(const QString &path, const QString &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the secret backup: %1").arg(file.errorString()),
                               path);
    const QByteArray document = file.read(kMaxDocumentSize + 1);
    Result<ProjectSecret> secret = unwrap(document, passphrase);
    if (!secret) {
        Error error = secret.error();
        if (error.code == ErrorCode::BadInput)
            error.file = path;
        return error;
    }
    return secret;
}

QByteArray ProjectSecret::deriveKey(QByteArrayView purpose) const
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    hmacSha256(m_bytes->data.data(), kSize, purpose, reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QString ProjectSecret::fingerprint() const
{
    unsigned char mac[32];
    hmacSha256(m_bytes->data.data(), kSize, "steward/fingerprint/v1", mac);
    const QString text
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), 8).toHex());
    OPENSSL_cleanse(mac, sizeof mac);
    return text;
}

bool ProjectSecret::operator==(const ProjectSecret &other) const
{
    return CRYPTO_memcmp(m_bytes->data.data(), other.m_bytes->data.data(), kSize) == 0;
}

} // namespace steward
