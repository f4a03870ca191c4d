#include "core/risk/FieldHierarchy.h"

#include "core/classify/ClassificationStore.h"
#include "core/classify/FieldProfile.h"
#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchyBuilder.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchySuggester.h"
#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "core/risk/DatasetCellScan.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace steward {

namespace {

int positionOf(const DatasetInfo &dataset, const QString &field)
{
    for (const ColumnInfo &c : dataset.columns) {
        if (c.name == field)
            return c.position;
    }
    return -1;
}

// Records per distinct value of the field (missing-value markers as the empty value), by value.
Result<std::map<std::string, quint64>> valueCounts(ProjectStore &store, const DatasetInfo &dataset,
                                                   int position)
{
    const MissingValues missing(dataset.missingMarkers.value_or(defaultMissingMarkers()));
    auto scan = DatasetCellScan::open(store, dataset);
    if (!scan)
        return scan.error();
    std::unordered_map<std::string, quint64> counts;
    std::vector<std::string_view> cells;
    const std::vector<int> columns{position};
    for (;;) {
        const Result<bool> row = scan->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        scan->read(cells, columns, &missing);
        ++counts[std::string(cells[size_t(position)])];
    }
    return std::map<std::string, quint64>(counts.begin(), counts.end());
}

} // namespace

std::vector<std::vector<std::string>> FieldHierarchy::rows(const Hierarchy &h)
{
    std::vector<std::vector<std::string>> rows;
    for (uint32_t code = 0; code < h.size(0); ++code) {
        std::vector<std::string> row{std::string(h.label(0, code))};
        uint32_t c = code;
        for (int level = 0; level < h.height(); ++level) {
            c = h.parent(level, c);
            row.emplace_back(h.label(level + 1, c));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

namespace {

Status checkCovered(const Hierarchy &h, const std::map<std::string, quint64> &counts,
                    const QString &field)
{
    qint64 uncovered = 0;
    for (const auto &[value, n] : counts) {
        if (h.find(value) == StringDictionary::kNotFound)
            ++uncovered;
    }
    if (uncovered > 0)
        return Error::badInput(FieldHierarchy::tr("%n value(s) of field %1 are not in the "
                                                  "hierarchy",
                                                  nullptr, int(uncovered))
                                   .arg(field));
    return {};
}

} // namespace

Result<std::pair<HierarchySpec, QString>> FieldHierarchy::effective(ProjectStore &store,
                                                                    const DatasetInfo &dataset,
                                                                    const QString &field,
                                                                    bool suggestedOnly)
{
    const int position = positionOf(dataset, field);
    if (position < 0)
        return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, field));
    if (!suggestedOnly) {
        auto stored = HierarchyService(store).load(dataset, field);
        if (!stored)
            return stored.error();
        if (*stored)
            return std::pair{(*stored)->spec, QStringLiteral("stored")};
    }
    auto profiles = ClassificationStore(StoreAccess::db(store)).profiles(dataset.id, dataset.version);
    if (!profiles)
        return profiles.error();
    FieldProfile profile = profiles->value(position);
    if (profile.name.isEmpty()) {
        profile.name = field;
        profile.type = columnTypeName(dataset.columns.at(position).type);
    }
    return std::pair{HierarchySuggester::suggest(profile), QStringLiteral("suggested")};
}

Result<FieldHierarchyTable> FieldHierarchy::measure(ProjectStore &store, const DatasetInfo &dataset,
                                                    const QString &field,
                                                    const HierarchySpec &spec,
                                                    const QString &source)
{
    const int position = positionOf(dataset, field);
    if (position < 0)
        return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, field));
    auto counts = valueCounts(store, dataset, position);
    if (!counts)
        return counts.error();
    FieldHierarchyTable table;
    table.spec = spec;
    table.source = source;
    std::vector<std::vector<std::string>> rows;
    if (spec.kind == HierarchySpec::Kind::Table) {
        auto h = Hierarchy::fromRows(spec.rows, tr("the stored hierarchy of %1").arg(field));
        if (!h)
            return h.error();
        if (Status s = checkCovered(*h, *counts, field); !s)
            return s.error();
        // Only the values the data has: the rest covers no record.
        std::vector<std::vector<std::string>> all = FieldHierarchy::rows(*h);
        keepMissingEmpty(all);
        for (std::vector<std::string> &row : all) {
            if (counts->count(row.front()))
                rows.push_back(std::move(row));
        }
        for (int level = 0; level <= h->height(); ++level)
            table.levelNames.append(level == h->height()
                                        ? QStringLiteral("*")
                                        : tr("level %1").arg(QLocale().toString(level)));
    } else {
        auto g = Generalizer::create(spec);
        if (!g)
            return g.error();
        std::vector<std::string_view> values;
        for (const auto &[value, n] : *counts)
            values.push_back(value);
        HierarchyBuildReport report;
        auto built = HierarchyBuilder::rows(spec, values, &report);
        if (!built)
            return built.error();
        rows = std::move(*built);
        keepMissingEmpty(rows);
        table.unreadable = report.unreadable;
        for (int level = 0; level <= g->height(); ++level)
            table.levelNames.append(g->levelName(level));
    }
    std::sort(rows.begin(), rows.end());
    const size_t levelCount = size_t(table.levelNames.size());
    std::vector<std::map<std::string, quint64>> perLevel(levelCount);
    for (const std::vector<std::string> &row : rows) {
        const quint64 n = counts->at(row.front());
        table.rowRecords.push_back(n);
        table.records += n;
        for (size_t level = 0; level < levelCount && level < row.size(); ++level)
            perLevel[level][row[level]] += n;
    }
    for (const auto &labels : perLevel)
        table.levels.emplace_back(labels.begin(), labels.end());
    table.rows = std::move(rows);
    return table;
}

void FieldHierarchy::keepMissingEmpty(std::vector<std::vector<std::string>> &rows)
{
    for (std::vector<std::string> &row : rows) {
        if (!row.empty() && row.front().empty())
            std::fill(row.begin(), row.end(), std::string());
    }
}

Result<HierarchySpec> FieldHierarchy::import(ProjectStore &store, const DatasetInfo &dataset,
                                             const QString &field, const QString &path)
{
    const int position = positionOf(dataset, field);
    if (position < 0)
        return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset.name, field));
    auto h = Hierarchy::load(path);
    if (!h)
        return h.error();
    auto counts = valueCounts(store, dataset, position);
    if (!counts)
        return counts.error();
    if (Status s = checkCovered(*h, *counts, field); !s)
        return s.error();
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Table;
    spec.rows = rows(*h);
    return spec;
}

} // namespace steward
