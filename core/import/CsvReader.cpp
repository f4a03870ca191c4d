#include "core/import/CsvReader.h"

#include "core/import/DelimiterSniffer.h"
#include "core/import/EncodingDetector.h"
#include "core/import/TextDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace steward {

namespace {

constexpr qsizetype kPadding = 64; // room for the sentinel and 16-byte loads after the data

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool allBlank(const char *data, qsizetype size)
{
    return std::all_of(data, data + size, isBlank);
}

// Line breaks (CRLF, LF or CR) inside [from, to), e.g. in a quoted field.
qint64 countLineBreaks(const char *from, const char *to)
{
    const auto n = size_t(to - from);
    if (n == 0 || (!std::memchr(from, '\n', n) && !std::memchr(from, '\r', n)))
        return 0;
    qint64 lines = 0;
    for (const char *p = from; p < to; ++p) {
        if (*p == '\r')
            ++lines;
        else if (*p == '\n' && (p == from || p[-1] != '\r'))
            ++lines;
    }
    return lines;
}

#if defined(__SSE2__)
using SpecialVector = __m128i;
inline SpecialVector makeSpecialVector(char delimiter)
{
    return _mm_set1_epi8(delimiter);
}
#else
using SpecialVector = char;
inline SpecialVector makeSpecialVector(char delimiter)
{
    return delimiter;
}
#endif

// The first delimiter, CR or LF at or after p. The data ends with a '\n' sentinel followed by
// enough padding for 16-byte loads.
inline const char *findSpecial(const char *p, const bool *special, SpecialVector delimiter)
{
#if defined(__SSE2__)
    Q_UNUSED(special);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (;;) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, delimiter),
                                                      _mm_cmpeq_epi8(x, lf)),
                                         _mm_cmpeq_epi8(x, cr));
        const int mask = _mm_movemask_epi8(hit);
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#else
    Q_UNUSED(delimiter);
    while (!special[static_cast<unsigned char>(*p)])
        ++p;
    return p;
#endif
}

QString mebibytes(qsizetype bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'g', 3);
}

} // namespace

CsvReader::CsvReader(const QString &path, qsizetype chunkSize, qsizetype maxRecordSize)
    : m_path(path),
      m_file(path),
      m_chunkSize(std::max<qsizetype>(chunkSize, 1)),
      m_maxRecordSize(std::max<qsizetype>(maxRecordSize, 1))
{
}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path,
                                                   const ImportOptions &options,
                                                   qsizetype chunkSize, qsizetype maxRecordSize)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path, chunkSize, maxRecordSize));
    const Status status = reader->start(options);
    if (!status)
        return status.error();
    return reader;
}

Result<std::unique_ptr<RowSource>> openCsvSource(const QString &path, const ImportOptions &options)
{
    auto reader = CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RowSource>(std::move(reader.value()));
}

QString CsvReader::encodingName() const
{
    return textEncodingName(m_encoding);
}

qsizetype CsvReader::readFully(char *into, qsizetype size)
{
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = m_file.read(into + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    m_bytesRead += got;
    return got;
}

void CsvReader::reserveBuffer(qsizetype size)
{
    if (size + kPadding <= m_capacity)
        return;
    const qsizetype capacity = std::max(size + kPadding, 2 * m_capacity);
    auto buffer = std::make_unique<char[]>(size_t(capacity));
    if (m_dataEnd > 0)
        std::memcpy(buffer.get(), m_buffer.get(), size_t(m_dataEnd));
    m_buffer = std::move(buffer);
    m_capacity = capacity;
}

Status CsvReader::start(const ImportOptions &options)
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error::badInput(tr("cannot open the file: %1")
                                   .arg(m_file.errorString()),
                               m_path);
    }
    const Error empty = Error::badInput(
        tr("the file is empty"), m_path, 1, 1);

    m_fileSize = m_file.size();
    QByteArray sample(kSampleSize, Qt::Uninitialized);
    const qsizetype n = readFully(sample.data(), kSampleSize);
    if (n < 0)
        return readError();
    sample.truncate(n);
    const bool complete = n < kSampleSize || n == m_fileSize;
    if (n == 0)
        return empty;

    m_encoding = options.encoding == TextEncoding::Auto
        ? detectTextEncoding(sample.constData(), n, complete)
        : options.encoding;
    const int bom = byteOrderMarkLength(m_encoding, sample.constData(), n);
    m_encodingDetected = options.encoding == TextEncoding::Auto && bom == 0;
    const char *body = sample.constData() + bom;
    const qsizetype bodySize = n - bom;
    if (looksBinary(m_encoding, body, bodySize)) {
        return Error::badInput(
            tr("this is not a text file"), m_path,
            1, 1);
    }

    // The decoded sample tells whether there is anything but white space, and the delimiter.
    TextDecoder decoder(m_encoding);
    std::string text(size_t(TextDecoder::maxOutputSize(bodySize)), '\0');
    qsizetype written = 0;
    TextDecoder::Status status = decoder.decode(body, bodySize, complete, text.data(), &written);
    text.resize(size_t(written));
    if (status == TextDecoder::Status::Ok && allBlank(text.data(), qsizetype(text.size()))) {
        bool blank = true;
        bool last = complete;
        std::string more;
        while (blank && !last && status == TextDecoder::Status::Ok) {
            const qsizetype got = readFully(sample.data(), std::min(kSampleSize, sample.size()));
            if (got < 0)
                return readError();
            last = got == 0;
            more.resize(size_t(TextDecoder::maxOutputSize(got)));
            status = decoder.decode(sample.constData(), got, last, more.data(), &written);
            blank = allBlank(more.data(), written);
        }
        if (blank && status == TextDecoder::Status::Ok)
            return empty;
    }

    if (options.delimiter.isNull()) {
        m_delimiter = sniffDelimiter(text, complete && status == TextDecoder::Status::Ok)
                          .toLatin1();
    } else {
        const char16_t d = options.delimiter.unicode();
        if (d == 0 || d >= 0x80 || d == u'"' || d == u'\n' || d == u'\r') {
            return Error::usage(tr("unsupported delimiter (use comma, semicolon, tab or pipe)"));
        }
        m_delimiter = char(d);
    }
    m_special[static_cast<unsigned char>(m_delimiter)] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;

    if (m_encoding != TextEncoding::Utf8)
        m_decoder = std::make_unique<TextDecoder>(m_encoding);
    if (!m_file.seek(bom))
        return readError();
    m_bytesRead = bom;
    reserveBuffer(std::min(m_chunkSize, kSampleSize));
    m_buffer[0] = '\n';
    return Status::success();
}

Status CsvReader::refill()
{
    char *base = m_buffer.get();
    if (m_pos > 0) {
        std::memmove(base, base + m_pos, size_t(m_dataEnd - m_pos));
        m_end -= m_pos;
        m_validEnd -= m_pos;
        m_dataEnd -= m_pos;
        m_pos = 0;
    }
    // A record longer than a chunk doubles the read, so that re-parsing it stays linear.
    const qsizetype want = std::max(m_chunkSize, m_dataEnd);

    if (!m_decoder) {
        reserveBuffer(m_dataEnd + want);
        base = m_buffer.get();
        const qsizetype got = readFully(base + m_dataEnd, want);
        if (got < 0)
            return readError();
        m_dataEnd += got;
        const bool last = got < want;
        qsizetype valid = 0;
        const TextDecoder::Status status = TextDecoder::validateUtf8(
            base + m_validEnd, m_dataEnd - m_validEnd, last, &valid, &m_sawNonAscii);
        m_validEnd += valid;
        if (status == TextDecoder::Status::Invalid && m_encodingDetected && !m_sawNonAscii)
            return switchToGb18030(last);
        if (status == TextDecoder::Status::Ok) {
            m_end = m_dataEnd;
            m_eof = last;
        } else {
            m_end = m_validEnd;
            m_decodeFailure = status == TextDecoder::Status::Nul ? DecodeFailure::Nul
                                                                  : DecodeFailure::Invalid;
        }
    } else {
        if (m_rawCapacity < want) {
            m_raw = std::make_unique<char[]>(size_t(want));
            m_rawCapacity = want;
        }
        const qsizetype got = readFully(m_raw.get(), want);
        if (got < 0)
            return readError();
        const bool last = got < want;
        reserveBuffer(m_end + TextDecoder::maxOutputSize(got));
        qsizetype written = 0;
        const TextDecoder::Status status =
            m_decoder->decode(m_raw.get(), got, last, m_buffer.get() + m_end, &written);
        m_end += written;
        m_validEnd = m_dataEnd = m_end;
        if (status == TextDecoder::Status::Ok)
            m_eof = last;
        else
            m_decodeFailure = status == TextDecoder::Status::Nul ? DecodeFailure::Nul
                                                                  : DecodeFailure::Invalid;
    }
    m_buffer[m_end] = '\n'; // sentinel: stops the field scan without a bounds check
    return Status::success();
}

// Detected as UTF-8 because the sample was plain ASCII, but a later byte is not UTF-8: since
// everything so far was ASCII, which GB18030 shares, decoding continues as GB18030.
Status CsvReader::switchToGb18030(bool last)
{
    m_encoding = TextEncoding::Gb18030;
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    const qsizetype rest = m_dataEnd - m_validEnd;
    if (m_rawCapacity < rest) {
        m_raw = std::make_unique<char[]>(size_t(rest));
        m_rawCapacity = rest;
    }
    std::memcpy(m_raw.get(), m_buffer.get() + m_validEnd, size_t(rest));
    m_dataEnd = m_validEnd;
    reserveBuffer(m_validEnd + TextDecoder::maxOutputSize(rest));
    qsizetype written = 0;
    const TextDecoder::Status status =
        m_decoder->decode(m_raw.get(), rest, last, m_buffer.get() + m_validEnd, &written);
    m_end = m_validEnd + written;
    m_validEnd = m_dataEnd = m_end;
    if (status == TextDecoder::Status::Ok)
        m_eof = last;
    else
        m_decodeFailure = status == TextDecoder::Status::Nul ? DecodeFailure::Nul
                                                              : DecodeFailure::Invalid;
    m_buffer[m_end] = '\n';
    return Status::success();
}

void CsvReader::locate(const char *position, qint64 *line, qint64 *column) const
{
    const char *p = m_buffer.get() + m_pos; // the start of the current record, on line m_line
    const char *lineStart = p;
    qint64 l = m_line;
    while (p < position) {
        if (*p == '\r' || *p == '\n') {
            if (*p == '\r' && p + 1 < position && p[1] == '\n')
                ++p;
            ++l;
            lineStart = p + 1;
        }
        ++p;
    }
    qint64 characters = 0;
    for (const char *c = lineStart; c < position; ++c)
        characters += (static_cast<unsigned char>(*c) & 0xC0) != 0x80;
    *line = l;
    *column = characters + 1;
}

Error CsvReader::errorAt(const char *position, const QString &message) const
{
    qint64 line = 0;
    qint64 column = 0;
    locate(position, &line, &column);
    return Error::badInput(message, m_path, line, column);
}

Error CsvReader::readError() const
{
    return Error::badInput(
        tr("cannot read the file: %1")
            .arg(m_file.errorString()),
        m_path);
}

Error CsvReader::decodeError() const
{
    QString message;
    ErrorHint hint = ErrorHint::None;
    if (m_decodeFailure == DecodeFailure::Nul) {
        message = tr("NUL character: this is not a text file");
    } else {
        switch (m_encoding) {
        case TextEncoding::Auto:
        case TextEncoding::Utf8:
            message = tr("invalid UTF-8 byte sequence");
            hint = ErrorHint::TryGb18030;
            break;
        case TextEncoding::Gb18030:
            message = tr("invalid GB18030 byte sequence");
            hint = ErrorHint::ChooseEncoding;
            break;
        case TextEncoding::Utf16LE:
        case TextEncoding::Utf16BE:
            message =
                tr("invalid UTF-16 sequence (an unpaired surrogate or an odd number of bytes)");
            break;
        }
    }
    Error error = errorAt(m_buffer.get() + m_end, message);
    error.hint = hint;
    return error;
}

Result<bool> CsvReader::next(std::vector<std::string_view> &cells)
{
    if (m_error)
        return *m_error;
    for (;;) {
        const char *base = m_buffer.get();
        const char *p = base + m_pos;
        const char *end = base + m_end;
        bool needMore = false;
        while (p < end && (*p == '\n' || *p == '\r')) { // empty lines
            if (*p == '\r' && p + 1 == end && !m_eof) {
                needMore = true; // CR LF may be split
                m_openQuote = -1;
                break;
            }
            p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
            ++m_line;
        }
        m_pos = p - base;
        if (!needMore) {
            if (p < end) {
                switch (parseRecord(cells)) {
                case Parse::Record: return true;
                case Parse::Failed: return *m_error;
                case Parse::NeedMore: break;
                }
            } else if (m_eof) {
                cells.clear();
                return false;
            }
        }
        if (m_decodeFailure != DecodeFailure::None) {
            m_error = decodeError();
            return *m_error;
        }
        if (m_end - m_pos >= m_maxRecordSize) {
            if (m_openQuote >= 0) {
                m_error = errorAt(m_buffer.get() + m_openQuote,
                                  tr("quoted field not closed within %1 MiB (unterminated "
                                     "quote?)")
                                      .arg(mebibytes(m_maxRecordSize)));
            } else {
                m_error = errorAt(m_buffer.get() + m_pos,
                                  tr("record longer than %1 MiB")
                                      .arg(mebibytes(m_maxRecordSize)));
            }
            return *m_error;
        }
        const Status status = refill();
        if (!status) {
            m_error = status.error();
            return *m_error;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord(std::vector<std::string_view> &cells)
{
    char *const base = m_buffer.get();
    const char *const begin = base + m_pos;
    const char *const end = base + m_end; // *end == '\n' (sentinel)
    const bool eof = m_eof;
    const char delimiter = m_delimiter;
    const bool *special = m_special;
    const SpecialVector vectorDelimiter = makeSpecialVector(delimiter);
    const size_t expected = m_fieldCount > 0 ? size_t(m_fieldCount) : size_t(-1);

    cells.clear();
    m_openQuote = -1;
    qint64 innerLines = 0;         // line breaks inside quoted fields
    const char *extra = nullptr;   // where the first field beyond the expected count starts
    char *scratch = nullptr;       // next free byte of m_scratch, once needed in this record
    const char *s = begin;         // start of the current field
    const char *terminator = end;  // the line break ending the record, or end
    const char *next = end;        // where the next record starts

    for (;;) {
        if (cells.size() == expected && !extra)
            extra = s;
        if (*s == '"') {
            const char *q = s + 1;   // scan position
            const char *seg = q;     // content not yet copied to the scratch buffer
            char *fieldStart = nullptr;
            char *dst = nullptr;
            const char *close = nullptr;
            for (;;) {
                close = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
                if (!close || (close + 1 == end && !eof)) {
                    if (!eof) {
                        m_openQuote = s - base;
                        return Parse::NeedMore;
                    }
                    m_error = errorAt(s, tr("unterminated quoted field"));
                    return Parse::Failed;
                }
                if (close[1] != '"' || close + 1 == end)
                    break;
                // A doubled quote: the unescaped text goes to the scratch buffer, which is big
                // enough for the whole record so that earlier views into it stay valid.
                if (!dst) {
                    if (!scratch) {
                        const qsizetype need = end - begin + 1;
                        if (m_scratchCapacity < need) {
                            m_scratch = std::make_unique<char[]>(size_t(need));
                            m_scratchCapacity = need;
                        }
                        scratch = m_scratch.get();
                    }
                    fieldStart = dst = scratch;
                }
                const auto n = size_t(close + 1 - seg); // including one quote
                std::memcpy(dst, seg, n);
                dst += n;
                seg = q = close + 2;
            }
            if (dst) {
                const auto n = size_t(close - seg);
                std::memcpy(dst, seg, n);
                dst += n;
                cells.emplace_back(fieldStart, size_t(dst - fieldStart));
                scratch = dst;
            } else {
                cells.emplace_back(s + 1, size_t(close - (s + 1)));
            }
            innerLines += countLineBreaks(s + 1, close);
            const char *after = close + 1;
            if (after == end) // only at the end of the input
                break;
            if (*after == delimiter) {
                s = after + 1;
                continue;
            }
            if (*after == '\n' || *after == '\r') {
                terminator = after;
                break;
            }
            m_error = errorAt(after, tr("unexpected character after a closing quote (a quote "
                                        "inside a quoted field must be doubled)"));
            return Parse::Failed;
        }

        const char *e = findSpecial(s, special, vectorDelimiter);
        cells.emplace_back(s, size_t(e - s));
        if (e == end) {
            if (!eof)
                return Parse::NeedMore;
            break;
        }
        if (*e == delimiter) {
            s = e + 1;
            continue;
        }
        terminator = e;
        break;
    }

    if (terminator < end) {
        if (*terminator == '\r') {
            if (terminator + 1 == end && !eof)
                return Parse::NeedMore; // CR LF may be split
            next = terminator + (terminator + 1 < end && terminator[1] == '\n' ? 2 : 1);
        } else {
            next = terminator + 1;
        }
    }

    if (m_fieldCount == 0) {
        m_fieldCount = int(cells.size());
    } else if (cells.size() != size_t(m_fieldCount)) {
        m_error = errorAt(cells.size() > size_t(m_fieldCount) ? extra : terminator,
                          tr("expected %1 fields, found %2")
                              .arg(m_fieldCount)
                              .arg(cells.size()));
        return Parse::Failed;
    }
    m_recordLine = m_line;
    m_line += innerLines + (terminator < end ? 1 : 0);
    m_pos = next - base;
    return Parse::Record;
}

} // namespace steward
