#include "core/age/AgeFile.h"

#include "core/age/AgeCrypto.h"

#include <QFile>
#include <QFileDevice>
#include <QLocale>

#include <algorithm>

namespace steward {

namespace {

const QByteArray kIntro = QByteArrayLiteral("age-encryption.org/v1");
const QByteArray kArmorBegin = QByteArrayLiteral("-----BEGIN AGE ENCRYPTED FILE-----");
const QByteArray kArmorEnd = QByteArrayLiteral("-----END AGE ENCRYPTED FILE-----");
const QByteArray kX25519Label = QByteArrayLiteral("age-encryption.org/v1/X25519");
const QByteArray kScryptLabel = QByteArrayLiteral("age-encryption.org/v1/scrypt");

constexpr qsizetype kChunkSize = 64 * 1024;
constexpr qsizetype kSealedChunkSize = kChunkSize + agecrypto::kTagSize;
constexpr int kFileKeySize = 16;
constexpr int kPayloadNonceSize = 16;
constexpr int kStanzaBodyColumns = 64;
constexpr int kArmorColumns = 64;
constexpr int kMaxScryptWorkFactor = 22;
// Up to `size` bytes; 0 only at the end of the input, -1 on an error. A pipe (QProcess) may have
// nothing yet while its writer still runs; atEnd() cannot tell that apart, waitForReadyRead() can
// (devices that block in read(), like files and standard input, return false from it at once).
qint64 readSome(QIODevice &device, char *data, qint64 size)
{
    qint64 got = device.read(data, size);
    while (got == 0 && device.isSequential() && device.waitForReadyRead(-1))
        got = device.read(data, size);
    return got;
}

// A header is a few hundred bytes per recipient; these bounds keep a crafted file from making the
// reader buffer without end.
constexpr qsizetype kMaxHeaderLine = 4096;
constexpr qsizetype kMaxHeaderSize = 1 << 20;
constexpr qsizetype kReadBlock = 64 * 1024;

QString fileNameOf(const QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(&device))
        return file->fileName();
    return {};
}

// The file's name for a message, or a description when the data does not come from a file.
QString nameForMessage(const QIODevice &device)
{
    const QString name = fileNameOf(device);
    return name.isEmpty() ? AgeFile::tr("the encrypted data") : name;
}

Error verificationError(const QString &message, const QString &file)
{
    return Error{ErrorCode::Verification, message, file, 0, 0};
}

QByteArray encodeBase64(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::OmitTrailingEquals);
}

// Canonical unpadded base64 as the header requires: only the standard alphabet, and the text
// re-encodes to itself (no stray bits in the last character).
std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
              || c == '/'))
            return std::nullopt;
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encodeBase64(*decoded) != text)
        return std::nullopt;
    return *decoded;
}

// The payload nonce of chunk `counter`: 11 bytes of big-endian counter, then 1 for the last chunk.
QByteArray chunkNonce(quint64 counter, bool last)
{
    QByteArray nonce(agecrypto::kNonceSize, '\0');
    for (int i = 10; i >= 0 && counter; --i, counter >>= 8)
        nonce[i] = char(counter & 0xff);
    nonce[11] = last ? '\1' : '\0';
    return nonce;
}

QByteArray stanza(const QByteArray &type, const QList<QByteArray> &args, const QByteArray &body)
{
    QByteArray out = "-> " + type;
    for (const QByteArray &arg : args)
        out += ' ' + arg;
    out += '\n';
    // The body's last line is shorter than a full one, empty when the body fills its lines.
    const QByteArray text = encodeBase64(body);
    for (qsizetype at = 0;; at += kStanzaBodyColumns) {
        const QByteArray line = text.mid(at, kStanzaBodyColumns);
        out += line + '\n';
        if (line.size() < kStanzaBodyColumns)
            break;
    }
    return out;
}

struct Stanza {
    QByteArray type;
    QList<QByteArray> args;
    QByteArray body;
    qint64 line = 0;
};

// The bytes of an age file, binary or armored, read ahead in blocks so the header parser and the
// chunk reader can look ahead without the device supporting it.
class Input final {
public:
    explicit Input(QIODevice &device) : m_device(device) {}

    qint64 rawConsumed() const { return m_rawRead; }
    const std::optional<Error> &error() const { return m_error; }
    qsizetype available() const { return m_data.size() - m_pos; }

    // Looks at the first bytes to choose binary or armored reading. False on a read error.
    bool start()
    {
        while (m_raw.size() < kArmorBegin.size() && readRaw()) {
        }
        if (m_error)
            return false;
        qsizetype at = 0;
        while (at < m_raw.size() && isSpace(m_raw[at]))
            ++at;
        while (at == m_raw.size() && at < 1024 && readRaw()) {
            while (at < m_raw.size() && isSpace(m_raw[at]))
                ++at;
        }
        while (m_raw.size() - at < kArmorBegin.size() && readRaw()) {
        }
        if (m_raw.mid(at, kArmorBegin.size()) == kArmorBegin) {
            m_armored = true;
            m_rawPos = at + kArmorBegin.size();
            m_armorLine = 1;
            if (!takeArmorLineEnd())
                return false;
        } else {
            m_data = m_raw;
            m_raw.clear();
        }
        return !m_error;
    }

    // Makes at least `size` bytes available unless the input ends first. False on an error.
    bool fill(qsizetype size)
    {
        while (available() < size && !m_ended) {
            if (m_pos > 0 && m_pos >= m_data.size() / 2) {
                m_data.remove(0, m_pos);
                m_pos = 0;
            }
            if (m_armored ? !decodeArmor() : !readInto(m_data)) {
                if (!m_armored)
                    m_ended = true;
                break;
            }
        }
        return !m_error;
    }

    QByteArray take(qsizetype size)
    {
        size = qMin(size, available());
        QByteArray out = m_data.mid(m_pos, size);
        m_pos += size;
        return out;
    }

    // One header line without its '\n'; nothing at the end of the input, for a line longer than
    // `maxSize` or on a read error.
    std::optional<QByteArray> readLine(qsizetype maxSize)
    {
        for (;;) {
            const qsizetype end = m_data.indexOf('\n', m_pos);
            if (end >= 0 && end - m_pos <= maxSize) {
                QByteArray line = m_data.mid(m_pos, end - m_pos);
                m_pos = end + 1;
                return line;
            }
            if (end >= 0 || available() > maxSize)
                return std::nullopt;
            const qsizetype before = available();
            if (!fill(before + 1) || available() == before)
                return std::nullopt;
        }
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

    Error armorError(const QString &message) const
    {
        return Error::badInput(message, fileNameOf(m_device), m_armorLine, 0);
    }

    // Appends what the device has (blocking for sequential devices that can wait). False at the
    // end of the input or on an error.
    bool readInto(QByteArray &buffer)
    {
        if (m_deviceEnded)
            return false;
        const qsizetype before = buffer.size();
        buffer.resize(before + kReadBlock);
        const qint64 got = readSome(m_device, buffer.data() + before, kReadBlock);
        buffer.resize(before + qMax<qint64>(got, 0));
        if (got < 0) {
            m_error = Error::internal(AgeFile::tr("Cannot read %1: %2")
                                          .arg(nameForMessage(m_device), m_device.errorString()));
            m_deviceEnded = true;
            return false;
        }
        if (got == 0) {
            m_deviceEnded = true;
            return false;
        }
        m_rawRead += got;
        return true;
    }

    bool readRaw() { return readInto(m_raw); }

    // Consumes "\n" or "\r\n" after an armor line.
    bool takeArmorLineEnd()
    {
        while (m_raw.size() - m_rawPos < 2 && readRaw()) {
        }
        if (m_rawPos < m_raw.size() && m_raw[m_rawPos] == '\n') {
            m_rawPos += 1;
        } else if (m_raw.mid(m_rawPos, 2) == "\r\n") {
            m_rawPos += 2;
        } else {
            if (!m_error)
                m_error = armorError(AgeFile::tr("Expected the end of the armor line."));
            return false;
        }
        ++m_armorLine;
        return true;
    }

    // Decodes the armor lines that are complete in the raw buffer (reading more when none is).
    bool decodeArmor()
    {
        if (m_rawPos > 0 && m_rawPos >= m_raw.size() / 2) {
            m_raw.remove(0, m_rawPos);
            m_rawPos = 0;
        }
        qsizetype end = m_raw.indexOf('\n', m_rawPos);
        while (end < 0) {
            if (m_raw.size() - m_rawPos > kArmorColumns + 2) {
                m_error =
                    armorError(AgeFile::tr("Expected an armor line of at most 64 characters."));
                return false;
            }
            if (!readRaw()) {
                QByteArray rest = m_raw.mid(m_rawPos).trimmed();
                if (!m_error && rest == kArmorEnd) {
                    m_rawPos = m_raw.size();
                    return finishArmor();
                }
                if (!m_error)
                    m_error = armorError(AgeFile::tr("Expected the armor's end line (%1).")
                                             .arg(QString::fromLatin1(kArmorEnd)));
                return false;
            }
            end = m_raw.indexOf('\n', m_rawPos);
        }
        bool decoded = false;
        while (end >= 0) {
            QByteArray line = m_raw.mid(m_rawPos, end - m_rawPos);
            if (line.endsWith('\r'))
                line.chop(1);
            m_rawPos = end + 1;
            if (line == kArmorEnd)
                return finishArmor();
            if (m_lastArmorLineShort || line.isEmpty() || line.size() > kArmorColumns) {
                m_error = armorError(AgeFile::tr(
                    "Expected armor lines of 64 base64 characters (shorter only last)."));
                return false;
            }
            m_lastArmorLineShort = line.size() < kArmorColumns;
            // Padding is allowed only at the very end, which the next line checks.
            auto bytes =
                QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes || line.size() % 4 != 0 || bytes.decoded.toBase64() != line) {
                m_error = armorError(AgeFile::tr("Expected base64 text in the armor."));
                return false;
            }
            if (line.endsWith('='))
                m_lastArmorLineShort = true;
            m_data += *bytes;
            decoded = true;
            ++m_armorLine;
            end = m_raw.indexOf('\n', m_rawPos);
        }
        return decoded || decodeArmor();
    }

    // After the end line only white space may follow.
    bool finishArmor()
    {
        m_ended = true;
        for (;;) {
            for (qsizetype i = m_rawPos; i < m_raw.size(); ++i)
                if (!isSpace(m_raw[i])) {
                    m_error =
                        armorError(AgeFile::tr("Expected nothing after the armor's end line."));
                    return false;
                }
            m_raw.clear();
            m_rawPos = 0;
            if (!readRaw())
                break;
        }
        return !m_error;
    }

    QIODevice &m_device;
    QByteArray m_data; // decoded bytes; m_pos is the next one to hand out
    qsizetype m_pos = 0;
    QByteArray m_raw; // armored text not yet decoded
    qsizetype m_rawPos = 0;
    qint64 m_rawRead = 0;
    qint64 m_armorLine = 0;
    bool m_armored = false;
    bool m_lastArmorLineShort = false;
    bool m_deviceEnded = false;
    bool m_ended = false;
    std::optional<Error> m_error;
};

bool isArgumentText(const QByteArray &arg)
{
    if (arg.isEmpty())
        return false;
    for (char c : arg)
        if (c < 33 || c > 126)
            return false;
    return true;
}

struct Header {
    QList<Stanza> stanzas;
    QByteArray macInput; // the header up to and including "---"
    QByteArray mac;
};

Result<Header> readHeader(Input &input, const QString &file)
{
    auto malformed = [&](const QString &expected, qint64 line) {
        if (input.error())
            return *input.error();
        return Error::badInput(expected, file, line, 0);
    };
    Header header;
    qint64 lineNumber = 1;
    const auto intro = input.readLine(kIntro.size());
    if (!intro || *intro != kIntro)
        return malformed(AgeFile::tr("This is not an age file: expected \"%1\" on the first line.")
                             .arg(QString::fromLatin1(kIntro)),
                         lineNumber);
    header.macInput = kIntro + '\n';
    for (;;) {
        ++lineNumber;
        const auto line = input.readLine(kMaxHeaderLine);
        if (!line)
            return malformed(AgeFile::tr("Expected a recipient stanza (\"->\") or the header's MAC "
                                         "line (\"---\")."),
                             lineNumber);
        if (header.macInput.size() > kMaxHeaderSize)
            return malformed(AgeFile::tr("Expected the end of the header within 1 MiB."),
                             lineNumber);
        if (line->startsWith("--- ")) {
            header.macInput += "---";
            const auto mac = decodeBase64(line->mid(4));
            if (!mac || mac->size() != 32)
                return malformed(AgeFile::tr("Expected the header's MAC in base64 after \"--- \"."),
                                 lineNumber);
            header.mac = *mac;
            break;
        }
        if (!line->startsWith("-> "))
            return malformed(AgeFile::tr("Expected a recipient stanza (\"->\") or the header's MAC "
                                         "line (\"---\")."),
                             lineNumber);
        header.macInput += *line + '\n';
        Stanza stanza;
        stanza.line = lineNumber;
        const QList<QByteArray> words = line->mid(3).split(' ');
        for (const QByteArray &word : words)
            if (!isArgumentText(word))
                return malformed(
                    AgeFile::tr("Expected the stanza's type and arguments separated by "
                                "single spaces."),
                    lineNumber);
        stanza.type = words.first();
        stanza.args = words.mid(1);
        QByteArray bodyText;
        for (;;) {
            ++lineNumber;
            const auto bodyLine = input.readLine(kStanzaBodyColumns);
            if (!bodyLine)
                return malformed(AgeFile::tr("Expected a stanza body line of at most 64 base64 "
                                             "characters."),
                                 lineNumber);
            header.macInput += *bodyLine + '\n';
            bodyText += *bodyLine;
            if (bodyLine->size() < kStanzaBodyColumns)
                break;
        }
        const auto body = decodeBase64(bodyText);
        if (!body)
            return malformed(AgeFile::tr("Expected the stanza body in unpadded base64."),
                             lineNumber);
        stanza.body = *body;
        header.stanzas.append(stanza);
    }
    if (header.stanzas.isEmpty())
        return malformed(AgeFile::tr("Expected at least one recipient stanza in the header."),
                         lineNumber);
    return header;
}

// The file key from an X25519 stanza for one of the identities, or nothing.
Result<std::optional<QByteArray>> unwrapX25519(const Stanza &stanza, const AgeDecryptionKey &key,
                                               const QString &file)
{
    const auto share = stanza.args.size() == 1 ? decodeBase64(stanza.args[0]) : std::nullopt;
    if (!share || share->size() != agecrypto::kKeySize
        || stanza.body.size() != kFileKeySize + agecrypto::kTagSize)
        return Error::badInput(AgeFile::tr("Expected an X25519 stanza with one 32-byte share and a "
                                           "32-byte body."),
                               file, stanza.line, 0);
    for (const AgeIdentity &identity : key.identities) {
        QByteArray shared = agecrypto::x25519(identity.secretKey, *share);
        if (shared.isEmpty())
            continue; // a low-order share: no identity can match it
        QByteArray wrapKey =
            agecrypto::hkdf(shared, *share + identity.recipient().publicKey, kX25519Label);
        agecrypto::wipe(shared);
        auto fileKey =
            agecrypto::open(wrapKey, QByteArray(agecrypto::kNonceSize, '\0'), stanza.body);
        agecrypto::wipe(wrapKey);
        if (fileKey)
            return std::optional<QByteArray>(*fileKey);
    }
    return std::optional<QByteArray>();
}

Result<std::optional<QByteArray>> unwrapScrypt(const Stanza &stanza, const QString &passphrase,
                                               const QString &file)
{
    const auto salt = stanza.args.size() == 2 ? decodeBase64(stanza.args[0]) : std::nullopt;
    const QByteArray &factorText = stanza.args.value(1);
    bool number = !factorText.isEmpty() && !factorText.startsWith('0');
    for (char c : factorText)
        number = number && c >= '0' && c <= '9';
    const int workFactor = number && factorText.size() <= 2 ? factorText.toInt() : 0;
    if (!salt || salt->size() != 16 || workFactor < 1
        || stanza.body.size() != kFileKeySize + agecrypto::kTagSize)
        return Error::badInput(AgeFile::tr("Expected an scrypt stanza with a 16-byte salt, a work "
                                           "factor and a 32-byte body."),
                               file, stanza.line, 0);
    if (workFactor > kMaxScryptWorkFactor)
        return Error::badInput(
            AgeFile::tr("The passphrase's scrypt work factor is %1; at most %2 is "
                        "accepted.")
                .arg(workFactor)
                .arg(kMaxScryptWorkFactor),
            file, stanza.line, 0);
    QByteArray secret = passphrase.toUtf8();
    QByteArray wrapKey = agecrypto::scrypt(secret, kScryptLabel + *salt, workFactor);
    agecrypto::wipe(secret);
    if (wrapKey.isEmpty())
        return Error::internal(
            AgeFile::tr("The passphrase's key derivation failed (out of memory?)."));
    auto fileKey = agecrypto::open(wrapKey, QByteArray(agecrypto::kNonceSize, '\0'), stanza.body);
    agecrypto::wipe(wrapKey);
    return fileKey;
}

Result<QByteArray> readAll(QIODevice &in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    qsizetype have = 0;
    while (have < size) {
        const qint64 got = readSome(in, out.data() + have, size - have);
        if (got < 0)
            return Error::internal(
                AgeFile::tr("Cannot read %1: %2").arg(nameForMessage(in), in.errorString()));
        if (got == 0)
            break;
        have += got;
    }
    out.resize(have);
    return out;
}

Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return Error::internal(
            AgeFile::tr("Cannot write %1: %2").arg(nameForMessage(out), out.errorString()));
    return Status::success();
}

} // namespace

bool AgeFile::looksEncrypted(QIODevice &in)
{
    const QByteArray start = in.peek(kArmorBegin.size());
    return start.startsWith(kIntro + '\n') || start.startsWith(kArmorBegin);
}

bool AgeFile::looksEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksEncrypted(file);
}

Status AgeFile::encrypt(QIODevice &in, QIODevice &out, const AgeEncryptionTarget &target,
                        const ProgressCallback &progress, const CancellationToken *cancel)
{
    if (target.recipients.isEmpty() && !target.passphrase)
        return Error::usage(tr("Encrypting needs a recipient or a passphrase."));
    if (target.passphrase && !target.recipients.isEmpty())
        return Error::usage(tr("A passphrase cannot be combined with recipients in one age file."));
    if (target.passphrase && target.passphrase->isEmpty())
        return Error::usage(tr("The encryption passphrase must not be empty."));
    if (target.passphrase
        && (target.scryptWorkFactor < 1 || target.scryptWorkFactor > kMaxScryptWorkFactor))
        return Error::usage(
            tr("The scrypt work factor must be between 1 and %1.").arg(kMaxScryptWorkFactor));
    for (const AgeRecipient &recipient : target.recipients)
        if (recipient.publicKey.size() != agecrypto::kKeySize)
            return Error::usage(tr("An age recipient must hold a 32-byte X25519 key."));

    QByteArray fileKey = agecrypto::randomBytes(kFileKeySize);
    if (fileKey.isEmpty())
        return Error::internal(tr("The random number generator failed."));
    const QByteArray zeroNonce(agecrypto::kNonceSize, '\0');
    QByteArray header = kIntro + '\n';
    for (const AgeRecipient &recipient : target.recipients) {
        AgeIdentity ephemeral = AgeIdentity::generate();
        const QByteArray share = ephemeral.recipient().publicKey;
        QByteArray shared = agecrypto::x25519(ephemeral.secretKey, recipient.publicKey);
        if (share.isEmpty() || shared.isEmpty())
            return Error::usage(
                tr("The age recipient %1 is not a usable X25519 key.").arg(recipient.toString()));
        QByteArray wrapKey = agecrypto::hkdf(shared, share + recipient.publicKey, kX25519Label);
        agecrypto::wipe(shared);
        header +=
            stanza("X25519", {encodeBase64(share)}, agecrypto::seal(wrapKey, zeroNonce, fileKey));
        agecrypto::wipe(wrapKey);
    }
    if (target.passphrase) {
        const QByteArray salt = agecrypto::randomBytes(16);
        QByteArray secret = target.passphrase->toUtf8();
        QByteArray wrapKey =
            agecrypto::scrypt(secret, kScryptLabel + salt, target.scryptWorkFactor);
        agecrypto::wipe(secret);
        if (wrapKey.isEmpty())
            return Error::internal(tr("The passphrase's key derivation failed (out of memory?)."));
        header +=
            stanza("scrypt", {encodeBase64(salt), QByteArray::number(target.scryptWorkFactor)},
                   agecrypto::seal(wrapKey, zeroNonce, fileKey));
        agecrypto::wipe(wrapKey);
    }
    header += "---";
    QByteArray macKey = agecrypto::hkdf(fileKey, {}, "header");
    header += ' ' + encodeBase64(agecrypto::hmacSha256(macKey, header)) + '\n';
    agecrypto::wipe(macKey);

    const QByteArray nonce = agecrypto::randomBytes(kPayloadNonceSize);
    QByteArray payloadKey = agecrypto::hkdf(fileKey, nonce, "payload");
    agecrypto::wipe(fileKey);
    auto finish = [&](Status status) {
        agecrypto::wipe(payloadKey);
        return status;
    };
    if (Status written = writeAll(out, header + nonce); !written)
        return finish(written);

    const qint64 total = in.isSequential() ? 0 : in.size() - in.pos();
    qint64 done = 0;
    // A chunk is sealed once the next one is read: only then is it known to be the last.
    auto current = readAll(in, kChunkSize);
    if (!current)
        return finish(current.error());
    for (quint64 counter = 0;; ++counter) {
        if (cancel && cancel->isCancelled())
            return finish(Error::cancelled());
        auto next = current->size() == kChunkSize ? readAll(in, kChunkSize)
                                                  : Result<QByteArray>(QByteArray());
        if (!next)
            return finish(next.error());
        const bool last = next->isEmpty();
        const QByteArray sealed = agecrypto::seal(payloadKey, chunkNonce(counter, last), *current);
        if (sealed.isEmpty())
            return finish(Error::internal(tr("The encryption failed.")));
        if (Status written = writeAll(out, sealed); !written)
            return finish(written);
        done += current->size();
        if (progress)
            progress(Progress{done, total});
        if (last)
            break;
        current = std::move(next);
    }
    return finish(Status::success());
}

Status AgeFile::decrypt(QIODevice &in, QIODevice &out, const AgeDecryptionKey &key,
                        const ProgressCallback &progress, const CancellationToken *cancel)
{
    const QString file = fileNameOf(in);
    const QString name = nameForMessage(in);
    Input input(in);
    if (!input.start())
        return *input.error();
    auto header = readHeader(input, file);
    if (!header)
        return header.error();

    const bool hasScrypt = std::any_of(header->stanzas.cbegin(), header->stanzas.cend(),
                                       [](const Stanza &s) { return s.type == "scrypt"; });
    if (hasScrypt && header->stanzas.size() > 1)
        return Error::badInput(tr("Expected the passphrase (scrypt) stanza to be the header's only "
                                  "stanza."),
                               file, header->stanzas.first().line, 0);
    std::optional<QByteArray> fileKey;
    for (const Stanza &stanza : std::as_const(header->stanzas)) {
        Result<std::optional<QByteArray>> unwrapped = std::optional<QByteArray>();
        if (stanza.type == "X25519")
            unwrapped = unwrapX25519(stanza, key, file);
        else if (stanza.type == "scrypt" && key.passphrase)
            unwrapped = unwrapScrypt(stanza, *key.passphrase, file);
        if (!unwrapped)
            return unwrapped.error();
        if (*unwrapped) {
            fileKey = **unwrapped;
            break;
        }
    }
    if (!fileKey) {
        if (hasScrypt && key.passphrase)
            return verificationError(tr("Wrong passphrase for %1.").arg(name), file);
        if (hasScrypt)
            return verificationError(
                tr("%1 is encrypted with a passphrase; none was given.").arg(name), file);
        if (key.identities.isEmpty())
            return verificationError(tr("%1 is encrypted to age recipients, not with a passphrase; "
                                        "no identity was given.")
                                         .arg(name),
                                     file);
        return verificationError(tr("No identity matches a recipient of %1.").arg(name), file);
    }

    QByteArray macKey = agecrypto::hkdf(*fileKey, {}, "header");
    const bool macMatches =
        agecrypto::equal(agecrypto::hmacSha256(macKey, header->macInput), header->mac);
    agecrypto::wipe(macKey);
    if (!macMatches) {
        agecrypto::wipe(*fileKey);
        return verificationError(
            tr("The header MAC of %1 does not match: the header was altered.").arg(name), file);
    }

    if (!input.fill(kPayloadNonceSize))
        return *input.error();
    if (input.available() < kPayloadNonceSize) {
        agecrypto::wipe(*fileKey);
        return verificationError(tr("%1 is truncated: the payload is missing.").arg(name), file);
    }
    QByteArray payloadKey = agecrypto::hkdf(*fileKey, input.take(kPayloadNonceSize), "payload");
    agecrypto::wipe(*fileKey);
    auto finish = [&](Status status) {
        agecrypto::wipe(payloadKey);
        return status;
    };
    const qint64 total = in.isSequential() ? 0 : in.size();
    for (quint64 counter = 0;; ++counter) {
        if (cancel && cancel->isCancelled())
            return finish(Error::cancelled());
        // One byte beyond a full chunk tells whether this chunk is the last.
        if (!input.fill(kSealedChunkSize + 1))
            return finish(*input.error());
        const bool last = input.available() <= kSealedChunkSize;
        const QByteArray sealed = input.take(kSealedChunkSize);
        const auto altered = [&] {
            return finish(
                verificationError(tr("Chunk %1 of %2 was altered or the file is truncated.")
                                      .arg(QLocale().toString(counter + 1), name),
                                  file));
        };
        // Only an empty file ends in an empty chunk; elsewhere it would hide a truncation.
        if (sealed.size() < agecrypto::kTagSize
            || (last && counter > 0 && sealed.size() == agecrypto::kTagSize))
            return altered();
        const auto plain = agecrypto::open(payloadKey, chunkNonce(counter, last), sealed);
        if (!plain)
            return altered();
        if (Status written = writeAll(out, *plain); !written)
            return finish(written);
        if (progress)
            progress(Progress{input.rawConsumed(), total});
        if (last)
            break;
    }
    return finish(Status::success());
}

} // namespace steward
