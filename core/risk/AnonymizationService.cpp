#include "core/risk/AnonymizationService.h"

#include "core/classify/ClassificationStore.h"
#include "core/classify/FieldProfile.h"
#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchySuggester.h"
#include "core/import/ImportOptions.h"
#include "core/import/TypeInference.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DatasetCellScan.h"
#include "core/risk/EncodedTableBuilder.h"
#include "core/risk/FieldHierarchy.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskWorker.h"
#include "core/mask/ProjectSecret.h"
#include "core/risk/LatticeSearch.h"
#include "core/risk/RiskAnalyzer.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
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
    for (const AnonymizationSensitive &s : request.sensitive) {
        const bool isColumn = std::any_of(dataset.columns.cbegin(), dataset.columns.cend(),
                                          [&s](const ColumnInfo &c) { return c.name == s.name; });
        if (!isColumn)
            return Error::badInput(AnonymizationService::tr("dataset %1 has no field named %2")
                                       .arg(dataset.name, s.name));
        if (seen.contains(s.name))
            return Error::usage(AnonymizationService::tr(
                                    "%1 cannot be both a quasi-identifier and a sensitive "
                                    "attribute")
                                    .arg(s.name));
        const SensitiveModel &m = s.model;
        if (m.kind == SensitiveModel::Kind::TCloseness) {
            if (!(m.t >= 0.0 && m.t <= 1.0))
                return Error::usage(
                    AnonymizationService::tr("t of %1 must be from 0 to 1").arg(s.name));
        } else {
            if (!(m.l >= 1.0) || !std::isfinite(m.l))
                return Error::usage(
                    AnonymizationService::tr("l of %1 must be at least 1").arg(s.name));
            if (m.kind == SensitiveModel::Kind::RecursiveCL && !(m.c > 0.0 && std::isfinite(m.c)))
                return Error::usage(
                    AnonymizationService::tr("c of %1 must be a number above 0").arg(s.name));
        }
    }
    if (request.maxRisk && !(*request.maxRisk > 0.0 && *request.maxRisk <= 1.0))
        return Error::usage(
            AnonymizationService::tr("the highest risk must be a fraction above 0, at most 1"));
    if (request.maxAverageRisk && !(*request.maxAverageRisk > 0.0 && *request.maxAverageRisk <= 1.0))
        return Error::usage(
            AnonymizationService::tr("the average risk must be a fraction above 0, at most 1"));
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

// The error with its message put into `pattern` ("… of %1: %2") after the field's name.
Error prefixed(Error error, const QString &pattern, const QString &field)
{
    error.message = pattern.arg(field, error.message);
    return error;
}

// Where a quasi-identifier's hierarchy comes from.
enum class Source { File, Builder, Stored, Suggested };

SuppressionModel::Kind suppressionKind(SensitiveModel::Kind kind)
{
    switch (kind) {
    case SensitiveModel::Kind::DistinctL:
        return SuppressionModel::Kind::DistinctL;
    case SensitiveModel::Kind::EntropyL:
        return SuppressionModel::Kind::EntropyL;
    case SensitiveModel::Kind::RecursiveCL:
        return SuppressionModel::Kind::RecursiveCL;
    case SensitiveModel::Kind::TCloseness:
        break;
    }
    return SuppressionModel::Kind::TCloseness;
}

// Where a stored rule puts the search: the lowest level of `attribute` that the rule does not
// make finer (every group of the column's values that the rule publishes as one output lies in
// one generalised value of that level), and whether the rule publishes exactly that level's
// classes there. Only then can the rule itself be kept at the floor: a rule finer than the level
// would publish smaller classes than the search measured.
struct Floor {
    int level = 0;
    bool exact = true;
};

// One-to-one rules (keep, pseudonym) give 0, exactly; a rule leaving nothing (drop, suppress,
// redact) the top. A date shift moves each subject's dates by its own offset, so two records of
// one date can be published apart: never exact, and its floor is level 1 (the real day is never
// published in its place).
Result<Floor> floorOf(const QStringList &columns, int columnPosition, const MaskRule &rule,
                      const MaskEnvironment &baseEnvironment, const EncodedColumn &column,
                      const AttributeGeneralization &attribute)
{
    if (rule.op() == MaskOperator::Keep)
        return Floor{0, true};
    if (rule.op() == MaskOperator::Shift)
        return Floor{std::min(1, attribute.height()), false};
    // Nothing of the field is published: coarser than any level, so keeping it is safe.
    if (rule.op() == MaskOperator::Drop)
        return Floor{attribute.height(), true};
    MaskEnvironment environment = baseEnvironment;
    if (!environment.secret) {
        // One-to-one stays one-to-one under any key: the floor does not need the passphrase.
        environment.secret = *ProjectSecret::fromBytes(QByteArray(ProjectSecret::kSize, '\x01'));
    }
    auto plan = MaskPlan::compile(columns, {{columns.at(columnPosition), rule}}, environment);
    if (!plan)
        return plan.error();
    auto worker = MaskWorker::create(*plan);
    if (!worker)
        return worker.error();
    // Output of the rule per value (a suppressed cell is one output, whatever its value).
    const StringDictionary &values = column.dictionary();
    std::vector<std::string_view> row(size_t(columns.size()));
    std::unordered_map<std::string, uint32_t> outputIds;
    std::vector<uint32_t> output(values.size());
    for (uint32_t code = 0; code < values.size(); ++code) {
        row[size_t(columnPosition)] = values.value(code);
        const MaskedCell cell = worker->maskCell(columnPosition, row);
        std::string key = cell.isSuppressed() ? std::string("\x01") : std::string("\x02");
        if (!cell.isSuppressed())
            key.append(cell.text);
        output[code] = outputIds.emplace(std::move(key), uint32_t(outputIds.size())).first->second;
    }
    for (int level = 0; level <= attribute.height(); ++level) {
        const std::vector<uint32_t> &toLevel = attribute.dataToLevel(level);
        // output → label must be a function (the rule refines the level); label → output too
        // when the two partitions are the same.
        std::vector<uint32_t> labelOf(outputIds.size(), UINT32_MAX);
        std::vector<uint32_t> outputOf(attribute.domainSize(level), UINT32_MAX);
        bool refines = true;
        bool exact = true;
        for (uint32_t code = 0; code < values.size() && refines; ++code) {
            uint32_t &label = labelOf[output[code]];
            if (label == UINT32_MAX)
                label = toLevel[code];
            refines = label == toLevel[code];
            uint32_t &out = outputOf[toLevel[code]];
            if (out == UINT32_MAX)
                out = output[code];
            exact = exact && out == output[code];
        }
        if (refines)
            return Floor{level, exact};
    }
    // Finer than no level but the top (e.g. missing cells kept apart from "*"): the top, where
    // the hierarchy rule replaces it.
    return Floor{attribute.height(), false};
}

} // namespace

int AnonymizationService::kForMaxRisk(double maxRisk)
{
    // The small tolerance keeps 1/0.2 at 5 despite rounding.
    const double needed = std::ceil(1.0 / maxRisk - 1e-9);
    return int(std::min(needed, 1e9));
}

int AnonymizationService::effectiveK(const AnonymizationRequest &request)
{
    return request.maxRisk ? std::max(request.k, kForMaxRisk(*request.maxRisk)) : request.k;
}

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
    settings.k = AnonymizationService::effectiveK(request);
    settings.suppressionLimit = request.suppressionLimit;
    settings.maxAverageRisk = request.maxAverageRisk;
    // The histogram cache only saves rescans: on the 1,000,000-record sample with eight
    // quasi-identifiers 32 MiB is as fast as 64 MiB and 30 MB smaller (the whole process stays
    // under 200 MB); with six it costs about half a second.
    settings.cacheBytes = size_t(32) << 20;

    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns.append(c.name);
    // What is stored: the rules (each quasi-identifier's is the floor of its search), the
    // hierarchies chosen per field, and the profiles the suggestions are made from.
    auto storedRules = MaskRuleStore(store).planRules(dataset);
    if (!storedRules)
        return storedRules.error();
    QHash<QString, MaskRule> previousRules;
    for (const auto &[field, rule] : std::as_const(*storedRules))
        previousRules.insert(field, rule);
    auto storedHierarchies = HierarchyService(store).loadAll(dataset);
    if (!storedHierarchies)
        return storedHierarchies.error();
    QHash<QString, HierarchySpec> storedSpecs;
    for (const StoredHierarchy &h : std::as_const(*storedHierarchies))
        storedSpecs.insert(h.field, h.spec);
    auto profiles = ClassificationStore(StoreAccess::db(store)).profiles(dataset.id, dataset.version);
    if (!profiles)
        return profiles.error();

    // Hierarchies first: a bad file or spec fails before the rows are read.
    std::vector<std::optional<Hierarchy>> hierarchies(size_t(fields.size()));
    std::vector<std::optional<HierarchySpec>> specs(size_t(fields.size()));
    std::vector<Source> sources;
    QStringList absoluteFiles;
    std::vector<int> indexes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const AnonymizationField &f = fields.at(i);
        outcome.quasi.append(f.name);
        const int position = columnIndex(dataset, f.name);
        indexes.push_back(position);
        QString file;
        if (!f.hierarchyFile.isEmpty()) {
            // The rule names the file absolutely: masking later must not depend on the directory
            // it runs in.
            file = QFileInfo(f.hierarchyFile).absoluteFilePath();
            auto h = Hierarchy::load(file);
            if (!h)
                return h.error();
            hierarchies[size_t(i)] = std::move(*h);
            sources.push_back(Source::File);
        } else if (f.builder) {
            specs[size_t(i)] = *f.builder;
            sources.push_back(Source::Builder);
        } else if (storedSpecs.contains(f.name)) {
            specs[size_t(i)] = storedSpecs.value(f.name);
            sources.push_back(Source::Stored);
        } else {
            FieldProfile profile = profiles->value(position);
            if (profile.name.isEmpty()) {
                // Not analysed yet: the header and the stored type still choose well.
                profile.name = f.name;
                profile.type = columnTypeName(dataset.columns.at(position).type);
            }
            specs[size_t(i)] = HierarchySuggester::suggest(profile);
            sources.push_back(Source::Suggested);
        }
        if (const auto &spec = specs[size_t(i)]; spec && spec->kind != HierarchySpec::Kind::Table) {
            if (auto g = Generalizer::create(*spec); !g)
                return prefixed(g.error(), tr("the hierarchy of %1: %2"), f.name);
        }
        absoluteFiles.append(file);
        settings.weights.push_back(f.weight);
        settings.maxLevels.push_back(f.maxLevel);
    }
    // The sensitive attributes follow the quasi-identifiers in the encoded table.
    QStringList tableNames = outcome.quasi;
    for (const AnonymizationSensitive &s : request.sensitive) {
        SensitiveModel model = s.model;
        model.column = int(tableNames.size());
        tableNames.append(s.name);
        indexes.push_back(columnIndex(dataset, s.name));
        settings.sensitive.push_back(model);
    }

    // One pass over the stored cells as UTF-8 views; only the quasi-identifier and sensitive
    // cells are looked at. An empty cell and every missing-value marker of the import are one
    // value, "unknown", as in the risk measurement.
    const qint64 rows = dataset.rowCount;
    const qint64 total = 2 * rows;
    EncodedTableBuilder builder(tableNames, indexes);
    builder.reserve(size_t(rows));
    const MissingValues missing(dataset.missingMarkers.value_or(defaultMissingMarkers()));
    qint64 read = 0;
    {
        auto scan = DatasetCellScan::open(store, dataset);
        if (!scan)
            return scan.error();
        std::vector<std::string_view> views;
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
    }
    // The pages read stay in the connection's cache (16 MiB) for nothing during the search.
    (void)StoreAccess::db(store).exec("PRAGMA shrink_memory");
    if (cancelled())
        return Error::cancelled();
    if (progress)
        progress({read, std::max(total, 2 * read)});

    const EncodedTable table = builder.finish();
    // Stored tables are checked as hierarchies; built-in hierarchies generalise the values the
    // data has straight into the search's codes (a table of rows for a million distinct amounts
    // would cost seconds and hundreds of megabytes).
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto &spec = specs[size_t(i)];
        if (!spec || spec->kind != HierarchySpec::Kind::Table)
            continue;
        Result<Hierarchy> h =
            Hierarchy::fromRows(spec->rows, tr("the stored hierarchy of %1").arg(fields.at(i).name));
        if (!h)
            return prefixed(h.error(), tr("the hierarchy of %1: %2"), fields.at(i).name);
        hierarchies[size_t(i)] = std::move(*h);
    }
    // Files and stored tables too: a missing cell stays empty in the release (see above).
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto &h = hierarchies[size_t(i)];
        if (!h)
            continue;
        if (h->find(std::string_view()) == StringDictionary::kNotFound)
            continue;
        std::vector<std::vector<std::string>> rows = FieldHierarchy::rows(*h);
        FieldHierarchy::keepMissingEmpty(rows);
        auto rebuilt = Hierarchy::fromRows(rows, h->source());
        if (!rebuilt)
            return rebuilt.error();
        h = std::move(*rebuilt);
    }
    std::vector<AttributeGeneralization> attributes;
    attributes.reserve(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        auto &h = hierarchies[size_t(i)];
        const auto &spec = specs[size_t(i)];
        Result<AttributeGeneralization> g = Error::internal(QString());
        if (spec && spec->kind != HierarchySpec::Kind::Table) {
            auto generalizer = Generalizer::create(*spec);
            if (!generalizer)
                return prefixed(generalizer.error(), tr("the hierarchy of %1: %2"),
                                fields.at(i).name);
            g = AttributeGeneralization::create(table, int(i), *generalizer);
        } else {
            g = AttributeGeneralization::create(table, int(i), h ? &*h : nullptr);
        }
        if (!g)
            return g.error();
        attributes.push_back(std::move(*g));
        // Only the search's codes are needed from here on.
        h.reset();
    }

    // Floors: a quasi-identifier's stored rule is never weakened.
    MaskEnvironment environment;
    if (dataset.missingMarkers)
        environment.missingMarkers = *dataset.missingMarkers;
    environment.storedHierarchies = storedSpecs;
    std::vector<int> floors(size_t(fields.size()), 0);
    std::vector<bool> exactFloors(size_t(fields.size()), true);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &name = fields.at(i).name;
        if (!previousRules.contains(name))
            continue;
        auto floor = floorOf(columns, columnIndex(dataset, name), previousRules.value(name),
                             environment, table.column(int(i)), attributes[size_t(i)]);
        if (!floor)
            return prefixed(floor.error(), tr("the rule of %1: %2"), name);
        floors[size_t(i)] = floor->level;
        exactFloors[size_t(i)] = floor->exact;
        const int maxLevel = fields.at(i).maxLevel;
        if (maxLevel >= 0 && maxLevel < floor->level)
            return Error::usage(tr("the highest level of %1 (%2) is below the level its rule "
                                   "already generalises to (%3)")
                                    .arg(name, QLocale().toString(maxLevel),
                                         QLocale().toString(floor->level)));
    }
    settings.minLevels = floors;

    // The data as the stored rules generalise it, nothing suppressed: the "before" of the
    // dialog's charts.
    {
        RiskAnalyzer analyzer(table, attributes, {});
        RiskRequest before;
        before.levels = floors;
        before.k = settings.k;
        auto report = analyzer.analyze(before, {}, cancel);
        if (!report)
            return report.error();
        outcome.classSizesBefore = std::move(report->classSizes);
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
    if (!result->found) {
        if (request.sensitive.isEmpty() && !request.maxAverageRisk)
            return Error::badInput(
                tr("no generalisation reaches k=%1 within the suppression limit")
                    .arg(QLocale().toString(settings.k)));
        return Error::badInput(
            tr("no generalisation reaches k=%1 and the privacy models within the suppression "
               "limit")
                .arg(QLocale().toString(settings.k)));
    }

    for (qsizetype i = 0; i < outcome.quasi.size(); ++i) {
        const QString &name = outcome.quasi.at(i);
        const int level = result->levels[size_t(i)];
        const std::optional<MaskRule> previous =
            previousRules.contains(name) ? std::optional<MaskRule>(previousRules.value(name))
                                         : std::nullopt;
        AnonymizationFieldChange change;
        change.field = name;
        change.previous = previous;
        change.floor = floors[size_t(i)];
        change.level = level;
        const auto &spec = specs[size_t(i)];
        const Source source = sources[size_t(i)];
        if (source == Source::File)
            change.hierarchy = absoluteFiles.at(i);
        else if (spec->kind == HierarchySpec::Kind::Table)
            change.hierarchy = QStringLiteral("stored"); // an imported table has no text form
        else
            change.hierarchy = spec->format();
        if (spec && spec->kind != HierarchySpec::Kind::Table)
            change.levelName = Generalizer::create(*spec)->levelName(level);
        else
            change.levelName = tr("level %1").arg(QLocale().toString(level));

        MaskRule rule(MaskOperator::Keep);
        if (previous && level == floors[size_t(i)] && (exactFloors[size_t(i)] || level == 0)) {
            // At the floor the stored rule publishes what the search measured: it stays.
            rule = *previous;
        } else if (level > 0) {
            QList<std::pair<QString, QString>> params;
            if (source == Source::File)
                params.append({QStringLiteral("file"), absoluteFiles.at(i)});
            else if (spec->kind != HierarchySpec::Kind::Table)
                params.append({QStringLiteral("builder"), spec->format()});
            // A stored table hierarchy is named by neither: the rule reads the project's.
            params.append({QStringLiteral("level"), QString::number(level)});
            auto created = MaskRule::create(MaskOperator::Hierarchy, params);
            if (!created)
                return created.error();
            rule = *created;
        }
        change.rule = rule;
        change.replaced = !previous ? rule.op() != MaskOperator::Keep : !(rule == *previous);
        outcome.rules.append({name, rule});
        outcome.changes.append(change);
    }
    if (result->suppressedRecords > 0) {
        // A stored suppression leaves out the classes below its k (at least 2) and those failing
        // its models; one of k = 1 that only the models fill would leave out the unique records too.
        if (settings.k < 2)
            return Error::usage(tr("the privacy models leave records out: they need k of at least "
                                   "2 to be stored"));
        RecordSuppression suppression;
        suppression.k = settings.k;
        suppression.quasi = outcome.quasi;
        suppression.maxFraction = request.suppressionLimit;
        for (const AnonymizationSensitive &s : request.sensitive) {
            SuppressionModel m;
            m.field = s.name;
            m.kind = suppressionKind(s.model.kind);
            m.l = s.model.l;
            m.c = s.model.c;
            m.t = s.model.t;
            m.ordered = s.model.ordered;
            suppression.models.append(m);
        }
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
