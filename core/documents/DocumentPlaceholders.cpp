#include "core/documents/DocumentPlaceholders.h"

#include "core/release/SharingMode.h"

#include <QLocale>

namespace steward {

namespace {

void put(QHash<QString, QString> &values, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        values.insert(QLatin1String(name), value);
}

} // namespace

QHash<QString, QString> DocumentPlaceholders::values(const DocumentTemplate &tmpl,
                                                     const Release &release,
                                                     const DocumentFacts &facts,
                                                     const DocumentContent &content)
{
    const bool zh = tmpl.language.startsWith(QLatin1String("zh"));
    const QLocale locale(zh ? QLocale::Chinese : QLocale::English,
                         zh ? QLocale::China : QLocale::UnitedKingdom);
    const QString listSeparator = zh ? QStringLiteral("、") : QStringLiteral(", ");
    auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, zh ? QStringLiteral("yyyy年M月d日")
                                                   : QStringLiteral("d MMMM yyyy"))
                           : QString();
    };

    QHash<QString, QString> values;
    put(values, "release", release.name);
    put(values, "provider", release.providerOrganisation);
    put(values, "recipient", release.recipientOrganisation);
    put(values, "contact", release.recipientContact);
    put(values, "users", release.users.join(listSeparator));
    put(values, "purpose", release.purpose);
    if (release.legalBasis)
        put(values, "legal_basis",
            tmpl.phrase(QStringLiteral("basis.") + legalBasisName(*release.legalBasis)));
    put(values, "legal_basis_text", release.legalBasisText);
    const QString mode = sharingModeName(release.mode);
    put(values, "mode", tmpl.phrase(QStringLiteral("mode.") + mode));
    put(values, "mode_description", tmpl.phrase(QStringLiteral("mode.%1.description").arg(mode)));
    if (release.retentionMonths > 0) {
        const bool years = release.retentionMonths % 12 == 0;
        put(values, "retention",
            tmpl.phrase(years ? QStringLiteral("retention.years")
                              : QStringLiteral("retention.months"))
                .arg(locale.toString(years ? release.retentionMonths / 12
                                           : release.retentionMonths)));
    }
    put(values, "start", date(release.startDate));
    put(values, "end", date(release.endDate));

    QStringList datasets;
    qint64 records = 0;
    qint64 subjects = 0;
    bool subjectsKnown = !facts.datasets.isEmpty();
    for (const FactDataset &d : facts.datasets) {
        datasets.append(d.name);
        records += d.records;
        if (d.subjects < 0)
            subjectsKnown = false;
        else
            subjects += d.subjects;
    }
    put(values, "datasets", datasets.join(listSeparator));
    if (!facts.datasets.isEmpty())
        put(values, "records", locale.toString(records));
    if (subjectsKnown)
        put(values, "subjects", locale.toString(subjects));
    if (facts.releaseGrade > 0)
        put(values, "release_grade", locale.toString(facts.releaseGrade));
    put(values, "min_k", locale.toString(release.policy.minK));
    put(values, "max_risk", locale.toString(release.policy.maxProsecutorRisk, 'g', 3));
    put(values, "max_unmasked_grade", locale.toString(release.policy.maxUnmaskedGrade));
    put(values, "breach_hours", content.texts.value(QStringLiteral("breach.hours")).trimmed());
    for (auto it = content.texts.cbegin(); it != content.texts.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            values.insert(QStringLiteral("field:") + it.key(), it.value());
    }
    return values;
}

QString DocumentPlaceholders::clauseText(const TemplateItem &item, const DocumentContent &content,
                                         const QHash<QString, QString> &values)
{
    if (auto it = content.texts.constFind(item.key); it != content.texts.constEnd())
        return *it;
    return DocumentTemplate::fill(item.text, values);
}

} // namespace steward
