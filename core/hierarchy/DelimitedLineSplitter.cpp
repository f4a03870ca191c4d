#include "core/hierarchy/DelimitedLineSplitter.h"

namespace steward {

qint64 DelimitedLineSplitter::characterColumn(std::string_view line, size_t byteOffset)
{
    qint64 column = 1;
    for (size_t i = 0; i < byteOffset && i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

bool DelimitedLineSplitter::split(std::string_view line)
{
    m_cells.clear();
    m_offsets.clear();
    m_errorOffset = 0;
    m_buffer.clear();
    m_buffer.reserve(line.size()); // never exceeded below, so views into m_buffer stay valid

    size_t pos = 0;
    while (true) {
        const size_t cellOffset = pos;
        const size_t start = m_buffer.size();
        if (pos < line.size() && line[pos] == '"') {
            ++pos;
            bool closed = false;
            while (pos < line.size()) {
                const char c = line[pos];
                if (c == '"') {
                    if (pos + 1 < line.size() && line[pos + 1] == '"') {
                        m_buffer.push_back('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                m_buffer.push_back(c);
                ++pos;
            }
            if (!closed) {
                m_errorOffset = cellOffset;
                return false;
            }
            if (pos < line.size() && line[pos] != m_delimiter) {
                m_errorOffset = pos;
                return false;
            }
        } else {
            const size_t end = line.find(m_delimiter, pos);
            const size_t stop = end == std::string_view::npos ? line.size() : end;
            m_buffer.append(line.substr(pos, stop - pos));
            pos = stop;
        }
        m_cells.emplace_back(m_buffer.data() + start, m_buffer.size() - start);
        m_offsets.push_back(cellOffset);
        if (pos >= line.size())
            return true;
        ++pos; // the delimiter
        if (pos == line.size()) { // a trailing delimiter ends with one more, empty cell
            m_cells.emplace_back(m_buffer.data() + m_buffer.size(), 0);
            m_offsets.push_back(pos);
            return true;
        }
    }
}

} // namespace steward
