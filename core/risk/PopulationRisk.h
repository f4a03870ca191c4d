#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace steward {

// Which estimator of population uniqueness a figure comes from.
enum class PopulationModel {
    None,   // no sample unique: nothing to estimate, the estimate is 0
    Pitman, // Pitman's sampling formula, parameters by maximum likelihood (Hoshino 2001)
    Zayatz, // Zayatz 1991: sample class sizes stand for the population's
    Snb     // Chen & McNulty 1998: shifted negative binomial class sizes
};

// The population the released records were drawn from: its size, or the sampling fraction
// (records / population). Exactly one of the two is set.
struct PopulationSpec {
    std::optional<double> populationSize;
    std::optional<double> samplingFraction;
};

// Estimates of how identifiable the sample's records are in the population it was drawn from.
// Counts are of individuals; fractions are 0–1.
struct PopulationRiskEstimate {
    double populationSize = 0.0;   // N
    double sampleSize = 0.0;       // n: the records in classes (suppressed records left out)
    double samplingFraction = 0.0; // n / N

    // Estimated population uniques by each model (count of individuals), nullopt where the
    // model does not converge or does not apply (e.g. Pitman when the data fits α ≤ 0).
    std::optional<double> pitman;
    std::optional<double> zayatz;
    std::optional<double> snb;

    // The estimate chosen by Dankar et al.'s decision rule (see PopulationRisk::estimate) and
    // the model it comes from.
    double uniques = 0.0;
    double uniquesFraction = 0.0; // uniques / N
    PopulationModel model = PopulationModel::None;

    // Journalist risk: the chance that a record is re-identified by someone who knows the
    // population's values, with each class's population size modelled from its sample size
    // (see journalistRisk). Highest over the records, and their average.
    double journalistRiskMax = 0.0;
    double journalistRiskAvg = 0.0;
    // Marketer risk: the expected fraction of the records a linkage of all of them with the
    // population re-identifies.
    double marketerRisk = 0.0;
};

// Population-based re-identification risk from a sample's class-size distribution. Pure
// functions: no store, no widgets.
//
// Which estimate is reported (Dankar, El Emam, Neisa & Roffey 2012, "Estimating the
// re-identification risk of clinical data sets", BMC Med Inform Decis Mak 12:66; the same rule
// as the reference tool ARX):
//   - no sample unique: 0 (every model gives 0);
//   - sampling fraction ≤ 10 %: Pitman, or Zayatz when Pitman does not converge;
//   - sampling fraction > 10 %: the smaller of Zayatz and SNB, or Zayatz when SNB does not
//     converge.
// Pitman is the most accurate for small samples; for larger fractions it overestimates and the
// two others are better, Zayatz tending to overestimate and SNB to underestimate for some data,
// hence the smaller of the two.
class PopulationRisk final {
    Q_DECLARE_TR_FUNCTIONS(steward::PopulationRisk)
public:
    // `classSizes`: (class size, number of classes of that size), as RiskReport::classSizes.
    // Fails with a usage error when the population is smaller than the sample, the fraction is
    // not in (0, 1], or neither/both are given.
    static Result<PopulationRiskEstimate>
    estimate(const std::vector<std::pair<quint64, quint64>> &classSizes,
             const PopulationSpec &population);

    // Each model on its own: the estimated number of population uniques, nullopt when the model
    // does not converge or does not apply. N is the population size, classSizes the sample's.
    static std::optional<double> zayatz(const std::vector<std::pair<quint64, quint64>> &classSizes,
                                        double populationSize);
    static std::optional<double> pitman(const std::vector<std::pair<quint64, quint64>> &classSizes,
                                        double populationSize);
    static std::optional<double> snb(const std::vector<std::pair<quint64, quint64>> &classSizes,
                                     double populationSize);

    // Expected 1/F for a class of sample size f when the population class size F is f plus a
    // negative binomial number of unsampled members (each population member sampled with
    // probability `fraction`, flat prior on the class's frequency: Benedetti & Franconi 1998,
    // the "individual risk" of μ-Argus and sdcMicro). Equals 1/f at fraction 1 and is never
    // above it.
    static double expectedInverseClassSize(quint64 f, double fraction);

    // Short machine name ("pitman", "zayatz", "snb"; "" for None), as the CLI prints it.
    static QString modelName(PopulationModel model);
};

} // namespace steward
