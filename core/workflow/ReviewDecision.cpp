#include "core/workflow/ReviewDecision.h"

#include "core/common/JsonPositions.h"
#include "core/common/JsonText.h"
#include "core/signing/SigningIdentity.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace steward {

namespace {

const QString kFormat = QStringLiteral("steward-decision/1");
const QString kJsonEntry = QStringLiteral("decision.json");
const QString kSignatureEntry = QStringLiteral("decision.json.minisig");
const QString kPublicKeyEntry = QStringLiteral("signer.pub");
// A decision file is a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxEntrySize = 4 * 1024 * 1024;

Error verificationError(const QString &message)
{
    Error e;
    e.code = ErrorCode::Verification;
    e.message = message;
    return e;
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

bool isMark(const QString &mark)
{
    return mark == QLatin1String("acceptable") || mark == QLatin1String("improvable")
           || mark == QLatin1String("to_correct");
}

} // namespace

QJsonObject ReviewDecision::toJson() const
{
    QJsonArray marks;
    for (const SectionMark &m : sections)
        marks.append(QJsonObject{{QStringLiteral("document"), m.document},
                                 {QStringLiteral("section"), m.section},
                                 {QStringLiteral("mark"), m.mark},
                                 {QStringLiteral("comment"), m.comment}});
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("release"), release},
        {QStringLiteral("content_hash"), contentHash},
        {QStringLiteral("approve"), approve},
        {QStringLiteral("comment"), comment},
        {QStringLiteral("sections"), marks},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), signerName},
                                               {QStringLiteral("role"), signerRole},
                                               {QStringLiteral("fingerprint"), signerFingerprint}}},
        {QStringLiteral("decided_at"), timeText(decidedAt)},
    };
}

Result<ReviewDecision> ReviewDecision::fromJson(const QByteArray &json, const QString &file)
{
    auto parsed = JsonText::parseObject(json, file);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = *parsed;
    const JsonPositions positions(json);
    auto invalid = [&](const QString &pointer, const QString &expected) {
        const auto [line, column] = positions.valueAt(pointer);
        return Error::badInput(tr("not a Steward decision: %1").arg(expected), file, line, column);
    };
    auto text = [&](const QJsonObject &object, const QString &pointer, const char *key,
                    bool required, QString *out) -> std::optional<Error> {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString()) {
            *out = v.toString();
            if (!required || !out->isEmpty())
                return std::nullopt;
        }
        return invalid(JsonPositions::child(pointer, QLatin1String(key)),
                       tr("\"%1\" must be a non-empty text").arg(QLatin1String(key)));
    };

    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(QStringLiteral("/format"), tr("\"format\" must be \"%1\"").arg(kFormat));
    ReviewDecision d;
    if (auto e = text(root, {}, "release", true, &d.release))
        return *e;
    if (auto e = text(root, {}, "content_hash", true, &d.contentHash))
        return *e;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(d.contentHash).hasMatch())
        return invalid(QStringLiteral("/content_hash"),
                       tr("\"content_hash\" must be 64 lower-case hexadecimal digits"));
    const QJsonValue approve = root.value(QStringLiteral("approve"));
    if (!approve.isBool())
        return invalid(QStringLiteral("/approve"), tr("\"approve\" must be true or false"));
    d.approve = approve.toBool();
    if (root.contains(QStringLiteral("comment"))) {
        if (auto e = text(root, {}, "comment", false, &d.comment))
            return *e;
    }
    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isUndefined() && !sections.isArray())
        return invalid(QStringLiteral("/sections"), tr("\"sections\" must be a list"));
    const QJsonArray list = sections.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString pointer = JsonPositions::child(QStringLiteral("/sections"), i);
        if (!list.at(i).isObject())
            return invalid(pointer, tr("each section mark must be an object"));
        const QJsonObject o = list.at(i).toObject();
        SectionMark m;
        if (auto e = text(o, pointer, "document", true, &m.document))
            return *e;
        if (auto e = text(o, pointer, "section", true, &m.section))
            return *e;
        if (auto e = text(o, pointer, "mark", true, &m.mark))
            return *e;
        if (!isMark(m.mark))
            return invalid(JsonPositions::child(pointer, QStringLiteral("mark")),
                           tr("\"mark\" must be acceptable, improvable or to_correct"));
        if (o.contains(QStringLiteral("comment"))) {
            if (auto e = text(o, pointer, "comment", false, &m.comment))
                return *e;
        }
        d.sections.append(m);
    }
    const QJsonValue signer = root.value(QStringLiteral("signer"));
    if (!signer.isObject())
        return invalid(QStringLiteral("/signer"), tr("\"signer\" must be an object"));
    const QJsonObject s = signer.toObject();
    if (auto e = text(s, QStringLiteral("/signer"), "name", true, &d.signerName))
        return *e;
    if (auto e = text(s, QStringLiteral("/signer"), "role", true, &d.signerRole))
        return *e;
    if (auto e = text(s, QStringLiteral("/signer"), "fingerprint", true, &d.signerFingerprint))
        return *e;
    QString decided;
    if (auto e = text(root, {}, "decided_at", true, &decided))
        return *e;
    d.decidedAt = QDateTime::fromString(decided, Qt::ISODate);
    if (!d.decidedAt.isValid())
        return invalid(QStringLiteral("/decided_at"),
                       tr("\"decided_at\" must be a date and time (ISO 8601)"));
    d.decidedAt = d.decidedAt.toUTC();
    return d;
}

SignedDecision SignedDecision::sign(const ReviewDecision &decision, const SigningIdentity &identity)
{
    SignedDecision signedDecision;
    ReviewDecision &d = signedDecision.decision;
    d = decision;
    d.signerName = identity.name();
    d.signerRole = SignerRoles::name(identity.role());
    d.signerFingerprint = identity.fingerprint();
    if (d.decidedAt.isNull())
        d.decidedAt = QDateTime::currentDateTimeUtc();
    // Whole seconds: the JSON carries ISO 8601 without milliseconds, and what is read back must
    // equal what was signed.
    d.decidedAt = QDateTime::fromSecsSinceEpoch(d.decidedAt.toSecsSinceEpoch(), Qt::UTC);
    signedDecision.json = QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
    signedDecision.signature = identity.sign(
        signedDecision.json,
        Minisign::trustedComment(QStringLiteral("decision"), d.signerName, d.signerRole, d.release,
                                 d.decidedAt));
    signedDecision.signer = identity.publicKey();
    return signedDecision;
}

Status SignedDecision::verify() const
{
    if (Status s = Minisign::verify(signer, json, signature, kJsonEntry); !s)
        return s;
    if (decision.signerFingerprint.compare(signer.fingerprint(), Qt::CaseInsensitive) != 0)
        return verificationError(tr("the decision names signer key %1 but was signed with key %2")
                                     .arg(decision.signerFingerprint, signer.fingerprint()));
    return {};
}

QByteArray SignedDecision::toZip() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        const QDateTime at = decision.decidedAt.isValid() ? decision.decidedAt.toLocalTime()
                                                          : QDateTime::currentDateTime();
        const std::pair<QString, QByteArray> entries[] = {
            {kJsonEntry, json},
            {kSignatureEntry, signature.toText()},
            {kPublicKeyEntry, signer.toMinisignText().toUtf8()},
        };
        for (const auto &[name, bytes] : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = at;
            if (!file.open(QIODevice::WriteOnly, info))
                return {};
            if (file.write(bytes) != bytes.size())
                return {};
            file.close();
            if (file.getZipError() != 0)
                return {};
        }
        zip.close();
        if (zip.getZipError() != 0)
            return {};
    }
    return buffer.data();
}

Status SignedDecision::writeFile(const QString &path) const
{
    const QByteArray zip = toZip();
    if (zip.isEmpty())
        return Error::internal(tr("could not build the decision file %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(zip) != zip.size() || !file.commit())
        return Error::internal(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<SignedDecision> SignedDecision::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("cannot read %1: %2").arg(path, file.errorString()), path);
    if (file.size() > kMaxEntrySize)
        return Error::badInput(tr("%1 is not a decision file (too large)").arg(path), path);
    return fromZip(file.readAll(), path);
}

Result<SignedDecision> SignedDecision::fromZip(const QByteArray &zipBytes, const QString &file)
{
    const QString what = file.isEmpty() ? tr("the decision file") : file;
    QByteArray data = zipBytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return Error::badInput(tr("%1 is not a decision file (not a zip archive)").arg(what), file);
    auto entry = [&](const QString &name) -> Result<QByteArray> {
        if (!zip.setCurrentFile(name))
            return Error::badInput(tr("%1 is not a decision file: %2 is missing").arg(what, name), file);
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(tr("%1: cannot read %2").arg(what, name), file);
        if (f.usize() > kMaxEntrySize)
            return Error::badInput(tr("%1: %2 is too large").arg(what, name), file);
        QByteArray bytes = f.readAll();
        f.close();
        if (f.getZipError() != 0)
            return Error::badInput(tr("%1: %2 is damaged").arg(what, name), file);
        return bytes;
    };
    auto json = entry(kJsonEntry);
    if (!json)
        return json.error();
    auto minisig = entry(kSignatureEntry);
    if (!minisig)
        return minisig.error();
    auto pub = entry(kPublicKeyEntry);
    if (!pub)
        return pub.error();
    zip.close();

    const QString inside = file.isEmpty() ? kJsonEntry : file + QLatin1Char('/') + kJsonEntry;
    auto decision = ReviewDecision::fromJson(*json, inside);
    if (!decision)
        return decision.error();
    auto signature = Minisignature::parse(*minisig,
                                          file.isEmpty() ? kSignatureEntry
                                                         : file + QLatin1Char('/') + kSignatureEntry);
    if (!signature)
        return signature.error();
    auto key = PublicKey::parse(*pub, file.isEmpty() ? kPublicKeyEntry
                                                     : file + QLatin1Char('/') + kPublicKeyEntry);
    if (!key)
        return key.error();
    SignedDecision result;
    result.decision = std::move(*decision);
    result.json = std::move(*json);
    result.signature = std::move(*signature);
    result.signer = std::move(*key);
    return result;
}

} // namespace steward
