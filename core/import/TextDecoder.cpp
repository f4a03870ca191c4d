#include "core/import/TextDecoder.h"

#include <QStringDecoder>

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define STEWARD_SIMD_UTF8 1
#include <tmmintrin.h>
#endif

namespace steward {

namespace {

using uchar8 = unsigned char;

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x0101010101010101ULL;

// True when none of the 8 bytes has its high bit set and none is zero.
inline bool isAsciiWordWithoutNul(std::uint64_t v)
{
    return ((v & kHighBits) | ((v - kLowBits) & ~v & kHighBits)) == 0;
}

// What may follow a UTF-8 lead byte: the number of continuation bytes (0: not a lead byte) and
// the range of the first one, which excludes overlong forms, surrogates and values above
// U+10FFFF.
struct Utf8Lead {
    uchar8 continuation = 0;
    uchar8 min = 0x80;
    uchar8 max = 0xBF;
};

constexpr std::array<Utf8Lead, 256> makeUtf8Leads()
{
    std::array<Utf8Lead, 256> t{};
    for (int c = 0xC2; c <= 0xDF; ++c)
        t[c].continuation = 1;
    for (int c = 0xE0; c <= 0xEF; ++c)
        t[c].continuation = 2;
    t[0xE0].min = 0xA0;
    t[0xED].max = 0x9F;
    for (int c = 0xF0; c <= 0xF4; ++c)
        t[c].continuation = 3;
    t[0xF0].min = 0x90;
    t[0xF4].max = 0x8F;
    return t;
}

constexpr std::array<Utf8Lead, 256> kUtf8Leads = makeUtf8Leads();

#if defined(STEWARD_SIMD_UTF8)
// UTF-8 validation 16 bytes at a time with SSSE3 table lookups (the "lookup" algorithm of
// Keiser and Lemire, "Validating UTF-8 In Less Than One Instruction Per Byte", 2021). It only
// says whether a run of whole 16-byte blocks is valid; positions come from the scalar code.
//
// Returns the length of a prefix known to be valid and to end at a character boundary, or -1
// when the blocks contain an invalid sequence or a NUL.
__attribute__((target("ssse3"))) qsizetype simdValidPrefix(const uchar8 *p, qsizetype size)
{
    constexpr uchar8 tooShort = 1 << 0;   // lead byte not followed by a continuation
    constexpr uchar8 tooLong = 1 << 1;    // ASCII followed by a continuation
    constexpr uchar8 overlong3 = 1 << 2;  // E0 80..9F
    constexpr uchar8 tooLarge = 1 << 3;   // above U+10FFFF
    constexpr uchar8 surrogate = 1 << 4;  // ED A0..BF
    constexpr uchar8 overlong2 = 1 << 5;  // C0, C1
    constexpr uchar8 tooLarge1000 = 1 << 6;
    constexpr uchar8 overlong4 = 1 << 6;  // F0 80..8F
    constexpr uchar8 twoConts = 1 << 7;   // continuation after continuation (checked below)
    constexpr uchar8 carry = tooShort | tooLong | twoConts;

    const __m128i byte1High = _mm_setr_epi8(
        tooLong, tooLong, tooLong, tooLong, tooLong, tooLong, tooLong, tooLong, char(twoConts),
        char(twoConts), char(twoConts), char(twoConts), tooShort | overlong2, tooShort,
        tooShort | overlong3 | surrogate, tooShort | tooLarge | tooLarge1000 | overlong4);
    const __m128i byte1Low = _mm_setr_epi8(
        char(carry | overlong3 | overlong2 | overlong4), char(carry | overlong2), char(carry),
        char(carry), char(carry | tooLarge), char(carry | tooLarge | tooLarge1000),
        char(carry | tooLarge | tooLarge1000), char(carry | tooLarge | tooLarge1000),
        char(carry | tooLarge | tooLarge1000), char(carry | tooLarge | tooLarge1000),
        char(carry | tooLarge | tooLarge1000), char(carry | tooLarge | tooLarge1000),
        char(carry | tooLarge | tooLarge1000), char(carry | tooLarge | tooLarge1000 | surrogate),
        char(carry | tooLarge | tooLarge1000), char(carry | tooLarge | tooLarge1000));
    const __m128i byte2High = _mm_setr_epi8(
        tooShort, tooShort, tooShort, tooShort, tooShort, tooShort, tooShort, tooShort,
        char(tooLong | overlong2 | twoConts | overlong3 | tooLarge1000 | overlong4),
        char(tooLong | overlong2 | twoConts | overlong3 | tooLarge),
        char(tooLong | overlong2 | twoConts | surrogate | tooLarge),
        char(tooLong | overlong2 | twoConts | surrogate | tooLarge), tooShort, tooShort, tooShort,
        tooShort);
    const __m128i nibble = _mm_set1_epi8(0x0F);
    const __m128i zero = _mm_setzero_si128();
    // The last three bytes of a block may start a sequence that continues in the next block.
    const __m128i incompleteMax = _mm_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                                -1, char(0xF0 - 1), char(0xE0 - 1),
                                                char(0xC0 - 1));

    const qsizetype blocks = size / 16 * 16;
    __m128i previous = zero;
    __m128i previousIncomplete = zero;
    __m128i error = zero;
    for (qsizetype i = 0; i < blocks; i += 16) {
        const __m128i input = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        error = _mm_or_si128(error, _mm_cmpeq_epi8(input, zero)); // NUL
        if (_mm_movemask_epi8(input) == 0) {
            error = _mm_or_si128(error, previousIncomplete);
        } else {
            const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
            const __m128i high1 =
                _mm_shuffle_epi8(byte1High, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble));
            const __m128i low1 = _mm_shuffle_epi8(byte1Low, _mm_and_si128(prev1, nibble));
            const __m128i high2 =
                _mm_shuffle_epi8(byte2High, _mm_and_si128(_mm_srli_epi16(input, 4), nibble));
            const __m128i special = _mm_and_si128(_mm_and_si128(high1, low1), high2);
            const __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
            const __m128i prev3 = _mm_alignr_epi8(input, previous, 13);
            const __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(char(0xE0 - 0x80)));
            const __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(char(0xF0 - 0x80)));
            const __m128i must23 =
                _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(char(0x80)));
            error = _mm_or_si128(error, _mm_xor_si128(must23, special));
        }
        previousIncomplete = _mm_subs_epu8(input, incompleteMax);
        previous = input;
    }
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(error, zero)) != 0xFFFF)
        return -1;
    // Back up to the lead byte of a sequence the last block may have cut.
    for (qsizetype k = blocks - 1; k >= 0 && k >= blocks - 3; --k) {
        if (p[k] < 0x80)
            return blocks;
        if (p[k] >= 0xC0)
            return k;
    }
    return blocks;
}

bool hasSsse3()
{
    static const bool supported = __builtin_cpu_supports("ssse3");
    return supported;
}

bool hasNonAscii(const uchar8 *p, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] >= 0x80)
            return true;
    }
    return false;
}
#endif

inline char *putUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// UTF-16 produced by Qt's decoder (always well formed) to UTF-8.
char *appendUtf8(char *out, const char16_t *in, qsizetype count)
{
    const char16_t *end = in + count;
    while (in < end) {
        char32_t c = *in++;
        if (c >= 0xD800 && c <= 0xDBFF && in < end && *in >= 0xDC00 && *in <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*in++) - 0xDC00);
        out = putUtf8(out, c);
    }
    return out;
}

enum class Gb18030Char { Complete, Invalid, Cut };

// Structure of one GB18030 character at p (lead byte >= 0x80): 2 bytes (81-FE, 40-7E|80-FE) or
// 4 bytes (81-FE, 30-39, 81-FE, 30-39). *length receives its length when Complete.
inline Gb18030Char gb18030Char(const uchar8 *p, const uchar8 *end, int *length)
{
    const uchar8 lead = p[0];
    if (lead < 0x81 || lead > 0xFE)
        return Gb18030Char::Invalid;
    if (end - p < 2)
        return Gb18030Char::Cut;
    const uchar8 b2 = p[1];
    if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
        *length = 2;
        return Gb18030Char::Complete;
    }
    if (b2 < 0x30 || b2 > 0x39)
        return Gb18030Char::Invalid;
    if (end - p < 3)
        return Gb18030Char::Cut;
    if (p[2] < 0x81 || p[2] > 0xFE)
        return Gb18030Char::Invalid;
    if (end - p < 4)
        return Gb18030Char::Cut;
    if (p[3] < 0x30 || p[3] > 0x39)
        return Gb18030Char::Invalid;
    *length = 4;
    return Gb18030Char::Complete;
}

// GB18030 two-byte codes: lead 81-FE, trail 40-7E or 80-FE (190 trails).
struct Gb18030TwoByte {
    std::array<char16_t, 126 * 190> units{}; // 0: not a valid code
};

constexpr int kGb18030SupplementaryStart = (0x90 - 0x81) * 12600; // linear index of 90 30 81 30

// Built once from Qt's GB18030 codec (ICU), so that the mapping is exactly the codec's; null when
// the codec is missing or behaves unexpectedly (then everything goes through the codec).
const Gb18030TwoByte *gb18030TwoByteTable()
{
    static const std::unique_ptr<Gb18030TwoByte> table = [] {
        QByteArray codes;
        codes.reserve(126 * 190 * 2);
        for (int lead = 0x81; lead <= 0xFE; ++lead) {
            for (int trail = 0x40; trail <= 0xFE; ++trail) {
                if (trail != 0x7F) {
                    codes.append(char(lead));
                    codes.append(char(trail));
                }
            }
        }
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            return std::unique_ptr<Gb18030TwoByte>();
        const QString text = decoder.decode(codes);
        if (decoder.hasError() || text.size() != 126 * 190)
            return std::unique_ptr<Gb18030TwoByte>();
        auto t = std::make_unique<Gb18030TwoByte>();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            t->units[size_t(i)] = (u >= 0xD800 && u <= 0xDFFF) || u == 0xFFFD ? 0 : u;
        }
        return t;
    }();
    return table.get();
}

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
{
    if (m_encoding == TextEncoding::Gb18030)
        m_gb18030 = std::make_unique<QStringDecoder>("GB18030");
}

TextDecoder::~TextDecoder() = default;

TextDecoder::Status TextDecoder::validateUtf8(const char *data, qsizetype size, bool last,
                                              qsizetype *validLength, bool *sawNonAscii)
{
#if defined(STEWARD_SIMD_UTF8)
    if (size >= 64 && hasSsse3()) {
        const auto *bytes = reinterpret_cast<const uchar8 *>(data);
        const qsizetype prefix = simdValidPrefix(bytes, size);
        if (prefix > 0) {
            if (sawNonAscii && !*sawNonAscii && hasNonAscii(bytes, prefix))
                *sawNonAscii = true;
            qsizetype rest = 0;
            const Status status =
                validateUtf8Scalar(data + prefix, size - prefix, last, &rest, sawNonAscii);
            *validLength = prefix + rest;
            return status;
        }
    }
#endif
    return validateUtf8Scalar(data, size, last, validLength, sawNonAscii);
}

TextDecoder::Status TextDecoder::validateUtf8Scalar(const char *data, qsizetype size, bool last,
                                                    qsizetype *validLength, bool *sawNonAscii)
{
    const auto *begin = reinterpret_cast<const uchar8 *>(data);
    const uchar8 *p = begin;
    const uchar8 *end = begin + size;
    bool multiByte = false;
    Status status = Status::Ok;
    while (p < end) {
#if defined(__SSE2__)
        // ASCII without NUL, 16 bytes at a time.
        const __m128i zero = _mm_setzero_si128();
        while (end - p >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int stop = _mm_movemask_epi8(x) | _mm_movemask_epi8(_mm_cmpeq_epi8(x, zero));
            if (stop) {
                p += __builtin_ctz(unsigned(stop));
                break;
            }
            p += 16;
        }
#endif
        while (end - p >= 8) {
            std::uint64_t v;
            std::memcpy(&v, p, 8);
            if (!isAsciiWordWithoutNul(v))
                break;
            p += 8;
        }
        while (p < end && *p < 0x80 && *p != 0)
            ++p;
        if (p >= end)
            break;
        if (*p == 0) {
            status = Status::Nul;
            break;
        }
        // A run of multi-byte characters (CJK text is mostly three-byte sequences).
        do {
            const Utf8Lead lead = kUtf8Leads[*p];
            if (lead.continuation == 0) {
                status = Status::Invalid;
                break;
            }
            if (end - p <= lead.continuation) { // cut by the end of the data?
                for (const uchar8 *q = p + 1; q < end; ++q) {
                    const uchar8 min = q == p + 1 ? lead.min : uchar8(0x80);
                    const uchar8 max = q == p + 1 ? lead.max : uchar8(0xBF);
                    if (*q < min || *q > max)
                        status = Status::Invalid;
                }
                if (last)
                    status = Status::Invalid;
                break;
            }
            if (p[1] < lead.min || p[1] > lead.max
                || (lead.continuation >= 2 && (p[2] & 0xC0) != 0x80)
                || (lead.continuation == 3 && (p[3] & 0xC0) != 0x80)) {
                status = Status::Invalid;
                break;
            }
            p += lead.continuation + 1;
            multiByte = true;
        } while (p < end && *p >= 0x80);
        if (status != Status::Ok || (p < end && *p >= 0x80))
            break; // an error, or a character cut at the end
    }
    if (multiByte && sawNonAscii)
        *sawNonAscii = true;
    *validLength = p - begin;
    return status;
}

TextDecoder::Status TextDecoder::decode(const char *data, qsizetype size, bool last, char *out,
                                        qsizetype *written)
{
    const auto *in = reinterpret_cast<const uchar8 *>(data);
    if (!m_pending.isEmpty()) {
        m_carry.clear();
        m_carry.append(m_pending);
        m_carry.append(data, size);
        m_pending.clear();
        in = reinterpret_cast<const uchar8 *>(m_carry.constData());
        size = m_carry.size();
    }
    switch (m_encoding) {
    case TextEncoding::Gb18030:
        return decodeGb18030(in, size, last, out, written);
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return decodeUtf16(in, size, last, out, written);
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    qsizetype valid = 0;
    const Status status = validateUtf8(reinterpret_cast<const char *>(in), size, last, &valid);
    std::memcpy(out, in, size_t(valid));
    *written = valid;
    if (status == Status::Ok && valid < size)
        m_pending = QByteArray(reinterpret_cast<const char *>(in) + valid, size - valid);
    return status;
}

TextDecoder::Status TextDecoder::decodeGb18030(const uchar8 *in, qsizetype size, bool last,
                                               char *out, qsizetype *written)
{
    // Two-byte codes (GBK, nearly all Chinese text) come from a table made from Qt's (ICU's)
    // codec, four-byte codes beyond the BMP are computed, the rare four-byte BMP codes go
    // through the codec one by one.
    const Gb18030TwoByte *table = gb18030TwoByteTable();
    const uchar8 *p = in;
    const uchar8 *end = in + size;
    char *o = out;
    Status status = Status::Ok;
    while (p < end) {
        while (end - p >= 8) {
            std::uint64_t v;
            std::memcpy(&v, p, 8);
            if (!isAsciiWordWithoutNul(v))
                break;
            std::memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        if (p >= end)
            break;
        const uchar8 c = *p;
        if (c < 0x80) {
            if (c == 0) {
                status = Status::Nul;
                break;
            }
            *o++ = char(c);
            ++p;
            continue;
        }
        int length = 0;
        const Gb18030Char kind = gb18030Char(p, end, &length);
        if (kind == Gb18030Char::Invalid) {
            status = Status::Invalid;
            break;
        }
        if (kind == Gb18030Char::Cut) {
            if (last)
                status = Status::Invalid;
            else
                m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
            break;
        }
        if (length == 2 && table) {
            const uchar8 trail = p[1];
            const char16_t u = table->units[(c - 0x81) * 190 + (trail < 0x7F ? trail - 0x40
                                                                              : trail - 0x41)];
            if (u == 0) {
                status = Status::Invalid;
                break;
            }
            o = putUtf8(o, u);
            p += 2;
            continue;
        }
        if (length == 4) {
            const int linear = (c - 0x81) * 12600 + (p[1] - 0x30) * 1260 + (p[2] - 0x81) * 10
                + (p[3] - 0x30);
            if (linear >= kGb18030SupplementaryStart) { // 90 30 81 30 is U+10000, linearly on
                const char32_t cp = 0x10000 + char32_t(linear - kGb18030SupplementaryStart);
                if (cp > 0x10FFFF) {
                    status = Status::Invalid;
                    break;
                }
                o = putUtf8(o, cp);
                p += 4;
                continue;
            }
        }
        if (!m_gb18030->isValid()) { // Qt without ICU
            status = Status::Invalid;
            break;
        }
        char16_t units[4];
        auto *u = reinterpret_cast<QChar *>(units);
        const QChar *uEnd = m_gb18030->appendToBuffer(
            u, QByteArrayView(reinterpret_cast<const char *>(p), length));
        if (m_gb18030->hasError() || uEnd == u) {
            status = Status::Invalid;
            break;
        }
        o = appendUtf8(o, units, uEnd - u);
        p += length;
    }
    *written = o - out;
    return status;
}

TextDecoder::Status TextDecoder::decodeUtf16(const uchar8 *in, qsizetype size, bool last,
                                             char *out, qsizetype *written)
{
    const bool le = m_encoding == TextEncoding::Utf16LE;
    const auto unitAt = [le](const uchar8 *q) -> char16_t {
        return le ? char16_t(q[0] | (q[1] << 8)) : char16_t((q[0] << 8) | q[1]);
    };
    const uchar8 *p = in;
    const uchar8 *end = in + size;
    char *o = out;
    Status status = Status::Ok;
    while (end - p >= 2) {
        const char16_t u = unitAt(p);
        if (u < 0x80) {
            if (u == 0) {
                status = Status::Nul;
                break;
            }
            *o++ = char(u);
            p += 2;
            continue;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) { // a low surrogate without its high surrogate
            status = Status::Invalid;
            break;
        }
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (end - p < 4)
                break; // cut: handled below
            const char16_t low = unitAt(p + 2);
            if (low < 0xDC00 || low > 0xDFFF) {
                status = Status::Invalid;
                break;
            }
            o = putUtf8(o, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            p += 4;
            continue;
        }
        o = putUtf8(o, u);
        p += 2;
    }
    if (status == Status::Ok && p < end) {
        if (last)
            status = Status::Invalid;
        else
            m_pending = QByteArray(reinterpret_cast<const char *>(p), end - p);
    }
    *written = o - out;
    return status;
}

} // namespace steward
