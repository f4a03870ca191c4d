#include "core/age/AgeRecipient.h"

#include "core/age/AgeCrypto.h"
#include "core/age/Bech32.h"

#include <QFile>

namespace steward {

namespace {

const QString kRecipientHrp = QStringLiteral("age");
const QString kIdentityHrp = QStringLiteral("age-secret-key-");

} // namespace

QString AgeRecipient::toString() const
{
    return bech32::encode(kRecipientHrp, publicKey);
}

Result<AgeRecipient> AgeRecipient::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("age1"), Qt::CaseInsensitive))
        return Error::usage(tr("An age recipient starts with \"age1\"."));
    const auto decoded = bech32::decode(trimmed);
    if (!decoded)
        return Error::usage(
            tr("The age recipient is not valid Bech32 (a mistyped character or a bad checksum)."));
    if (decoded->hrp != kRecipientHrp)
        return Error::usage(tr("An age recipient starts with \"age1\"."));
    if (decoded->data.size() != agecrypto::kKeySize)
        return Error::usage(tr("The age recipient holds %1 bytes; an X25519 key has 32.")
                                .arg(decoded->data.size()));
    AgeRecipient recipient;
    recipient.publicKey = decoded->data;
    return recipient;
}

AgeIdentity::~AgeIdentity()
{
    agecrypto::wipe(secretKey);
}

AgeRecipient AgeIdentity::recipient() const
{
    AgeRecipient r;
    r.publicKey = agecrypto::x25519Public(secretKey);
    return r;
}

QString AgeIdentity::toString() const
{
    return bech32::encode(kIdentityHrp, secretKey).toUpper();
}

AgeIdentity AgeIdentity::generate()
{
    AgeIdentity identity;
    identity.secretKey = agecrypto::randomBytes(agecrypto::kKeySize);
    return identity;
}

Result<QList<AgeIdentity>> AgeIdentity::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the identity file: %1").arg(file.errorString()),
                               path);
    // Identity files are a few lines; anything larger is not one.
    if (file.size() > (1 << 20))
        return Error::badInput(tr("This is not an age identity file (larger than 1 MiB)."), path);
    QByteArray content = file.readAll();
    QList<AgeIdentity> identities;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString text = QString::fromLatin1(line);
        const auto decoded = text.startsWith(QLatin1String("AGE-SECRET-KEY-1"), Qt::CaseInsensitive)
            ? bech32::decode(text)
            : std::nullopt;
        if (!decoded || decoded->hrp != kIdentityHrp || decoded->data.size() != agecrypto::kKeySize)
            return Error::badInput(
                tr("Expected an age X25519 identity (AGE-SECRET-KEY-1…), a comment (#) or a blank "
                   "line."),
                path, i + 1, 1);
        AgeIdentity identity;
        identity.secretKey = decoded->data;
        identities.append(identity);
    }
    agecrypto::wipe(content);
    if (identities.isEmpty())
        return Error::badInput(tr("The identity file holds no age identity."), path);
    return identities;
}

} // namespace steward
