#include "core/documents/DocumentCompleteness.h"

#include "core/release/SharingMode.h"

#include <QDate>
#include <QJsonArray>

namespace steward {

QJsonObject MissingItem::toJson() const
{
    return QJsonObject{{QStringLiteral("section"), section},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("section_title"), sectionTitle},
                       {QStringLiteral("label"), label}};
}

QJsonObject Completeness::toJson() const
{
    QJsonArray list;
    for (const MissingItem &m : missing)
        list.append(m.toJson());
    return QJsonObject{{QStringLiteral("complete"), complete()},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("filled"), filled},
                       {QStringLiteral("missing"), list}};
}

namespace {

// Words of the check in the document's language (the completeness list is part of what a
// document says about itself, so it follows the document, not the UI). A template may word them
// its own way with the phrase "missing.<item>".
struct Wording {
    const char *key;
    const char *en;
    const char *zh;
};
const Wording kWording[] = {
    {"release.recipient", "Recipient organisation (release setting)", "数据接收方（发布设置）"},
    {"release.purpose", "Purpose (release setting)", "使用目的（发布设置）"},
    {"release.legal_basis", "Legal basis (release setting)", "合法性基础（发布设置）"},
    {"release.users", "Named users (release setting)", "指定使用人员（发布设置）"},
    {"release.retention", "Retention period (release setting)", "保存期限（发布设置）"},
    {"release.dates", "Start and end dates (release setting)", "起止日期（发布设置）"},
    {"severity_before", "severity before measures", "采取措施前的严重程度"},
    {"likelihood_before", "likelihood before measures", "采取措施前的可能性"},
    {"severity_after", "severity after measures", "采取措施后的严重程度"},
    {"likelihood_after", "likelihood after measures", "采取措施后的可能性"},
    {"owner", "owner", "负责人"},
    {"due", "due date", "完成期限"},
    {"action", "Action", "措施"},
    {"no_data", "no dataset measured yet", "尚无已测量的数据集"},
    {"not_measured", "risk not measured yet", "尚未测量风险"},
    {"not_date", "not a date (yyyy-mm-dd)", "不是有效日期（yyyy-mm-dd）"},
    {"not_integer", "not a positive whole number", "不是正整数"},
    {"not_choice", "not one of the choices", "不是可选值之一"},
};

QString wording(const DocumentTemplate &tmpl, const QString &key)
{
    const QString phrase = tmpl.phrases.value(QStringLiteral("missing.") + key);
    if (!phrase.isEmpty())
        return phrase;
    // The register's own column headings name the ratings ("Severity before").
    const QString column = tmpl.phrases.value(QStringLiteral("risk.col.") + key);
    if (!column.isEmpty())
        return column;
    const bool zh = tmpl.language.startsWith(QLatin1String("zh"));
    for (const Wording &w : kWording) {
        if (key == QLatin1String(w.key))
            return QString::fromUtf8(zh ? w.zh : w.en);
    }
    return key;
}

QString joined(const DocumentTemplate &tmpl, const QString &a, const QString &b)
{
    return tmpl.language.startsWith(QLatin1String("zh")) ? a + QStringLiteral("：") + b
                                                         : a + QStringLiteral(": ") + b;
}

bool hasMeasuredFigures(const DocumentFacts &facts)
{
    if (facts.reidentificationAfter > 0)
        return true;
    for (const FactDataset &d : facts.datasets) {
        if (d.after.classes > 0 || d.after.records > 0)
            return true;
    }
    return false;
}

class Checker {
public:
    explicit Checker(Completeness &result) : m_result(result) {}

    // One required item: counted, and listed when not filled.
    void require(const TemplateSection &section, const QString &item, bool filled,
                 const QString &label)
    {
        ++m_result.required;
        if (filled) {
            ++m_result.filled;
            return;
        }
        m_result.missing.append(MissingItem{section.key, item, section.title, label});
    }

private:
    Completeness &m_result;
};

// Which section a release setting belongs to, by the items the template puts there.
const TemplateSection *sectionFor(const DocumentTemplate &tmpl, const QStringList &candidates)
{
    for (const QString &key : candidates) {
        for (const TemplateSection &s : tmpl.sections) {
            if (s.key == key)
                return &s;
        }
    }
    return tmpl.sections.isEmpty() ? nullptr : &tmpl.sections.first();
}

} // namespace

Completeness DocumentCompleteness::check(const DocumentTemplate &tmpl, const Release &release,
                                         const DocumentContent &content,
                                         const DocumentFacts &facts)
{
    Completeness result;
    Checker checker(result);
    const bool agreement = tmpl.kind == DocumentKind::Agreement;

    // The release settings the document quotes, listed with the section that quotes them.
    struct ReleaseItem {
        QString key;
        QStringList sections;
        bool filled;
        bool agreementOnly;
    };
    const QList<ReleaseItem> releaseItems = {
        {QStringLiteral("release.recipient"), {QStringLiteral("parties")},
         !release.recipientOrganisation.trimmed().isEmpty(), true},
        {QStringLiteral("release.purpose"), {QStringLiteral("purpose"), QStringLiteral("context")},
         !release.purpose.trimmed().isEmpty(), false},
        {QStringLiteral("release.legal_basis"),
         {QStringLiteral("legal_basis"), QStringLiteral("principles")},
         release.legalBasis.has_value(), false},
        {QStringLiteral("release.users"), {QStringLiteral("security")}, !release.users.isEmpty(),
         true},
        {QStringLiteral("release.retention"), {QStringLiteral("retention")},
         release.retentionMonths > 0, true},
        {QStringLiteral("release.dates"), {QStringLiteral("term")},
         release.startDate.isValid() && release.endDate.isValid(), true},
    };

    const bool measured = hasMeasuredFigures(facts);

    for (const TemplateSection &section : tmpl.sections) {
        for (const ReleaseItem &r : releaseItems) {
            if (r.agreementOnly && !agreement)
                continue;
            if (sectionFor(tmpl, r.sections) == &section)
                checker.require(section, r.key, r.filled, wording(tmpl, r.key));
        }
        for (const TemplateItem &item : section.items) {
            bool applies = item.required;
            if (item.requiredWhen == QLatin1String("ethics_required"))
                applies = applies && release.policy.ethicsApprovalRequired;
            else if (item.requiredWhen == QLatin1String("consent"))
                applies = applies && release.legalBasis == LegalBasis::Consent;
            else if (item.requiredWhen == QLatin1String("cross_border"))
                applies = applies
                          && !content.texts.value(QStringLiteral("onward.cross_border"))
                                  .trimmed()
                                  .isEmpty();
            if (!applies)
                continue;
            switch (item.type) {
            case TemplateItemType::Clause:
                // Untouched clauses carry the template's text; only an emptied one is missing.
                checker.require(section, item.key,
                                !content.texts.contains(item.key)
                                    || !content.texts.value(item.key).trimmed().isEmpty(),
                                item.label);
                break;
            case TemplateItemType::Field: {
                const QString value = content.texts.value(item.key).trimmed();
                QString label = item.label;
                bool filled = !value.isEmpty();
                if (filled && item.format == QLatin1String("date")
                    && !QDate::fromString(value, Qt::ISODate).isValid()) {
                    filled = false;
                    label = joined(tmpl, item.label, wording(tmpl, QStringLiteral("not_date")));
                } else if (filled && item.format == QLatin1String("integer")) {
                    bool ok = false;
                    const qlonglong n = value.toLongLong(&ok);
                    if (!ok || n <= 0) {
                        filled = false;
                        label = joined(tmpl, item.label,
                                       wording(tmpl, QStringLiteral("not_integer")));
                    }
                } else if (filled && !item.choices.isEmpty() && !item.choices.contains(value)) {
                    filled = false;
                    label = joined(tmpl, item.label, wording(tmpl, QStringLiteral("not_choice")));
                }
                checker.require(section, item.key, filled, label);
                break;
            }
            case TemplateItemType::Generated:
                if (item.generator == QLatin1String("annex")
                    || item.generator == QLatin1String("inventory")
                    || item.generator == QLatin1String("datasets")) {
                    checker.require(
                        section, item.key, !facts.isEmpty(),
                        joined(tmpl, item.label, wording(tmpl, QStringLiteral("no_data"))));
                } else if (item.generator == QLatin1String("risk_figures")) {
                    checker.require(
                        section, item.key, measured,
                        joined(tmpl, item.label, wording(tmpl, QStringLiteral("not_measured"))));
                }
                // The other blocks quote release settings, checked as release items.
                break;
            case TemplateItemType::RiskRegister:
                for (const RiskEntry &risk : content.risks) {
                    const QString title =
                        risk.title.isEmpty()
                            ? tmpl.phrase(QStringLiteral("risk.%1.title").arg(risk.key))
                            : risk.title;
                    const struct {
                        const char *name;
                        int value;
                        bool derived;
                        int derivedValue;
                    } ratings[] = {
                        {"severity_before", risk.severityBefore, false, 0},
                        {"likelihood_before", risk.likelihoodBefore, risk.likelihoodDerived,
                         facts.reidentificationBefore},
                        {"severity_after", risk.severityAfter, false, 0},
                        {"likelihood_after", risk.likelihoodAfter, risk.likelihoodDerived,
                         facts.reidentificationAfter},
                    };
                    for (const auto &rating : ratings) {
                        const int v = rating.derived ? rating.derivedValue : rating.value;
                        const QString name = QLatin1String(rating.name);
                        checker.require(section,
                                        QStringLiteral("risk.%1.%2").arg(risk.key, name),
                                        v >= 1 && v <= 4, joined(tmpl, title, wording(tmpl, name)));
                    }
                }
                break;
            case TemplateItemType::ActionPlan:
            case TemplateItemType::Check:
                break;
            }
        }
        // An action plan row with an action needs an owner and a due date, required or not.
        for (const TemplateItem &item : section.items) {
            if (item.type != TemplateItemType::ActionPlan)
                continue;
            for (qsizetype i = 0; i < content.actions.size(); ++i) {
                const ActionItem &a = content.actions.at(i);
                if (a.action.trimmed().isEmpty())
                    continue;
                const QString row = QStringLiteral("%1 %2")
                                        .arg(wording(tmpl, QStringLiteral("action")))
                                        .arg(i + 1);
                checker.require(section, QStringLiteral("action.%1.owner").arg(i + 1),
                                !a.owner.trimmed().isEmpty(),
                                joined(tmpl, row, wording(tmpl, QStringLiteral("owner"))));
                checker.require(section, QStringLiteral("action.%1.due").arg(i + 1),
                                a.due.isValid(),
                                joined(tmpl, row, wording(tmpl, QStringLiteral("due"))));
            }
        }
    }
    return result;
}

} // namespace steward
