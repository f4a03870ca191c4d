#include "core/risk/RiskAnalyzer.h"

#include "core/risk/GroupCounter.h"
#include "core/risk/KeyLayout.h"
#include "core/risk/SensitiveCheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace steward {

namespace {

constexpr size_t kBlock = size_t(1) << 16;
constexpr uint32_t kNoClass = 0xFFFFFFFFu;

// The sensitive values of each class: values[start[g] … start[g + 1]) for class g.
struct ClassValues {
    std::vector<size_t> start;
    std::vector<SensitiveCount> values;
};

// Groups (class, sensitive value) pairs of the records whose class is kept; false when cancelled.
template <class Step>
bool collectValues(const std::vector<uint32_t> &classOf, const uint32_t *sensitive,
                   const std::vector<uint8_t> &removed, Step step, ClassValues &out)
{
    const size_t records = classOf.size();
    const size_t groups = removed.size();
    // At least one pair per class kept: sized for them at once, so that many classes (the
    // stored data's nearly unique ones) do not pass through every doubling of the table.
    size_t kept = 0;
    for (uint8_t r : removed)
        kept += r ? 0 : 1;
    GroupCounter pairs;
    pairs.reset(1, std::max(std::min<size_t>(records, kBlock), (kept * 8 + 8) / 9));
    for (size_t begin = 0; begin < records; begin += kBlock) {
        const size_t end = std::min(records, begin + kBlock);
        for (size_t r = begin; r < end; ++r) {
            const uint32_t group = classOf[r];
            if (group != kNoClass && !removed[group])
                pairs.add((static_cast<uint64_t>(group) << 32) | sensitive[r], 1);
        }
        if (!step(end - begin))
            return false;
    }
    pairs.finish();
    pairs.releaseSlots();
    out.start.assign(groups + 1, 0);
    for (uint32_t p = 0; p < pairs.size(); ++p)
        ++out.start[(pairs.key(p)[0] >> 32) + 1];
    for (size_t g = 0; g < groups; ++g)
        out.start[g + 1] += out.start[g];
    out.values.resize(pairs.size());
    std::vector<size_t> next(out.start.begin(), out.start.end() - 1);
    for (uint32_t p = 0; p < pairs.size(); ++p) {
        const uint64_t key = pairs.key(p)[0];
        out.values[next[key >> 32]++] = {static_cast<uint32_t>(key & 0xFFFFFFFFu),
                                         pairs.count(p)};
    }
    return true;
}

} // namespace

RiskAnalyzer::RiskAnalyzer(const EncodedTable &table,
                           const std::vector<AttributeGeneralization> &quasiIdentifiers,
                           std::vector<int> sensitiveColumns)
    : m_table(table), m_quasiIdentifiers(quasiIdentifiers),
      m_sensitiveColumns(std::move(sensitiveColumns))
{
}

Status RiskAnalyzer::validate(const RiskRequest &request) const
{
    const size_t n = m_quasiIdentifiers.size();
    if (request.k < 1)
        return Error::usage(tr("k must be at least 1"));
    if (!request.levels.empty() && request.levels.size() != n)
        return Error::usage(tr("give one generalisation level per quasi-identifier"));
    for (size_t a = 0; a < request.levels.size(); ++a) {
        if (request.levels[a] < 0 || request.levels[a] > m_quasiIdentifiers[a].height()) {
            return Error::usage(tr("level %1 of '%2' is outside its hierarchy (0–%3)")
                                    .arg(request.levels[a])
                                    .arg(m_quasiIdentifiers[a].name())
                                    .arg(m_quasiIdentifiers[a].height()));
        }
    }
    for (const AttributeGeneralization &attribute : m_quasiIdentifiers) {
        if (attribute.column() < 0 || attribute.column() >= m_table.columnCount()
            || attribute.dataToLevel(0).size()
                != m_table.column(attribute.column()).distinctCount())
            return Error::usage(tr("quasi-identifier '%1' does not belong to this table")
                                    .arg(attribute.name()));
    }
    if (!request.suppressed.empty() && request.suppressed.size() != m_table.rowCount())
        return Error::usage(tr("the suppression mask does not match the number of records"));
    if (!request.weights.empty()) {
        if (request.weights.size() != n)
            return Error::usage(tr("give one weight per quasi-identifier"));
        double sum = 0.0;
        for (double w : request.weights) {
            if (!(w >= 0.0) || !std::isfinite(w))
                return Error::usage(tr("weights must be finite and not negative"));
            sum += w;
        }
        if (n > 0 && !(sum > 0.0))
            return Error::usage(tr("at least one weight must be positive"));
    }
    for (int column : m_sensitiveColumns) {
        if (column < 0 || column >= m_table.columnCount())
            return Error::usage(tr("unknown sensitive column"));
    }
    for (const SensitiveModel &model : request.suppressionModels) {
        if (auto check = SensitiveCheck::create(m_table, model); !check)
            return check.error();
    }
    return Status::success();
}

Result<RiskReport> RiskAnalyzer::analyze(const RiskRequest &request,
                                         const ProgressCallback &progress,
                                         const CancellationToken *cancel) const
{
    if (Status status = validate(request); !status)
        return status.error();
    const int n = static_cast<int>(m_quasiIdentifiers.size());
    const size_t records = m_table.rowCount();
    const std::vector<int> levels = request.levels.empty() ? std::vector<int>(n, 0)
                                                           : request.levels;
    const size_t modelPasses = request.suppressBelowK ? request.suppressionModels.size() : 0;
    const qint64 totalWork =
        static_cast<qint64>(records * (1 + m_sensitiveColumns.size() + modelPasses));
    qint64 workDone = 0;
    auto step = [&](size_t done) -> bool {
        workDone += static_cast<qint64>(done);
        if (progress)
            progress({workDone, totalWork});
        return !(cancel && cancel->isCancelled());
    };

    // 1. GROUP BY the generalised quasi-identifiers (suppressed records stay out).
    std::vector<uint32_t> domains;
    std::vector<const uint32_t *> codes(n);
    std::vector<const uint32_t *> maps(n);
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = m_quasiIdentifiers[a];
        domains.push_back(attribute.domainSize(levels[a]));
        codes[a] = m_table.column(attribute.column()).codes().data();
        maps[a] = attribute.dataToLevel(levels[a]).data();
    }
    const KeyLayout layout(domains);
    const int words = layout.words();
    GroupCounter counter;
    counter.reset(words, std::min<size_t>(records, kBlock));
    std::vector<uint32_t> classOf(records, kNoClass);
    const uint8_t *given = request.suppressed.empty() ? nullptr : request.suppressed.data();
    std::vector<uint64_t> key(words);
    for (size_t begin = 0; begin < records; begin += kBlock) {
        const size_t end = std::min(records, begin + kBlock);
        for (size_t r = begin; r < end; ++r) {
            if (given && given[r])
                continue;
            if (words == 1) {
                uint64_t k = 0;
                for (int a = 0; a < n; ++a)
                    k |= static_cast<uint64_t>(maps[a][codes[a][r]]) << layout.shift(a);
                classOf[r] = counter.add(k, 1);
            } else {
                std::fill(key.begin(), key.end(), 0);
                for (int a = 0; a < n; ++a)
                    layout.set(key.data(), a, maps[a][codes[a][r]]);
                classOf[r] = counter.add(key.data(), 1);
            }
        }
        if (!step(end - begin))
            return Error::cancelled();
    }

    // 2. Suppress the classes below k when asked.
    const auto k = static_cast<quint64>(request.k);
    counter.finish();
    // Only the groups are read from now on: the hash table goes before the sensitive
    // attributes' own grouping below needs as much again.
    counter.releaseSlots();
    const std::vector<uint32_t> &counts = counter.counts();
    const size_t groups = counts.size();
    std::vector<uint8_t> removed(groups, 0);
    if (request.suppressBelowK) {
        for (size_t g = 0; g < groups; ++g)
            removed[g] = counts[g] < k ? 1 : 0;
        // Then the classes failing a model, as the search that chose this suppression found
        // them (the same check, the same reference: the records not given as suppressed).
        for (const SensitiveModel &model : request.suppressionModels) {
            const auto check = SensitiveCheck::create(m_table, model, request.suppressed);
            if (!check)
                return check.error();
            ClassValues values;
            if (!collectValues(classOf, m_table.column(model.column).codes().data(), removed,
                               step, values))
                return Error::cancelled();
            for (size_t g = 0; g < groups; ++g) {
                if (removed[g])
                    continue;
                const double figure = check->measure(values.values.data() + values.start[g],
                                                     values.start[g + 1] - values.start[g]);
                if (!check->passes(figure))
                    removed[g] = 1;
            }
        }
    }

    RiskReport report;
    report.records = records;
    bool anySuppressed = false;
    for (size_t r = 0; r < records; ++r) {
        if (classOf[r] == kNoClass || removed[classOf[r]]) {
            ++report.suppressedRecords;
            anySuppressed = true;
        }
    }
    if (anySuppressed) {
        report.suppressed.resize(records);
        for (size_t r = 0; r < records; ++r)
            report.suppressed[r] = classOf[r] == kNoClass || removed[classOf[r]] ? 1 : 0;
    }
    report.retainedRecords = records - report.suppressedRecords;

    // 3. Class figures and the loss numerators of the records kept.
    std::map<quint64, quint64> sizes;
    std::vector<quint64> numerators(n, 0);
    for (size_t g = 0; g < groups; ++g) {
        if (removed[g])
            continue;
        const quint64 count = counts[g];
        ++report.classes;
        ++sizes[count];
        if (report.minClass == 0 || count < report.minClass)
            report.minClass = count;
        if (count < k)
            report.recordsBelowK += count;
        if (count == 1)
            ++report.sampleUniqueRecords;
        const uint64_t *groupKey = counter.key(static_cast<uint32_t>(g));
        for (int a = 0; a < n; ++a) {
            numerators[a] += count
                * m_quasiIdentifiers[a].lossNumerator(levels[a], layout.get(groupKey, a));
        }
    }
    report.classSizes.assign(sizes.begin(), sizes.end());
    if (report.retainedRecords > 0) {
        const auto retained = static_cast<double>(report.retainedRecords);
        report.recordsBelowKFraction = static_cast<double>(report.recordsBelowK) / retained;
        report.sampleUniques = static_cast<double>(report.sampleUniqueRecords) / retained;
        report.prosecutorRiskMax = 1.0 / static_cast<double>(report.minClass);
        report.prosecutorRiskAvg = static_cast<double>(report.classes) / retained;
    }

    // Loss: per field the average cell loss over all records, suppressed cells counting 1.
    double weightSum = 0.0;
    for (int a = 0; a < n; ++a)
        weightSum += request.weights.empty() ? 1.0 : request.weights[a];
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = m_quasiIdentifiers[a];
        double loss = 0.0;
        if (records > 0) {
            const quint64 numerator = numerators[a] + report.suppressedRecords * attribute.full();
            loss = static_cast<double>(numerator)
                / (static_cast<double>(attribute.full()) * static_cast<double>(records));
        }
        report.fieldLoss.push_back(loss);
        const double weight = request.weights.empty() ? 1.0 : request.weights[a];
        report.totalLoss += weight / weightSum * loss;
    }

    // 4. Per sensitive column: distinct and entropy l, t-closeness (ordered distance when the
    // values are numbers) against the records not given as suppressed.
    for (int column : m_sensitiveColumns) {
        ClassValues values;
        if (!collectValues(classOf, m_table.column(column).codes().data(), removed, step, values))
            return Error::cancelled();
        SensitiveModel entropy;
        entropy.kind = SensitiveModel::Kind::EntropyL;
        entropy.column = column;
        entropy.l = 1.0;
        SensitiveModel closeness;
        closeness.kind = SensitiveModel::Kind::TCloseness;
        closeness.column = column;
        closeness.ordered = SensitiveCheck::numeric(m_table.column(column));
        const auto entropyCheck = SensitiveCheck::create(m_table, entropy, request.suppressed);
        const auto closenessCheck = SensitiveCheck::create(m_table, closeness, request.suppressed);
        if (!entropyCheck || !closenessCheck)
            return Error::internal(tr("sensitive figures could not be computed"));
        quint64 distinct = 0;
        double minEntropy = 0.0;
        double maxDistance = 0.0;
        bool any = false;
        for (size_t g = 0; g < groups; ++g) {
            if (removed[g])
                continue;
            SensitiveCount *first = values.values.data() + values.start[g];
            const size_t count = values.start[g + 1] - values.start[g];
            const double l = entropyCheck->measure(first, count);
            const double t = closenessCheck->measure(first, count);
            if (!any || count < distinct)
                distinct = count;
            if (!any || l < minEntropy)
                minEntropy = l;
            if (!any || t > maxDistance)
                maxDistance = t;
            any = true;
        }
        report.lDiversity.push_back(distinct);
        if (report.retainedRecords > 0) {
            report.entropyL.push_back(minEntropy);
            report.tCloseness.push_back(maxDistance);
        }
    }
    return report;
}

} // namespace steward
