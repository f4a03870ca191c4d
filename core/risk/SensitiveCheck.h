#pragma once

#include "core/common/Result.h"
#include "core/risk/AnonymizationSettings.h"
#include "core/risk/EncodedTable.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace steward {

// One sensitive value of an equivalence class: its column code and how many records of the class
// hold it.
struct SensitiveCount {
    uint32_t code = 0;
    quint64 count = 0;
};

// One privacy model on a sensitive column, checked class by class: the only place the
// l-diversity and t-closeness formulas live (the k-anonymity search, RiskAnalyzer's figures and
// its reproduction of a stored suppression all call it). The empty value (a missing cell) is a
// sensitive value like any other.
//
// Figures of a class with counts r_1 ≥ r_2 ≥ … ≥ r_m over N records:
// - distinct-l: m;
// - entropy-l: exp(H), H = −Σ (r_i/N) ln(r_i/N); it holds when H ≥ ln l;
// - recursive-(c,l): the largest l' with r_1 < c · (r_l' + … + r_m) (0 when none); it holds
//   when that is ≥ l (the tail sums fall as l' grows, so the condition holds exactly for
//   l' = 1 … the figure);
// - t-closeness: the Earth Mover's Distance between the class's distribution q and the reference
//   distribution p (the records the check was created for). Equal ground distance:
//   ½ Σ |q_i − p_i|. Ordered distance over the M values of the reference in numeric order:
//   Σ_i |Σ_{j ≤ i} (q_j − p_j)| / (M − 1) (0 when M = 1). It holds when the distance is ≤ t.
class SensitiveCheck final {
    Q_DECLARE_TR_FUNCTIONS(steward::SensitiveCheck)
public:
    // Usage errors for a column outside the table, l < 1, c ≤ 0, t outside 0–1, and for an
    // ordered distance on a column with a value that is neither a number nor empty (the message
    // names the column, never the value). The reference distribution of t-closeness is that of
    // the records not marked in `leftOut` (empty: all records). For the ordered distance the
    // empty value ranks after every number.
    static Result<SensitiveCheck> create(const EncodedTable &table, const SensitiveModel &model,
                                         const std::vector<uint8_t> &leftOut = {});
    // Whether every value of the column that is not empty reads as a number.
    static bool numeric(const EncodedColumn &column);

    const SensitiveModel &model() const { return m_model; }
    // The class's figure (see above). `values` holds each code of the class once with a count
    // > 0; it may be reordered.
    double measure(SensitiveCount *values, size_t count) const;
    bool passes(double figure) const;
    // Whether the worst class is the one with the largest figure (t-closeness) rather than the
    // smallest (the l models).
    bool largerIsWorse() const { return m_model.kind == SensitiveModel::Kind::TCloseness; }

private:
    SensitiveCheck() = default;
    double equalDistance(const SensitiveCount *values, size_t count, double total) const;
    double orderedDistance(SensitiveCount *values, size_t count, double total) const;

    SensitiveModel m_model;
    std::vector<double> m_reference; // t-closeness: share of the reference records per code
    std::vector<uint32_t> m_rank;    // ordered distance: rank per code (kNoRank: not in reference)
    std::vector<double> m_cumulative; // ordered distance: P[r] = reference share of ranks ≤ r
    std::vector<double> m_cumulativeSums; // S[r] = P[0] + … + P[r − 1] (size M + 1)
};

} // namespace steward
