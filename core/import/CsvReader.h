#pragma once

#include "import/RowSource.h"

namespace steward {

// Delimited text (CSV, TSV, semicolon, pipe): encoding detection (BOM, UTF-16, UTF-8 validity,
// else GB18030), delimiter sniffing, RFC 4180 quoting, CRLF/LF/CR. Streams in chunks.
// (Full declaration owned by the CSV work; this is the factory the dispatcher uses.)
class CsvReader;
Result<std::unique_ptr<RowSource>> openCsvSource(const QString &path, const ImportOptions &options);

} // namespace steward
