#pragma once

#include "core/classify/DetectorSet.h"
#include "core/classify/FieldProfile.h"
#include "core/classify/Suggestion.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <vector>

namespace steward {

// Turns a field's profile and header into a suggested role, category and grade with a confidence
// and one line of evidence a person can check. Header synonyms and value detectors both vote for
// concepts (rules as data, see DetectorSet); the strongest combination wins. Then:
// - free text (a notes concept, or long mostly-distinct text) is at least `sensitive` grade 3, and
//   grade 4 when identifiers are embedded in it; the evidence says which;
// - a field holding any highly sensitive diagnosis (ICD-10 range or diagnosis keyword) takes that
//   group's grade (5: "3 of 12,000 values are HIV/AIDS codes (B20–B24, Z21, R75)");
// - a field whose values are mostly direct identifiers is never suggested as `other`.
class Classifier final {
    Q_DECLARE_TR_FUNCTIONS(steward::Classifier)
public:
    explicit Classifier(std::shared_ptr<const DetectorSet> detectors = DetectorSet::builtin(),
                        const QLocale &locale = QLocale());

    Suggestion classify(const FieldProfile &profile) const;

    // Long, mostly distinct text values (narrative), whatever the header says.
    static bool looksLikeFreeText(const FieldProfile &profile);

private:
    struct Candidate {
        int conceptIndex = -1;
        int detector = -1; // the detector whose hits decided, -1 for header only
        double header = 0.0;
        bool exact = false;
        QString synonym;
        double rate = 0.0;
        double score = 0.0;
        double confidence = 0.0;
        bool contradicted = false;
    };
    struct Finding {
        int group = -1;
        qint64 count = 0;
    };

    double effectiveRate(const FieldProfile &profile, int detector, bool headerNamesConcept) const;
    Candidate bestCandidate(const FieldProfile &profile, const QList<HeaderHit> &headerHits) const;
    void applyHints(const Candidate &candidate, const FieldProfile &profile, Suggestion *s) const;
    QString candidateEvidence(const Candidate &c, const FieldProfile &profile) const;
    void applyFreeText(const FieldProfile &profile, bool unknown, Suggestion *s) const;
    void applySensitive(const FieldProfile &profile, bool codeField, bool mentionsCount, bool unknown,
                        Suggestion *s) const;
    void guardDirect(const FieldProfile &profile, Suggestion *s) const;
    QString number(qint64 n) const;
    QString findingsText(const std::vector<Finding> &findings, bool codes) const;

    std::shared_ptr<const DetectorSet> m_set;
    QLocale m_locale;
    std::vector<bool> m_codeConcept; // concepts confirmed by ICD-10 sensitive-range detectors
};

} // namespace steward
