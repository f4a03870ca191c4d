#include "core/documents/DocumentPlaceholders.h"

#include "core/release/SharingMode.h"

#include <QLocale>

namespace steward {

namespace {

void put(QHash<QString, QString> &values, const QString &name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        values.insert(name, value);
}

void put(QHash<QString, QString> &values, const char *name, const QString &value)
{
    put(values, QString::fromLatin1(name), value);
}

} // namespace

QHash<QString, QString> DocumentPlaceholders::values(const DocumentTemplate &tmpl,
                                                     const Release &release,
                                                     const DocumentFacts &facts,
                                                     const DocumentContent &content)
{
    // The same wording as the rendered document (DocumentComposer), so that the exchange file's
    // untouched clauses read exactly as the PDF does.
    const bool english = tmpl.language == QLatin1String("en");
    const QLocale locale = english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   : QLocale(QLocale::Chinese, QLocale::China);
    const QString separatorPhrase = tmpl.phrases.value(QStringLiteral("doc.list_separator"));
    const QString listSeparator = !separatorPhrase.isEmpty() ? separatorPhrase
                                  : english                  ? QStringLiteral(", ")
                                                             : QStringLiteral("、");
    auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, english ? QStringLiteral("d MMMM yyyy")
                                                        : QStringLiteral("yyyy年M月d日"))
                           : QString();
    };
    auto decimal = [&](double v) {
        QString text = locale.toString(v, 'f', 3);
        // 0.200 → 0.2: figures read as measured, not padded.
        if (text.contains(locale.decimalPoint())) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(locale.decimalPoint()))
                text.chop(locale.decimalPoint().size());
        }
        return text;
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
        const int months = release.retentionMonths;
        QString retention;
        if (months == 12)
            retention = tmpl.phrase(QStringLiteral("retention.one_year"));
        else if (months == 1)
            retention = tmpl.phrase(QStringLiteral("retention.one_month"));
        else if (months % 12 == 0)
            retention = tmpl.phrase(QStringLiteral("retention.years"))
                            .arg(locale.toString(months / 12));
        else
            retention = tmpl.phrase(QStringLiteral("retention.months")).arg(locale.toString(months));
        put(values, "retention", retention);
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
    if (datasets.isEmpty())
        datasets = release.datasets;
    put(values, "datasets", datasets.join(listSeparator));
    if (!facts.datasets.isEmpty())
        put(values, "records", locale.toString(records));
    put(values, "subjects",
        subjectsKnown ? locale.toString(subjects) : tmpl.phrase(QStringLiteral("doc.unknown")));
    if (facts.releaseGrade > 0)
        put(values, "release_grade", locale.toString(facts.releaseGrade));
    put(values, "min_k", locale.toString(release.policy.minK));
    put(values, "max_risk", decimal(release.policy.maxProsecutorRisk));
    put(values, "max_unmasked_grade", locale.toString(release.policy.maxUnmaskedGrade));
    put(values, "breach_hours", content.texts.value(QStringLiteral("breach.hours")).trimmed());
    for (const TemplateSection &section : tmpl.sections) {
        for (const TemplateItem &item : section.items) {
            if (item.type != TemplateItemType::Field)
                continue;
            const QString value = content.texts.value(item.key).trimmed();
            QString shown = value;
            if (!value.isEmpty() && !item.choices.isEmpty()) {
                shown = tmpl.phrase(QStringLiteral("choice.%1.%2").arg(item.key, value));
            } else if (!value.isEmpty() && item.format == QLatin1String("date")) {
                const QDate d = QDate::fromString(value, Qt::ISODate);
                if (d.isValid())
                    shown = date(d);
            }
            put(values, QStringLiteral("field:") + item.key, shown);
        }
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
