#include "core/risk/AnonymizationService.h"

#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DatasetCellScan.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/risk/LatticeSearch.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace steward {

namespace {

// Rows between two looks at the cancellation token and two progress reports: often enough for a
// responsive Cancel, rarely enough to cost nothing per row.
constexpr qint64 kRowsPerCheck = 4096;

Status validate(const DatasetInfo &dataset, const AnonymizationRequest &request)
{
    if (request.quasi.isEmpty())
        return Error::usage(AnonymizationService::tr("no quasi-identifiers to anonymize"));
    if (request.k < 1)
        return Error::usage(AnonymizationService::tr("k must be at least 1"));
    if (!(request.suppressionLimit >= 0.0 && request.suppressionLimit <= 1.0))
        return Error::usage(
            AnonymizationService::tr("the suppression limit must be a fraction from 0 to 1"));
    QStringList seen;
    for (const AnonymizationField &f : request.quasi) {
        const bool isColumn = std::any_of(dataset.columns.cbegin(), dataset.columns.cend(),
                                          [&f](const ColumnInfo &c) { return c.name == f.name; });
        if (!isColumn)
            return Error::badInput(AnonymizationService::tr("dataset %1 has no field named %2")
                                       .arg(dataset.name, f.name));
        if (seen.contains(f.name))
            return Error::usage(
                AnonymizationService::tr("quasi-identifier %1 is given twice").arg(f.name));
        seen.append(f.name);
        if (!(f.weight >= 0.0) || !std::isfinite(f.weight))
            return Error::usage(
                AnonymizationService::tr("the weight of %1 must be a number of at least 0")
                    .arg(f.name));
        if (f.maxLevel < -1)
            return Error::usage(
                AnonymizationService::tr("the highest level of %1 must be at least 0").arg(f.name));
    }
    return Status::success();
}

int columnIndex(const DatasetInfo &dataset, const QString &name)
{
    for (const ColumnInfo &c : dataset.columns) {
        if (c.name == name)
            return c.position;
    }
    return -1;
}

} // namespace

Result<AnonymizationOutcome> AnonymizationService::run(ProjectStore &store,
                                                       const DatasetInfo &dataset,
                                                       const AnonymizationRequest &request,
                                                       const ProgressCallback &progress,
                                                       const CancellationToken *cancel)
{
    if (Status s = validate(dataset, request); !s)
        return s.error();
    const auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };

    // Column order: ties between equal-loss transformations (lexicographically smallest level
    // vector) must not depend on the order the caller listed the fields in.
    QList<AnonymizationField> fields = request.quasi;
    std::sort(fields.begin(), fields.end(),
              [&dataset](const AnonymizationField &a, const AnonymizationField &b) {
                  return columnIndex(dataset, a.name) < columnIndex(dataset, b.name);
              });

    AnonymizationOutcome outcome;
    outcome.datasetId = dataset.id;
    outcome.datasetVersion = dataset.version;
    AnonymizationSettings settings;
    settings.k = request.k;
    settings.suppressionLimit = request.suppressionLimit;
    // Hierarchies first: a bad file fails before the rows are read.
    std::vector<std::optional<Hierarchy>> hierarchies(size_t(fields.size()));
    QStringList absoluteFiles;
    std::vector<int> indexes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const AnonymizationField &f = fields.at(i);
        outcome.quasi.append(f.name);
        indexes.push_back(columnIndex(dataset, f.name));
        QString file;
        if (!f.hierarchyFile.isEmpty()) {
            // The rule names the file absolutely: masking later must not depend on the directory
            // it runs in.
            file = QFileInfo(f.hierarchyFile).absoluteFilePath();
            auto h = Hierarchy::load(file);
            if (!h)
                return h.error();
            hierarchies[size_t(i)] = std::move(*h);
        }
        absoluteFiles.append(file);
        settings.weights.push_back(f.weight);
        settings.maxLevels.push_back(f.maxLevel);
    }

    // One pass over the stored cells as UTF-8 views; only the quasi-identifier cells are looked
    // at. An empty cell and every missing-value marker of the import are one value, "unknown",
    // as in the risk measurement.
    const qint64 rows = dataset.rowCount;
    const qint64 total = 2 * rows;
    EncodedTableBuilder builder(outcome.quasi, indexes);
    builder.reserve(size_t(rows));
    const MissingValues missing(dataset.missingMarkers.value_or(defaultMissingMarkers()));
    auto scan = DatasetCellScan::open(store, dataset);
    if (!scan)
        return scan.error();
    std::vector<std::string_view> views;
    qint64 read = 0;
    for (;;) {
        const Result<bool> row = scan->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        scan->read(views, indexes, &missing);
        if (Status s = builder.addRow(views); !s)
            return s.error();
        if (++read % kRowsPerCheck == 0) {
            if (cancelled())
                return Error::cancelled();
            if (progress)
                progress({read, std::max(total, 2 * read)});
        }
    }
    if (cancelled())
        return Error::cancelled();
    if (progress)
        progress({read, std::max(total, 2 * read)});

    const EncodedTable table = builder.finish();
    std::vector<AttributeGeneralization> attributes;
    attributes.reserve(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto &h = hierarchies[size_t(i)];
        // Without a hierarchy only level 0 exists: the search keeps the field as it is.
        auto g = AttributeGeneralization::create(table, int(i), h ? &*h : nullptr);
        if (!g)
            return g.error();
        attributes.push_back(std::move(*g));
    }
    // The search is the second half of the bar: its nodes scaled onto the rows.
    ProgressCallback searchProgress;
    if (progress) {
        searchProgress = [&progress, read](const Progress &p) {
            const double share = p.estimatedTotal > 0 ? double(p.done) / double(p.estimatedTotal) : 0.0;
            progress({read + qint64(std::llround(share * double(read))), 2 * read});
        };
    }
    auto result = LatticeSearch::run(table, attributes, settings, searchProgress, cancel);
    if (!result)
        return result.error();
    if (!result->found)
        return Error::badInput(
            tr("no generalisation reaches k=%1 within the suppression limit")
                .arg(QLocale().toString(request.k)));

    for (qsizetype i = 0; i < outcome.quasi.size(); ++i) {
        const int level = result->levels[size_t(i)];
        if (level == 0) {
            outcome.rules.append({outcome.quasi.at(i), MaskRule(MaskOperator::Keep)});
            continue;
        }
        auto rule = MaskRule::create(MaskOperator::Hierarchy,
                                     {{QStringLiteral("file"), absoluteFiles.at(i)},
                                      {QStringLiteral("level"), QString::number(level)}});
        if (!rule)
            return rule.error();
        outcome.rules.append({outcome.quasi.at(i), *rule});
    }
    if (result->suppressedRecords > 0) {
        RecordSuppression suppression;
        suppression.k = request.k;
        suppression.quasi = outcome.quasi;
        suppression.maxFraction = request.suppressionLimit;
        outcome.suppression = suppression;
    }
    outcome.result = std::move(*result);
    return outcome;
}

Status AnonymizationService::apply(ProjectStore &store, const DatasetInfo &dataset,
                                   const AnonymizationOutcome &outcome)
{
    if (outcome.datasetId != dataset.id || outcome.datasetVersion != dataset.version)
        return Error::badInput(
            tr("the anonymization was computed for other data than dataset %1; run it again")
                .arg(dataset.name));
    return MaskRuleService(store).applyAnonymization(dataset, outcome.rules, outcome.suppression);
}

} // namespace steward
