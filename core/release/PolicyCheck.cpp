#include "core/release/PolicyCheck.h"

#include "core/classify/Taxonomy.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace steward {

namespace {

// Two risks closer than this are equal (a ceiling of 1/3 against a measured 1/3).
constexpr double kRiskEpsilon = 1e-12;

// A free-text field: stored as text and recognised as notes (the `notes` concept of the built-in
// rules: clinical notes, summaries, comments, histories). Judged by the suggestion, as the
// classifier is what reads the values; a decision carries no concept.
bool isFreeText(const FieldClassification &f)
{
    return f.type == QLatin1String("text") && f.hasSuggestion
           && f.suggestion.conceptId == QLatin1String("notes");
}

// Whether any text of a field leaves under its rule: dropped, redacted (one fixed text) and
// suppressed fields let none out; every other rule, scrub included, releases what people wrote.
bool textLeaves(MaskOperator op)
{
    return op != MaskOperator::Drop && op != MaskOperator::Redact && op != MaskOperator::Suppress;
}

PolicyViolation violation(const char *rule, const QString &dataset, const QString &field,
                          const QString &detail)
{
    return PolicyViolation{QLatin1String(rule), dataset, field, detail};
}

} // namespace

QJsonObject PolicyViolation::toJson() const
{
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("field"), field},
                       {QStringLiteral("detail"), detail}};
}

QList<PolicyViolation> PolicyCheck::evaluate(const Release &release,
                                             const QList<DatasetMeasurement> &measurements)
{
    const QLocale locale;
    const ReleasePolicy &policy = release.policy;
    QList<PolicyViolation> found;

    if (release.datasets.isEmpty())
        found << violation("no_datasets", {}, {}, tr("The release has no dataset."));
    for (const QString &name : release.datasets) {
        const bool measured = std::any_of(measurements.cbegin(), measurements.cend(),
                                          [&name](const DatasetMeasurement &m) {
                                              return m.dataset.name == name;
                                          });
        if (!measured)
            found << violation("dataset_missing", name, {},
                               tr("Dataset %1 of the release no longer exists in the project.")
                                   .arg(name));
    }

    for (const DatasetMeasurement &m : measurements) {
        const QString &dataset = m.dataset.name;
        for (const FieldClassification &f : m.classification.fields) {
            const MaskRule rule = m.ruleFor(f.name);
            if (rule.op() == MaskOperator::Drop)
                continue; // a dropped field does not leave
            const bool unmasked = rule.op() == MaskOperator::Keep;
            const int grade = f.effectiveGrade();
            if (unmasked && f.effectiveRole() == FieldRole::Direct)
                found << violation("direct_identifier", dataset, f.name,
                                   tr("Field %1 of dataset %2 is a direct identifier and leaves "
                                      "unmasked.")
                                       .arg(f.name, dataset));
            if (unmasked && grade > policy.maxUnmaskedGrade)
                found << violation("unmasked_grade", dataset, f.name,
                                   tr("Field %1 of dataset %2 is grade %3 and leaves unmasked; "
                                      "the policy allows grade %4 at most to leave unmasked.")
                                       .arg(f.name, dataset, locale.toString(grade),
                                            locale.toString(policy.maxUnmaskedGrade)));
            if (!policy.freeTextAllowed && isFreeText(f) && textLeaves(rule.op()))
                found << violation("free_text", dataset, f.name,
                                   tr("Field %1 of dataset %2 is free text and leaves (rule %3); "
                                      "the policy allows no free text to leave.")
                                       .arg(f.name, dataset, maskOperatorName(rule.op())));
        }

        const RiskReport &report = m.risk.report;
        if (report.retainedRecords == 0)
            continue; // nothing leaves, no class to measure
        if (report.minClass < quint64(policy.minK))
            found << violation("min_k", dataset, {},
                               tr("The smallest group of records alike on the quasi-identifiers "
                                  "of dataset %1 has %Ln record(s) after masking; the policy "
                                  "needs at least %2 (minimum k).",
                                  nullptr, int(std::min<quint64>(report.minClass, INT_MAX)))
                                   .arg(dataset, locale.toString(policy.minK)));
        if (report.prosecutorRiskMax > policy.maxProsecutorRisk + kRiskEpsilon)
            found << violation("max_risk", dataset, {},
                               tr("The highest prosecutor risk of dataset %1 is %2 after masking; "
                                  "the policy allows at most %3.")
                                   .arg(dataset, locale.toString(report.prosecutorRiskMax, 'g', 3),
                                        locale.toString(policy.maxProsecutorRisk, 'g', 3)));
    }
    return found;
}

} // namespace steward
