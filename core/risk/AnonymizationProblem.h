#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/risk/AnonymizationResult.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/ClassHistogram.h"
#include "core/risk/EncodedTable.h"
#include "core/risk/GeneralizationLattice.h"
#include "core/risk/GroupCounter.h"
#include "core/risk/KeyLayout.h"

#include <QCoreApplication>
#include <vector>

namespace steward {

// What LatticeSearch and ExhaustiveSearch share: the validated problem (table, quasi-identifiers,
// k, suppression limit, weights, lattice), class histograms per node (scanned from the records at
// the bottom, rolled up above it), the figures of a node and the order in which candidates win.
//
// Loss of a node (levels L, suppressing the records of classes below k) is
//   F(L) = Σ_a ŵ_a · (S_a(L_a) + P_a(L)) / (full_a · R)
// with ŵ the normalised weights, S_a(L_a) the summed cell-loss numerators of attribute a at level
// L_a over all R records, and P_a(L) = Σ over suppressed records of (full_a − numerator), i.e. what
// suppression adds so that a suppressed cell costs exactly 1. The base loss B(L) is F without
// suppression (P = 0); F ≥ B always, and B is monotone in every level.
class AnonymizationProblem final {
    Q_DECLARE_TR_FUNCTIONS(steward::AnonymizationProblem)
public:
    // Tolerance under which two losses tie (then the lower level sum, then the lexicographically
    // smaller level vector wins).
    static constexpr double kLossTolerance = 1e-12;
    // Largest lattice searched (nodes).
    static constexpr uint64_t kMaxLatticeNodes = uint64_t(1) << 24;

    // Usage errors for bad settings (k < 1, limit outside 0–1, bad weights or levels, attributes
    // of another table, a lattice above kMaxLatticeNodes).
    static Result<AnonymizationProblem> create(const EncodedTable &table,
                                               const std::vector<AttributeGeneralization> &attributes,
                                               const AnonymizationSettings &settings);

    const GeneralizationLattice &lattice() const { return m_lattice; }
    int attributes() const { return m_lattice.attributes(); }
    quint64 records() const { return m_records; }
    int k() const { return m_k; }
    // Records that may be suppressed.
    quint64 allowedSuppressed() const { return m_allowed; }
    // Whether every node satisfies k within the limit without looking (k ≤ 1 or limit 100%).
    bool everyNodeAnonymous() const { return m_k <= 1 || m_allowed >= m_records; }

    // Loss of attribute `a` at `level` with suppression numerator `penalty` (weighted).
    double attributeLoss(int a, int level, quint64 penalty) const;
    // B(node): the loss without suppression.
    double baseLoss(uint64_t node) const;
    // Whether candidate (lossA, nodeA) beats (lossB, nodeB).
    bool better(double lossA, uint64_t nodeA, double lossB, uint64_t nodeB) const;

    // Classes of the bottom node, scanned from the records; false when cancelled.
    bool bottomHistogram(ClassHistogram &out, const CancellationToken *cancel) const;
    // Classes of node `to` from those of node `from` ≤ `to` (mapping codes up the hierarchies).
    void rollup(const ClassHistogram &source, uint64_t from, uint64_t to, GroupCounter &counter,
                ClassHistogram &out) const;

    struct Figures {
        quint64 recordsBelowK = 0;
        bool anonymous = false; // recordsBelowK ≤ allowedSuppressed()
        double loss = 0.0;      // F, with the records below k suppressed (anonymous nodes only)
    };
    // The loss is computed only for anonymous nodes (for the others it is left at 0).
    Figures figures(const ClassHistogram &histogram, uint64_t node) const;

    // The full result for `node` (one pass over the records for the suppression mask).
    Result<AnonymizationResult> describe(uint64_t node, const CancellationToken *cancel) const;

private:
    AnonymizationProblem() = default;
    // Groups the records at `levels` (group number per record in `groupOf` when not null).
    bool groupRecords(const std::vector<int> &levels, GroupCounter &counter,
                      std::vector<uint32_t> *groupOf, const CancellationToken *cancel) const;
    // Suppression numerators per attribute of the classes below k at `node`.
    std::vector<quint64> penalties(const ClassHistogram &histogram, uint64_t node,
                                   quint64 *recordsBelowK) const;

    const EncodedTable *m_table = nullptr;
    const std::vector<AttributeGeneralization> *m_attributes = nullptr;
    GeneralizationLattice m_lattice;
    KeyLayout m_layout;
    std::vector<double> m_weights; // normalised
    quint64 m_records = 0;
    quint64 m_allowed = 0;
    int m_k = 1;
};

} // namespace steward
