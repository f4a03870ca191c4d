#include "core/risk/AnonymizationProblem.h"

#include <QCoreApplication>

#include <cmath>

namespace steward {

Result<AnonymizationProblem> AnonymizationProblem::create(
    const EncodedTable &table, const std::vector<AttributeGeneralization> &attributes,
    const AnonymizationSettings &settings)
{
    const auto n = attributes.size();
    if (settings.k < 1)
        return Error::usage(tr("k must be at least 1"));
    if (!(settings.suppressionLimit >= 0.0 && settings.suppressionLimit <= 1.0))
        return Error::usage(tr("the suppression limit must be between 0% and 100%"));
    if (!settings.weights.empty() && settings.weights.size() != n)
        return Error::usage(tr("give one weight per quasi-identifier"));
    if (!settings.maxLevels.empty() && settings.maxLevels.size() != n)
        return Error::usage(tr("give one maximum level per quasi-identifier"));

    AnonymizationProblem problem;
    problem.m_table = &table;
    problem.m_attributes = &attributes;
    problem.m_records = table.rowCount();
    problem.m_k = settings.k;
    // The epsilon absorbs representation error (0.29 × 100 is 28.999…96 in binary).
    problem.m_allowed = static_cast<quint64>(
        std::floor(settings.suppressionLimit * static_cast<double>(problem.m_records) + 1e-9));

    double weightSum = 0.0;
    for (size_t a = 0; a < n; ++a) {
        const double w = settings.weights.empty() ? 1.0 : settings.weights[a];
        if (!(w >= 0.0) || !std::isfinite(w))
            return Error::usage(tr("weights must be finite and not negative"));
        weightSum += w;
        problem.m_weights.push_back(w);
    }
    if (n > 0 && !(weightSum > 0.0))
        return Error::usage(tr("at least one weight must be positive"));
    for (double &w : problem.m_weights)
        w /= weightSum;

    std::vector<int> maxLevels;
    std::vector<uint32_t> domains;
    for (size_t a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = attributes[a];
        if (attribute.column() < 0 || attribute.column() >= table.columnCount()
            || table.column(attribute.column()).size() != table.rowCount()
            || attribute.dataToLevel(0).size() != table.column(attribute.column()).distinctCount()) {
            return Error::usage(tr("quasi-identifier '%1' does not belong to this table")
                                    .arg(attribute.name()));
        }
        int maxLevel = attribute.height();
        if (!settings.maxLevels.empty() && settings.maxLevels[a] >= 0)
            maxLevel = std::min(maxLevel, settings.maxLevels[a]);
        maxLevels.push_back(maxLevel);
        domains.push_back(attribute.domainSize(0));
    }
    if (GeneralizationLattice::sizeFor(maxLevels, kMaxLatticeNodes) == 0) {
        return Error::usage(tr("too many combinations of generalisation levels (more than %1): "
                               "lower the maximum levels or use fewer quasi-identifiers")
                                .arg(kMaxLatticeNodes));
    }
    problem.m_lattice = GeneralizationLattice(std::move(maxLevels));
    problem.m_layout = KeyLayout(domains);
    return problem;
}

double AnonymizationProblem::attributeLoss(int a, int level, quint64 penalty) const
{
    if (m_records == 0)
        return 0.0;
    const AttributeGeneralization &attribute = (*m_attributes)[a];
    return m_weights[a] * static_cast<double>(attribute.levelLossSum(level) + penalty)
        / (static_cast<double>(attribute.full()) * static_cast<double>(m_records));
}

double AnonymizationProblem::baseLoss(uint64_t node) const
{
    double loss = 0.0;
    for (int a = 0; a < attributes(); ++a)
        loss += attributeLoss(a, m_lattice.level(node, a), 0);
    return loss;
}

bool AnonymizationProblem::better(double lossA, uint64_t nodeA, double lossB,
                                  uint64_t nodeB) const
{
    if (lossA < lossB - kLossTolerance)
        return true;
    if (lossA > lossB + kLossTolerance)
        return false;
    const int sumA = m_lattice.levelSum(nodeA);
    const int sumB = m_lattice.levelSum(nodeB);
    if (sumA != sumB)
        return sumA < sumB;
    return nodeA < nodeB; // node numbers order level vectors lexicographically
}

bool AnonymizationProblem::groupRecords(const std::vector<int> &levels, GroupCounter &counter,
                                        std::vector<uint32_t> *groupOf,
                                        const CancellationToken *cancel) const
{
    const int n = attributes();
    const int words = m_layout.words();
    std::vector<const uint32_t *> codes(n);
    std::vector<const uint32_t *> maps(n);
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = (*m_attributes)[a];
        codes[a] = m_table->column(attribute.column()).codes().data();
        maps[a] = attribute.dataToLevel(levels[a]).data();
    }
    counter.reset(words, std::min<size_t>(m_records, 1 << 16));
    if (groupOf)
        groupOf->resize(m_records);
    std::vector<uint64_t> key(words);
    constexpr size_t kBlock = 1 << 16;
    for (size_t begin = 0; begin < m_records; begin += kBlock) {
        if (cancel && cancel->isCancelled())
            return false;
        const size_t end = std::min<size_t>(m_records, begin + kBlock);
        for (size_t r = begin; r < end; ++r) {
            uint32_t group;
            if (words == 1) {
                uint64_t k = 0;
                for (int a = 0; a < n; ++a)
                    k |= static_cast<uint64_t>(maps[a][codes[a][r]]) << m_layout.shift(a);
                group = counter.add(k, 1);
            } else {
                std::fill(key.begin(), key.end(), 0);
                for (int a = 0; a < n; ++a)
                    m_layout.set(key.data(), a, maps[a][codes[a][r]]);
                group = counter.add(key.data(), 1);
            }
            if (groupOf)
                (*groupOf)[r] = group;
        }
    }
    return true;
}

bool AnonymizationProblem::bottomHistogram(ClassHistogram &out,
                                           const CancellationToken *cancel) const
{
    GroupCounter counter;
    if (!groupRecords(std::vector<int>(attributes(), 0), counter, nullptr, cancel))
        return false;
    out = counter.histogram();
    return true;
}

void AnonymizationProblem::rollup(const ClassHistogram &source, uint64_t from, uint64_t to,
                                  GroupCounter &counter, ClassHistogram &out) const
{
    struct Change {
        const uint32_t *map;
        int word;
        int shift;
        uint64_t mask;
    };
    std::vector<Change> changes;
    for (int a = 0; a < attributes(); ++a) {
        const int fromLevel = m_lattice.level(from, a);
        const int toLevel = m_lattice.level(to, a);
        if (fromLevel != toLevel) {
            changes.push_back({(*m_attributes)[a].levelToLevel(fromLevel, toLevel).data(),
                               m_layout.word(a), m_layout.shift(a), m_layout.mask(a)});
        }
    }
    const int words = m_layout.words();
    counter.reset(words, source.size());
    const size_t classes = source.size();
    if (words == 1) {
        const uint64_t *keys = source.keys.data();
        const uint32_t *counts = source.counts.data();
        if (changes.size() == 1) {
            const Change c = changes[0];
            const uint64_t clear = ~(c.mask << c.shift);
            for (size_t i = 0; i < classes; ++i) {
                const uint64_t key = keys[i];
                const auto code = static_cast<uint32_t>((key >> c.shift) & c.mask);
                counter.add((key & clear) | (static_cast<uint64_t>(c.map[code]) << c.shift),
                            counts[i]);
            }
        } else {
            for (size_t i = 0; i < classes; ++i) {
                uint64_t key = keys[i];
                for (const Change &c : changes) {
                    const auto code = static_cast<uint32_t>((key >> c.shift) & c.mask);
                    key = (key & ~(c.mask << c.shift))
                        | (static_cast<uint64_t>(c.map[code]) << c.shift);
                }
                counter.add(key, counts[i]);
            }
        }
    } else {
        std::vector<uint64_t> key(words);
        for (size_t i = 0; i < classes; ++i) {
            std::copy_n(source.key(i), words, key.begin());
            for (const Change &c : changes) {
                uint64_t &w = key[c.word];
                const auto code = static_cast<uint32_t>((w >> c.shift) & c.mask);
                w = (w & ~(c.mask << c.shift)) | (static_cast<uint64_t>(c.map[code]) << c.shift);
            }
            counter.add(key.data(), source.counts[i]);
        }
    }
    out = counter.histogram();
}

std::vector<quint64> AnonymizationProblem::penalties(const ClassHistogram &histogram,
                                                     uint64_t node, quint64 *recordsBelowK) const
{
    const int n = attributes();
    struct Field {
        const uint32_t *numerators;
        quint64 full;
        int word;
        int shift;
        uint64_t mask;
    };
    std::vector<Field> fields(n);
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = (*m_attributes)[a];
        fields[a] = {attribute.lossNumerators(m_lattice.level(node, a)).data(), attribute.full(),
                     m_layout.word(a), m_layout.shift(a), m_layout.mask(a)};
    }
    // Σ over suppressed records of (full − numerator) = full · below − Σ numerator.
    std::vector<quint64> numerators(n, 0);
    quint64 below = 0;
    const auto k = static_cast<uint32_t>(m_k);
    const int words = histogram.words;
    for (size_t i = 0; i < histogram.size(); ++i) {
        const uint32_t count = histogram.counts[i];
        if (count >= k)
            continue;
        below += count;
        const uint64_t *key = histogram.keys.data() + i * static_cast<size_t>(words);
        for (int a = 0; a < n; ++a) {
            const Field &f = fields[a];
            const auto code = static_cast<uint32_t>((key[f.word] >> f.shift) & f.mask);
            numerators[a] += static_cast<quint64>(count) * f.numerators[code];
        }
    }
    for (int a = 0; a < n; ++a)
        numerators[a] = fields[a].full * below - numerators[a];
    *recordsBelowK = below;
    return numerators;
}

AnonymizationProblem::Figures AnonymizationProblem::figures(const ClassHistogram &histogram,
                                                            uint64_t node) const
{
    Figures figures;
    const auto k = static_cast<uint32_t>(m_k);
    for (uint32_t count : histogram.counts) {
        if (count < k)
            figures.recordsBelowK += count;
    }
    figures.anonymous = figures.recordsBelowK <= m_allowed;
    if (!figures.anonymous)
        return figures;
    if (figures.recordsBelowK == 0) {
        figures.loss = baseLoss(node);
        return figures;
    }
    quint64 below = 0;
    const std::vector<quint64> penalty = penalties(histogram, node, &below);
    for (int a = 0; a < attributes(); ++a)
        figures.loss += attributeLoss(a, m_lattice.level(node, a), penalty[a]);
    return figures;
}

Result<AnonymizationResult> AnonymizationProblem::describe(uint64_t node,
                                                           const CancellationToken *cancel) const
{
    AnonymizationResult result;
    result.found = true;
    result.levels = m_lattice.levels(node);
    result.records = m_records;
    result.latticeSize = m_lattice.size();

    GroupCounter counter;
    std::vector<uint32_t> groupOf;
    if (!groupRecords(result.levels, counter, &groupOf, cancel))
        return Error::cancelled();
    const ClassHistogram histogram = counter.histogram();
    quint64 below = 0;
    const std::vector<quint64> penalty = penalties(histogram, node, &below);
    result.suppressedRecords = below;
    for (int a = 0; a < attributes(); ++a) {
        const double loss = attributeLoss(a, result.levels[a], penalty[a]);
        result.loss += loss;
        result.fieldLoss.push_back(
            m_records == 0 ? 0.0
                           : static_cast<double>((*m_attributes)[a].levelLossSum(result.levels[a])
                                                 + penalty[a])
                    / (static_cast<double>((*m_attributes)[a].full())
                       * static_cast<double>(m_records)));
    }
    const auto k = static_cast<uint32_t>(m_k);
    for (uint32_t count : histogram.counts) {
        if (count < k)
            continue;
        ++result.classes;
        if (result.minClass == 0 || count < result.minClass)
            result.minClass = count;
    }
    result.suppressed.resize(m_records);
    for (size_t r = 0; r < m_records; ++r)
        result.suppressed[r] = histogram.counts[groupOf[r]] < k ? 1 : 0;
    return result;
}

} // namespace steward
