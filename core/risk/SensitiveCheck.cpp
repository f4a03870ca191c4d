#include "core/risk/SensitiveCheck.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace steward {

namespace {

constexpr uint32_t kNoRank = 0xFFFFFFFFu;
// Absorbs rounding, so that a class whose figure equals the bound exactly (e.g. entropy of l
// equally frequent values against ln l) passes however the sums were ordered.
constexpr double kTolerance = 1e-12;

bool readNumber(std::string_view text, double &out)
{
    const char *end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, out);
    return error == std::errc() && ptr == end && std::isfinite(out);
}

} // namespace

bool SensitiveCheck::numeric(const EncodedColumn &column)
{
    double number = 0.0;
    for (uint32_t code = 0; code < column.distinctCount(); ++code) {
        const std::string_view text = column.dictionary().value(code);
        if (!text.empty() && !readNumber(text, number))
            return false;
    }
    return true;
}

Result<SensitiveCheck> SensitiveCheck::create(const EncodedTable &table,
                                              const SensitiveModel &model,
                                              const std::vector<uint8_t> &leftOut)
{
    using Kind = SensitiveModel::Kind;
    if (model.column < 0 || model.column >= table.columnCount()
        || table.column(model.column).size() != table.rowCount())
        return Error::usage(tr("unknown sensitive column"));
    const EncodedColumn &column = table.column(model.column);
    if (model.kind != Kind::TCloseness && !(model.l >= 1.0 && std::isfinite(model.l)))
        return Error::usage(tr("l must be at least 1 for '%1'").arg(column.name()));
    if (model.kind == Kind::RecursiveCL && !(model.c > 0.0 && std::isfinite(model.c)))
        return Error::usage(tr("c must be positive for '%1'").arg(column.name()));
    if (model.kind == Kind::TCloseness && !(model.t >= 0.0 && model.t <= 1.0))
        return Error::usage(tr("t must be between 0 and 1 for '%1'").arg(column.name()));
    if (!leftOut.empty() && leftOut.size() != table.rowCount())
        return Error::usage(tr("the suppression mask does not match the number of records"));

    SensitiveCheck check;
    check.m_model = model;
    if (model.kind != Kind::TCloseness)
        return check;

    const uint32_t domain = column.distinctCount();
    std::vector<quint64> counts(domain, 0);
    quint64 total = 0;
    const std::vector<uint32_t> &codes = column.codes();
    for (size_t r = 0; r < codes.size(); ++r) {
        if (leftOut.empty() || !leftOut[r]) {
            ++counts[codes[r]];
            ++total;
        }
    }
    check.m_reference.assign(domain, 0.0);
    for (uint32_t code = 0; code < domain; ++code) {
        if (total > 0)
            check.m_reference[code] = static_cast<double>(counts[code]) / static_cast<double>(total);
    }
    if (!model.ordered)
        return check;

    // Numbers ascending (equal numbers written differently keep their code order), the empty
    // value last; values absent from the reference get no rank.
    struct Item {
        uint32_t code;
        double number;
        bool empty;
    };
    std::vector<Item> items;
    for (uint32_t code = 0; code < domain; ++code) {
        if (counts[code] == 0)
            continue;
        const std::string_view text = column.dictionary().value(code);
        Item item{code, 0.0, text.empty()};
        if (!item.empty && !readNumber(text, item.number)) {
            return Error::usage(tr("'%1' holds values that are not numbers: use the equal "
                                   "distance for its t-closeness")
                                    .arg(column.name()));
        }
        items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.empty != b.empty)
            return b.empty;
        return !a.empty && a.number < b.number;
    });
    check.m_rank.assign(domain, kNoRank);
    check.m_cumulativeSums.push_back(0.0);
    double cumulative = 0.0;
    for (size_t i = 0; i < items.size(); ++i) {
        check.m_rank[items[i].code] = static_cast<uint32_t>(i);
        cumulative += check.m_reference[items[i].code];
        check.m_cumulative.push_back(cumulative);
        check.m_cumulativeSums.push_back(check.m_cumulativeSums.back() + cumulative);
    }
    return check;
}

double SensitiveCheck::equalDistance(const SensitiveCount *values, size_t count,
                                     double total) const
{
    // Values absent from the class contribute their whole reference share.
    double differences = 0.0;
    double covered = 0.0;
    for (size_t i = 0; i < count; ++i) {
        const double p = m_reference[values[i].code];
        differences += std::abs(static_cast<double>(values[i].count) / total - p);
        covered += p;
    }
    return 0.5 * (differences + std::max(0.0, 1.0 - covered));
}

double SensitiveCheck::orderedDistance(SensitiveCount *values, size_t count, double total) const
{
    // Σ_r |Q(r) − P(r)| with Q, P the class's and the reference's cumulative shares by rank. Q is
    // constant between two ranks the class holds, and P does not decrease, so each such run is
    // split where P passes Q and summed from prefix sums of P: O(n log M) for a class of n
    // values instead of O(M) (numeric columns such as lab values have thousands).
    const size_t ranks = m_cumulative.size();
    if (ranks <= 1)
        return 0.0;
    std::sort(values, values + count, [this](const SensitiveCount &a, const SensitiveCount &b) {
        return m_rank[a.code] < m_rank[b.code];
    });
    const double *P = m_cumulative.data();
    const double *S = m_cumulativeSums.data();
    auto run = [&](size_t a, size_t b, double q) {
        if (a >= b)
            return 0.0;
        const size_t t = static_cast<size_t>(std::upper_bound(P + a, P + b, q) - P);
        return q * static_cast<double>(t - a) - (S[t] - S[a]) + (S[b] - S[t])
            - q * static_cast<double>(b - t);
    };
    double sum = 0.0;
    double q = 0.0;
    size_t from = 0;
    for (size_t i = 0; i < count; ++i) {
        const size_t rank = m_rank[values[i].code];
        sum += run(from, rank, q);
        q += static_cast<double>(values[i].count) / total;
        from = rank;
    }
    sum += run(from, ranks, q);
    return sum / static_cast<double>(ranks - 1);
}

double SensitiveCheck::measure(SensitiveCount *values, size_t count) const
{
    using Kind = SensitiveModel::Kind;
    quint64 records = 0;
    for (size_t i = 0; i < count; ++i)
        records += values[i].count;
    if (count == 0 || records == 0)
        return 0.0;
    const auto total = static_cast<double>(records);
    switch (m_model.kind) {
    case Kind::DistinctL:
        return static_cast<double>(count);
    case Kind::EntropyL: {
        // H = ln N − (1/N) Σ r_i ln r_i
        double weighted = 0.0;
        for (size_t i = 0; i < count; ++i) {
            const auto r = static_cast<double>(values[i].count);
            weighted += r * std::log(r);
        }
        return std::exp(std::log(total) - weighted / total);
    }
    case Kind::RecursiveCL: {
        std::sort(values, values + count, [](const SensitiveCount &a, const SensitiveCount &b) {
            return a.count > b.count;
        });
        const auto top = static_cast<double>(values[0].count);
        double tail = 0.0;
        for (size_t l = count; l >= 1; --l) {
            tail += static_cast<double>(values[l - 1].count);
            if (top < m_model.c * tail)
                return static_cast<double>(l);
        }
        return 0.0;
    }
    case Kind::TCloseness:
        return m_model.ordered ? orderedDistance(values, count, total)
                               : equalDistance(values, count, total);
    }
    return 0.0;
}

bool SensitiveCheck::passes(double figure) const
{
    using Kind = SensitiveModel::Kind;
    switch (m_model.kind) {
    case Kind::DistinctL:
    case Kind::RecursiveCL:
        // Integral figures: l = 2.5 asks for 3.
        return figure >= std::ceil(m_model.l - kTolerance);
    case Kind::EntropyL:
        return figure >= m_model.l * (1.0 - kTolerance);
    case Kind::TCloseness:
        return figure <= m_model.t + kTolerance;
    }
    return false;
}

} // namespace steward
