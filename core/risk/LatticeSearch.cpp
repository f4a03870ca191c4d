#include "core/risk/LatticeSearch.h"

#include "core/risk/AnonymizationProblem.h"
#include "core/risk/HistogramCache.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <unordered_map>

// Why the pruning is exact (R records, k, suppression limit A records, loss F as defined in
// AnonymizationProblem.h, base loss B = F without suppression; the lattice spans each attribute's
// floor to its maximum level, and everything below holds inside that box):
//
// 1. Anonymity is monotone for k. Let X ≤ Y (Y generalises every attribute at least as far).
//    Each class of Y is a union of classes of X, so a record whose Y-class has fewer than k
//    records has an X-class with fewer than k records: below_k(Y) ⊆ below_k(X). Hence
//    "below_k ≤ A" holding at X holds at every Y ≥ X (tag all successors anonymous) and failing
//    at Y fails at every X ≤ Y (tag all predecessors not anonymous). Tags only ever record facts
//    implied by an evaluation.
//
//    With privacy models a class fails when it is below k or a model fails on it, and the records
//    of failing classes are suppressed. The same argument needs "a class that contains a passing
//    class passes": then a record whose Y-class fails lies in an X-class that fails, so
//    failing(Y) ⊆ failing(X). That holds for distinct-l (a superset of records has at least as
//    many distinct values and at least k records), so k with distinct-l is monotone with
//    suppression. It does not hold for entropy-l, recursive-(c,l), t-closeness or the average
//    risk: a passing class merged with a failing one can fail (the union's entropy can fall
//    below ln l, its distribution can move away from the table's), so generalising can suppress
//    more records than before, and a node above an anonymous one may not be anonymous.
//    Without suppression (A = 0) they are monotone again, because then X is anonymous only when
//    every X-class passes, and each model passes on a union of passing classes: entropy is
//    concave (H of a mixture ≥ the smallest H of its parts, Machanavajjhala et al. 2007); for
//    recursive-(c,l) the largest count of the union is at most the sum of the parts' largest
//    counts and its tail at least the sum of their tails; the EMD to a fixed reference is convex
//    in the class distribution, and the union's distribution is a mixture of the parts'; and the
//    average risk (classes / R) can only fall when classes merge. A 100% limit with no average
//    risk makes every node anonymous. AnonymizationProblem::monotone() says which case applies.
//
//    When anonymity is not monotone the tags record only its monotone part: "the records of
//    classes below k or failing a distinct-l model are within the limit". By the argument above
//    that part is monotone, and it is necessary for anonymity (those classes fail whatever the
//    other models say), so a node tagged as failing it is not anonymous, and a top failing it
//    ends the search. A node that passes it is evaluated itself for the other criteria and
//    marked alone (never its up- or down-set). The visit order and the stop below use only B and
//    F ≥ B, so they stay exact; the search then costs up to one evaluation per node with
//    B ≤ F(best) whose monotone part holds.
//
// 2. B is monotone: raising one attribute's level maps each generalised value to one covering a
//    superset of the data values (the hierarchy is a tree), so m and every cell's loss can only
//    grow, and B is a non-negatively weighted sum of these. B needs no data pass: it is a sum of
//    per-attribute, per-level constants.
//
// 3. F ≥ B at every node: suppression replaces a cell's loss (m−1)/(N−1) ≤ 1 by 1. (In floating
//    point too: F and B are the same sum of the same terms except for non-negative integer
//    penalties added to numerators, and rounding is monotone.) F itself is NOT monotone with
//    suppression (generalising can save more suppression than it costs), so no step below
//    assumes it is.
//
// The search visits nodes in increasing order of (B, level sum, level vector). For each visited
// node it needs the anonymity status (from a tag, else found by a binary search along a chain of
// successors, Flash-style, whose evaluations tag whole up- and down-sets), and for anonymous
// nodes F (equal to B when the limit is 0, since then nothing is suppressed). It stops at the
// first node X with B(X) > F(best) + tolerance: every node not yet visited has B ≥ B(X), so by
// (3) F > F(best) + tolerance, and it cannot win even a tie. Nothing else is skipped, so the
// result is the exhaustive optimum under the same ordering (AnonymizationProblem::better).
//
// 4. A cheap necessary condition (AnonymizationProblem::recordsCertainlyFailing): a record whose
//    generalised value of one attribute occurs in fewer than k records lies in a class below k,
//    so the largest such count over the attributes is a lower bound of the records suppressed
//    (and of the monotone part's). Above the limit the node is not anonymous, exactly as its
//    evaluation would find, so it is tagged the same way without building its classes.
//
// Speed: a node's classes are rolled up from the cached histogram of a more specific node (a
// direct predecessor when cached, which has the fewest classes among predecessors), and scanned
// from the records only when no such node is cached.

namespace steward {

namespace {

enum NodeStatus : uint8_t { Unknown = 0, Anonymous = 1, NotAnonymous = 2 };

// No cached node below: the classes are scanned from the records.
constexpr uint64_t kNoSource = UINT64_MAX;

class Searcher final {
public:
    Searcher(const AnonymizationProblem &problem, const AnonymizationSettings &settings,
             const CancellationToken *cancel)
        : m_problem(problem),
          m_lattice(problem.lattice()),
          m_cache(problem.lattice(), settings.cacheBytes),
          m_cancel(cancel),
          m_monotone(problem.monotone())
    {
    }

    Result<AnonymizationResult> run(const ProgressCallback &progress);

private:
    bool cancelled() const { return m_cancel && m_cancel->isCancelled(); }
    std::shared_ptr<const ClassHistogram> histogramFor(uint64_t node);
    void check(uint64_t node);
    void resolve(uint64_t node);
    void tag(uint64_t node, NodeStatus status);

    const AnonymizationProblem &m_problem;
    const GeneralizationLattice &m_lattice;
    HistogramCache m_cache;
    const CancellationToken *m_cancel;
    const bool m_monotone; // the tags are anonymity itself, not only its monotone part
    GroupCounter m_counter;
    std::vector<double> m_base;
    std::vector<uint8_t> m_tags;   // anonymity (or its monotone part), tagged on up-/down-sets
    std::vector<uint8_t> m_direct; // anonymity of single nodes when not monotone
    std::unordered_map<uint64_t, double> m_loss; // F of evaluated nodes
    std::vector<uint64_t> m_stack;
    std::vector<uint64_t> m_chain;
    quint64 m_evaluated = 0;
    quint64 m_checked = 0;
};

std::shared_ptr<const ClassHistogram> Searcher::histogramFor(uint64_t node)
{
    if (auto cached = m_cache.find(node))
        return cached;
    const uint64_t source = m_cache.bestSource(node, kNoSource);
    auto histogram = std::make_shared<ClassHistogram>();
    if (source == kNoSource) {
        // Scanning the records costs about what rolling up the bottom's classes would (one step
        // per record there, per class here, and the bottom has nearly one class per record), and
        // the bottom's two-word keys need not be held all along. Not cancelled midway: the
        // search looks at the token between nodes.
        m_problem.scanHistogram(node, m_counter, *histogram, nullptr);
    } else {
        m_problem.rollup(*m_cache.find(source), source, node, m_counter, *histogram);
    }
    ++m_evaluated;
    m_cache.insert(node, histogram);
    return histogram;
}

void Searcher::check(uint64_t node)
{
    AnonymizationProblem::Figures figures; // not anonymous, nor its monotone part
    if (m_problem.recordsCertainlyFailing(node) <= m_problem.allowedSuppressed())
        figures = m_problem.figures(*histogramFor(node), node);
    if (figures.anonymous)
        m_loss[node] = figures.loss;
    ++m_checked;
    if (m_monotone) {
        tag(node, figures.anonymous ? Anonymous : NotAnonymous);
    } else {
        m_direct[node] = figures.anonymous ? Anonymous : NotAnonymous;
        tag(node, figures.monotonePartAnonymous ? Anonymous : NotAnonymous);
    }
}

// Marks `node` and all its successors (Anonymous) or predecessors (NotAnonymous). A node already
// carrying the tag has its whole up-/down-set tagged, so the walk stops there.
void Searcher::tag(uint64_t node, NodeStatus status)
{
    const bool up = status == Anonymous;
    m_stack.clear();
    m_stack.push_back(node);
    while (!m_stack.empty()) {
        const uint64_t current = m_stack.back();
        m_stack.pop_back();
        if (m_tags[current] == status)
            continue;
        Q_ASSERT(m_tags[current] == Unknown); // monotonicity: never contradicts
        m_tags[current] = status;
        for (int a = 0; a < m_lattice.attributes(); ++a) {
            const int level = m_lattice.level(current, a);
            if (up && level < m_lattice.maxLevel(a))
                m_stack.push_back(current + m_lattice.stride(a));
            else if (!up && level > m_lattice.minLevel(a))
                m_stack.push_back(current - m_lattice.stride(a));
        }
    }
}

// Determines the tag of `node` (Unknown) by a binary search for the lowest node tagged anonymous
// on a chain of successors from `node` up to a node known anonymous or the top.
void Searcher::resolve(uint64_t node)
{
    m_chain.clear();
    m_chain.push_back(node);
    uint64_t current = node;
    while (m_tags[current] != Anonymous && current != m_lattice.top()) {
        uint64_t next = current;
        double nextBase = 0.0;
        for (int a = 0; a < m_lattice.attributes(); ++a) {
            if (m_lattice.level(current, a) == m_lattice.maxLevel(a))
                continue;
            const uint64_t successor = current + m_lattice.stride(a);
            if (next == current || m_base[successor] < nextBase) {
                next = successor;
                nextBase = m_base[successor];
            }
        }
        current = next;
        m_chain.push_back(current);
    }
    size_t low = 0;
    size_t high = m_chain.size() - 1;
    if (m_tags[m_chain[high]] == Unknown)
        check(m_chain[high]);
    if (m_tags[m_chain[high]] != Anonymous)
        return; // the whole chain, `node` included, is now tagged not anonymous
    while (low < high && !cancelled()) {
        const size_t middle = low + (high - low) / 2;
        if (m_tags[m_chain[middle]] == Unknown)
            check(m_chain[middle]);
        if (m_tags[m_chain[middle]] == Anonymous)
            high = middle;
        else
            low = middle + 1;
    }
}

Result<AnonymizationResult> Searcher::run(const ProgressCallback &progress)
{
    const uint64_t size = m_lattice.size();

    m_base.resize(size);
    for (uint64_t node = 0; node < size; ++node)
        m_base[node] = m_problem.baseLoss(node);
    std::vector<uint32_t> order(size);
    std::iota(order.begin(), order.end(), 0u);
    std::vector<uint8_t> sums(size);
    for (uint64_t node = 0; node < size; ++node)
        sums[node] = static_cast<uint8_t>(std::min(255, m_lattice.levelSum(node)));
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (m_base[a] != m_base[b])
            return m_base[a] < m_base[b];
        if (sums[a] != sums[b])
            return sums[a] < sums[b];
        return a < b;
    });

    m_tags.assign(size, Unknown);
    if (!m_monotone)
        m_direct.assign(size, Unknown);
    const bool allAnonymous = m_problem.everyNodeAnonymous();
    if (allAnonymous) {
        std::fill(m_tags.begin(), m_tags.end(), uint8_t(Anonymous));
    } else {
        check(m_lattice.top());
        if (m_tags[m_lattice.top()] != Anonymous) {
            AnonymizationResult none;
            none.records = m_problem.records();
            none.latticeSize = size;
            none.nodesEvaluated = m_evaluated;
            none.nodesChecked = m_checked;
            return none;
        }
    }
    // With nothing to suppress, an anonymous node's loss is its base loss.
    const bool lossIsBase = m_problem.suppressesNothing();

    bool found = false;
    uint64_t best = 0;
    double bestLoss = 0.0;
    for (uint64_t i = 0; i < size; ++i) {
        const uint64_t node = order[i];
        if (found && m_base[node] > bestLoss + AnonymizationProblem::kLossTolerance)
            break;
        if (cancelled())
            return Error::cancelled();
        if (progress && (i & 0xFF) == 0)
            progress({static_cast<qint64>(i), static_cast<qint64>(size)});
        if (m_tags[node] == Unknown)
            resolve(node);
        if (m_tags[node] != Anonymous)
            continue;
        if (!m_monotone) {
            if (m_direct[node] == Unknown)
                check(node);
            if (m_direct[node] != Anonymous)
                continue;
        }
        double loss;
        if (lossIsBase) {
            loss = m_base[node];
        } else if (const auto it = m_loss.find(node); it != m_loss.end()) {
            loss = it->second;
        } else {
            loss = m_problem.figures(*histogramFor(node), node).loss;
            m_loss[node] = loss;
        }
        if (!found || m_problem.better(loss, node, bestLoss, best)) {
            found = true;
            best = node;
            bestLoss = loss;
        }
    }
    if (cancelled())
        return Error::cancelled();
    if (!found) {
        AnonymizationResult none;
        none.records = m_problem.records();
        none.latticeSize = size;
        none.nodesEvaluated = m_evaluated;
        none.nodesChecked = m_checked;
        return none;
    }
    auto result = m_problem.describe(best, m_cancel);
    if (!result)
        return result;
    result->nodesEvaluated = m_evaluated;
    result->nodesChecked = m_checked;
    if (progress)
        progress({static_cast<qint64>(size), static_cast<qint64>(size)});
    return result;
}

} // namespace

Result<AnonymizationResult> LatticeSearch::run(const EncodedTable &table,
                                               const std::vector<AttributeGeneralization> &attributes,
                                               const AnonymizationSettings &settings,
                                               const ProgressCallback &progress,
                                               const CancellationToken *cancel)
{
    auto problem = AnonymizationProblem::create(table, attributes, settings);
    if (!problem)
        return problem.error();
    Searcher searcher(*problem, settings, cancel);
    return searcher.run(progress);
}

} // namespace steward
