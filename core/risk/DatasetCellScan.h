#pragma once

#include "core/common/Result.h"
#include "core/store/DatasetInfo.h"
#include "core/store/Sqlite.h"

#include <string_view>
#include <vector>

namespace steward {

class MissingValues;
class ProjectStore;

// One pass over a stored dataset's cells in file (rowid) order as UTF-8 views into SQLite's row
// buffer — no copy, no QString — for the passes that read every record (risk, anonymization).
// Per-record results are matched to rows by position, hence the order.
class DatasetCellScan final {
public:
    static Result<DatasetCellScan> open(ProjectStore &store, const DatasetInfo &dataset);

    // Steps to the next row: true on a row, false at the end.
    Result<bool> next();
    // Puts the current row's cells at `columns` (every column when empty) into `cells` (sized to
    // the dataset's column count); with `missing`, a missing-value marker becomes the empty view.
    // The views stay valid until the next next().
    void read(std::vector<std::string_view> &cells, const std::vector<int> &columns = {},
              const MissingValues *missing = nullptr) const;
    int columnCount() const { return m_columns; }

private:
    DatasetCellScan(ProjectStore &store, sql::Statement statement, int columns);

    ProjectStore *m_store;
    sql::Statement m_statement;
    int m_columns;
};

} // namespace steward
