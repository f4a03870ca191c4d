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
#include "core/risk/SensitiveCheck.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace steward {

// What LatticeSearch and ExhaustiveSearch share: the validated problem (table, quasi-identifiers,
// k, suppression limit, weights, floors, privacy models, lattice), class histograms per node
// (scanned from the records at the bottom, rolled up above it), the figures of a node and the
// order in which candidates win.
//
// Sensitive columns of the models are extra parts of the packed key, never generalised: a
// histogram entry is a (quasi-identifier values, sensitive values) combination, so roll-ups work
// unchanged, and a class is the set of entries sharing the quasi-identifier part. A class fails
// when it has fewer than k records or any model fails on it (SensitiveCheck); the records of
// failing classes are suppressed. A node is anonymous when at most allowedSuppressed() records
// are suppressed and, with an average-risk ceiling A, the records kept have classes ≤ A × records
// (no record kept: risk 0).
//
// Loss of a node (levels L, suppressing the records of failing classes) is
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

    // Usage errors for bad settings (k < 1, limit outside 0–1, bad weights, levels or floors,
    // attributes of another table, bad models or a sensitive column that is also a
    // quasi-identifier, an average risk outside 0–1, a lattice above kMaxLatticeNodes).
    static Result<AnonymizationProblem> create(const EncodedTable &table,
                                               const std::vector<AttributeGeneralization> &attributes,
                                               const AnonymizationSettings &settings);

    const GeneralizationLattice &lattice() const { return m_lattice; }
    int attributes() const { return m_lattice.attributes(); }
    quint64 records() const { return m_records; }
    int k() const { return m_k; }
    // Records that may be suppressed.
    quint64 allowedSuppressed() const { return m_allowed; }
    // Whether every node is anonymous without looking (k ≤ 1 and no model, or limit 100%; never
    // with an average-risk ceiling).
    bool everyNodeAnonymous() const
    {
        return !m_maxAverageRisk && ((m_k <= 1 && m_checks.empty()) || m_allowed >= m_records);
    }
    // Whether no record is ever suppressed (then an anonymous node's loss is its base loss).
    bool suppressesNothing() const { return m_allowed == 0 || (m_k <= 1 && m_checks.empty()); }
    // Whether anonymity is monotone: anonymous at X implies anonymous at every Y ≥ X. True for k
    // and distinct-l (with or without suppression) and for every model when nothing may be
    // suppressed; see LatticeSearch.cpp.
    bool monotone() const;

    // Loss of attribute `a` at `level` with suppression numerator `penalty` (weighted).
    double attributeLoss(int a, int level, quint64 penalty) const;
    // B(node): the loss without suppression.
    double baseLoss(uint64_t node) const;
    // Whether candidate (lossA, nodeA) beats (lossB, nodeB).
    bool better(double lossA, uint64_t nodeA, double lossB, uint64_t nodeB) const;

    // Classes of the bottom node, scanned from the records; false when cancelled.
    bool bottomHistogram(ClassHistogram &out, const CancellationToken *cancel) const;
    // Classes of any node, scanned from the records (packed as the node needs, so usually in one
    // word where the bottom needs two); false when cancelled.
    bool scanHistogram(uint64_t node, GroupCounter &counter, ClassHistogram &out,
                       const CancellationToken *cancel) const;
    // Classes of node `to` from those of node `from` ≤ `to` (mapping codes up the hierarchies).
    void rollup(const ClassHistogram &source, uint64_t from, uint64_t to, GroupCounter &counter,
                ClassHistogram &out) const;

    struct Figures {
        quint64 recordsBelowK = 0; // records of failing classes (below k or failing a model)
        bool anonymous = false;    // recordsBelowK ≤ allowedSuppressed() and the average risk holds
        double loss = 0.0;         // F, with those records suppressed (anonymous nodes only)
        // Whether the records of classes below k or failing a distinct-l model are within the
        // limit: the monotone part of the criteria, a necessary condition for `anonymous`.
        bool monotonePartAnonymous = false;
    };
    // A lower bound on the records of failing classes at `node`, without its classes: a record
    // whose generalised value of one attribute occurs in fewer than k records lies in a class
    // below k (the class is a subset of those records), whatever the other attributes and models
    // say. Above allowedSuppressed() the node is not anonymous, nor is the monotone part of its
    // criteria met — e.g. every node keeping nearly unique amounts, without a histogram of a
    // million classes.
    quint64 recordsCertainlyFailing(uint64_t node) const;

    // The loss is computed only for anonymous nodes (for the others it is left at 0).
    Figures figures(const ClassHistogram &histogram, uint64_t node) const;

    // The full result for `node` (one pass over the records for the suppression mask).
    Result<AnonymizationResult> describe(uint64_t node, const CancellationToken *cancel) const;

private:
    AnonymizationProblem() = default;
    // What the classes of a histogram amount to.
    struct Evaluation {
        std::vector<uint8_t> entryFails; // per histogram entry: its class fails (models only)
        quint64 suppressed = 0;          // records of failing classes
        quint64 partSuppressed = 0;      // records of classes below k or failing distinct-l
        quint64 classesKept = 0;
        bool anonymous = false;
        // With `detail`: sizes of the classes kept and the worst figure per model over them.
        std::vector<quint64> keptSizes;
        std::vector<double> achieved;
    };
    void evaluate(const ClassHistogram &histogram, const KeyLayout &layout, bool detail,
                  Evaluation &out) const;
    // How the keys of a node's histogram are packed: each attribute gets the bits of its domain
    // at the node's level, so that most generalised nodes fit one word (the fast path of
    // GroupCounter) even when the bottom needs two.
    KeyLayout layoutAt(const std::vector<int> &levels) const;
    KeyLayout layoutFor(uint64_t node) const { return layoutAt(m_lattice.levels(node)); }
    // Groups the records at `levels` (group number per record in `groupOf` when not null).
    bool groupRecords(const std::vector<int> &levels, GroupCounter &counter,
                      std::vector<uint32_t> *groupOf, const CancellationToken *cancel) const;
    // Suppression numerators per attribute of the failing entries at `node` (`fails` per entry;
    // null: the entries below k, when each entry is a class).
    std::vector<quint64> penalties(const ClassHistogram &histogram, uint64_t node,
                                   const uint8_t *fails, quint64 *recordsBelowK) const;

    const EncodedTable *m_table = nullptr;
    const std::vector<AttributeGeneralization> *m_attributes = nullptr;
    GeneralizationLattice m_lattice;
    std::vector<uint32_t> m_sensitiveDomains; // per m_sensitiveColumns entry
    // Per attribute and level: records whose generalised value has fewer than k records.
    std::vector<std::vector<quint64>> m_rareRecords;
    std::vector<double> m_weights; // normalised
    quint64 m_records = 0;
    quint64 m_allowed = 0;
    int m_k = 1;
    std::optional<double> m_maxAverageRisk;
    std::vector<SensitiveCheck> m_checks; // per settings.sensitive model
    std::vector<size_t> m_checkOrder;     // indexes of m_checks, the distinct-l models first
    std::vector<int> m_checkPart;         // per model: index into m_sensitiveColumns
    std::vector<int> m_sensitiveColumns;  // distinct columns, key parts attributes() + i
};

} // namespace steward
