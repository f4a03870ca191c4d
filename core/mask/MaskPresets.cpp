#include "core/mask/MaskPresets.h"

#include "core/mask/RuleSuggester.h"

#include <QSet>

#include <algorithm>

namespace steward {

namespace {

QString conceptOf(const FieldClassification &field)
{
    return field.hasSuggestion ? field.suggestion.conceptId : QString();
}

MaskRule make(MaskOperator op, QList<std::pair<QString, QString>> params)
{
    auto rule = MaskRule::create(op, std::move(params));
    Q_ASSERT(rule); // the parameters below are constants the operators accept
    return rule ? *rule : MaskRule(op);
}

bool isDateConcept(const QString &conceptId)
{
    return conceptId == QLatin1String("birth_date") || conceptId == QLatin1String("event_date")
        || conceptId == QLatin1String("death_date") || conceptId == QLatin1String("date");
}

bool isDateField(const FieldClassification &field)
{
    return isDateConcept(conceptOf(field)) || field.type == QLatin1String("date")
        || field.type == QLatin1String("datetime");
}

// "2024-03" values: the date operators do not read them (they would be suppressed); the year is
// their first four characters.
bool isYearMonthField(const FieldClassification &field)
{
    return field.hasSuggestion && field.suggestion.detector == QLatin1String("year_month");
}

bool isFreeText(const FieldClassification &field)
{
    return conceptOf(field) == QLatin1String("notes");
}

// Age bands of 5 years with everything from 90 in one band: one `bands` rule does both (the
// last break is open-ended, ">=90"), so the top-coding needs no second rule.
MaskRule ageBandsTopCoded()
{
    QStringList breaks;
    for (int b = 0; b <= 90; b += 5)
        breaks << QString::number(b);
    return make(MaskOperator::Bands, {{QStringLiteral("breaks"), breaks.join(QLatin1Char(','))}});
}

// HIPAA Safe Harbor, §164.514(b)(2)(i): (A) names; (B) geography below a state (ZIP: first
// three digits); (C) all date elements except the year, ages over 89; (D–R) phone, fax, email,
// SSN, medical record, health plan, account, certificate/licence, vehicle and device numbers,
// URLs, IP addresses, biometrics, full-face photographs, any other unique code. The direct role
// covers the numbers and names; among quasi-identifiers the ones the list names (a masked name,
// geography below the state, the employer) are dropped as well. Biometrics and photographs have
// no concept of their own: a column holding them is direct (dropped) once the steward says so.
// A field the steward confirmed as other or sensitive is not an identifier: that decision holds.
MaskRule hipaa(const FieldClassification &field, const QString &subjectKey,
               const MaskPresetOptions &options)
{
    static const QSet<QString> quasiIdentifiers = {
        QStringLiteral("person_name"), QStringLiteral("address"), QStringLiteral("district"),
        QStringLiteral("employer"),
        // Province/state may stay under Safe Harbor, a city may not; the concept does not tell
        // them apart, so the strict choice: a steward who knows it is a province sets `keep`.
        QStringLiteral("region"),
    };
    const QString conceptId = conceptOf(field);
    const FieldRole role = field.effectiveRole();
    if (role == FieldRole::Direct) {
        if (options.subjectPseudonym && !subjectKey.isEmpty() && field.name == subjectKey)
            return MaskRule(MaskOperator::Pseudonym);
        return MaskRule(MaskOperator::Drop);
    }
    if (conceptId == QLatin1String("postal_code"))
        return make(MaskOperator::Truncate, {{QStringLiteral("keep"), QStringLiteral("3")}});
    if (conceptId == QLatin1String("age"))
        return make(MaskOperator::TopCode,
                    {{QStringLiteral("max"), QStringLiteral("90")},
                     {QStringLiteral("label"), QStringLiteral("90+")}});
    if (isYearMonthField(field))
        return make(MaskOperator::Truncate, {{QStringLiteral("keep"), QStringLiteral("4")}});
    if (isDateField(field))
        return make(MaskOperator::Date, {{QStringLiteral("to"), QStringLiteral("year")}});
    if (isFreeText(field))
        return MaskRule(MaskOperator::Scrub);
    if (role == FieldRole::Quasi && quasiIdentifiers.contains(conceptId))
        return MaskRule(MaskOperator::Drop);
    return MaskRule(MaskOperator::Keep);
}

// GB/T 39725-2020-style controlled release (a project group that is authorised and bound by an
// agreement): the subject stays linkable through a keyed pseudonym, the rest of the identifiers
// go, quasi-identifiers are generalised to a level that keeps most research value, sensitive
// attributes stay (they are the research) with diagnosis codes coarsened to their category.
MaskRule gbt39725(const FieldClassification &field, const QString &subjectKey)
{
    const QString conceptId = conceptOf(field);
    switch (field.effectiveRole()) {
    case FieldRole::Direct:
        if (!subjectKey.isEmpty() && field.name == subjectKey)
            return MaskRule(MaskOperator::Pseudonym);
        // The region of a resident ID (its first digits, the issuing city) is a quasi-identifier
        // many studies need; the rest of the number goes.
        if (MaskPresets::isResidentIdField(field))
            return make(MaskOperator::Truncate, {{QStringLiteral("keep"), QStringLiteral("4")}});
        return MaskRule(MaskOperator::Drop);
    case FieldRole::Quasi:
        if (conceptId == QLatin1String("age"))
            return ageBandsTopCoded();
        if (conceptId == QLatin1String("birth_date"))
            return make(MaskOperator::Date, {{QStringLiteral("to"), QStringLiteral("year")}});
        if (isYearMonthField(field))
            return MaskRule(MaskOperator::Keep); // already at month level
        if (isDateField(field)) {
            // Shifting every date of a subject by the same secret offset keeps intervals (length
            // of stay, time to readmission) exact; without a subject key, the month.
            if (!subjectKey.isEmpty())
                return make(MaskOperator::Shift, {{QStringLiteral("days"), QStringLiteral("30")},
                                                  {QStringLiteral("subject"), subjectKey}});
            return make(MaskOperator::Date, {{QStringLiteral("to"), QStringLiteral("month")}});
        }
        if (conceptId == QLatin1String("postal_code"))
            return make(MaskOperator::Truncate, {{QStringLiteral("keep"), QStringLiteral("3")}});
        // Cutting an address at province/city needs its structure (a fixed number of characters
        // cuts 黑龙江省哈尔滨市 wrongly): redacted here; a hierarchy file can do it properly.
        if (conceptId == QLatin1String("address") || conceptId == QLatin1String("district"))
            return MaskRule(MaskOperator::Redact);
        if (conceptId == QLatin1String("person_name"))
            return MaskRule(MaskOperator::Drop);
        if (isFreeText(field))
            return MaskRule(MaskOperator::Scrub);
        return MaskRule(MaskOperator::Keep);
    case FieldRole::Sensitive:
    case FieldRole::Other:
        if (isFreeText(field))
            return MaskRule(MaskOperator::Scrub);
        if (MaskPresets::isIcd10Field(field))
            return make(MaskOperator::Recode,
                        {{QStringLiteral("table"), QStringLiteral("builtin:icd10-category")}});
        return MaskRule(MaskOperator::Keep);
    }
    return MaskRule(MaskOperator::Keep);
}

} // namespace

QString MaskPresets::name(MaskPreset preset)
{
    switch (preset) {
    case MaskPreset::HipaaSafeHarbor: return QStringLiteral("hipaa-safe-harbor");
    case MaskPreset::Gbt39725Controlled: return QStringLiteral("gbt39725-controlled");
    }
    return {};
}

std::optional<MaskPreset> MaskPresets::fromName(QStringView text)
{
    for (MaskPreset p : {MaskPreset::HipaaSafeHarbor, MaskPreset::Gbt39725Controlled}) {
        if (text.trimmed().compare(name(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QStringList MaskPresets::names()
{
    return {name(MaskPreset::HipaaSafeHarbor), name(MaskPreset::Gbt39725Controlled)};
}

QString MaskPresets::label(MaskPreset preset)
{
    switch (preset) {
    case MaskPreset::HipaaSafeHarbor: return tr("HIPAA Safe Harbor");
    case MaskPreset::Gbt39725Controlled: return tr("GB/T 39725 controlled release");
    }
    return {};
}

QString MaskPresets::description(MaskPreset preset)
{
    switch (preset) {
    case MaskPreset::HipaaSafeHarbor:
        return tr("Removes the 18 HIPAA identifier kinds: identifiers are dropped (the subject "
                  "key too, unless a keyed pseudonym is chosen), dates are cut to the year, ages "
                  "of 90 and over become \"90+\", postal codes keep their first 3 digits and free "
                  "text is scrubbed. Check that each 3-digit area has more than 20,000 people.");
    case MaskPreset::Gbt39725Controlled:
        return tr("For a controlled release: identifiers are dropped except the subject key, "
                  "which becomes a keyed pseudonym; birth dates are cut to the year, other dates "
                  "shifted per subject; ages in 5-year bands with 90 and over together; postal "
                  "codes keep 3 digits, resident IDs their city region; addresses are redacted; "
                  "ICD-10 diagnosis codes are cut to their category; free text is scrubbed.");
    }
    return {};
}

bool MaskPresets::isIcd10Field(const FieldClassification &field)
{
    if (conceptOf(field) != QLatin1String("diagnosis_code"))
        return false;
    if (field.suggestion.detector.startsWith(QLatin1String("icd10")))
        return true;
    if (!field.hasProfile)
        return false;
    const double rate = std::max({field.profile.detectorRate(QStringLiteral("icd10")),
                                  field.profile.detectorRate(QStringLiteral("icd10_compact")),
                                  field.profile.detectorRate(QStringLiteral("icd10_sensitive"))});
    return rate >= 0.5;
}

bool MaskPresets::isResidentIdField(const FieldClassification &field)
{
    if (conceptOf(field) != QLatin1String("identity_number"))
        return false;
    if (field.suggestion.detector == QLatin1String("resident_id"))
        return true;
    return field.hasProfile && field.profile.detectorRate(QStringLiteral("resident_id")) >= 0.5;
}

MaskRule MaskPresets::ruleFor(MaskPreset preset, const FieldClassification &field,
                              const QString &subjectKey, const MaskPresetOptions &options)
{
    switch (preset) {
    case MaskPreset::HipaaSafeHarbor: return hipaa(field, subjectKey, options);
    case MaskPreset::Gbt39725Controlled: return gbt39725(field, subjectKey);
    }
    return MaskRule(MaskOperator::Keep);
}

QList<std::pair<QString, MaskRule>>
MaskPresets::rules(MaskPreset preset, const DatasetClassification &classification,
                   const MaskPresetOptions &options)
{
    const QString key = RuleSuggester::subjectKey(classification);
    QList<std::pair<QString, MaskRule>> result;
    for (const FieldClassification &f : classification.fields)
        result.append({f.name, ruleFor(preset, f, key, options)});
    return result;
}

} // namespace steward
