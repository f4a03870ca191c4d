#pragma once

#include "core/classify/DetectorSet.h"
#include "core/classify/FieldProfile.h"

#include <QStringView>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace steward {

struct ProfileOptions {
    int sampleSize = 10000; // distinct values the detectors and patterns look at (uniform reservoir)
    int topValues = 10;
    int topPatterns = 10;
    quint64 seed = 0x9E3779B97F4A7C15ull; // sampling is deterministic for a seed
    bool scanFreeText = true;             // look for embedded identifiers in sampled text values
};

// Builds a FieldProfile from the DISTINCT non-missing values of one field, each given once with
// the number of rows holding it (e.g. the rows of `SELECT c, COUNT(*) … GROUP BY c`), in any order.
// Every distinct value updates the counts, lengths, min/max and top values and is checked against
// the highly sensitive diagnosis codes and keywords (so one HIV code among a million rows is found);
// the whole-value detectors, value patterns and the free-text scan run on a uniform sample of
// distinct values at finish(), their hits weighted by the rows each sampled value stands for.
// Not thread-safe; use one builder per field (fields may be profiled in parallel).
class FieldProfileBuilder final {
public:
    FieldProfileBuilder(std::shared_ptr<const DetectorSet> detectors, const QString &name, const QString &type,
                        const ProfileOptions &options = {});

    void addValue(QStringView value, qint64 count = 1);
    void addValue(std::string_view utf8, qint64 count = 1);
    void addMissing(qint64 count = 1);

    // Runs the sampled detectors and returns the profile. Call once.
    FieldProfile finish();

    // "999-9999", "AA99999999", "汉汉汉": the shape of a value (long values are run-length compressed).
    static QString valueShape(QStringView value);

private:
    enum class Order { Text, Number, Time };
    struct Sampled {
        QString value;
        qint64 count = 0;
    };
    void updateMinMax(QStringView value);
    void offerTop(QStringView value, qint64 count);
    quint64 nextRandom();

    std::shared_ptr<const DetectorSet> m_detectors;
    ProfileOptions m_options;
    FieldProfile m_profile;
    Order m_order = Order::Text;
    bool m_text = true; // text fields are checked for sensitive keywords and embedded identifiers
    qint64 m_lengthSum = 0;
    std::optional<double> m_minKey;
    std::optional<double> m_maxKey;
    std::vector<Sampled> m_top;    // min-heap by count
    std::vector<Sampled> m_sample; // reservoir
    std::vector<qint64> m_codeCounts;
    std::vector<qint64> m_mentionCounts;
    quint64 m_random = 0;
};

} // namespace steward
