#include "core/mask/RuleSuggester.h"

#include <QSet>

namespace steward {

namespace {

QString conceptOf(const FieldClassification &field)
{
    return field.hasSuggestion ? field.suggestion.conceptId : QString();
}

bool isPersonKeyConcept(const QString &conceptId)
{
    static const QSet<QString> keys = {
        QStringLiteral("identity_number"), QStringLiteral("mrn"),
        QStringLiteral("inpatient_no"),    QStringLiteral("outpatient_no"),
        QStringLiteral("health_card_no"),  QStringLiteral("insurance_no"),
        QStringLiteral("ssn"),
    };
    return keys.contains(conceptId);
}

MaskRule withParam(MaskOperator op, const QString &name, const QString &value)
{
    auto rule = MaskRule::create(op, {{name, value}});
    return rule ? *rule : MaskRule(op);
}

// 5-year bands with everything from 90 in one open band (">=90"): very old ages are rare enough
// to identify (HIPAA top-codes them at 90), and one `bands` rule with breaks does both.
MaskRule ageBands()
{
    QStringList breaks;
    for (int b = 0; b <= 90; b += 5)
        breaks << QString::number(b);
    return withParam(MaskOperator::Bands, QStringLiteral("breaks"), breaks.join(QLatin1Char(',')));
}

bool isDateType(const QString &type)
{
    return type == QLatin1String("date") || type == QLatin1String("datetime");
}

} // namespace

QString RuleSuggester::subjectKey(const DatasetClassification &classification)
{
    for (const FieldClassification &f : classification.fields) {
        if (f.effectiveRole() == FieldRole::Direct && isPersonKeyConcept(conceptOf(f)))
            return f.name;
    }
    return {};
}

MaskRule RuleSuggester::suggestField(const FieldClassification &field, const QString &subjectKey)
{
    const QString conceptId = conceptOf(field);
    switch (field.effectiveRole()) {
    case FieldRole::Direct:
        if (!subjectKey.isEmpty() && field.name == subjectKey)
            return MaskRule(MaskOperator::Pseudonym);
        return MaskRule(MaskOperator::Drop);
    case FieldRole::Quasi:
        if (conceptId == QLatin1String("age"))
            return ageBands();
        if (conceptId == QLatin1String("birth_date"))
            return withParam(MaskOperator::Date, QStringLiteral("to"), QStringLiteral("year"));
        if (conceptId == QLatin1String("event_date") || conceptId == QLatin1String("death_date")
            || conceptId == QLatin1String("date") || isDateType(field.type))
            return withParam(MaskOperator::Date, QStringLiteral("to"), QStringLiteral("month"));
        if (conceptId == QLatin1String("postal_code"))
            return withParam(MaskOperator::Truncate, QStringLiteral("keep"), QStringLiteral("3"));
        if (conceptId == QLatin1String("address") || conceptId == QLatin1String("district"))
            return MaskRule(MaskOperator::Redact);
        if (conceptId == QLatin1String("person_name"))
            return MaskRule(MaskOperator::Drop);
        return MaskRule(MaskOperator::Keep);
    case FieldRole::Sensitive:
        if (conceptId == QLatin1String("notes"))
            return MaskRule(MaskOperator::Scrub);
        return MaskRule(MaskOperator::Keep);
    case FieldRole::Other:
        if (conceptId == QLatin1String("notes"))
            return MaskRule(MaskOperator::Scrub);
        return MaskRule(MaskOperator::Keep);
    }
    return MaskRule(MaskOperator::Keep);
}

QList<std::pair<QString, MaskRule>>
RuleSuggester::suggest(const DatasetClassification &classification)
{
    const QString key = subjectKey(classification);
    QList<std::pair<QString, MaskRule>> rules;
    for (const FieldClassification &f : classification.fields)
        rules.append({f.name, suggestField(f, key)});
    return rules;
}

} // namespace steward
