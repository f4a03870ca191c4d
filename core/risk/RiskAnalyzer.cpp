#include "core/risk/RiskAnalyzer.h"

#include "core/risk/GroupCounter.h"
#include "core/risk/KeyLayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace steward {

namespace {

constexpr size_t kBlock = size_t(1) << 16;
constexpr uint32_t kNoClass = 0xFFFFFFFFu;

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
    const qint64 totalWork = static_cast<qint64>(records * (1 + m_sensitiveColumns.size()));
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
    const std::vector<uint32_t> &counts = counter.counts();
    const size_t groups = counts.size();
    std::vector<uint8_t> removed(groups, 0);
    if (request.suppressBelowK) {
        for (size_t g = 0; g < groups; ++g)
            removed[g] = counts[g] < k ? 1 : 0;
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

    // 4. Distinct l-diversity: distinct (class, sensitive value) pairs per class.
    for (int column : m_sensitiveColumns) {
        const uint32_t *sensitive = m_table.column(column).codes().data();
        GroupCounter pairs;
        pairs.reset(1, std::min<size_t>(records, kBlock));
        std::vector<quint64> distinct(groups, 0);
        for (size_t begin = 0; begin < records; begin += kBlock) {
            const size_t end = std::min(records, begin + kBlock);
            for (size_t r = begin; r < end; ++r) {
                const uint32_t group = classOf[r];
                if (group == kNoClass || removed[group])
                    continue;
                const size_t before = pairs.size();
                pairs.add((static_cast<uint64_t>(group) << 32) | sensitive[r], 1);
                if (pairs.size() != before)
                    ++distinct[group];
            }
            if (!step(end - begin))
                return Error::cancelled();
        }
        quint64 minimum = 0;
        for (size_t g = 0; g < groups; ++g) {
            if (removed[g])
                continue;
            if (minimum == 0 || distinct[g] < minimum)
                minimum = distinct[g];
        }
        report.lDiversity.push_back(minimum);
    }
    return report;
}

} // namespace steward
