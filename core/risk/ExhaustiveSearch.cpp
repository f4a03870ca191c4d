#include "core/risk/ExhaustiveSearch.h"

#include "core/risk/AnonymizationProblem.h"

namespace steward {

namespace {

// Depth-first over the attributes: the histogram of (L_0 … L_a, floors) is rolled up from that of
// (L_0 … L_a − 1, floors), so every node costs one roll-up from a direct predecessor and only one
// histogram per depth is alive.
class Enumerator final {
public:
    Enumerator(const AnonymizationProblem &problem, const ProgressCallback &progress,
               const CancellationToken *cancel)
        : m_problem(problem), m_lattice(problem.lattice()), m_progress(progress), m_cancel(cancel)
    {
    }

    bool visit(int attribute, uint64_t node, const ClassHistogram &histogram);

    bool found = false;
    uint64_t best = 0;
    double bestLoss = 0.0;
    quint64 evaluated = 1; // the bottom

private:
    const AnonymizationProblem &m_problem;
    const GeneralizationLattice &m_lattice;
    const ProgressCallback &m_progress;
    const CancellationToken *m_cancel;
    GroupCounter m_counter;
    quint64 m_visited = 0;
};

bool Enumerator::visit(int attribute, uint64_t node, const ClassHistogram &histogram)
{
    if (attribute == m_lattice.attributes()) {
        if (m_cancel && m_cancel->isCancelled())
            return false;
        if (m_progress && (m_visited & 0xFF) == 0)
            m_progress({static_cast<qint64>(m_visited), static_cast<qint64>(m_lattice.size())});
        ++m_visited;
        const AnonymizationProblem::Figures figures = m_problem.figures(histogram, node);
        if (figures.anonymous
            && (!found || m_problem.better(figures.loss, node, bestLoss, best))) {
            found = true;
            best = node;
            bestLoss = figures.loss;
        }
        return true;
    }
    if (!visit(attribute + 1, node, histogram))
        return false;
    ClassHistogram previous;
    ClassHistogram current;
    const ClassHistogram *source = &histogram;
    const int steps = m_lattice.maxLevel(attribute) - m_lattice.minLevel(attribute);
    for (int step = 1; step <= steps; ++step) {
        const uint64_t from = node + static_cast<uint64_t>(step - 1) * m_lattice.stride(attribute);
        const uint64_t to = from + m_lattice.stride(attribute);
        m_problem.rollup(*source, from, to, m_counter, current);
        ++evaluated;
        std::swap(previous, current);
        source = &previous;
        if (!visit(attribute + 1, to, previous))
            return false;
    }
    return true;
}

} // namespace

Result<AnonymizationResult> ExhaustiveSearch::run(const EncodedTable &table,
                                                  const std::vector<AttributeGeneralization> &attributes,
                                                  const AnonymizationSettings &settings,
                                                  const ProgressCallback &progress,
                                                  const CancellationToken *cancel)
{
    auto problem = AnonymizationProblem::create(table, attributes, settings);
    if (!problem)
        return problem.error();
    ClassHistogram bottom;
    if (!problem->bottomHistogram(bottom, cancel))
        return Error::cancelled();
    Enumerator enumerator(*problem, progress, cancel);
    if (!enumerator.visit(0, 0, bottom))
        return Error::cancelled();
    if (!enumerator.found) {
        AnonymizationResult none;
        none.records = problem->records();
        none.latticeSize = problem->lattice().size();
        none.nodesEvaluated = enumerator.evaluated;
        none.nodesChecked = problem->lattice().size();
        return none;
    }
    auto result = problem->describe(enumerator.best, cancel);
    if (!result)
        return result;
    result->nodesEvaluated = enumerator.evaluated;
    result->nodesChecked = problem->lattice().size();
    return result;
}

} // namespace steward
