#include "core/import/OoxmlText.h"

namespace steward {

namespace {

void appendCodePoint(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "_xHHHH_" at `at`: its code unit, or -1.
int escapeAt(const std::string &text, size_t at)
{
    if (at + 7 > text.size() || text[at] != '_' || (text[at + 1] != 'x' && text[at + 1] != 'X')
        || text[at + 6] != '_')
        return -1;
    int value = 0;
    for (size_t k = at + 2; k < at + 6; ++k) {
        const int h = hexValue(text[k]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

} // namespace

void appendUtf8(std::string &out, QStringView text)
{
    const qsizetype n = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i].unicode();
        if (c < 0x80) {
            out.push_back(char(c));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            appendCodePoint(out, QChar::surrogateToUcs4(c, data[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendCodePoint(out, 0xFFFD);
        } else {
            appendCodePoint(out, c);
        }
    }
}

void decodeOoxmlEscapes(std::string &text)
{
    size_t at = text.find("_x");
    if (at == std::string::npos) {
        at = text.find("_X");
        if (at == std::string::npos)
            return;
    }
    std::string decoded;
    decoded.reserve(text.size());
    decoded.append(text, 0, at);
    while (at < text.size()) {
        const int unit = escapeAt(text, at);
        if (unit < 0) {
            decoded.push_back(text[at]);
            ++at;
            continue;
        }
        at += 7;
        if (QChar::isHighSurrogate(char16_t(unit))) {
            const int low = escapeAt(text, at);
            if (low >= 0 && QChar::isLowSurrogate(char16_t(low))) {
                appendCodePoint(decoded, QChar::surrogateToUcs4(char16_t(unit), char16_t(low)));
                at += 7;
                continue;
            }
            appendCodePoint(decoded, 0xFFFD);
        } else if (QChar::isSurrogate(char16_t(unit))) {
            appendCodePoint(decoded, 0xFFFD);
        } else {
            appendCodePoint(decoded, char32_t(unit));
        }
    }
    text.swap(decoded);
}

} // namespace steward
