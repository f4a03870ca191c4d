#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace steward {

// Splits one line of delimited UTF-8 text (line break already removed) into cells, with RFC 4180
// double-quote quoting inside the line ("a;""b""" → a and "b"). A small helper for hierarchy files
// and for the fixture/benchmark table loader; it is not the importer (no encodings, no quoted line
// breaks). Cells stay valid until the next split().
class DelimitedLineSplitter final {
public:
    explicit DelimitedLineSplitter(char delimiter) : m_delimiter(delimiter) {}

    // False when a quoted cell is not closed or a closing quote is followed by other text;
    // errorOffset() then says where (byte offset in the line).
    bool split(std::string_view line);
    const std::vector<std::string_view> &cells() const { return m_cells; }
    // Byte offset in the line where each cell starts.
    const std::vector<size_t> &offsets() const { return m_offsets; }
    size_t errorOffset() const { return m_errorOffset; }

    // 1-based character (code point) position of byte offset `byteOffset` in UTF-8 `line`.
    static qint64 characterColumn(std::string_view line, size_t byteOffset);

private:
    char m_delimiter;
    std::string m_buffer;
    std::vector<std::string_view> m_cells;
    std::vector<size_t> m_offsets;
    size_t m_errorOffset = 0;
};

} // namespace steward
