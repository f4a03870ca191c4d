#include "core/risk/PopulationRisk.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace steward {

namespace {

using ClassSizes = std::vector<std::pair<quint64, quint64>>;

struct SampleCounts {
    double records = 0.0; // n
    double classes = 0.0; // u
    double uniques = 0.0; // classes of size 1
    double pairs = 0.0;   // classes of size 2
};

SampleCounts countsOf(const ClassSizes &classSizes)
{
    SampleCounts c;
    for (const auto &[size, count] : classSizes) {
        if (size == 0 || count == 0)
            continue;
        c.records += double(size) * double(count);
        c.classes += double(count);
        if (size == 1)
            c.uniques += double(count);
        else if (size == 2)
            c.pairs += double(count);
    }
    return c;
}

// ψ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 6, then the asymptotic series.
double digamma(double x)
{
    double result = 0.0;
    while (x < 6.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double r = 1.0 / x;
    const double r2 = r * r;
    result += std::log(x) - 0.5 * r
              - r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))));
    return result;
}

// ψ(a + d) − ψ(a) for a > 0, d ≥ 0, without the cancellation of two large logarithms (and
// with d given apart: a + d − a loses d when a is large).
double digammaDifference(double a, double d)
{
    if (a < 1e4)
        return digamma(a + d) - digamma(a);
    const double b = a + d;
    // ψ(x) = ln x − 1/(2x) − 1/(12x²) + O(x⁻⁴); the O(x⁻⁴) terms are below double precision here.
    return std::log1p(d / a) + d / (2.0 * a * b) + (d * (a + b) / (a * a * b * b)) / 12.0;
}

// Finds x in [lo, hi] with f(x) = 0 by bisection, given f(lo) and f(hi) of opposite signs.
double bisect(const std::function<double(double)> &f, double lo, double hi, double flo)
{
    for (int i = 0; i < 200 && hi - lo > 1e-15 * std::max(1.0, std::abs(lo)); ++i) {
        const double mid = 0.5 * (lo + hi);
        const double fm = f(mid);
        if (std::isnan(fm))
            return std::numeric_limits<double>::quiet_NaN();
        if ((fm > 0) == (flo > 0)) {
            lo = mid;
            flo = fm;
        } else {
            hi = mid;
        }
    }
    return 0.5 * (lo + hi);
}

// log C(a, b) for real a ≥ b ≥ 0.
double logChoose(double a, double b)
{
    return std::lgamma(a + 1.0) - std::lgamma(b + 1.0) - std::lgamma(a - b + 1.0);
}

// Probability that exactly one of a population class's `size` members is among the n drawn
// without replacement from N (hypergeometric).
double probabilityOneSampled(double size, double n, double N)
{
    if (N - size < n - 1.0)
        return 0.0;
    return std::exp(std::log(size) + logChoose(N - size, n - 1.0) - logChoose(N, n));
}

// Adaptive Simpson on [a, b].
double simpson(const std::function<double(double)> &f, double a, double b, double fa, double fm,
               double fb, double whole, double tolerance, int depth)
{
    const double m = 0.5 * (a + b);
    const double lm = 0.5 * (a + m);
    const double rm = 0.5 * (m + b);
    const double flm = f(lm);
    const double frm = f(rm);
    const double left = (m - a) / 6.0 * (fa + 4.0 * flm + fm);
    const double right = (b - m) / 6.0 * (fm + 4.0 * frm + fb);
    if (depth <= 0 || std::abs(left + right - whole) <= 15.0 * tolerance)
        return left + right + (left + right - whole) / 15.0;
    return simpson(f, a, m, fa, flm, fm, left, tolerance / 2.0, depth - 1)
           + simpson(f, m, b, fm, frm, fb, right, tolerance / 2.0, depth - 1);
}

double integrate(const std::function<double(double)> &f, double a, double b, double tolerance)
{
    const double fa = f(a);
    const double fb = f(b);
    const double fm = f(0.5 * (a + b));
    const double whole = (b - a) / 6.0 * (fa + 4.0 * fm + fb);
    return simpson(f, a, b, fa, fm, fb, whole, tolerance, 40);
}

bool isEstimate(double uniques, double populationSize)
{
    return std::isfinite(uniques) && uniques > 0.0 && uniques <= populationSize;
}

} // namespace

// Zayatz (1991): a sample unique is a population unique with probability
//   P = (c₁/u)·H₁(1) / Σᵢ (cᵢ/u)·Hᵢ(1),
// the class-size distribution of the sample standing for the population's, Hᵢ(1) the
// hypergeometric probability that exactly one member of a population class of size i is drawn.
// The population has c₁·P/π uniques (π = n/N).
std::optional<double> PopulationRisk::zayatz(const ClassSizes &classSizes, double populationSize)
{
    const SampleCounts c = countsOf(classSizes);
    if (c.uniques == 0.0)
        return 0.0;
    const double n = c.records;
    const double N = populationSize;
    if (!(N >= n) || n <= 0.0)
        return std::nullopt;
    double denominator = 0.0;
    for (const auto &[size, count] : classSizes) {
        if (size == 0 || count == 0)
            continue;
        denominator += double(count) / c.classes * probabilityOneSampled(double(size), n, N);
    }
    const double numerator = c.uniques / c.classes * probabilityOneSampled(1.0, n, N);
    if (!(denominator > 0.0))
        return std::nullopt;
    const double uniques = c.uniques * (numerator / denominator) / (n / N);
    if (!isEstimate(uniques, N))
        return std::nullopt;
    return uniques;
}

// Pitman's sampling formula (Hoshino 2001). The log-likelihood of the sample's partition of n
// records into u classes of sizes nⱼ under parameters θ > −α, 0 < α < 1 is
//   Σ_{i=1}^{u−1} ln(θ+iα) − Σ_{i=1}^{n−1} ln(θ+i) + Σⱼ Σ_{k=1}^{nⱼ−1} ln(k−α).
// Its stationary point is found by nested bisections: for each α the θ-equation
//   Σ_{i<u} 1/(θ+iα) = Σ_{i<n} 1/(θ+i)
// has one root in θ (the left side runs from +∞ at θ = −α, the right side wins as θ grows
// because u < n); along that curve the α-equation is the derivative of the profile likelihood,
// which is −∞ as α → 1 and whose sign at α → 0 says whether the data fits a Pitman model at all
// (otherwise α ≤ 0, a finite number of classes, and the model does not apply). The expected
// number of singletons in a population of N drawn from the fitted model is
//   N·Γ(θ+1)·Γ(θ+α+N−1) / (Γ(θ+α)·Γ(θ+N))   (≈ Γ(θ+1)/Γ(θ+α)·N^α for large N).
std::optional<double> PopulationRisk::pitman(const ClassSizes &classSizes, double populationSize)
{
    const SampleCounts c = countsOf(classSizes);
    if (c.uniques == 0.0)
        return 0.0;
    const double n = c.records;
    const double u = c.classes;
    const double N = populationSize;
    if (!(N >= n) || u < 2.0 || u >= n)
        return std::nullopt;

    // Σ_{i=1}^{u−1} 1/(θ+iα) = (ψ(θ/α+u) − ψ(θ/α+1))/α;  Σ_{i=1}^{n−1} 1/(θ+i) = ψ(θ+n) − ψ(θ+1).
    // Written in s = θ + α > 0 so that no argument rounds to zero or below near θ = −α.
    auto firstSum = [&](double s, double alpha) {
        const double z1 = s / alpha; // θ/α + 1
        return digammaDifference(z1, u - 1.0) / alpha;
    };
    auto thetaScore = [&](double s, double alpha) {
        return firstSum(s, alpha) - digammaDifference(s - alpha + 1.0, n - 1.0);
    };
    // s for a given α, searched as t = ln s.
    constexpr double kMaxT = 40.0; // θ up to e⁴⁰: beyond, every record would be its own class
    auto sFor = [&](double alpha) -> double {
        auto g = [&](double t) { return thetaScore(std::exp(t), alpha); };
        const double lo = std::log(alpha) - 40.0;
        const double glo = g(lo);
        const double ghi = g(kMaxT);
        if (!(glo > 0.0) || !(ghi < 0.0))
            return std::numeric_limits<double>::quiet_NaN();
        return std::exp(bisect(g, lo, kMaxT, glo));
    };
    auto alphaScore = [&](double alpha) {
        const double s = sFor(alpha);
        if (std::isnan(s))
            return std::numeric_limits<double>::quiet_NaN();
        const double theta = s - alpha;
        const double first = ((u - 1.0) - theta * firstSum(s, alpha)) / alpha; // Σ i/(θ+iα)
        const double base = digamma(1.0 - alpha);
        double second = 0.0;
        for (const auto &[size, count] : classSizes) {
            if (size >= 2 && count > 0)
                second += double(count) * (digamma(double(size) - alpha) - base);
        }
        return first - second;
    };

    constexpr double kAlphaLo = 1e-6;
    constexpr double kAlphaHi = 1.0 - 1e-9;
    const double hlo = alphaScore(kAlphaLo);
    const double hhi = alphaScore(kAlphaHi);
    if (!(hlo > 0.0) || !(hhi < 0.0))
        return std::nullopt;
    const double alpha = bisect(alphaScore, kAlphaLo, kAlphaHi, hlo);
    const double s = std::isnan(alpha) ? alpha : sFor(alpha);
    if (std::isnan(s) || !(s > 0.0))
        return std::nullopt;
    const double theta = s - alpha;
    const double uniques = std::exp(std::log(N) + std::lgamma(theta + 1.0)
                                    + std::lgamma(theta + alpha + N - 1.0)
                                    - std::lgamma(theta + alpha) - std::lgamma(theta + N));
    if (!isEstimate(uniques, N))
        return std::nullopt;
    return uniques;
}

// Shifted negative binomial (Chen & McNulty 1998). The population has K non-empty classes whose
// sizes are 1 + NegBin(α, β): P(F = j) = Γ(j−1+α)/(Γ(α)(j−1)!)·β^α·(1−β)^(j−1). Each member is
// sampled with probability π; with x = (1−π)(1−β) the probability that a class leaves one or
// two members in the sample is (from the generating function z·(β/(1−(1−β)z))^α at 1−π+πs)
//   P₁ = π·β^α·(1−x)^(−α−1)·(1 − x + αx)
//   P₂ = π²/2·α·β^α·(1−β)·(1−x)^(−α−2)·(2 − (1−α)x)
// and the model is fitted by K·P₁ = c₁, K·P₂ = c₂. K comes from Shlosser's estimator
//   K = u + c₁·Σᵢ(1−π)^i·cᵢ / Σᵢ i·π·(1−π)^(i−1)·cᵢ.
// For a given β, P₂/P₁ = c₂/c₁ is a quadratic in α with one positive root; β is then found by
// scanning (0, 1) for the sign changes of ln(K·P₁/c₁) and bisecting each. Population uniques:
// K·β^α. Where several β fit, the largest estimate is kept (the cautious reading).
std::optional<double> PopulationRisk::snb(const ClassSizes &classSizes, double populationSize)
{
    const SampleCounts c = countsOf(classSizes);
    if (c.uniques == 0.0)
        return 0.0;
    const double n = c.records;
    const double N = populationSize;
    if (!(N >= n) || n <= 0.0 || c.pairs == 0.0)
        return std::nullopt;
    const double f = n / N;

    double K = c.classes;
    if (f < 1.0) {
        double top = 0.0;
        double bottom = 0.0;
        for (const auto &[size, count] : classSizes) {
            if (size == 0 || count == 0)
                continue;
            const double i = double(size);
            top += std::pow(1.0 - f, i) * double(count);
            bottom += i * f * std::pow(1.0 - f, i - 1.0) * double(count);
        }
        if (!(bottom > 0.0))
            return std::nullopt;
        K += c.uniques * top / bottom;
    }

    const double ratio = c.pairs / c.uniques;
    auto alphaFor = [&](double beta) -> double {
        const double x = (1.0 - f) * (1.0 - beta);
        const double C = ratio * 2.0 * (1.0 - x) / (f * (1.0 - beta));
        if (x <= 0.0)
            return C / 2.0;
        // x·α² + (2 − x − Cx)·α − C(1−x) = 0, the positive root in a form without cancellation.
        const double b = 2.0 - x - C * x;
        const double disc = std::sqrt(b * b + 4.0 * x * C * (1.0 - x));
        return b >= 0.0 ? 2.0 * C * (1.0 - x) / (b + disc) : (disc - b) / (2.0 * x);
    };
    auto logP1 = [&](double alpha, double beta) {
        const double x = (1.0 - f) * (1.0 - beta);
        return std::log(f) + alpha * std::log(beta) - (alpha + 1.0) * std::log1p(-x)
               + std::log(1.0 - x + alpha * x);
    };
    auto mismatch = [&](double logitBeta) {
        const double beta = 1.0 / (1.0 + std::exp(-logitBeta));
        const double alpha = alphaFor(beta);
        if (!(alpha > 0.0) || !std::isfinite(alpha))
            return std::numeric_limits<double>::quiet_NaN();
        return std::log(K) + logP1(alpha, beta) - std::log(c.uniques);
    };

    std::optional<double> best;
    constexpr int kSteps = 400;
    constexpr double kLo = -30.0;
    constexpr double kHi = 30.0;
    double previousX = kLo;
    double previous = mismatch(kLo);
    for (int i = 1; i <= kSteps; ++i) {
        const double x = kLo + (kHi - kLo) * i / kSteps;
        const double value = mismatch(x);
        if (std::isfinite(previous) && std::isfinite(value) && (previous > 0) != (value > 0)) {
            const double root = bisect(mismatch, previousX, x, previous);
            const double beta = 1.0 / (1.0 + std::exp(-root));
            const double alpha = alphaFor(beta);
            const double uniques = K * std::pow(beta, alpha);
            if (isEstimate(uniques, N) && (!best || uniques > *best))
                best = uniques;
        }
        previousX = x;
        previous = value;
    }
    return best;
}

double PopulationRisk::expectedInverseClassSize(quint64 f, double fraction)
{
    if (f == 0)
        return 0.0;
    const double p = std::clamp(fraction, 0.0, 1.0);
    if (p >= 1.0)
        return 1.0 / double(f);
    if (p <= 0.0)
        return 0.0;
    const double q = 1.0 - p;
    if (f == 1)
        return -p * std::log(p) / q;
    // E[1/F] = p^f ∫₀¹ t^(f−1) (1−qt)^(−f) dt  (1/F = ∫₀¹ t^(F−1) dt summed over the negative
    // binomial); with u = pt/(1−qt) and then v = u^f this is (p/f)·∫₀¹ dv / (p + q·v^(1/f)), a
    // bounded integrand.
    const double inv = 1.0 / double(f);
    const auto integrand = [&](double v) { return 1.0 / (p + q * std::pow(v, inv)); };
    return p * inv * integrate(integrand, 0.0, 1.0, 1e-12 / p);
}

Result<PopulationRiskEstimate> PopulationRisk::estimate(const ClassSizes &classSizes,
                                                        const PopulationSpec &population)
{
    if (population.populationSize.has_value() == population.samplingFraction.has_value())
        return Error::usage(tr("give either the population size or the sampling fraction"));
    const SampleCounts c = countsOf(classSizes);
    PopulationRiskEstimate e;
    e.sampleSize = c.records;
    if (population.samplingFraction) {
        const double fraction = *population.samplingFraction;
        if (!(fraction > 0.0 && fraction <= 1.0))
            return Error::usage(tr("the sampling fraction must be above 0 and at most 1"));
        e.samplingFraction = fraction;
        e.populationSize = c.records / fraction;
    } else {
        const double size = *population.populationSize;
        if (!std::isfinite(size) || size < c.records || size <= 0.0)
            return Error::usage(
                tr("the population (%1) cannot be smaller than the records measured (%2)")
                    .arg(QLocale().toString(size, 'f', 0), QLocale().toString(c.records, 'f', 0)));
        e.populationSize = size;
        e.samplingFraction = c.records / size;
    }
    if (c.records == 0.0)
        return e;

    const double N = e.populationSize;
    e.zayatz = zayatz(classSizes, N);
    e.pitman = pitman(classSizes, N);
    e.snb = snb(classSizes, N);

    if (c.uniques == 0.0) {
        e.model = PopulationModel::None;
        e.uniques = 0.0;
    } else if (e.samplingFraction <= 0.1) {
        if (e.pitman) {
            e.model = PopulationModel::Pitman;
            e.uniques = *e.pitman;
        } else if (e.zayatz) {
            e.model = PopulationModel::Zayatz;
            e.uniques = *e.zayatz;
        }
    } else {
        if (e.snb && (!e.zayatz || *e.snb <= *e.zayatz)) {
            e.model = PopulationModel::Snb;
            e.uniques = *e.snb;
        } else if (e.zayatz) {
            e.model = PopulationModel::Zayatz;
            e.uniques = *e.zayatz;
        }
    }
    e.uniquesFraction = N > 0.0 ? e.uniques / N : 0.0;

    // Journalist and marketer risk with each class's population size modelled from its sample
    // size: the risk of a record in a class of sample size f is E[1/F | f].
    double sumRisk = 0.0;
    quint64 smallest = 0;
    for (const auto &[size, count] : classSizes) {
        if (size == 0 || count == 0)
            continue;
        if (smallest == 0 || size < smallest)
            smallest = size;
        sumRisk += double(count) * double(size) * expectedInverseClassSize(size, e.samplingFraction);
    }
    e.journalistRiskMax = expectedInverseClassSize(smallest, e.samplingFraction);
    e.marketerRisk = sumRisk / c.records;
    // As for a population table: the larger of classes / population records in those classes
    // (here their expected sizes, n/π in all) and the records' mean risk.
    e.journalistRiskAvg = std::max(c.classes * e.samplingFraction / c.records, e.marketerRisk);
    return e;
}

QString PopulationRisk::modelName(PopulationModel model)
{
    switch (model) {
    case PopulationModel::Pitman:
        return QStringLiteral("pitman");
    case PopulationModel::Zayatz:
        return QStringLiteral("zayatz");
    case PopulationModel::Snb:
        return QStringLiteral("snb");
    case PopulationModel::None:
        break;
    }
    return {};
}

} // namespace steward
