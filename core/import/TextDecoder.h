#pragma once

#include "core/import/ImportOptions.h"

#include <QByteArray>

#include <memory>

class QStringDecoder;

namespace steward {

// Converts the bytes of a text file to UTF-8, chunk by chunk. UTF-8 input is only validated
// (strictly: no overlong forms, surrogates or code points above U+10FFFF); GB18030 (a superset of
// GBK/GB2312) goes through Qt's ICU codec; UTF-16 LE/BE is converted directly. A character cut at
// the end of a chunk is kept for the next call. Conversion stops at the first invalid sequence or
// NUL character so that the caller can report where it is.
class TextDecoder final {
public:
    enum class Status {
        Ok,      // everything given was converted (a cut character may be pending)
        Invalid, // an invalid or, at the end of the input, incomplete sequence
        Nul,     // a NUL character: not a text file
    };

    explicit TextDecoder(TextEncoding encoding); // not TextEncoding::Auto
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    TextEncoding encoding() const { return m_encoding; }

    // Converts `size` bytes to UTF-8 at `out`, which must hold maxOutputSize(size) bytes.
    // `last` says that no more input follows (a pending cut character is then invalid).
    // *written receives the number of bytes written: on Invalid/Nul, the valid text before it.
    Status decode(const char *data, qsizetype size, bool last, char *out, qsizetype *written);

    // Upper bound of the UTF-8 produced from `inputSize` bytes (plus anything pending).
    static qsizetype maxOutputSize(qsizetype inputSize) { return 2 * inputSize + 16; }

    // Validates UTF-8 without copying. *validLength receives the length of the prefix made of
    // complete valid characters: on Ok, everything except a character cut at the end (only when
    // !last); on Invalid/Nul, the offset of the offending sequence. *sawNonAscii, when given, is
    // set to true if a multi-byte character precedes that point (it is never reset to false).
    static Status validateUtf8(const char *data, qsizetype size, bool last,
                               qsizetype *validLength, bool *sawNonAscii = nullptr);

private:
    static Status validateUtf8Scalar(const char *data, qsizetype size, bool last,
                                     qsizetype *validLength, bool *sawNonAscii);
    Status decodeGb18030(const unsigned char *in, qsizetype size, bool last, char *out,
                         qsizetype *written);
    Status decodeUtf16(const unsigned char *in, qsizetype size, bool last, char *out,
                       qsizetype *written);

    TextEncoding m_encoding;
    QByteArray m_pending; // a character cut at the end of the previous chunk
    QByteArray m_carry;   // m_pending + the next chunk
    std::unique_ptr<QStringDecoder> m_gb18030; // for the rare four-byte BMP codes
};

} // namespace steward
