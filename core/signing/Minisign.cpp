#include "core/signing/Minisign.h"

#include "core/signing/Ed25519.h"

#include <QList>

namespace steward {

namespace {

const QByteArray untrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray trustedPrefix = QByteArrayLiteral("trusted comment: ");

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

Error verificationError(const QString &message)
{
    Error e;
    e.code = ErrorCode::Verification;
    e.message = message;
    return e;
}

} // namespace

QByteArray Minisignature::toText() const
{
    QByteArray out = untrustedPrefix + oneLine(untrustedComment).toUtf8() + '\n';
    out += (algorithm + keyId + signature).toBase64() + '\n';
    out += trustedPrefix + oneLine(trustedComment).toUtf8() + '\n';
    out += globalSignature.toBase64() + '\n';
    return out;
}

Result<Minisignature> Minisignature::parse(const QByteArray &text, const QString &file)
{
    // An editor may have saved the file with a byte-order mark or Windows line ends.
    QList<QByteArray> lines = (text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text).split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    Minisignature sig;
    if (lines.size() < 1 || !lines.at(0).startsWith(untrustedPrefix))
        return Error::badInput(tr("expected \"untrusted comment:\" of a minisign signature"), file, 1);
    sig.untrustedComment = QString::fromUtf8(lines.at(0).mid(untrustedPrefix.size()));

    if (lines.size() < 2)
        return Error::badInput(tr("expected the base64 line of a minisign signature"), file, 2);
    const QByteArray sigLine = lines.at(1).trimmed();
    const auto sigBytes =
        QByteArray::fromBase64Encoding(sigLine, QByteArray::AbortOnBase64DecodingErrors);
    if (!sigBytes || sigLine.isEmpty())
        return Error::badInput(tr("the signature is not valid base64"), file, 2);
    if (sigBytes.decoded.size() != 2 + 8 + 64)
        return Error::badInput(
            tr("the signature has %1 bytes, expected %2").arg(sigBytes.decoded.size()).arg(2 + 8 + 64),
            file, 2);
    sig.algorithm = sigBytes.decoded.left(2);
    if (sig.algorithm != "ED" && sig.algorithm != "Ed")
        return Error::badInput(tr("unknown signature algorithm (\"ED\" or \"Ed\" expected)"), file, 2);
    sig.keyId = sigBytes.decoded.mid(2, 8);
    sig.signature = sigBytes.decoded.mid(10, 64);

    if (lines.size() < 3 || !lines.at(2).startsWith(trustedPrefix))
        return Error::badInput(tr("expected \"trusted comment:\" of a minisign signature"), file, 3);
    sig.trustedComment = QString::fromUtf8(lines.at(2).mid(trustedPrefix.size()));

    if (lines.size() < 4)
        return Error::badInput(tr("expected the base64 line of the global signature"), file, 4);
    const QByteArray globalLine = lines.at(3).trimmed();
    const auto globalBytes =
        QByteArray::fromBase64Encoding(globalLine, QByteArray::AbortOnBase64DecodingErrors);
    if (!globalBytes || globalLine.isEmpty())
        return Error::badInput(tr("the global signature is not valid base64"), file, 4);
    if (globalBytes.decoded.size() != 64)
        return Error::badInput(
            tr("the global signature has %1 bytes, expected 64").arg(globalBytes.decoded.size()), file, 4);
    sig.globalSignature = globalBytes.decoded;
    if (lines.size() > 4)
        return Error::badInput(tr("expected the end of the signature"), file, 5);
    return sig;
}

Status Minisign::verify(const PublicKey &key, const QByteArray &message,
                        const Minisignature &signature, const QString &what)
{
    const QString thing = what.isEmpty() ? tr("the data") : what;
    if (signature.keyId != key.keyId)
        return verificationError(tr("%1 is signed by another key (fingerprint %2, expected %3)")
                                     .arg(thing, signature.fingerprint(), key.fingerprint()));
    QByteArray signedBytes;
    if (signature.algorithm == "ED") {
        signedBytes = ed25519::blake2b512(message);
        if (signedBytes.isEmpty())
            return Error::internal(tr("BLAKE2b-512 is not available in this OpenSSL"));
    } else if (signature.algorithm == "Ed") {
        signedBytes = message;
    } else {
        return verificationError(tr("the signature of %1 uses an unknown algorithm").arg(thing));
    }
    if (!ed25519::verify(key.key, signedBytes, signature.signature))
        return verificationError(tr("the signature does not match %1").arg(thing));
    if (!ed25519::verify(key.key, signature.signature + signature.trustedComment.toUtf8(),
                         signature.globalSignature))
        return verificationError(tr("the trusted comment of the signature of %1 was altered").arg(thing));
    return Status::success();
}

QString Minisign::trustedComment(const QString &kind, const QString &signer, const QString &role,
                                 const QString &release, const QDateTime &atUtc)
{
    auto clean = [](QString s) {
        s.replace(QLatin1Char('|'), QLatin1Char(' '));
        return oneLine(s).simplified();
    };
    return QStringLiteral("steward %1 | signer: %2 | role: %3 | release: %4 | time: %5")
        .arg(clean(kind), clean(signer), clean(role), clean(release),
             atUtc.toUTC().toString(Qt::ISODate));
}

} // namespace steward
