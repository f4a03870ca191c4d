#include "core/risk/AnonymizationProblem.h"

#include <QCoreApplication>

#include <algorithm>
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
    if (!settings.minLevels.empty() && settings.minLevels.size() != n)
        return Error::usage(tr("give one lowest level per quasi-identifier"));

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
    }
    std::vector<int> minLevels(n, 0);
    for (size_t a = 0; a < settings.minLevels.size(); ++a) {
        const int floor = settings.minLevels[a];
        if (floor < 0 || floor > maxLevels[a]) {
            return Error::usage(tr("the lowest level of '%1' (%2) is outside 0–%3")
                                    .arg(attributes[a].name())
                                    .arg(floor)
                                    .arg(maxLevels[a]));
        }
        minLevels[a] = floor;
    }
    if (GeneralizationLattice::sizeFor(maxLevels, kMaxLatticeNodes, minLevels) == 0) {
        return Error::usage(tr("too many combinations of generalisation levels (more than %1): "
                               "lower the maximum levels or use fewer quasi-identifiers")
                                .arg(kMaxLatticeNodes));
    }

    if (settings.maxAverageRisk
        && !(*settings.maxAverageRisk >= 0.0 && *settings.maxAverageRisk <= 1.0))
        return Error::usage(tr("the average risk must be between 0 and 1"));
    problem.m_maxAverageRisk = settings.maxAverageRisk;
    for (const SensitiveModel &model : settings.sensitive) {
        for (const AttributeGeneralization &attribute : attributes) {
            if (attribute.column() == model.column) {
                return Error::usage(tr("'%1' cannot be both a quasi-identifier and sensitive")
                                        .arg(attribute.name()));
            }
        }
        auto check = SensitiveCheck::create(table, model);
        if (!check)
            return check.error();
        if (model.kind == SensitiveModel::Kind::DistinctL)
            problem.m_checkOrder.insert(problem.m_checkOrder.begin(), problem.m_checks.size());
        else
            problem.m_checkOrder.push_back(problem.m_checks.size());
        problem.m_checks.push_back(std::move(*check));
        const auto it = std::find(problem.m_sensitiveColumns.begin(),
                                  problem.m_sensitiveColumns.end(), model.column);
        problem.m_checkPart.push_back(static_cast<int>(it - problem.m_sensitiveColumns.begin()));
        if (it == problem.m_sensitiveColumns.end()) {
            problem.m_sensitiveColumns.push_back(model.column);
            problem.m_sensitiveDomains.push_back(table.column(model.column).distinctCount());
        }
    }
    problem.m_lattice = GeneralizationLattice(std::move(maxLevels), std::move(minLevels));

    const auto k = static_cast<quint64>(problem.m_k);
    problem.m_rareRecords.resize(n);
    for (size_t a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = attributes[a];
        std::vector<quint64> frequency(table.column(attribute.column()).distinctCount(), 0);
        for (uint32_t code : table.column(attribute.column()).codes())
            ++frequency[code];
        for (int level = 0; level <= attribute.height(); ++level) {
            std::vector<quint64> records(attribute.domainSize(level), 0);
            const std::vector<uint32_t> &toLevel = attribute.dataToLevel(level);
            for (size_t code = 0; code < frequency.size(); ++code)
                records[toLevel[code]] += frequency[code];
            quint64 rare = 0;
            for (quint64 count : records) {
                if (count < k)
                    rare += count;
            }
            problem.m_rareRecords[a].push_back(rare);
        }
    }
    return problem;
}

quint64 AnonymizationProblem::recordsCertainlyFailing(uint64_t node) const
{
    quint64 bound = 0;
    for (int a = 0; a < attributes(); ++a)
        bound = std::max(bound, m_rareRecords[a][m_lattice.level(node, a)]);
    return bound;
}

KeyLayout AnonymizationProblem::layoutAt(const std::vector<int> &levels) const
{
    std::vector<uint32_t> domains;
    domains.reserve(levels.size() + m_sensitiveDomains.size());
    for (int a = 0; a < attributes(); ++a)
        domains.push_back((*m_attributes)[a].domainSize(levels[a]));
    domains.insert(domains.end(), m_sensitiveDomains.begin(), m_sensitiveDomains.end());
    return KeyLayout(domains);
}

bool AnonymizationProblem::monotone() const
{
    if (m_allowed == 0 || everyNodeAnonymous())
        return true;
    if (m_maxAverageRisk)
        return false;
    return std::all_of(m_checks.begin(), m_checks.end(), [](const SensitiveCheck &check) {
        return check.model().kind == SensitiveModel::Kind::DistinctL;
    });
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
    const int s = static_cast<int>(m_sensitiveColumns.size());
    const KeyLayout layout = layoutAt(levels);
    const int words = layout.words();
    std::vector<const uint32_t *> codes(n + s);
    std::vector<const uint32_t *> maps(n);
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = (*m_attributes)[a];
        codes[a] = m_table->column(attribute.column()).codes().data();
        maps[a] = attribute.dataToLevel(levels[a]).data();
    }
    for (int i = 0; i < s; ++i)
        codes[n + i] = m_table->column(m_sensitiveColumns[i]).codes().data();
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
                    k |= static_cast<uint64_t>(maps[a][codes[a][r]]) << layout.shift(a);
                for (int p = n; p < n + s; ++p)
                    k |= static_cast<uint64_t>(codes[p][r]) << layout.shift(p);
                group = counter.add(k, 1);
            } else {
                std::fill(key.begin(), key.end(), 0);
                for (int a = 0; a < n; ++a)
                    layout.set(key.data(), a, maps[a][codes[a][r]]);
                for (int p = n; p < n + s; ++p)
                    layout.set(key.data(), p, codes[p][r]);
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
    if (!groupRecords(m_lattice.levels(0), counter, nullptr, cancel))
        return false;
    out = counter.histogram();
    return true;
}

bool AnonymizationProblem::scanHistogram(uint64_t node, GroupCounter &counter,
                                         ClassHistogram &out, const CancellationToken *cancel) const
{
    if (!groupRecords(m_lattice.levels(node), counter, nullptr, cancel))
        return false;
    out = counter.histogram();
    return true;
}

void AnonymizationProblem::rollup(const ClassHistogram &source, uint64_t from, uint64_t to,
                                  GroupCounter &counter, ClassHistogram &out) const
{
    const KeyLayout fromLayout = layoutFor(from);
    const KeyLayout toLayout = layoutFor(to);
    const int parts = fromLayout.attributes();
    bool samePacking = fromLayout.words() == toLayout.words();
    for (int p = 0; p < parts && samePacking; ++p) {
        samePacking = fromLayout.word(p) == toLayout.word(p)
            && fromLayout.shift(p) == toLayout.shift(p) && fromLayout.mask(p) == toLayout.mask(p);
    }
    const size_t classes = source.size();
    // No more classes than combinations of the node's values: a small table for coarse nodes
    // (less to clear and to hold) even when the source has a million classes.
    size_t expected = classes;
    {
        size_t combinations = 1;
        for (int a = 0; a < attributes() && combinations < classes; ++a)
            combinations *= std::max<size_t>(1, (*m_attributes)[a].domainSize(m_lattice.level(to, a)));
        for (size_t p = 0; p < m_sensitiveDomains.size() && combinations < classes; ++p)
            combinations *= std::max<size_t>(1, m_sensitiveDomains[p]);
        expected = std::min(expected, combinations);
    }
    if (!samePacking) {
        // The node's codes need fewer bits than the source's: every part is moved.
        struct Part {
            const uint32_t *map; // null: the level does not change
            int fromWord;
            int fromShift;
            uint64_t fromMask;
            int toWord;
            int toShift;
        };
        std::vector<Part> moves;
        for (int p = 0; p < parts; ++p) {
            const uint32_t *map = nullptr;
            if (p < attributes()) {
                const int fromLevel = m_lattice.level(from, p);
                const int toLevel = m_lattice.level(to, p);
                if (fromLevel != toLevel)
                    map = (*m_attributes)[p].levelToLevel(fromLevel, toLevel).data();
            }
            moves.push_back({map, fromLayout.word(p), fromLayout.shift(p), fromLayout.mask(p),
                             toLayout.word(p), toLayout.shift(p)});
        }
        const int words = toLayout.words();
        counter.reset(words, expected);
        if (words == 1) {
            for (size_t i = 0; i < classes; ++i) {
                const uint64_t *in = source.key(i);
                uint64_t key = 0;
                for (const Part &m : moves) {
                    auto code = static_cast<uint32_t>((in[m.fromWord] >> m.fromShift) & m.fromMask);
                    if (m.map)
                        code = m.map[code];
                    key |= static_cast<uint64_t>(code) << m.toShift;
                }
                counter.add(key, source.counts[i]);
            }
        } else {
            std::vector<uint64_t> key(words);
            for (size_t i = 0; i < classes; ++i) {
                const uint64_t *in = source.key(i);
                std::fill(key.begin(), key.end(), 0);
                for (const Part &m : moves) {
                    auto code = static_cast<uint32_t>((in[m.fromWord] >> m.fromShift) & m.fromMask);
                    if (m.map)
                        code = m.map[code];
                    key[m.toWord] |= static_cast<uint64_t>(code) << m.toShift;
                }
                counter.add(key.data(), source.counts[i]);
            }
        }
        out = counter.histogram();
        return;
    }
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
                               toLayout.word(a), toLayout.shift(a), toLayout.mask(a)});
        }
    }
    const int words = toLayout.words();
    counter.reset(words, expected);
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
                                                     uint64_t node, const uint8_t *fails,
                                                     quint64 *recordsBelowK) const
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
    const KeyLayout layout = layoutFor(node);
    for (int a = 0; a < n; ++a) {
        const AttributeGeneralization &attribute = (*m_attributes)[a];
        fields[a] = {attribute.lossNumerators(m_lattice.level(node, a)).data(), attribute.full(),
                     layout.word(a), layout.shift(a), layout.mask(a)};
    }
    // Σ over suppressed records of (full − numerator) = full · below − Σ numerator.
    std::vector<quint64> numerators(n, 0);
    quint64 below = 0;
    const auto k = static_cast<uint32_t>(m_k);
    const int words = histogram.words;
    for (size_t i = 0; i < histogram.size(); ++i) {
        const uint32_t count = histogram.counts[i];
        if (fails ? !fails[i] : count >= k)
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

void AnonymizationProblem::evaluate(const ClassHistogram &histogram, const KeyLayout &layout,
                                    bool detail, Evaluation &out) const
{
    const auto k = static_cast<quint64>(m_k);
    const size_t entries = histogram.size();
    out.entryFails.clear();
    out.keptSizes.clear();
    out.achieved.assign(m_checks.size(), 0.0);
    out.suppressed = 0;
    out.partSuppressed = 0;
    out.classesKept = 0;
    if (m_sensitiveColumns.empty()) {
        // Each entry is a class.
        for (uint32_t count : histogram.counts) {
            if (count < k) {
                out.suppressed += count;
                out.partSuppressed += count;
            } else {
                ++out.classesKept;
                if (detail)
                    out.keptSizes.push_back(count);
            }
        }
    } else {
        // Classes: entries sharing the quasi-identifier part of the key.
        const int n = attributes();
        const int words = histogram.words;
        GroupCounter classes;
        classes.reset(words, entries);
        std::vector<uint32_t> classOf(entries);
        if (words == 1) {
            uint64_t keep = 0;
            for (int a = 0; a < n; ++a)
                keep |= layout.mask(a) << layout.shift(a);
            for (size_t i = 0; i < entries; ++i)
                classOf[i] = classes.add(histogram.keys[i] & keep, histogram.counts[i]);
        } else {
            std::vector<uint64_t> key(words);
            for (size_t i = 0; i < entries; ++i) {
                std::copy_n(histogram.key(i), words, key.begin());
                for (size_t p = 0; p < m_sensitiveColumns.size(); ++p)
                    layout.set(key.data(), n + static_cast<int>(p), 0);
                classOf[i] = classes.add(key.data(), histogram.counts[i]);
            }
        }
        classes.finish();
        const size_t classCount = classes.size();
        // Entries ordered by class (counting sort).
        std::vector<uint32_t> start(classCount + 1, 0);
        for (uint32_t c : classOf)
            ++start[c + 1];
        for (size_t c = 0; c < classCount; ++c)
            start[c + 1] += start[c];
        std::vector<uint32_t> order(entries);
        {
            std::vector<uint32_t> next(start.begin(), start.end() - 1);
            for (size_t i = 0; i < entries; ++i)
                order[next[classOf[i]]++] = static_cast<uint32_t>(i);
        }
        // Per sensitive column: sums per code when several columns split a class's values.
        const bool single = m_sensitiveColumns.size() == 1;
        std::vector<std::vector<quint64>> sums(single ? 0 : m_sensitiveColumns.size());
        for (size_t p = 0; p < sums.size(); ++p)
            sums[p].assign(m_table->column(m_sensitiveColumns[p]).distinctCount(), 0);
        std::vector<SensitiveCount> values;
        std::vector<uint8_t> classFails(classCount, 0);
        std::vector<double> figures(m_checks.size(), 0.0);
        bool anyKept = false;
        for (size_t c = 0; c < classCount; ++c) {
            const quint64 size = classes.count(static_cast<uint32_t>(c));
            bool fails = size < k;
            bool partFails = fails;
            // The distinct-l models first, so that the monotone part is known when a later model
            // fails.
            for (size_t i = 0; i < m_checkOrder.size() && !fails; ++i) {
                const size_t m = m_checkOrder[i];
                const int part = n + m_checkPart[m];
                values.clear();
                for (uint32_t e = start[c]; e < start[c + 1]; ++e) {
                    const uint32_t entry = order[e];
                    const uint32_t code = layout.get(histogram.key(entry), part);
                    if (single) {
                        values.push_back({code, histogram.counts[entry]});
                    } else {
                        quint64 &sum = sums[m_checkPart[m]][code];
                        if (sum == 0)
                            values.push_back({code, 0});
                        sum += histogram.counts[entry];
                    }
                }
                if (!single) {
                    for (SensitiveCount &value : values) {
                        quint64 &sum = sums[m_checkPart[m]][value.code];
                        value.count = sum;
                        sum = 0;
                    }
                }
                figures[m] = m_checks[m].measure(values.data(), values.size());
                fails = !m_checks[m].passes(figures[m]);
                if (fails && m_checks[m].model().kind == SensitiveModel::Kind::DistinctL)
                    partFails = true;
            }
            if (partFails)
                out.partSuppressed += size;
            if (fails) {
                classFails[c] = 1;
                out.suppressed += size;
                continue;
            }
            ++out.classesKept;
            if (!detail)
                continue;
            out.keptSizes.push_back(size);
            for (size_t m = 0; m < m_checks.size(); ++m) {
                double &worst = out.achieved[m];
                if (!anyKept
                    || (m_checks[m].largerIsWorse() ? figures[m] > worst : figures[m] < worst))
                    worst = figures[m];
            }
            anyKept = true;
        }
        out.entryFails.resize(entries);
        for (size_t i = 0; i < entries; ++i)
            out.entryFails[i] = classFails[classOf[i]];
    }
    out.anonymous = out.suppressed <= m_allowed;
    if (out.anonymous && m_maxAverageRisk) {
        const quint64 kept = m_records - out.suppressed;
        out.anonymous = kept == 0
            || static_cast<double>(out.classesKept)
                <= *m_maxAverageRisk * static_cast<double>(kept) * (1.0 + 1e-12);
    }
}

AnonymizationProblem::Figures AnonymizationProblem::figures(const ClassHistogram &histogram,
                                                            uint64_t node) const
{
    Figures figures;
    Evaluation evaluation;
    const uint8_t *fails = nullptr;
    if (m_checks.empty() && !m_maxAverageRisk) {
        // k alone: one pass over the counts, no class grouping.
        const auto k = static_cast<uint32_t>(m_k);
        for (uint32_t count : histogram.counts) {
            if (count < k)
                figures.recordsBelowK += count;
        }
        figures.anonymous = figures.recordsBelowK <= m_allowed;
        figures.monotonePartAnonymous = figures.anonymous;
    } else {
        evaluate(histogram, layoutFor(node), false, evaluation);
        figures.recordsBelowK = evaluation.suppressed;
        figures.anonymous = evaluation.anonymous;
        figures.monotonePartAnonymous = evaluation.partSuppressed <= m_allowed;
        if (!evaluation.entryFails.empty())
            fails = evaluation.entryFails.data();
    }
    if (!figures.anonymous)
        return figures;
    if (figures.recordsBelowK == 0) {
        figures.loss = baseLoss(node);
        return figures;
    }
    quint64 below = 0;
    const std::vector<quint64> penalty = penalties(histogram, node, fails, &below);
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
    Evaluation evaluation;
    evaluate(histogram, layoutFor(node), true, evaluation);
    const uint8_t *fails = evaluation.entryFails.empty() ? nullptr : evaluation.entryFails.data();
    quint64 below = 0;
    const std::vector<quint64> penalty = penalties(histogram, node, fails, &below);
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
    std::sort(evaluation.keptSizes.begin(), evaluation.keptSizes.end());
    result.classes = evaluation.classesKept;
    result.minClass = evaluation.keptSizes.empty() ? 0 : evaluation.keptSizes.front();
    for (quint64 size : evaluation.keptSizes) {
        if (result.classSizes.empty() || result.classSizes.back().first != size)
            result.classSizes.emplace_back(size, 0);
        ++result.classSizes.back().second;
    }
    const quint64 kept = m_records - result.suppressedRecords;
    result.averageRisk = kept == 0 ? 0.0
                                   : static_cast<double>(result.classes) / static_cast<double>(kept);
    result.sensitiveAchieved = evaluation.achieved;
    const auto k = static_cast<uint32_t>(m_k);
    result.suppressed.resize(m_records);
    for (size_t r = 0; r < m_records; ++r) {
        const uint32_t group = groupOf[r];
        result.suppressed[r] = (fails ? fails[group] != 0 : histogram.counts[group] < k) ? 1 : 0;
    }
    return result;
}

} // namespace steward
