#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace steward::ui {

// Reads one record at a time from the UTF-8 CSV of a package (RFC 4180: comma, double quotes,
// quoted line breaks, LF or CRLF), without reading ahead more than one buffer.
class ReviewCsvReader final {
public:
    explicit ReviewCsvReader(std::unique_ptr<QIODevice> device);
    // False at the end of the file (or when it cannot be read).
    bool next(QStringList &record);
    bool atEnd() const;

private:
    bool fill();

    std::unique_ptr<QIODevice> m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
};

} // namespace steward::ui
