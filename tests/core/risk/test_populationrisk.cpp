// PopulationRisk: population uniques (Zayatz, Pitman, SNB and the decision rule between them),
// journalist and marketer risk, against hand-computed figures and against independent
// brute-force fits of the same models (direct sums instead of closed forms).

#include "core/risk/PopulationRisk.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace steward;

namespace {

using ClassSizes = std::vector<std::pair<quint64, quint64>>;

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::max(1e-12, std::abs(expected));
}

// Pitman log-likelihood by direct sums (no digamma): the partition's sizes are the classes.
double pitmanLogLikelihood(const ClassSizes &classes, double theta, double alpha)
{
    double n = 0, u = 0;
    for (const auto &[size, count] : classes) {
        n += double(size * count);
        u += double(count);
    }
    double l = 0;
    for (int i = 1; i < int(u); ++i)
        l += std::log(theta + i * alpha);
    for (int i = 1; i < int(n); ++i)
        l -= std::log(theta + i);
    for (const auto &[size, count] : classes) {
        for (quint64 k = 1; k < size; ++k)
            l += double(count) * std::log(double(k) - alpha);
    }
    return l;
}

// The maximum of the Pitman likelihood by a grid search refined three times.
std::pair<double, double> pitmanByGrid(const ClassSizes &classes)
{
    double bestT = 1, bestA = 0.5, best = -1e300;
    double tLo = -0.99, tHi = 200, aLo = 0.001, aHi = 0.999;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i <= 200; ++i) {
            const double a = aLo + (aHi - aLo) * i / 200;
            for (int j = 0; j <= 200; ++j) {
                const double t = tLo + (tHi - tLo) * j / 200;
                if (t <= -a)
                    continue;
                const double l = pitmanLogLikelihood(classes, t, a);
                if (l > best) {
                    best = l;
                    bestT = t;
                    bestA = a;
                }
            }
        }
        const double dt = (tHi - tLo) / 20, da = (aHi - aLo) / 20;
        tLo = std::max(-0.999, bestT - dt);
        tHi = bestT + dt;
        aLo = std::max(1e-6, bestA - da);
        aHi = std::min(1 - 1e-9, bestA + da);
    }
    return {bestT, bestA};
}

// P(S = s) for a class of SNB size (F = 1 + NegBin(α, β)) whose members are each sampled with
// probability f, by summing over F (no generating function).
double snbSampledProbability(int s, double alpha, double beta, double f)
{
    double total = 0;
    for (int j = s; j < 4000; ++j) {
        const double logPf = std::lgamma(j - 1 + alpha) - std::lgamma(alpha) - std::lgamma(j)
                             + alpha * std::log(beta) + (j - 1) * std::log1p(-beta);
        const double logBinom = std::lgamma(j + 1) - std::lgamma(s + 1) - std::lgamma(j - s + 1)
                                + s * std::log(f) + (j - s) * std::log1p(-f);
        const double term = std::exp(logPf + logBinom);
        total += term;
        if (j > s + 20 && term < 1e-17 * total)
            break;
    }
    return total;
}

double bisection(const std::function<double(double)> &g, double lo, double hi)
{
    double glo = g(lo);
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        const double gm = g(mid);
        if ((gm > 0) == (glo > 0)) {
            lo = mid;
            glo = gm;
        } else {
            hi = mid;
        }
    }
    return 0.5 * (lo + hi);
}

} // namespace

class TestPopulationRisk final : public QObject {
    Q_OBJECT

private slots:
    // Two sample uniques and one pair (n = 4, u = 3) from a population of N = 8 (π = 1/2):
    //   H₁(1) = 4/8 = 1/2;  H₂(1) = 2·C(6,3)/C(8,4) = 2·20/70 = 4/7
    //   P = (2/3 · 1/2) / (2/3 · 1/2 + 1/3 · 4/7) = (1/3) / (11/21) = 7/11
    //   population uniques = c₁·P/π = 2 · 7/11 / (1/2) = 28/11
    void zayatzByHand()
    {
        const ClassSizes classes{{1, 2}, {2, 1}};
        const auto z = PopulationRisk::zayatz(classes, 8);
        QVERIFY(z.has_value());
        QVERIFY2(near(*z, 28.0 / 11.0, 1e-9), qPrintable(QString::number(*z, 'g', 12)));
    }

    // E[1/F | f] with F − f ~ NegBin(f, p):
    //   f = 1: Σₓ p·qˣ/(1+x) = −p·ln p / q; at p = q = 1/2 that is ln 2.
    //   f = 2: p²·Σₓ (x+1)/(x+2)·qˣ = p²·(1/p − (−ln p − q)/q²); at p = 1/2: 1/2 − (ln 2 − 1/2).
    //   p = 1: 1/f.
    void expectedInverseClassSizeByHand()
    {
        QVERIFY(near(PopulationRisk::expectedInverseClassSize(1, 0.5), std::log(2.0), 1e-12));
        QVERIFY(near(PopulationRisk::expectedInverseClassSize(2, 0.5), 1.0 - std::log(2.0), 1e-9));
        QVERIFY(near(PopulationRisk::expectedInverseClassSize(1, 0.01),
                     -0.01 * std::log(0.01) / 0.99, 1e-12));
        QCOMPARE(PopulationRisk::expectedInverseClassSize(3, 1.0), 1.0 / 3.0);
        // Never above the sample's 1/f, and falls with f; a large class by direct summation.
        for (quint64 f : {1u, 2u, 5u, 40u, 1000u}) {
            const double r = PopulationRisk::expectedInverseClassSize(f, 0.2);
            QVERIFY(r <= 1.0 / double(f));
            QVERIFY(r >= 0.2 / double(f)); // Jensen: E[1/F] ≥ 1/E[F] = p/f
        }
        double direct = 0;
        for (int x = 0; x < 20000; ++x)
            direct += std::exp(std::lgamma(x + 40) - std::lgamma(40) - std::lgamma(x + 1)
                               + 40 * std::log(0.2) + x * std::log(0.8))
                      / (40 + x);
        QVERIFY(near(PopulationRisk::expectedInverseClassSize(40, 0.2), direct, 1e-8));
    }

    // Pitman against a brute-force maximum of its likelihood, the estimate computed from those
    // parameters with the exact expected number of singletons.
    void pitmanAgainstGridSearch()
    {
        const ClassSizes classes{{1, 30}, {2, 8}, {3, 4}, {4, 2}, {7, 1}};
        const double N = 2000;
        const auto p = PopulationRisk::pitman(classes, N);
        QVERIFY(p.has_value());
        const auto [theta, alpha] = pitmanByGrid(classes);
        QVERIFY(alpha > 0.01);
        const double expected = std::exp(std::log(N) + std::lgamma(theta + 1)
                                         + std::lgamma(theta + alpha + N - 1)
                                         - std::lgamma(theta + alpha) - std::lgamma(theta + N));
        QVERIFY2(near(*p, expected, 0.01),
                 qPrintable(QStringLiteral("%1 vs %2 (θ %3, α %4)")
                                .arg(*p)
                                .arg(expected)
                                .arg(theta)
                                .arg(alpha)));
    }

    // Reference values from ARX's own estimators (RiskModelPopulationUniqueness with the default
    // ARXSolverConfiguration, ARX sources at commit aacd487f of 12 Sep 2025, compiled and run on
    // these histograms). Zayatz is the same computation and agrees to the last digits. ARX's
    // Pitman estimate is the large-population limit Γ(θ+1)/Γ(θ+α)·N^α of the exact expectation
    // used here, so the two agree once N is large (its θ, α are the same maximum likelihood
    // fit): within 0.1 % at sampling fractions of 0.01 % and 0.15 %. ARX's SNB does not converge
    // on any of these histograms (it returns 0), so it gives no reference.
    void arxReferenceValues()
    {
        const ClassSizes a{{1, 30}, {2, 8}, {3, 4}, {4, 2}, {7, 1}};
        const ClassSizes b{{1, 120}, {2, 40}, {3, 15}, {4, 9}, {5, 4}, {6, 3}, {8, 2}, {11, 1}};
        QVERIFY(near(*PopulationRisk::zayatz(a, 7300), 1250.5597406043553, 1e-9));
        QVERIFY(near(*PopulationRisk::zayatz(a, 730000), 123305.32831331552, 1e-9));
        QVERIFY(near(*PopulationRisk::zayatz(b, 40000), 4891.761917261791, 1e-9));
        QVERIFY(near(*PopulationRisk::zayatz(b, 4000), 561.4788987122754, 1e-9));
        QVERIFY(near(*PopulationRisk::pitman(a, 730000), 62.75220894239159, 1e-3));
        QVERIFY(near(*PopulationRisk::pitman(b, 400000), 242.00254863757846, 1e-3));
        // Both choose Pitman below 10 %.
        const auto e = PopulationRisk::estimate(b, {400000.0, std::nullopt});
        QVERIFY(e.ok());
        QCOMPARE(e->model, PopulationModel::Pitman);
    }

    // A sample whose classes are few and large fits α ≤ 0: Pitman does not apply.
    void pitmanDoesNotApplyToFewLargeClasses()
    {
        const ClassSizes classes{{1, 1}, {20, 10}};
        QVERIFY(!PopulationRisk::pitman(classes, 100000).has_value());
        // The decision rule then falls back on Zayatz at a small sampling fraction.
        const auto e = PopulationRisk::estimate(classes, {100000.0, std::nullopt});
        QVERIFY(e.ok());
        QCOMPARE(e->model, PopulationModel::Zayatz);
        QCOMPARE(e->uniques, *e->zayatz);
    }

    // SNB against the same fit with P(S=1), P(S=2) summed over the population class sizes
    // instead of the closed forms; K by Shlosser written out:
    //   K = u + c₁·((1−f)c₁ + (1−f)²c₂) / (f·c₁ + 2f(1−f)c₂)
    void snbAgainstSeries()
    {
        const double c1 = 60, c2 = 15;
        const ClassSizes classes{{1, 60}, {2, 15}};
        const double n = c1 + 2 * c2, f = 0.3, N = n / f;
        const double K = (c1 + c2) + c1 * ((1 - f) * c1 + (1 - f) * (1 - f) * c2)
                                         / (f * c1 + 2 * f * (1 - f) * c2);
        const auto alphaFor = [&](double beta) {
            return bisection(
                [&](double a) {
                    return snbSampledProbability(2, a, beta, f) / snbSampledProbability(1, a, beta, f)
                           - c2 / c1;
                },
                1e-6, 50);
        };
        const double beta = bisection(
            [&](double b) {
                return std::log(K * snbSampledProbability(1, alphaFor(b), b, f)) - std::log(c1);
            },
            0.05, 0.999);
        const double expected = K * std::pow(beta, alphaFor(beta));
        const auto s = PopulationRisk::snb(classes, N);
        QVERIFY(s.has_value());
        QVERIFY2(near(*s, expected, 1e-4),
                 qPrintable(QStringLiteral("%1 vs %2 (β %3)").arg(*s).arg(expected).arg(beta)));
    }

    // With the whole population in the sample every estimate is the sample uniques, and the
    // journalist risk is the prosecutor risk.
    void samplingFractionOneGivesSampleUniques()
    {
        const ClassSizes classes{{1, 5}, {2, 3}, {3, 2}, {6, 1}};
        // n = 5 + 6 + 6 + 6 = 23, u = 11
        const auto e = PopulationRisk::estimate(classes, {std::nullopt, 1.0});
        QVERIFY(e.ok());
        QCOMPARE(e->populationSize, 23.0);
        QVERIFY(near(*e->zayatz, 5.0, 1e-9));
        QVERIFY(near(*e->snb, 5.0, 1e-6));
        QVERIFY(near(e->uniques, 5.0, 1e-6));
        QVERIFY(near(e->uniquesFraction, 5.0 / 23.0, 1e-6));
        QCOMPARE(e->journalistRiskMax, 1.0);
        QVERIFY(near(e->journalistRiskAvg, 11.0 / 23.0, 1e-12));
        QVERIFY(near(e->marketerRisk, 11.0 / 23.0, 1e-12));
    }

    void noSampleUniquesGiveZero()
    {
        const ClassSizes classes{{2, 4}, {5, 2}};
        const auto e = PopulationRisk::estimate(classes, {1000.0, std::nullopt});
        QVERIFY(e.ok());
        QCOMPARE(e->model, PopulationModel::None);
        QCOMPARE(e->uniques, 0.0);
        QCOMPARE(e->uniquesFraction, 0.0);
        QCOMPARE(*e->pitman, 0.0);
        QCOMPARE(*e->zayatz, 0.0);
        QCOMPARE(*e->snb, 0.0);
        // n = 18, π = 0.018: the smallest class (2) sets the highest journalist risk.
        QVERIFY(near(e->journalistRiskMax, PopulationRisk::expectedInverseClassSize(2, 0.018), 1e-12));
        QVERIFY(e->journalistRiskMax < 0.5);
    }

    void emptySample()
    {
        const auto e = PopulationRisk::estimate({}, {std::nullopt, 0.5});
        QVERIFY(e.ok());
        QCOMPARE(e->uniques, 0.0);
        QCOMPARE(e->journalistRiskMax, 0.0);
    }

    // Dankar et al.: Pitman up to 10 %, above it the smaller of Zayatz and SNB.
    void decisionRule()
    {
        const ClassSizes classes{{1, 30}, {2, 8}, {3, 4}, {4, 2}, {7, 1}}; // n = 73
        const auto small = PopulationRisk::estimate(classes, {std::nullopt, 0.05});
        QVERIFY(small.ok());
        QCOMPARE(small->model, PopulationModel::Pitman);
        QCOMPARE(small->uniques, *small->pitman);
        QVERIFY(near(small->populationSize, 73 / 0.05, 1e-12));
        QVERIFY(near(small->uniquesFraction, small->uniques / small->populationSize, 1e-12));
        const auto large = PopulationRisk::estimate(classes, {std::nullopt, 0.5});
        QVERIFY(large.ok());
        QVERIFY(large->zayatz && large->snb);
        QCOMPARE(large->uniques, std::min(*large->zayatz, *large->snb));
        QCOMPARE(large->model, *large->snb <= *large->zayatz ? PopulationModel::Snb
                                                             : PopulationModel::Zayatz);
        // Fewer population uniques than N, more than none; a larger population has more of them
        // but a smaller share.
        QVERIFY(small->uniques > 0 && small->uniques < small->populationSize);
        QVERIFY(small->uniquesFraction < large->uniquesFraction);
        QCOMPARE(PopulationRisk::modelName(small->model), QStringLiteral("pitman"));
    }

    void usageErrors()
    {
        const ClassSizes classes{{1, 2}, {2, 1}};
        QVERIFY(!PopulationRisk::estimate(classes, {}).ok());
        QVERIFY(!PopulationRisk::estimate(classes, {10.0, 0.5}).ok());
        QVERIFY(!PopulationRisk::estimate(classes, {std::nullopt, 0.0}).ok());
        QVERIFY(!PopulationRisk::estimate(classes, {std::nullopt, 1.5}).ok());
        QVERIFY(!PopulationRisk::estimate(classes, {3.0, std::nullopt}).ok()); // n = 4
        const auto e = PopulationRisk::estimate(classes, {3.0, std::nullopt});
        QCOMPARE(e.error().code, ErrorCode::Usage);
    }

    // A million records: the estimates finish at once and stay within the population.
    void largeSampleIsFast()
    {
        ClassSizes classes;
        quint64 n = 0;
        for (quint64 s = 1; s <= 400; ++s) {
            const quint64 count = 200000 / (s * s) + 1;
            classes.push_back({s, count});
            n += s * count;
        }
        QElapsedTimer timer;
        timer.start();
        const auto e = PopulationRisk::estimate(classes, {double(n) * 20, std::nullopt});
        QVERIFY(e.ok());
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(e->pitman.has_value());
        QVERIFY(e->uniques > 0 && e->uniques < e->populationSize);
        QVERIFY(e->journalistRiskMax < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPopulationRisk)
#include "test_populationrisk.moc"
