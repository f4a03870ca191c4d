#include "core/common/JsonPositions.h"

#include <algorithm>

namespace steward {

namespace {

// Deeper than any document Steward reads; guards the recursion against hostile input.
constexpr int kMaxDepth = 256;

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

} // namespace

JsonPositions::JsonPositions(const QByteArray &json) : m_text(json)
{
    // A UTF-8 byte order mark is not part of the first value.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    skipSpace();
    scanValue(QString());
}

QString JsonPositions::child(const QString &pointer, const QString &member)
{
    QString escaped = member;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString JsonPositions::child(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

void JsonPositions::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonPositions::scanString(QString *decoded)
{
    // m_pos is at the opening quote.
    ++m_pos;
    QByteArray raw;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '"') {
            ++m_pos;
            if (decoded)
                *decoded = QString::fromUtf8(raw);
            return true;
        }
        if (c != '\\') {
            raw.append(c);
            ++m_pos;
            continue;
        }
        if (m_pos + 1 >= m_text.size())
            return false;
        const char e = m_text.at(m_pos + 1);
        m_pos += 2;
        switch (e) {
        case 'b': raw.append('\b'); break;
        case 'f': raw.append('\f'); break;
        case 'n': raw.append('\n'); break;
        case 'r': raw.append('\r'); break;
        case 't': raw.append('\t'); break;
        case 'u': {
            if (m_pos + 4 > m_text.size())
                return false;
            char32_t code = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(m_text.at(m_pos + i));
                if (h < 0)
                    return false;
                code = code * 16 + char32_t(h);
            }
            m_pos += 4;
            // A surrogate pair written as two escapes.
            if (code >= 0xD800 && code < 0xDC00 && m_pos + 6 <= m_text.size()
                && m_text.at(m_pos) == '\\' && m_text.at(m_pos + 1) == 'u') {
                char32_t low = 0;
                bool ok = true;
                for (int i = 0; i < 4 && ok; ++i) {
                    const int h = hexValue(m_text.at(m_pos + 2 + i));
                    ok = h >= 0;
                    low = low * 16 + char32_t(h);
                }
                if (ok && low >= 0xDC00 && low < 0xE000) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    m_pos += 6;
                }
            }
            raw.append(QString::fromUcs4(&code, 1).toUtf8());
            break;
        }
        default: raw.append(e); break; // " \ /
        }
    }
    return false;
}

void JsonPositions::scanValue(const QString &pointer)
{
    if (m_pos >= m_text.size())
        return;
    m_values.insert(pointer, m_pos);
    const char c = m_text.at(m_pos);
    if (c == '{' || c == '[') {
        if (++m_depth > kMaxDepth)
            return;
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        skipSpace();
        qsizetype index = 0;
        while (m_pos < m_text.size() && m_text.at(m_pos) != close) {
            QString path;
            if (object) {
                if (m_text.at(m_pos) != '"')
                    return;
                const qsizetype nameStart = m_pos;
                QString name;
                if (!scanString(&name))
                    return;
                path = child(pointer, name);
                m_names.insert(path, nameStart);
                skipSpace();
                if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
                    return;
                ++m_pos;
                skipSpace();
            } else {
                path = child(pointer, index);
            }
            ++index;
            scanValue(path);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            } else if (m_pos < m_text.size() && m_text.at(m_pos) != close) {
                return;
            }
        }
        if (m_pos < m_text.size())
            ++m_pos;
        --m_depth;
        return;
    }
    if (c == '"') {
        scanString(nullptr);
        return;
    }
    // Numbers and literals run to the next delimiter.
    while (m_pos < m_text.size()) {
        const char d = m_text.at(m_pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            return;
        ++m_pos;
    }
}

std::pair<qint64, qint64> JsonPositions::lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

std::pair<qint64, qint64> JsonPositions::at(qsizetype offset) const
{
    return lineColumn(m_text, offset);
}

qsizetype JsonPositions::offsetOf(const QHash<QString, qsizetype> &table, QString pointer) const
{
    for (;;) {
        if (auto it = table.constFind(pointer); it != table.constEnd())
            return *it;
        if (auto it = m_values.constFind(pointer); it != m_values.constEnd())
            return *it;
        if (pointer.isEmpty())
            return 0;
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
    }
}

std::pair<qint64, qint64> JsonPositions::valueAt(const QString &pointer) const
{
    return at(offsetOf(m_values, pointer));
}

std::pair<qint64, qint64> JsonPositions::nameAt(const QString &pointer) const
{
    return at(offsetOf(m_names, pointer));
}

} // namespace steward
