#include "core/signing/SigningIdentity.h"

#include "core/signing/Ed25519.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace steward {

namespace {

const QByteArray preambleTitle = QByteArrayLiteral("Steward signing identity");
const QByteArray encryptedBegin = QByteArrayLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----");

// scrypt cost of the key file: N = 2^14, r = 8, p = 1 (16 MiB), what `openssl pkcs8 -scrypt`
// uses and within OpenSSL's default 32 MiB limit, so `openssl pkey` reads the file unchanged.
constexpr uint64_t scryptN = 1u << 14;
constexpr uint64_t scryptR = 8;
constexpr uint64_t scryptP = 1;

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509SigFree {
    void operator()(X509_SIG *s) const { X509_SIG_free(s); }
};
struct P8Free {
    void operator()(PKCS8_PRIV_KEY_INFO *p) const { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct AlgorFree {
    void operator()(X509_ALGOR *a) const { X509_ALGOR_free(a); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

// Passphrase bytes wiped when they go out of scope.
class SecretBytes final {
public:
    explicit SecretBytes(const QString &s) : m_bytes(s.toUtf8()) {}
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    int size() const { return static_cast<int>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

Error verificationError(const QString &message, const QString &file)
{
    Error e;
    e.code = ErrorCode::Verification;
    e.message = message;
    e.file = file;
    return e;
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

Status writeWhole(const QString &path, const QByteArray &content, bool ownerOnly)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(
            SigningIdentity::tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    // The private key file must never be readable by others, not even while it is being written.
    if (ownerOnly)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(content) != content.size() || !f.commit())
        return Error::internal(
            SigningIdentity::tr("cannot write %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    if (ownerOnly && !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::internal(
            SigningIdentity::tr("cannot make %1 readable by its owner only").arg(QFileInfo(path).fileName()));
    return Status::success();
}

} // namespace

struct SigningIdentity::Private {
    EVP_PKEY *key = nullptr;
    QString name;
    SignerRole role = SignerRole::Steward;
    PublicKey publicKey;

    ~Private() { EVP_PKEY_free(key); }

    // Fills publicKey from the key pair; false when OpenSSL cannot give the raw public key.
    bool fillPublicKey()
    {
        QByteArray raw(32, Qt::Uninitialized);
        size_t size = 32;
        if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &size) != 1
            || size != 32)
            return false;
        publicKey.key = raw;
        publicKey.keyId = PublicKey::deriveKeyId(raw);
        publicKey.name = oneLine(name);
        publicKey.role = SignerRoles::name(role);
        publicKey.comment = QStringLiteral("minisign public key %1 \u00B7 %2 (%3)")
                                .arg(publicKey.fingerprint(), publicKey.name, publicKey.role);
        return true;
    }
};

SigningIdentity::SigningIdentity() : d(std::make_unique<Private>()) {}
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity &&) noexcept = default;
SigningIdentity &SigningIdentity::operator=(SigningIdentity &&) noexcept = default;

Result<SigningIdentity> SigningIdentity::generate(const QString &name, SignerRole role)
{
    if (name.trimmed().isEmpty())
        return Error::usage(tr("a signing identity needs a name"));
    SigningIdentity id;
    id.d->key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    id.d->name = oneLine(name.trimmed());
    id.d->role = role;
    if (!id.d->key || !id.d->fillPublicKey())
        return Error::internal(tr("OpenSSL could not generate an Ed25519 key"));
    return id;
}

Status SigningIdentity::save(const QString &path, const QString &passphrase, bool overwrite) const
{
    if (passphrase.isEmpty())
        return Error::usage(tr("the key passphrase is empty"));
    if (!d->key)
        return Error::internal(tr("no key to save"));
    const QString pubPath = path + QStringLiteral(".pub");
    if (!overwrite && (QFileInfo::exists(path) || QFileInfo::exists(pubPath)))
        return Error::badInput(tr("the file exists (overwrite it explicitly)"),
                               QFileInfo::exists(path) ? path : pubPath);

    const SecretBytes pass(passphrase);
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return Error::internal(tr("OpenSSL could not make random bytes"));
    std::unique_ptr<X509_ALGOR, AlgorFree> alg(PKCS5_pbe2_set_scrypt(
        EVP_aes_256_cbc(), salt, sizeof salt, nullptr, scryptN, scryptR, scryptP));
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(EVP_PKEY2PKCS8(d->key));
    if (!alg || !p8)
        return Error::internal(tr("OpenSSL could not encode the private key"));
    // PKCS8_set0_pbe takes ownership of the algorithm only on success.
    std::unique_ptr<X509_SIG, X509SigFree> encrypted(
        PKCS8_set0_pbe(pass.data(), pass.size(), p8.get(), alg.get()));
    if (!encrypted)
        return Error::internal(tr("OpenSSL could not encrypt the private key"));
    alg.release();
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return Error::internal(tr("OpenSSL could not write the private key"));
    char *pem = nullptr;
    const long pemSize = BIO_get_mem_data(bio.get(), &pem);

    QByteArray content = preambleTitle + '\n';
    content += "Name: " + d->name.toUtf8() + '\n';
    content += "Role: " + SignerRoles::name(d->role).toUtf8() + '\n';
    content += "Fingerprint: " + fingerprint().toLatin1() + '\n';
    content += QByteArray(pem, pemSize);

    if (Status s = writeWhole(path, content, true); !s)
        return s;
    return writeWhole(pubPath, d->publicKey.toMinisignText().toUtf8(), false);
}

Result<SigningIdentity> SigningIdentity::load(const QString &path, const QString &passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read the signing identity: %1").arg(f.errorString()), path);
    const QByteArray content = f.read(1024 * 1024);

    QString name;
    std::optional<SignerRole> role;
    QString fingerprint;
    qint64 pemLine = 0;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("-----BEGIN")) {
            if (line != encryptedBegin)
                return Error::badInput(tr("expected a passphrase-encrypted private key (%1)")
                                           .arg(QString::fromLatin1(encryptedBegin)),
                                       path, i + 1);
            pemLine = i + 1;
            break;
        }
        if (line.startsWith("Name: "))
            name = QString::fromUtf8(line.mid(6)).trimmed();
        else if (line.startsWith("Role: ")) {
            role = SignerRoles::fromName(QString::fromUtf8(line.mid(6)));
            if (!role)
                return Error::badInput(
                    tr("expected a role: %1").arg(SignerRoles::names().join(QStringLiteral(", "))),
                    path, i + 1, 7);
        } else if (line.startsWith("Fingerprint: "))
            fingerprint = QString::fromLatin1(line.mid(13)).trimmed().toUpper();
    }
    if (pemLine == 0)
        return Error::badInput(tr("not a Steward signing identity: no encrypted private key found"), path);
    if (name.isEmpty() || !role)
        return Error::badInput(tr("not a Steward signing identity: the \"Name:\" or \"Role:\" line is missing"),
                               path, 1);

    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(content.constData(), static_cast<int>(content.size())));
    std::unique_ptr<X509_SIG, X509SigFree> encrypted(
        bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!encrypted)
        return Error::badInput(tr("the encrypted private key is damaged"), path, pemLine);

    const SecretBytes pass(passphrase);
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8Free> p8(
        PKCS8_decrypt(encrypted.get(), pass.data(), pass.size()));
    if (!p8)
        return verificationError(tr("wrong passphrase for %1").arg(QFileInfo(path).fileName()), path);

    SigningIdentity id;
    id.d->key = EVP_PKCS82PKEY(p8.get());
    if (!id.d->key || EVP_PKEY_get_id(id.d->key) != EVP_PKEY_ED25519)
        return Error::badInput(tr("the private key is not an Ed25519 key"), path, pemLine);
    id.d->name = name;
    id.d->role = *role;
    if (!id.d->fillPublicKey())
        return Error::internal(tr("OpenSSL could not read the public key"));
    if (!fingerprint.isEmpty() && fingerprint != id.fingerprint())
        return Error::badInput(tr("the \"Fingerprint:\" line does not match the key (expected %1)")
                                   .arg(id.fingerprint()),
                               path);
    return id;
}

QString SigningIdentity::name() const
{
    return d->name;
}

SignerRole SigningIdentity::role() const
{
    return d->role;
}

const PublicKey &SigningIdentity::publicKey() const
{
    return d->publicKey;
}

QByteArray SigningIdentity::signRaw(const QByteArray &message) const
{
    if (!d->key)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    QByteArray sig(64, Qt::Uninitialized);
    size_t size = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, d->key) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          static_cast<size_t>(message.size()))
            != 1
        || size != 64)
        return {};
    return sig;
}

Minisignature SigningIdentity::sign(const QByteArray &message, const QString &trustedComment,
                                    const QString &untrustedComment) const
{
    Minisignature sig;
    sig.algorithm = QByteArrayLiteral("ED");
    sig.keyId = d->publicKey.keyId;
    sig.untrustedComment = oneLine(untrustedComment);
    // The file holds the comment on one line; sign exactly what will be read back.
    sig.trustedComment = oneLine(trustedComment);
    sig.signature = signRaw(ed25519::blake2b512(message));
    sig.globalSignature = signRaw(sig.signature + sig.trustedComment.toUtf8());
    return sig;
}

} // namespace steward
