#include "core/classify/Classifier.h"

#include "core/classify/SensitiveDiagnoses.h"
#include "core/classify/Validators.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

constexpr double kValueOnlyMinRate = 0.5; // value evidence alone needs most values to match
constexpr double kContradictionRate = 0.1; // below this the values disagree with the header
constexpr qint64 kContradictionSample = 20;
constexpr double kSecondaryRate = 0.1;    // a confirming detector this frequent can raise the grade

double rounded(double x)
{
    return std::round(std::clamp(x, 0.0, 1.0) * 100.0) / 100.0;
}

QString quotedHeader(const QString &header)
{
    return QChar(0x201C) + header + QChar(0x201D);
}

// The detectors see a sample of the distinct values when there are more of them than the sample
// holds; the profile counts every row, so the evidence must say that its count is a sample's.
bool sampledOnly(const FieldProfile &p)
{
    return p.sampled < p.nonEmpty;
}

} // namespace

Classifier::Classifier(std::shared_ptr<const DetectorSet> detectors, const QLocale &locale)
    : m_set(std::move(detectors)), m_locale(locale)
{
    m_codeConcept.assign(m_set->conceptCount(), false);
    for (int i = 0; i < m_set->detectorCount(); ++i) {
        const DetectorRule &d = m_set->detector(i);
        bool icd = validatorKindFromName(d.validator) == ValidatorKind::IcdSensitive;
        for (const PatternRule &p : d.patterns)
            icd = icd || (p.validator && validatorKindFromName(*p.validator) == ValidatorKind::IcdSensitive);
        if (!icd)
            continue;
        for (int c = 0; c < m_set->conceptCount(); ++c) {
            if (m_set->confirms(i, c))
                m_codeConcept[c] = true;
        }
    }
}

bool Classifier::looksLikeFreeText(const FieldProfile &p)
{
    const bool textual = p.type.isEmpty() || p.type == QLatin1String("text");
    return textual && p.nonEmpty > 0 && p.meanLength >= 12.0 && p.maxLength >= 20
        && (p.distinctRatio() >= 0.3 || p.distinct >= 100);
}

QString Classifier::number(qint64 n) const
{
    return m_locale.toString(n);
}

double Classifier::effectiveRate(const FieldProfile &p, int detector, bool headerNamesConcept) const
{
    const DetectorRule &d = m_set->detector(detector);
    if (d.patterns.isEmpty())
        return 0.0; // text-only detectors do not judge whole values
    if (d.requiresHeader && !headerNamesConcept)
        return 0.0;
    if (!headerNamesConcept && p.distinctRatio() < d.minDistinctRatio)
        return 0.0;
    return p.detectorRate(d.id);
}

Classifier::Candidate Classifier::bestCandidate(const FieldProfile &p, const QList<HeaderHit> &headerHits) const
{
    Candidate best;
    for (int c = 0; c < m_set->conceptCount(); ++c) {
        Candidate cand;
        cand.conceptIndex = c;
        for (const HeaderHit &h : headerHits) {
            if (h.conceptIndex == c) {
                cand.header = h.score;
                cand.exact = h.exact;
                cand.synonym = h.synonym;
            }
        }
        const bool named = cand.header > 0.0;
        bool hasDetectors = false;
        double bestRate = 0.0;
        int bestDetector = -1;
        double bestValueScore = 0.0;
        int bestValueDetector = -1;
        for (int i = 0; i < m_set->detectorCount(); ++i) {
            if (!m_set->confirms(i, c) || m_set->detector(i).patterns.isEmpty())
                continue;
            hasDetectors = true;
            const double r = effectiveRate(p, i, named);
            const double specificity = m_set->detector(i).specificity;
            if (r > bestRate
                || (r > 0.0 && r == bestRate && specificity > m_set->detector(bestDetector).specificity)) {
                bestRate = r;
                bestDetector = i;
            }
            // Alone, values vote only for their detector's own concept (dates are "dates", not
            // birth dates); listed detectors confirm a concept the header names.
            if (r >= kValueOnlyMinRate && r * specificity > bestValueScore && m_set->detectorConcept(i) == c) {
                bestValueScore = r * specificity;
                bestValueDetector = i;
            }
        }
        if (named) {
            if (hasDetectors && p.sampled >= kContradictionSample && bestRate < kContradictionRate) {
                cand.contradicted = true;
                cand.score = cand.header * 0.6;
                cand.confidence = 0.45;
                cand.rate = bestRate;
                cand.detector = bestDetector;
            } else if (bestRate > 0.0) {
                cand.detector = bestDetector;
                cand.rate = bestRate;
                cand.score = cand.header + bestRate;
                cand.confidence = cand.exact ? 0.9 + 0.09 * bestRate : 0.7 + 0.2 * bestRate;
            } else {
                cand.score = cand.header;
                cand.confidence = cand.exact ? 0.8 : 0.6;
            }
        } else if (bestValueDetector >= 0) {
            cand.detector = bestValueDetector;
            cand.rate = effectiveRate(p, bestValueDetector, false);
            cand.score = bestValueScore;
            cand.confidence = 0.35 + 0.5 * bestValueScore;
        } else {
            continue;
        }
        const auto grade = [this](const Candidate &x) { return m_set->conceptRule(x.conceptIndex).grade; };
        if (best.conceptIndex < 0 || cand.score > best.score + 1e-9
            || (std::abs(cand.score - best.score) <= 1e-9 && grade(cand) > grade(best)))
            best = cand;
    }
    return best;
}

void Classifier::applyHints(const Candidate &cand, const FieldProfile &p, Suggestion *s) const
{
    const ConceptRule &concept_ = m_set->conceptRule(cand.conceptIndex);
    s->role = concept_.role;
    s->category = concept_.category;
    s->grade = concept_.grade;
    s->conceptId = concept_.id;
    if (cand.detector < 0 || cand.contradicted)
        return;
    // The deciding detector may refine the concept's hints (a masked name is only a surname, an
    // address may stop at district level) - unless another confirming detector that is not rare
    // asks for more (street addresses among district ones).
    int chosen = cand.detector;
    const bool named = cand.header > 0.0;
    auto hintsOf = [this, &concept_](int i) {
        const DetectorRule &d = m_set->detector(i);
        return DetectorHints{d.role.value_or(concept_.role), d.category.value_or(concept_.category),
                             d.grade.value_or(concept_.grade)};
    };
    DetectorHints hints = hintsOf(chosen);
    for (int i = 0; i < m_set->detectorCount(); ++i) {
        if (i == chosen || !m_set->confirms(i, cand.conceptIndex))
            continue;
        if (effectiveRate(p, i, named) >= kSecondaryRate && hintsOf(i).grade > hints.grade) {
            hints = hintsOf(i);
            chosen = i;
        }
    }
    s->role = hints.role;
    s->category = hints.category;
    s->grade = hints.grade;
    s->detector = m_set->detector(chosen).id;
}

QString Classifier::candidateEvidence(const Candidate &c, const FieldProfile &p) const
{
    const QString label = m_set->conceptRule(c.conceptIndex).label.text(m_locale);
    if (c.contradicted) {
        const QString hits =
            number(c.detector >= 0 ? p.detectorHits.value(m_set->detector(c.detector).id) : 0);
        if (sampledOnly(p))
            return tr("Header %1 suggests %2, but in a sample of %4 values only %3 match")
                .arg(quotedHeader(p.name), label, hits, number(p.sampled));
        return tr("Header %1 suggests %2, but only %3 of %4 values match")
            .arg(quotedHeader(p.name), label, hits, number(p.sampled));
    }
    if (c.detector < 0) {
        if (p.nonEmpty == 0)
            return tr("Header %1 suggests %2; the field is empty").arg(quotedHeader(p.name), label);
        return tr("Header %1 suggests %2").arg(quotedHeader(p.name), label);
    }
    const DetectorRule &d = m_set->detector(c.detector);
    const QString values =
        (sampledOnly(p) ? tr("In a sample of %2 values, %1 are %3") : tr("%1 of %2 values are %3"))
            .arg(number(p.detectorHits.value(d.id)), number(p.sampled), d.label.text(m_locale));
    if (c.header > 0.0)
        return tr("%1 (header %2)").arg(values, quotedHeader(p.name));
    return values;
}

void Classifier::applyFreeText(const FieldProfile &p, bool unknown, Suggestion *s) const
{
    QStringList kinds;
    qint64 most = 0;
    for (auto it = p.embeddedHits.begin(); it != p.embeddedHits.end(); ++it) {
        const int i = m_set->detectorIndex(it.key());
        if (i < 0 || m_set->detectorHints(i).role != FieldRole::Direct || it.value() <= 0)
            continue;
        kinds.append(m_set->detector(i).label.text(m_locale));
        most = std::max(most, it.value());
    }
    if (s->role != FieldRole::Direct)
        s->role = FieldRole::Sensitive;
    s->grade = std::max(s->grade, 3);
    if (unknown) {
        s->category = DataCategory::MedicalApplication;
        s->confidence = 0.5;
        s->evidence = tr("Free text (%1 characters on average, %2 distinct values)")
                          .arg(m_locale.toString(p.meanLength, 'f', 0), number(p.distinct));
    }
    if (kinds.isEmpty()) {
        if (p.sampled > 0 && !unknown)
            s->evidence += (sampledOnly(p) ? tr("; no identifiers found in a sample of %1 values")
                                           : tr("; no identifiers found in %1 values"))
                               .arg(number(p.sampled));
        return;
    }
    s->grade = std::max(s->grade, 4);
    s->confidence = std::max(s->confidence, 0.8);
    const qint64 containing = std::max(most, p.embeddedAny);
    s->evidence += (sampledOnly(p) ? tr("; in a sample of %2 values, %1 contain %3")
                                   : tr("; %1 of %2 values contain %3"))
                       .arg(number(containing), number(p.sampled), kinds.join(QLatin1String(", ")));
}

QString Classifier::findingsText(const std::vector<Finding> &findings, bool codes) const
{
    const SensitiveDiagnoses &sensitive = m_set->sensitive();
    if (findings.size() == 1) {
        const SensitiveGroupRule &g = sensitive.group(findings.front().group);
        if (codes) {
            QStringList ranges = g.codes;
            ranges.replaceInStrings(QStringLiteral("-"), QString(QChar(0x2013)));
            return tr("%1 codes (%2)").arg(g.label.text(m_locale), ranges.join(QLatin1String(", ")));
        }
        return g.label.text(m_locale);
    }
    QStringList parts;
    constexpr size_t kListed = 3; // keep the line readable
    for (size_t i = 0; i < findings.size() && i < kListed; ++i)
        parts.append(tr("%1 %2").arg(sensitive.group(findings[i].group).label.text(m_locale), number(findings[i].count)));
    if (findings.size() > kListed)
        parts.append(tr("%Ln more group(s)", nullptr, int(findings.size() - kListed)));
    return parts.join(QLatin1String(", "));
}

void Classifier::applySensitive(const FieldProfile &p, bool codeField, bool mentionsCount, bool unknown,
                                Suggestion *s) const
{
    const SensitiveDiagnoses &sensitive = m_set->sensitive();
    auto collect = [&sensitive](const QMap<QString, qint64> &counts) {
        std::vector<Finding> found;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const int g = sensitive.groupIndex(it.key());
            if (g >= 0 && it.value() > 0 && sensitive.group(g).enabled)
                found.push_back({g, it.value()});
        }
        std::sort(found.begin(), found.end(), [&sensitive](const Finding &a, const Finding &b) {
            const int ga = sensitive.group(a.group).grade;
            const int gb = sensitive.group(b.group).grade;
            return ga != gb ? ga > gb : a.count > b.count;
        });
        return found;
    };
    QStringList lines;
    int grade = 0;
    auto escalate = [&](const std::vector<Finding> &found, bool codes) {
        if (found.empty())
            return;
        qint64 total = 0;
        for (const Finding &f : found) {
            total += f.count;
            grade = std::max(grade, sensitive.group(f.group).grade);
        }
        const QString what = findingsText(found, codes);
        if (codes && found.size() == 1)
            lines.append(tr("%1 of %2 values are %3").arg(number(total), number(p.nonEmpty), what));
        else if (codes)
            lines.append(tr("%1 of %2 values are highly sensitive codes: %3").arg(number(total), number(p.nonEmpty), what));
        else
            lines.append(tr("%1 of %2 values mention %3").arg(number(total), number(p.nonEmpty), what));
    };
    if (codeField)
        escalate(collect(p.sensitiveCodes), true);
    const std::vector<Finding> mentions = collect(p.sensitiveMentions);
    if (mentionsCount) {
        escalate(mentions, false);
    } else if (!mentions.empty() && s->role == FieldRole::Other) {
        qint64 total = 0;
        for (const Finding &f : mentions)
            total += f.count;
        s->evidence += tr("; note: %1 of %2 values mention %3")
                           .arg(number(total), number(p.nonEmpty), findingsText(mentions, false));
    }
    const int headerGroup = sensitive.keywordGroup(p.name);
    if (headerGroup >= 0 && s->role != FieldRole::Direct) {
        grade = std::max(grade, sensitive.group(headerGroup).grade);
        lines.append(tr("the header mentions %1").arg(sensitive.group(headerGroup).label.text(m_locale)));
    }
    if (grade == 0)
        return;
    if (s->role == FieldRole::Other || s->role == FieldRole::Quasi) {
        if (s->role == FieldRole::Other)
            s->category = DataCategory::HealthStatus;
        s->role = FieldRole::Sensitive;
    }
    if (grade >= s->grade) {
        s->grade = grade;
        s->confidence = std::max(s->confidence, 0.9);
        if (!unknown)
            lines.append(s->evidence);
        QString evidence = lines.join(QLatin1String("; "));
        if (!evidence.isEmpty())
            evidence[0] = evidence[0].toUpper();
        s->evidence = evidence;
    }
}

void Classifier::guardDirect(const FieldProfile &p, Suggestion *s) const
{
    if (s->role != FieldRole::Other)
        return;
    int best = -1;
    double bestRate = kValueOnlyMinRate;
    for (int i = 0; i < m_set->detectorCount(); ++i) {
        if (m_set->detectorHints(i).role != FieldRole::Direct)
            continue;
        const double r = effectiveRate(p, i, false);
        if (r >= bestRate) {
            bestRate = r;
            best = i;
        }
    }
    if (best < 0)
        return;
    const DetectorRule &d = m_set->detector(best);
    const DetectorHints hints = m_set->detectorHints(best);
    s->role = hints.role;
    s->category = hints.category;
    s->grade = std::max(s->grade, hints.grade);
    s->detector = d.id;
    s->conceptId = m_set->conceptRule(m_set->detectorConcept(best)).id;
    s->confidence = 0.6;
    s->evidence = (sampledOnly(p) ? tr("In a sample of %2 values, %1 are %3, whatever the header says")
                                  : tr("%1 of %2 values are %3, whatever the header says"))
                      .arg(number(p.detectorHits.value(d.id)), number(p.sampled), d.label.text(m_locale));
}

Suggestion Classifier::classify(const FieldProfile &p) const
{
    Suggestion s;
    const QList<HeaderHit> headerHits = m_set->matchHeader(p.name);
    const Candidate best = bestCandidate(p, headerHits);
    const bool unknown = best.conceptIndex < 0;
    if (unknown) {
        s.role = FieldRole::Other;
        s.category = DataCategory::MedicalApplication;
        s.grade = p.nonEmpty > 0 ? 2 : 1;
        s.confidence = p.nonEmpty > 0 ? 0.2 : 0.1;
        s.evidence = p.nonEmpty > 0 ? tr("No header synonym or value pattern recognised")
                                    : tr("The field is empty");
    } else {
        applyHints(best, p, &s);
        s.confidence = best.confidence;
        Candidate decided = best; // cite the detector that decided the grade
        if (!s.detector.isEmpty())
            decided.detector = m_set->detectorIndex(s.detector);
        s.evidence = candidateEvidence(decided, p);
    }

    const bool freeTextConcept = !unknown && m_set->conceptRule(best.conceptIndex).freeText;
    const bool freeTextShape = looksLikeFreeText(p);
    if (freeTextConcept || (freeTextShape && (unknown || s.role == FieldRole::Other)))
        applyFreeText(p, unknown && !freeTextConcept, &s);

    // ICD-10 codes count where the field is a code field: named so, or mostly codes and either
    // unnamed or named as something sensitive ("Diagnosis"). A "Room" of F12s is no diagnosis.
    bool codeField = !unknown && m_codeConcept[best.conceptIndex];
    if (!codeField && (headerHits.isEmpty() || s.role == FieldRole::Sensitive)) {
        for (int i = 0; i < m_set->detectorCount(); ++i) {
            for (int c = 0; c < m_set->conceptCount(); ++c) {
                if (m_codeConcept[c] && m_set->confirms(i, c) && effectiveRate(p, i, false) >= kValueOnlyMinRate)
                    codeField = true;
            }
        }
    }
    const bool mentionsCount = s.role == FieldRole::Sensitive || freeTextConcept || unknown;
    applySensitive(p, codeField, mentionsCount, unknown && !looksLikeFreeText(p), &s);
    guardDirect(p, &s);
    s.confidence = rounded(s.confidence);
    return s;
}

} // namespace steward
