#include "core/documents/DocumentFactsBuilder.h"

#include "core/classify/Taxonomy.h"
#include "core/documents/ReidentificationLikelihood.h"

#include <algorithm>

namespace steward {

namespace {

MaskRule ruleOf(const DatasetMeasurement &measurement, const QString &field)
{
    for (const auto &[name, rule] : measurement.rules) {
        if (name == field)
            return rule;
    }
    return MaskRule();
}

// Operators that coarsen a value rather than hide or replace it (DocumentFacts::FactField).
bool generalises(MaskOperator op)
{
    switch (op) {
    case MaskOperator::Bands:
    case MaskOperator::Date:
    case MaskOperator::TopCode:
    case MaskOperator::BottomCode:
    case MaskOperator::Truncate:
    case MaskOperator::Recode:
    case MaskOperator::Hierarchy:
        return true;
    default:
        return false;
    }
}

FactRisk riskOf(const RiskReport &report, const DatasetRiskResult &result)
{
    FactRisk risk;
    risk.k = result.k;
    risk.records = qint64(report.retainedRecords);
    risk.classes = qint64(report.classes);
    risk.minClass = qint64(report.minClass);
    risk.recordsBelowK = qint64(report.recordsBelowK);
    risk.prosecutorMax = report.prosecutorRiskMax;
    risk.prosecutorAvg = report.prosecutorRiskAvg;
    risk.sampleUniques = report.sampleUniques;
    risk.suppressedRecords = qint64(report.suppressedRecords);
    for (size_t i = 0; i < report.lDiversity.size() && i < size_t(result.sensitive.size()); ++i)
        risk.lDiversity.insert(result.sensitive.at(qsizetype(i)), int(report.lDiversity[i]));
    return risk;
}

} // namespace

DocumentFacts DocumentFactsBuilder::build(const Release &release, const QList<DatasetMeasurement> &measurements)
{
    DocumentFacts facts;
    bool pseudonymised = false;
    bool generalised = false;
    bool suppressed = false;
    bool masked = false;
    bool shifted = false;
    bool dropped = false;
    bool measured = false;
    bool everyMeasuredMeetsK = true;
    double highestBefore = 0.0;
    double highestAfter = 0.0;

    for (const DatasetMeasurement &m : measurements) {
        FactDataset dataset;
        dataset.name = m.dataset.name;
        dataset.version = m.dataset.version;
        dataset.records = m.dataset.rowCount;
        dataset.subjects = m.subjects;
        dataset.subjectField = m.subjectField;
        dataset.consent = m.consent;
        dataset.quasi = m.risk.quasi;
        dataset.sensitive = m.risk.sensitive;

        // Fields in column order from the classification; a dataset never classified still lists
        // its columns (grade 0: the completeness and policy checks say what is missing).
        QList<FactField> fields;
        if (!m.classification.fields.isEmpty()) {
            for (const FieldClassification &f : m.classification.fields) {
                FactField field;
                field.dataset = dataset.name;
                field.field = f.name;
                field.type = f.type;
                field.role = fieldRoleName(f.effectiveRole());
                field.category = dataCategoryName(f.effectiveCategory());
                field.grade = f.effectiveGrade();
                field.confirmed = f.decision.confirmed && !f.stale;
                fields << field;
            }
        } else {
            for (const ColumnInfo &column : m.dataset.columns) {
                FactField field;
                field.dataset = dataset.name;
                field.field = column.name;
                field.type = columnTypeName(column.type);
                field.role = fieldRoleName(FieldRole::Other);
                field.category = QString();
                fields << field;
            }
        }
        for (FactField &field : fields) {
            const MaskRule rule = ruleOf(m, field.field);
            field.rule = rule.format();
            field.released = rule.op() != MaskOperator::Drop;
            field.generalised = generalises(rule.op());
            dataset.grade = std::max(dataset.grade, field.grade);
            if (field.released)
                facts.releaseGrade = std::max(facts.releaseGrade, field.grade);
            switch (rule.op()) {
            case MaskOperator::Pseudonym: pseudonymised = true; break;
            case MaskOperator::Suppress: suppressed = true; break;
            case MaskOperator::Redact:
            case MaskOperator::Mask:
            case MaskOperator::Scrub: masked = true; break;
            case MaskOperator::Shift: shifted = true; break;
            case MaskOperator::Drop: dropped = true; break;
            default: break;
            }
            generalised = generalised || field.generalised;
        }
        facts.fields << fields;

        // Figures only when something was measured: without quasi-identifiers there are no
        // classes, and a risk of 0 would read as "no risk".
        if (!m.risk.quasi.isEmpty()) {
            measured = true;
            dataset.after = riskOf(m.risk.report, m.risk);
            dataset.before = m.risk.baseline ? riskOf(*m.risk.baseline, m.risk) : dataset.after;
            if (!m.risk.baseline)
                dataset.before.suppressedRecords = 0;
            highestAfter = std::max(highestAfter, dataset.after.prosecutorMax);
            highestBefore = std::max(highestBefore, dataset.before.prosecutorMax);
            if (dataset.after.minClass < qint64(release.policy.minK))
                everyMeasuredMeetsK = false;
        } else {
            dataset.after.k = m.risk.k;
            dataset.before.k = m.risk.k;
        }
        if ((m.recordSuppression && m.risk.suppressedRecords > 0) || m.risk.suppressedCells > 0
            || m.risk.report.suppressedRecords > 0)
            suppressed = true;
        facts.datasets << dataset;
    }

    // In the order the catalogue of measures lists them (DocumentFacts::measures).
    if (pseudonymised)
        facts.measures << QStringLiteral("pseudonymisation");
    if (generalised)
        facts.measures << QStringLiteral("generalisation");
    if (suppressed)
        facts.measures << QStringLiteral("suppression");
    if (masked)
        facts.measures << QStringLiteral("masking");
    if (shifted)
        facts.measures << QStringLiteral("date_shift");
    if (dropped)
        facts.measures << QStringLiteral("minimisation");
    if (measured && everyMeasuredMeetsK)
        facts.measures << QStringLiteral("k_anonymity");
    facts.measures << QStringLiteral("audit_trail") << QStringLiteral("encryption");
    if (!release.users.isEmpty())
        facts.measures << QStringLiteral("access_control");

    if (measured) {
        facts.reidentificationBefore = ReidentificationLikelihood::fromProsecutorRisk(highestBefore);
        facts.reidentificationAfter = ReidentificationLikelihood::fromProsecutorRisk(highestAfter);
    }
    return facts;
}

} // namespace steward
