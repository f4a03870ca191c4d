#pragma once

#include "core/classify/HeaderMatcher.h"
#include "core/classify/RuleSet.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringView>

#include <bitset>
#include <memory>
#include <string_view>
#include <vector>

namespace steward {

class SensitiveDiagnoses;

constexpr int kMaxDetectors = 128;
// Bit i set: detector i matched.
using DetectorMask = std::bitset<kMaxDetectors>;

// An identifier found inside free text by a detector's text pattern: UTF-16 offsets into the
// text (the validated part: capture group 1 when the pattern has one, else the whole match).
struct FreeTextHit {
    int detector = -1;
    qsizetype start = 0;
    qsizetype length = 0;
};

// What a detector's hit suggests for a field (the detector's overrides over its concept's).
struct DetectorHints {
    FieldRole role = FieldRole::Other;
    DataCategory category = DataCategory::MedicalApplication;
    int grade = 2;
};

// A compiled rule set, ready to match millions of values: whole-value patterns are anchored,
// JIT-compiled once and guarded by cheap prefilters (length, digit and CJK counts, first
// character, required characters) so most values run no or one regular expression. Immutable
// after creation; copies share the compiled data; every method is safe to call from several
// threads at once.
class DetectorSet final {
    Q_DECLARE_TR_FUNCTIONS(steward::DetectorSet)
public:
    static Result<DetectorSet> create(const RuleSet &rules);
    // Built-in rules plus the given user/project rule files.
    static Result<DetectorSet> load(const QStringList &ruleFiles);
    // The built-in rules, compiled once per process. Never null (the built-in rules are tested).
    static std::shared_ptr<const DetectorSet> builtin();

    const RuleSet &rules() const;

    int detectorCount() const;
    const DetectorRule &detector(int index) const;
    int detectorIndex(QStringView id) const; // -1 when unknown
    int detectorConcept(int index) const;
    DetectorHints detectorHints(int index) const;

    int conceptCount() const;
    const ConceptRule &conceptRule(int index) const;
    int conceptIndex(QStringView id) const;
    // Whether a hit of the detector confirms the concept (its own concept or listed by the concept).
    bool confirms(int detector, int conceptIndex) const;

    // Detectors whose whole-value patterns (and validators) match the trimmed value.
    DetectorMask matchValue(QStringView value) const;
    DetectorMask matchValue(std::string_view utf8) const;
    // Detectors whose text patterns find something inside a longer text (embedded identifiers).
    DetectorMask scanFreeText(QStringView text) const;
    // Every identifier the text patterns find (validated as in scanFreeText), appended to `hits`
    // in detector order; hits of different detectors may overlap. For scrubbing free text.
    void findInFreeText(QStringView text, std::vector<FreeTextHit> &hits) const;

    // Concepts named by a column header, best first.
    QList<HeaderHit> matchHeader(const QString &header) const;

    const SensitiveDiagnoses &sensitive() const;

private:
    struct Data;
    explicit DetectorSet(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace steward
