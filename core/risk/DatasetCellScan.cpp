#include "core/risk/DatasetCellScan.h"

#include "core/import/TypeInference.h"
#include "core/store/DatasetWriter.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"

namespace steward {

DatasetCellScan::DatasetCellScan(ProjectStore &store, sql::Statement statement, int columns)
    : m_store(&store), m_statement(std::move(statement)), m_columns(columns)
{
}

Result<DatasetCellScan> DatasetCellScan::open(ProjectStore &store, const DatasetInfo &dataset)
{
    const int columns = int(dataset.columns.size());
    auto statement =
        StoreAccess::db(store).prepare(DatasetWriter::selectColumnsSql(dataset.tableName, columns)
                                       + QLatin1String(" ORDER BY rowid"));
    if (!statement)
        return statement.error();
    return DatasetCellScan(store, std::move(*statement), columns);
}

Result<bool> DatasetCellScan::next()
{
    switch (m_statement.step()) {
    case sql::Statement::StepResult::Row:
        return true;
    case sql::Statement::StepResult::Done:
        return false;
    case sql::Statement::StepResult::Error:
        break;
    }
    return StoreAccess::db(*m_store).lastError(QStringLiteral("read rows"));
}

void DatasetCellScan::read(std::vector<std::string_view> &cells, const std::vector<int> &columns,
                           const MissingValues *missing) const
{
    cells.resize(size_t(m_columns));
    auto one = [&](int c) {
        const std::string_view cell = m_statement.columnUtf8(c);
        cells[size_t(c)] = missing && missing->isMissing(cell) ? std::string_view() : cell;
    };
    if (columns.empty()) {
        for (int c = 0; c < m_columns; ++c)
            one(c);
    } else {
        for (int c : columns)
            one(c);
    }
}

} // namespace steward
