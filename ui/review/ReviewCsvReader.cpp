#include "ui/review/ReviewCsvReader.h"

namespace steward::ui {

namespace {
constexpr qint64 kChunk = 64 * 1024;
} // namespace

ReviewCsvReader::ReviewCsvReader(std::unique_ptr<QIODevice> device) : m_device(std::move(device))
{
    m_eof = !m_device || !m_device->isOpen();
    // A byte order mark is not part of the first header.
    if (fill() && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool ReviewCsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray more = m_device->read(kChunk);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer = m_buffer.mid(m_pos) + more;
    m_pos = 0;
    return true;
}

bool ReviewCsvReader::atEnd() const
{
    return m_eof && m_pos >= m_buffer.size();
}

bool ReviewCsvReader::next(QStringList &record)
{
    record.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // The last record without a final line break.
            if (any || !field.isEmpty())
                record << QString::fromUtf8(field);
            return !record.isEmpty();
        }
        const char c = m_buffer.at(m_pos++);
        any = true;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n') {
            if (field.endsWith('\r'))
                field.chop(1);
            record << QString::fromUtf8(field);
            return true;
        } else {
            field += c;
        }
    }
}

} // namespace steward::ui
