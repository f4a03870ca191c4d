#include "core/signing/PublicKey.h"

#include "core/signing/SignerRole.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

namespace steward {

namespace {

const QByteArray untrustedPrefix = QByteArrayLiteral("untrusted comment: ");
constexpr int keyIdSize = 8;
constexpr int keySize = 32;

// The name and role of a Steward comment: "minisign public key <FP> · <name> (<role>)".
void readStewardComment(PublicKey &key)
{
    static const QRegularExpression re(
        QStringLiteral("^minisign public key [0-9A-Fa-f]+ \u00B7 (.*) \\(([a-z]+)\\)$"));
    const auto m = re.match(key.comment);
    if (!m.hasMatch() || !SignerRoles::fromName(m.captured(2)))
        return;
    key.name = m.captured(1);
    key.role = m.captured(2);
}

} // namespace

QString PublicKey::fingerprintOf(const QByteArray &keyId)
{
    // minisign prints the key id as a little-endian 64-bit number: the last byte first.
    QByteArray reversed;
    reversed.reserve(keyId.size());
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        reversed.append(keyId.at(i));
    return QString::fromLatin1(reversed.toHex()).toUpper();
}

QString PublicKey::fingerprint() const
{
    return fingerprintOf(keyId);
}

QString PublicKey::base64() const
{
    return QString::fromLatin1((QByteArrayLiteral("Ed") + keyId + key).toBase64());
}

QString PublicKey::toMinisignText() const
{
    QString c = comment;
    if (c.isEmpty()) {
        c = QStringLiteral("minisign public key ") + fingerprint();
        if (!name.isEmpty() && !role.isEmpty())
            c += QStringLiteral(" \u00B7 %1 (%2)").arg(name, role);
    }
    // One line: a newline in the comment would shift the key to the wrong line.
    c.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QString::fromLatin1(untrustedPrefix) + c + QLatin1Char('\n') + base64() + QLatin1Char('\n');
}

Result<PublicKey> PublicKey::parse(const QByteArray &text, const QString &file)
{
    // An editor may have saved the file with a byte-order mark or Windows line ends.
    QList<QByteArray> lines = (text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text).split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();

    PublicKey result;
    qint64 keyLine = 1;
    if (lines.isEmpty())
        return Error::badInput(tr("expected a minisign public key, found an empty file"), file, 1);
    if (lines.first().startsWith(untrustedPrefix)) {
        result.comment = QString::fromUtf8(lines.first().mid(untrustedPrefix.size()));
        if (lines.size() < 2)
            return Error::badInput(tr("expected the base64 line of a minisign public key"), file, 2);
        keyLine = 2;
    } else if (lines.size() > 1) {
        return Error::badInput(
            tr("expected \"untrusted comment:\" and the base64 line of a minisign public key"), file, 1);
    }
    if (lines.size() > keyLine)
        return Error::badInput(tr("expected the end of the public key"), file, keyLine + 1);

    const QByteArray line = lines.at(keyLine - 1).trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || line.isEmpty())
        return Error::badInput(tr("the public key is not valid base64"), file, keyLine);
    const QByteArray bytes = *decoded;
    if (bytes.size() != 2 + keyIdSize + keySize)
        return Error::badInput(tr("the public key has %1 bytes, expected %2")
                                   .arg(bytes.size())
                                   .arg(2 + keyIdSize + keySize),
                               file, keyLine);
    if (bytes.left(2) != "Ed")
        return Error::badInput(tr("the public key is not an Ed25519 key (algorithm \"Ed\" expected)"),
                               file, keyLine);
    result.keyId = bytes.mid(2, keyIdSize);
    result.key = bytes.mid(2 + keyIdSize, keySize);
    readStewardComment(result);
    return result;
}

Result<PublicKey> PublicKey::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read the public key: %1").arg(f.errorString()), path);
    // A public key file is two short lines; anything large is not one.
    const QByteArray text = f.read(64 * 1024);
    return parse(text, path);
}

QByteArray PublicKey::deriveKeyId(const QByteArray &publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(keyIdSize);
}

} // namespace steward
