#include "core/classify/FieldClassification.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

QString decisionStatusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Unconfirmed: return QStringLiteral("unconfirmed");
    case DecisionStatus::Confirmed: return QStringLiteral("confirmed");
    case DecisionStatus::Overridden: return QStringLiteral("overridden");
    }
    return QStringLiteral("unconfirmed");
}

QString decisionStatusLabel(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Unconfirmed:
        return FieldClassification::tr("Unconfirmed");
    case DecisionStatus::Confirmed:
        return FieldClassification::tr("Confirmed");
    case DecisionStatus::Overridden:
        return FieldClassification::tr("Overridden");
    }
    return {};
}

bool FieldClassification::needsDecision() const
{
    return !decision.confirmed || stale;
}

DecisionStatus FieldClassification::status() const
{
    if (!decision.confirmed)
        return DecisionStatus::Unconfirmed;
    return decision.isOverride() ? DecisionStatus::Overridden : DecisionStatus::Confirmed;
}

FieldRole FieldClassification::effectiveRole() const
{
    return decision.confirmed && decision.hasValues ? decision.role : suggestion.role;
}

DataCategory FieldClassification::effectiveCategory() const
{
    return decision.confirmed && decision.hasValues ? decision.category : suggestion.category;
}

int FieldClassification::effectiveGrade() const
{
    if (decision.confirmed && decision.hasValues)
        return decision.grade;
    return hasSuggestion ? suggestion.grade : 0;
}

bool isPersonIdentifier(const FieldClassification &f)
{
    static const QSet<QString> concepts = {
        QStringLiteral("identity_number"), QStringLiteral("mrn"),
        QStringLiteral("inpatient_no"),    QStringLiteral("outpatient_no"),
        QStringLiteral("health_card_no"),  QStringLiteral("insurance_no"),
        QStringLiteral("ssn"),
    };
    static const QSet<QString> detectors = {
        QStringLiteral("resident_id"), QStringLiteral("passport_cn"), QStringLiteral("ssn_us"),
        QStringLiteral("ssn_digits"),
    };
    if (!f.hasSuggestion || f.effectiveRole() != FieldRole::Direct)
        return false;
    return concepts.contains(f.suggestion.conceptId) || detectors.contains(f.suggestion.detector);
}

} // namespace steward
