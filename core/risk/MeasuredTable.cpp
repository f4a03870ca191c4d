#include "core/risk/MeasuredTable.h"

#include "core/import/TypeInference.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/RiskAnalyzer.h"

#include <algorithm>

namespace steward {

namespace {

QStringList namesOf(QStringList measured, const QStringList &suppressionQuasi)
{
    for (const QString &f : suppressionQuasi) {
        if (!measured.contains(f))
            measured.append(f);
    }
    return measured;
}

std::vector<int> indexesIn(const QStringList &names, const QStringList &rowColumns)
{
    std::vector<int> indexes;
    for (const QString &f : names)
        indexes.push_back(int(rowColumns.indexOf(f)));
    return indexes;
}

std::vector<int> range(int first, int count)
{
    std::vector<int> columns;
    for (int i = 0; i < count; ++i)
        columns.push_back(first + i);
    return columns;
}

} // namespace

MeasuredTable::MeasuredTable(const QStringList &quasi, const QStringList &sensitive,
                             const QStringList &suppressionQuasi, const QStringList &rowColumns,
                             size_t records)
    : m_quasiCount(int(quasi.size())), m_sensitiveCount(int(sensitive.size())),
      m_names(namesOf(quasi + sensitive, suppressionQuasi)),
      m_indexes(indexesIn(m_names, rowColumns)), m_builder(m_names, m_indexes)
{
    m_builder.reserve(records);
}

bool MeasuredTable::reads(int index) const
{
    return std::find(m_indexes.begin(), m_indexes.end(), index) != m_indexes.end();
}

Status MeasuredTable::addRow(const std::vector<std::string_view> &row)
{
    return m_builder.addRow(row);
}

Status MeasuredTable::addRow(const std::vector<std::string_view> &row,
                             const MissingValues &missing, std::string_view notMissing)
{
    m_row.resize(row.size());
    for (int c : m_indexes) {
        const std::string_view cell = row[size_t(c)];
        m_row[size_t(c)] = cell != notMissing && missing.isMissing(cell) ? std::string_view() : cell;
    }
    return m_builder.addRow(m_row);
}

void MeasuredTable::finish()
{
    m_table = m_builder.finish();
}

std::vector<int> MeasuredTable::quasiColumns() const
{
    return range(0, m_quasiCount);
}

std::vector<int> MeasuredTable::sensitiveColumns() const
{
    return range(m_quasiCount, m_sensitiveCount);
}

std::vector<int> MeasuredTable::columnsOf(const QStringList &names) const
{
    return indexesIn(names, m_names);
}

Result<RiskReport> MeasuredTable::analyze(const std::vector<int> &quasi,
                                          const std::vector<int> &sensitive,
                                          const RiskRequest &request,
                                          const CancellationToken *cancel) const
{
    std::vector<AttributeGeneralization> attributes;
    for (int c : quasi) {
        auto g = AttributeGeneralization::create(m_table, c, nullptr);
        if (!g)
            return g.error();
        attributes.push_back(std::move(*g));
    }
    RiskAnalyzer analyzer(m_table, attributes, sensitive);
    return analyzer.analyze(request, {}, cancel);
}

Result<RiskReport> MeasuredTable::measure(int k, std::vector<uint8_t> suppressed,
                                          const CancellationToken *cancel) const
{
    RiskRequest request;
    request.k = k;
    request.suppressed = std::move(suppressed);
    return analyze(quasiColumns(), sensitiveColumns(), request, cancel);
}

} // namespace steward
