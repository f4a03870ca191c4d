#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/EncodedTable.h"

#include <QCoreApplication>
#include <QStringList>

namespace steward {

// Reads a delimited UTF-8 text file with a header row (such as the Adult benchmark files) straight
// into an EncodedTable, streaming line by line. For test fixtures and benchmarks of the risk
// code; real imports go through the importer and the project store. Quoting as in
// DelimitedLineSplitter (no line breaks inside quotes); CRLF or LF line ends; blank lines skipped.
class DelimitedTableReader final {
    Q_DECLARE_TR_FUNCTIONS(steward::DelimitedTableReader)
public:
    // `columns` selects and orders the kept columns by header name (empty: all). Errors are
    // BadInput at FILE:LINE:COLUMN and never quote cell values.
    static Result<EncodedTable> read(const QString &path, char delimiter = ';',
                                     const QStringList &columns = {},
                                     const CancellationToken *cancel = nullptr);
};

} // namespace steward
