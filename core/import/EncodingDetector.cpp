#include "core/import/EncodingDetector.h"

#include "core/import/TextDecoder.h"

#include <cstring>

namespace steward {

namespace {

bool startsWith(const char *data, qsizetype size, const char *prefix, qsizetype length)
{
    return size >= length && std::memcmp(data, prefix, size_t(length)) == 0;
}

inline bool isControl(unsigned c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r')
        || c == 0x7F;
}

} // namespace

int byteOrderMarkLength(TextEncoding encoding, const char *data, qsizetype size)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return startsWith(data, size, "\xEF\xBB\xBF", 3) ? 3 : 0;
    case TextEncoding::Utf16LE:
        return startsWith(data, size, "\xFF\xFE", 2) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return startsWith(data, size, "\xFE\xFF", 2) ? 2 : 0;
    case TextEncoding::Gb18030:
        return startsWith(data, size, "\x84\x31\x95\x33", 4) ? 4 : 0;
    case TextEncoding::Auto:
        break;
    }
    return 0;
}

TextEncoding detectTextEncoding(const char *data, qsizetype size, bool complete)
{
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                           TextEncoding::Gb18030}) {
        if (byteOrderMarkLength(e, data, size) > 0)
            return e;
    }

    // UTF-16 without a byte order mark: delimiters, digits and line breaks are ASCII, whose high
    // byte is zero; text in an 8-bit encoding has no zero bytes at all.
    const qsizetype pairs = size / 2;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += data[2 * i] == 0;
        zeroOdd += data[2 * i + 1] == 0;
    }
    if (zeroOdd > 0 && zeroOdd * 10 >= pairs && zeroEven * 10 <= zeroOdd)
        return TextEncoding::Utf16LE;
    if (zeroEven > 0 && zeroEven * 10 >= pairs && zeroOdd * 10 <= zeroEven)
        return TextEncoding::Utf16BE;

    qsizetype valid = 0;
    const TextDecoder::Status status = TextDecoder::validateUtf8(data, size, complete, &valid);
    if (status == TextDecoder::Status::Invalid)
        return TextEncoding::Gb18030;
    return TextEncoding::Utf8; // including NUL bytes: the reader reports a binary file
}

bool looksBinary(TextEncoding encoding, const char *data, qsizetype size)
{
    qsizetype controls = 0;
    qsizetype characters = 0;
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        const bool le = encoding == TextEncoding::Utf16LE;
        for (qsizetype i = 0; i + 1 < size; i += 2) {
            const auto lo = static_cast<unsigned char>(data[le ? i : i + 1]);
            const auto hi = static_cast<unsigned char>(data[le ? i + 1 : i]);
            const unsigned u = lo | (hi << 8);
            if (u == 0)
                return true;
            controls += isControl(u);
            ++characters;
        }
    } else {
        // In UTF-8 and GB18030 bytes below 0x40 are always ASCII characters of their own.
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (c == 0)
                return true;
            controls += isControl(c);
        }
        characters = size;
    }
    return controls * 100 > characters;
}

} // namespace steward
