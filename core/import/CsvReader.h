#pragma once

#include "core/import/RowSource.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <optional>

namespace steward {

class TextDecoder;

// Delimited text (CSV, TSV, semicolon, pipe): encoding detection (BOM, UTF-16, UTF-8 validity,
// else GB18030), delimiter sniffing, RFC 4180 quoting, CRLF/LF/CR. Streams in chunks.
//
// Records follow RFC 4180: a field starting with a double quote is quoted and may contain
// delimiters, line breaks and doubled quotes (""); a quote elsewhere in an unquoted field is an
// ordinary character. Records end at CRLF, LF or a lone CR, mixed freely. Empty lines are skipped
// (they still count as lines); a line break at the end of the file does not make an empty record.
// Cells are the exact decoded text; the only change is the removal of the quoting.
//
// Errors are ErrorCode::BadInput with the file, the 1-based physical line and the 1-based
// character (code point) position in that line; messages never contain cell text: an empty file,
// a binary file, an invalid byte sequence for the encoding, an unterminated quoted field (reported
// where the quote opened), a character after a closing quote other than a delimiter or line
// break, a record with a field count different from the first record's (reported where the first
// extra field starts, or at the end of the record when fields are missing), a record larger than
// the size limit.
class CsvReader final : public RowSource {
    Q_DECLARE_TR_FUNCTIONS(steward::CsvReader)
public:
    static constexpr qsizetype kDefaultChunkSize = qsizetype(1) << 20;
    static constexpr qsizetype kDefaultMaxRecordSize = qsizetype(64) << 20;
    static constexpr qsizetype kSampleSize = qsizetype(64) << 10; // for detection and sniffing

    // Opens `path` and determines its encoding (unless options.encoding says it) and delimiter
    // (unless options.delimiter says it). `chunkSize` is how much is read at a time (tests use
    // tiny chunks to split records everywhere); `maxRecordSize` bounds the memory a record (and
    // so an unterminated quote) may take.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path,
                                                   const ImportOptions &options,
                                                   qsizetype chunkSize = kDefaultChunkSize,
                                                   qsizetype maxRecordSize = kDefaultMaxRecordSize);
    ~CsvReader() override;

    Result<bool> next(std::vector<std::string_view> &cells) override;
    qint64 recordLine() const override { return m_recordLine; }
    qint64 consumed() const override { return m_bytesRead; }
    qint64 total() const override { return m_fileSize; }
    QString encodingName() const override;
    QChar delimiter() const override { return QLatin1Char(m_delimiter); }

    TextEncoding encoding() const { return m_encoding; }
    // Field count fixed by the first record; 0 before it is read.
    int fieldCount() const { return m_fieldCount; }

private:
    enum class Parse { Record, NeedMore, Failed };
    enum class DecodeFailure { None, Invalid, Nul };

    CsvReader(const QString &path, qsizetype chunkSize, qsizetype maxRecordSize);

    Status start(const ImportOptions &options);
    Parse parseRecord(std::vector<std::string_view> &cells);
    Status refill();
    qsizetype readFully(char *into, qsizetype size);
    void reserveBuffer(qsizetype size);
    Status switchToGb18030(bool last);
    void locate(const char *position, qint64 *line, qint64 *column) const;
    Error errorAt(const char *position, const QString &message) const;
    Error decodeError() const;
    Error readError() const;

    QString m_path;
    QFile m_file;
    qint64 m_fileSize = 0;
    qint64 m_bytesRead = 0;
    qsizetype m_chunkSize;
    qsizetype m_maxRecordSize;

    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingDetected = false;
    bool m_sawNonAscii = false; // UTF-8: a multi-byte character has been read
    std::unique_ptr<TextDecoder> m_decoder; // null for UTF-8, which is only validated in place
    char m_delimiter = ',';
    bool m_special[256] = {};   // delimiter, CR, LF

    // Decoded UTF-8: [m_pos, m_end) is still to be parsed; for UTF-8 input [m_validEnd,
    // m_dataEnd) is a character cut by the end of the last read. A '\n' sentinel follows m_end.
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_validEnd = 0;
    qsizetype m_dataEnd = 0;
    bool m_eof = false;
    DecodeFailure m_decodeFailure = DecodeFailure::None; // at m_end
    std::unique_ptr<char[]> m_raw; // undecoded input (not UTF-8)
    qsizetype m_rawCapacity = 0;

    // Unescaped quoted fields containing doubled quotes.
    std::unique_ptr<char[]> m_scratch;
    qsizetype m_scratchCapacity = 0;

    qint64 m_line = 1;       // physical line at m_pos
    qint64 m_recordLine = 0; // where the last record started
    int m_fieldCount = 0;
    qsizetype m_openQuote = -1; // NeedMore inside a quoted field that starts here
    std::optional<Error> m_error;
};

// The factory the dispatcher (openRowSource) uses for text files.
Result<std::unique_ptr<RowSource>> openCsvSource(const QString &path, const ImportOptions &options);

} // namespace steward
