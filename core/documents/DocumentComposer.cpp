#include "core/documents/DocumentComposer.h"

#include "core/documents/DocumentExporter.h"
#include "core/documents/MaskingWords.h"
#include "core/documents/RiskMapPainter.h"
#include "core/mask/MaskRule.h"

#include <QBuffer>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace steward {

namespace {

const QString kRiskMapResource = QStringLiteral("riskmap.png");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// People's text: paragraphs on blank lines, line breaks kept.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString p = esc(part.trimmed());
        p.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<p>") + p + QStringLiteral("</p>");
    }
    return html;
}

// Everything one composition needs, computed once: the preview re-composes on every edit.
class Composition final {
public:
    Composition(const DocumentState &state, const DocumentTemplate &tmpl)
        : s(state), t(tmpl), facts(state.version.facts),
          locale(tmpl.language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                      : QLocale(QLocale::Chinese, QLocale::China)),
          english(tmpl.language == QLatin1String("en"))
    {
        buildValues();
    }

    const DocumentState &s;
    const DocumentTemplate &t;
    const DocumentFacts &facts;
    QLocale locale;
    bool english;
    QHash<QString, QString> values;

    QString ph(const QString &key) const { return t.phrase(key); }
    QString blank() const
    {
        const QString b = t.phrases.value(QStringLiteral("doc.blank"));
        return b.isEmpty() ? QStringLiteral("________") : b;
    }
    QString number(qint64 n) const { return locale.toString(n); }
    QString decimal(double v, int precision = 3) const
    {
        QString text = locale.toString(v, 'f', precision);
        // 0.200 → 0.2: figures read as measured, not padded.
        if (text.contains(locale.decimalPoint())) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(locale.decimalPoint()))
                text.chop(locale.decimalPoint().size());
        }
        return text;
    }
    QString date(const QDate &d) const
    {
        if (!d.isValid())
            return {};
        return english ? locale.toString(d, QStringLiteral("d MMMM yyyy"))
                       : locale.toString(d, QStringLiteral("yyyy年M月d日"));
    }
    QString list(const QStringList &items) const
    {
        const QString separator = t.phrases.value(QStringLiteral("doc.list_separator"));
        return items.join(separator.isEmpty() ? (english ? QStringLiteral(", ") : QStringLiteral("、")) : separator);
    }
    QString percent(double fraction) const { return decimal(fraction * 100.0, 1) + QStringLiteral("%"); }

    QString fieldValue(const TemplateItem &item) const
    {
        const QString value = s.version.content.texts.value(item.key).trimmed();
        if (value.isEmpty())
            return {};
        if (!item.choices.isEmpty())
            return ph(QStringLiteral("choice.%1.%2").arg(item.key, value));
        if (item.format == QLatin1String("date")) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (d.isValid())
                return date(d);
        }
        return value;
    }

    void buildValues()
    {
        const Release &r = s.release;
        values.insert(QStringLiteral("release"), r.name);
        values.insert(QStringLiteral("provider"), r.providerOrganisation);
        values.insert(QStringLiteral("recipient"), r.recipientOrganisation);
        values.insert(QStringLiteral("contact"), r.recipientContact);
        values.insert(QStringLiteral("users"), list(r.users));
        values.insert(QStringLiteral("purpose"), r.purpose);
        if (r.legalBasis)
            values.insert(QStringLiteral("legal_basis"), ph(QStringLiteral("basis.") + legalBasisName(*r.legalBasis)));
        values.insert(QStringLiteral("legal_basis_text"), r.legalBasisText);
        const QString mode = sharingModeName(r.mode);
        values.insert(QStringLiteral("mode"), ph(QStringLiteral("mode.") + mode));
        values.insert(QStringLiteral("mode_description"), ph(QStringLiteral("mode.%1.description").arg(mode)));
        if (r.retentionMonths > 0) {
            const int m = r.retentionMonths;
            QString retention;
            if (m == 12)
                retention = ph(QStringLiteral("retention.one_year"));
            else if (m % 12 == 0)
                retention = ph(QStringLiteral("retention.years")).arg(number(m / 12));
            else if (m == 1)
                retention = ph(QStringLiteral("retention.one_month"));
            else
                retention = ph(QStringLiteral("retention.months")).arg(number(m));
            values.insert(QStringLiteral("retention"), retention);
        }
        values.insert(QStringLiteral("start"), date(r.startDate));
        values.insert(QStringLiteral("end"), date(r.endDate));
        QStringList names;
        qint64 records = 0;
        qint64 subjects = 0;
        bool subjectsKnown = !facts.datasets.isEmpty();
        for (const FactDataset &d : facts.datasets) {
            names << d.name;
            records += d.records;
            if (d.subjects < 0)
                subjectsKnown = false;
            else
                subjects += d.subjects;
        }
        if (names.isEmpty())
            names = r.datasets;
        values.insert(QStringLiteral("datasets"), list(names));
        if (!facts.datasets.isEmpty())
            values.insert(QStringLiteral("records"), number(records));
        values.insert(QStringLiteral("subjects"), subjectsKnown ? number(subjects) : ph(QStringLiteral("doc.unknown")));
        if (facts.releaseGrade > 0)
            values.insert(QStringLiteral("release_grade"), number(facts.releaseGrade));
        values.insert(QStringLiteral("min_k"), number(r.policy.minK));
        values.insert(QStringLiteral("max_risk"), decimal(r.policy.maxProsecutorRisk));
        values.insert(QStringLiteral("max_unmasked_grade"), number(r.policy.maxUnmaskedGrade));
        values.insert(QStringLiteral("breach_hours"), s.version.content.texts.value(QStringLiteral("breach.hours")).trimmed());
        for (const TemplateSection &section : t.sections) {
            for (const TemplateItem &item : section.items) {
                if (item.type == TemplateItemType::Field)
                    values.insert(QStringLiteral("field:") + item.key, fieldValue(item));
            }
        }
    }

    // ---- tables ---------------------------------------------------------------------------------
    // Header rows go in <thead> (QTextTable repeats them on every page the table spans).
    static QString tableStart(const QStringList &headers, const QList<int> &widths = {},
                              const QList<int> &rightAligned = {})
    {
        QString html = QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                      "width=\"100%\" style=\"border-collapse: collapse; border-color: #9aa3ad;\">"
                                      "<thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i) {
            QString width;
            if (i < widths.size() && widths.at(i) > 0)
                width = QStringLiteral(" width=\"%1%\"").arg(widths.at(i));
            const QString align = rightAligned.contains(int(i)) ? QStringLiteral("right") : QStringLiteral("left");
            html += QStringLiteral("<th bgcolor=\"#e4e9ef\" align=\"%1\"%2>%3</th>").arg(align, width, esc(headers.at(i)));
        }
        return html + QStringLiteral("</tr></thead><tbody>");
    }
    static QString row(const QStringList &cells, const QList<int> &rightAligned = {})
    {
        QString html = QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            html += rightAligned.contains(int(i)) ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>");
            html += esc(cells.at(i)) + QStringLiteral("</td>");
        }
        return html + QStringLiteral("</tr>");
    }
    static QString tableEnd() { return QStringLiteral("</tbody></table>"); }
    QString noneParagraph(const QString &key = QStringLiteral("doc.none")) const
    {
        return QStringLiteral("<p><i>") + esc(ph(key)) + QStringLiteral("</i></p>");
    }

    // The grade with its meaning ("4 – small group; directly identifying"), for short tables.
    QString grade(int g) const
    {
        if (g <= 0)
            return ph(QStringLiteral("doc.unknown"));
        const QString meaning = ph(QStringLiteral("grade.%1").arg(g));
        return meaning.startsWith(number(g)) ? meaning : QStringLiteral("%1 · %2").arg(number(g), meaning);
    }
    // The bare grade, for the long field tables (the meanings are in the datasets table).
    QString gradeNumber(int g) const { return g <= 0 ? ph(QStringLiteral("doc.unknown")) : number(g); }
    QString fieldName(const FactField &f) const
    {
        return facts.datasets.size() > 1 ? f.dataset + QLatin1Char('.') + f.field : f.field;
    }
    QString masking(const FactField &f) const
    {
        if (!f.released)
            return ph(QStringLiteral("mask.drop"));
        const Result<MaskRule> rule = MaskRule::parse(f.rule);
        return rule ? MaskingWords::describe(*rule, t, f.field) : f.rule;
    }

    QString genParties() const
    {
        const Release &r = s.release;
        auto orBlank = [this](const QString &v) { return v.trimmed().isEmpty() ? blank() : v; };
        QString html = tableStart({ph(QStringLiteral("gen.parties.party")), ph(QStringLiteral("gen.parties.provider")),
                                   ph(QStringLiteral("gen.parties.recipient"))}, {24, 38, 38});
        html += row({ph(QStringLiteral("gen.parties.organisation")), orBlank(r.providerOrganisation),
                     orBlank(r.recipientOrganisation)});
        html += row({ph(QStringLiteral("gen.parties.contact")),
                     orBlank(values.value(QStringLiteral("field:parties.provider_representative"))),
                     orBlank(r.recipientContact)});
        html += row({ph(QStringLiteral("gen.parties.role")), ph(QStringLiteral("gen.parties.provider_role")),
                     ph(QStringLiteral("gen.parties.recipient_role"))});
        return html + tableEnd();
    }

    QString genDatasets() const
    {
        if (facts.datasets.isEmpty())
            return noneParagraph(QStringLiteral("gen.datasets.none"));
        QString html = tableStart({ph(QStringLiteral("gen.datasets.name")), ph(QStringLiteral("gen.datasets.version")),
                                   ph(QStringLiteral("gen.datasets.records")), ph(QStringLiteral("gen.datasets.subjects")),
                                   ph(QStringLiteral("gen.datasets.grade"))}, {26, 10, 16, 16, 32}, {1, 2, 3});
        for (const FactDataset &d : facts.datasets) {
            html += row({d.name, number(d.version), number(d.records),
                         d.subjects < 0 ? ph(QStringLiteral("doc.unknown")) : number(d.subjects), grade(d.grade)},
                        {1, 2, 3});
        }
        return html + tableEnd();
    }

    QString genAnnex() const
    {
        QString html = tableStart({ph(QStringLiteral("gen.annex.field")), ph(QStringLiteral("gen.annex.category")),
                                   ph(QStringLiteral("gen.annex.grade")), ph(QStringLiteral("gen.annex.role")),
                                   ph(QStringLiteral("gen.annex.masking"))}, {22, 20, 8, 16, 34});
        int rows = 0;
        for (const FactField &f : facts.fields) {
            if (!f.released)
                continue;
            html += row({fieldName(f), ph(QStringLiteral("category.") + f.category), gradeNumber(f.grade),
                         ph(QStringLiteral("role.") + f.role), masking(f)});
            ++rows;
        }
        return rows == 0 ? noneParagraph(QStringLiteral("gen.annex.none")) : html + tableEnd();
    }

    QString fieldList(bool dropped, bool generalised) const
    {
        QString html;
        int rows = 0;
        for (const FactField &f : facts.fields) {
            const bool isDropped = !f.released;
            const bool isGeneralised = f.released && f.generalised;
            if ((dropped && isDropped) || (generalised && isGeneralised)) {
                if (rows == 0 && generalised) {
                    html = tableStart({ph(QStringLiteral("gen.minimisation.field")), ph(QStringLiteral("gen.annex.grade")),
                                       ph(QStringLiteral("gen.minimisation.treatment"))}, {30, 10, 60});
                } else if (rows == 0) {
                    html = tableStart({ph(QStringLiteral("gen.dropped.field")), ph(QStringLiteral("gen.dropped.grade")),
                                       ph(QStringLiteral("gen.dropped.role"))}, {45, 15, 40});
                }
                if (generalised) {
                    html += row({fieldName(f), gradeNumber(f.grade),
                                 isDropped ? ph(QStringLiteral("gen.minimisation.dropped"))
                                           : ph(QStringLiteral("gen.minimisation.generalised")) + QStringLiteral(": ") + masking(f)});
                } else {
                    html += row({fieldName(f), gradeNumber(f.grade), ph(QStringLiteral("role.") + f.role)});
                }
                ++rows;
            }
        }
        if (rows == 0)
            return noneParagraph(generalised ? QStringLiteral("gen.minimisation.none") : QStringLiteral("gen.dropped.none"));
        return html + tableEnd();
    }

    QString genInventory() const
    {
        QMap<QString, QMap<int, int>> counts; // category → grade → released fields
        QStringList order;
        for (const FactField &f : facts.fields) {
            if (!f.released)
                continue;
            if (!counts.contains(f.category))
                order << f.category;
            counts[f.category][f.grade] += 1;
        }
        if (order.isEmpty())
            return noneParagraph();
        QStringList headers{ph(QStringLiteral("gen.inventory.category"))};
        for (int g = 1; g <= 5; ++g)
            headers << ph(QStringLiteral("gen.inventory.grade")) + QLatin1Char(' ') + number(g);
        headers << ph(QStringLiteral("gen.inventory.total"));
        QString html = tableStart(headers, {34, 11, 11, 11, 11, 11, 11}, {1, 2, 3, 4, 5, 6});
        int total[6] = {0, 0, 0, 0, 0, 0};
        for (const QString &category : std::as_const(order)) {
            QStringList cells{ph(QStringLiteral("category.") + category)};
            int sum = 0;
            for (int g = 1; g <= 5; ++g) {
                const int n = counts[category].value(g);
                cells << (n == 0 ? QString() : number(n));
                sum += n;
                total[g] += n;
            }
            total[0] += sum;
            cells << number(sum);
            html += row(cells, {1, 2, 3, 4, 5, 6});
        }
        QStringList cells{ph(QStringLiteral("gen.inventory.total"))};
        for (int g = 1; g <= 5; ++g)
            cells << number(total[g]);
        cells << number(total[0]);
        html += row(cells, {1, 2, 3, 4, 5, 6});
        return html + tableEnd();
    }

    QString genConsent() const
    {
        bool any = false;
        for (const FactDataset &d : facts.datasets)
            any = any || d.consent.has_value();
        if (!any)
            return noneParagraph(QStringLiteral("gen.consent.none"));
        QString html = tableStart({ph(QStringLiteral("gen.consent.dataset")), ph(QStringLiteral("gen.consent.purpose")),
                                   ph(QStringLiteral("gen.consent.kept")), ph(QStringLiteral("gen.consent.withdrawn")),
                                   ph(QStringLiteral("gen.consent.refused")), ph(QStringLiteral("gen.consent.out_of_scope")),
                                   ph(QStringLiteral("gen.consent.no_record")), ph(QStringLiteral("gen.consent.excluded"))},
                                  {20, 15, 11, 11, 11, 11, 10, 11}, {2, 3, 4, 5, 6, 7});
        for (const FactDataset &d : facts.datasets) {
            if (!d.consent) {
                html += row({d.name, ph(QStringLiteral("gen.consent.no_register")), QString(), QString(),
                             QString(), QString(), QString(), QString()});
                continue;
            }
            const ConsentExclusion &c = *d.consent;
            html += row({d.name, c.purpose, number(c.recordsKept), number(c.excludedWithdrawn),
                         number(c.excludedRefused), number(c.excludedOutOfScope), number(c.excludedNoRecord),
                         number(c.excludedTotal())},
                        {2, 3, 4, 5, 6, 7});
        }
        return html + tableEnd();
    }

    QString genRiskFigures() const
    {
        if (facts.datasets.isEmpty())
            return noneParagraph();
        QString html;
        for (const FactDataset &d : facts.datasets) {
            if (facts.datasets.size() > 1)
                html += QStringLiteral("<p><b>") + esc(d.name) + QStringLiteral("</b></p>");
            html += tableStart({QString(), ph(QStringLiteral("gen.risk_figures.before")),
                                ph(QStringLiteral("gen.risk_figures.after"))}, {50, 25, 25}, {1, 2});
            auto line = [&](const QString &key, const QString &before, const QString &after) {
                html += row({ph(QStringLiteral("gen.risk_figures.") + key), before, after}, {1, 2});
            };
            if (d.quasi.isEmpty()) {
                html += row({ph(QStringLiteral("gen.risk_figures.not_measured")), QString(), QString()});
                html += tableEnd();
                continue;
            }
            line(QStringLiteral("k"), number(d.before.k), number(d.after.k));
            line(QStringLiteral("records"), number(d.before.records), number(d.after.records));
            line(QStringLiteral("classes"), number(d.before.classes), number(d.after.classes));
            line(QStringLiteral("min_class"), number(d.before.minClass), number(d.after.minClass));
            line(QStringLiteral("records_below_k"), number(d.before.recordsBelowK), number(d.after.recordsBelowK));
            line(QStringLiteral("prosecutor_max"), decimal(d.before.prosecutorMax), decimal(d.after.prosecutorMax));
            line(QStringLiteral("prosecutor_avg"), decimal(d.before.prosecutorAvg, 4), decimal(d.after.prosecutorAvg, 4));
            line(QStringLiteral("sample_uniques"), percent(d.before.sampleUniques), percent(d.after.sampleUniques));
            line(QStringLiteral("suppressed"), number(d.before.suppressedRecords), number(d.after.suppressedRecords));
            QStringList sensitive = d.after.lDiversity.keys();
            for (const QString &k : d.before.lDiversity.keys()) {
                if (!sensitive.contains(k))
                    sensitive << k;
            }
            for (const QString &field : std::as_const(sensitive)) {
                html += row({ph(QStringLiteral("gen.risk_figures.l_diversity")).arg(field),
                             d.before.lDiversity.contains(field) ? number(d.before.lDiversity.value(field)) : QString(),
                             d.after.lDiversity.contains(field) ? number(d.after.lDiversity.value(field)) : QString()},
                            {1, 2});
            }
            html += tableEnd();
            if (!d.quasi.isEmpty()) {
                html += QStringLiteral("<p class=\"note\">") + esc(ph(QStringLiteral("gen.risk_figures.quasi"))) +
                        QStringLiteral(": ") + esc(list(d.quasi)) + QStringLiteral("</p>");
            }
        }
        return html;
    }

    QString genPolicy() const
    {
        const ReleasePolicy &p = s.release.policy;
        QString html = tableStart({ph(QStringLiteral("gen.policy.setting")), ph(QStringLiteral("gen.policy.value"))}, {70, 30}, {1});
        const auto yesNo = [this](bool b) { return ph(b ? QStringLiteral("doc.yes") : QStringLiteral("doc.no")); };
        html += row({ph(QStringLiteral("gen.policy.max_unmasked_grade")), number(p.maxUnmaskedGrade)}, {1});
        html += row({ph(QStringLiteral("gen.policy.min_k")), number(p.minK)}, {1});
        html += row({ph(QStringLiteral("gen.policy.max_prosecutor_risk")), decimal(p.maxProsecutorRisk)}, {1});
        html += row({ph(QStringLiteral("gen.policy.ethics_approval_required")), yesNo(p.ethicsApprovalRequired)}, {1});
        html += row({ph(QStringLiteral("gen.policy.free_text_allowed")), yesNo(p.freeTextAllowed)}, {1});
        return html + tableEnd();
    }

    QString genMeasuresInPlace() const
    {
        if (facts.measures.isEmpty())
            return noneParagraph(QStringLiteral("gen.measures_in_place.none"));
        QString html = QStringLiteral("<ul>");
        for (const QString &m : facts.measures)
            html += QStringLiteral("<li>") + esc(ph(QStringLiteral("gen.measures_in_place.") + m)) + QStringLiteral("</li>");
        return html + QStringLiteral("</ul>");
    }

    QString genUsers() const
    {
        if (s.release.users.isEmpty())
            return noneParagraph(QStringLiteral("gen.users.none"));
        QString html = tableStart({ph(QStringLiteral("gen.users.number")), ph(QStringLiteral("gen.users.name"))}, {10, 90});
        int n = 0;
        for (const QString &u : s.release.users)
            html += row({number(++n), u});
        return html + tableEnd();
    }

    QString genSignatures() const
    {
        QString html = QStringLiteral("<table class=\"sign\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
        const QStringList parties{QStringLiteral("for_provider"), QStringLiteral("for_recipient")};
        const QStringList names{s.version.content.texts.value(QStringLiteral("signatures.provider_signatory")),
                                s.version.content.texts.value(QStringLiteral("signatures.recipient_signatory"))};
        const QStringList orgs{s.release.providerOrganisation, s.release.recipientOrganisation};
        for (int i = 0; i < 2; ++i) {
            html += QStringLiteral("<td width=\"50%\" valign=\"top\"><p><b>") + esc(ph(QStringLiteral("gen.signatures.") + parties.at(i)))
                    + QStringLiteral("</b><br/>") + esc(orgs.at(i).isEmpty() ? blank() : orgs.at(i)) + QStringLiteral("</p>");
            html += QStringLiteral("<p>") + esc(ph(QStringLiteral("gen.signatures.name"))) + QStringLiteral(": ")
                    + esc(names.at(i).trimmed().isEmpty() ? blank() + blank() + blank() : names.at(i).trimmed())
                    + QStringLiteral("</p>");
            // Room to sign by hand: a long line, well apart.
            for (const QString &key : {QStringLiteral("title"), QStringLiteral("signature"), QStringLiteral("date")})
                html += QStringLiteral("<p style=\"margin-top: 14pt;\">") + esc(ph(QStringLiteral("gen.signatures.") + key))
                        + QStringLiteral(": ") + esc(blank() + blank() + blank()) + QStringLiteral("</p>");
            html += QStringLiteral("</td>");
        }
        return html + QStringLiteral("</tr></table>");
    }

    QString genRiskMap(DocumentComposer::Target target, const QImage &map) const
    {
        QString src = kRiskMapResource;
        if (target == DocumentComposer::Target::Html) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            map.save(&buffer, "PNG");
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        // Width in CSS pixels (the layout scales them to the paint device): 150 mm.
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>")
            .arg(src)
            .arg(qRound(RiskMapPainter::kWidthMm / 25.4 * 96.0))
            .arg(esc(ph(QStringLiteral("gen.risk_map.title"))));
    }

    QString riskText(const RiskEntry &risk, const QString &part, const QString &own) const
    {
        return own.trimmed().isEmpty() ? ph(QStringLiteral("risk.%1.%2").arg(risk.key, part)) : own;
    }
    QString scale(int n) const
    {
        return n <= 0 ? blank() : QStringLiteral("%1 %2").arg(number(n), ph(QStringLiteral("scale.%1").arg(n)));
    }

    QList<RiskEntry> risks() const
    {
        QList<RiskEntry> list = s.version.content.risks;
        for (RiskEntry &r : list) {
            if (r.likelihoodDerived && facts.reidentificationBefore > 0) {
                r.likelihoodBefore = facts.reidentificationBefore;
                r.likelihoodAfter = facts.reidentificationAfter;
            }
        }
        return list;
    }

    QString riskRegister() const
    {
        const QList<RiskEntry> list = risks();
        if (list.isEmpty())
            return noneParagraph(QStringLiteral("gen.risk_map.none"));
        QString html = tableStart({ph(QStringLiteral("risk.col.number")), ph(QStringLiteral("risk.col.risk")),
                                   ph(QStringLiteral("risk.col.severity_before")), ph(QStringLiteral("risk.col.likelihood_before")),
                                   ph(QStringLiteral("risk.col.severity_after")), ph(QStringLiteral("risk.col.likelihood_after"))},
                                  {6, 30, 16, 16, 16, 16});
        int n = 0;
        for (const RiskEntry &r : list) {
            ++n;
            html += row({QStringLiteral("R%1").arg(n), riskText(r, QStringLiteral("title"), r.title), scale(r.severityBefore),
                         scale(r.likelihoodBefore), scale(r.severityAfter), scale(r.likelihoodAfter)});
        }
        html += tableEnd();
        n = 0;
        for (const RiskEntry &r : list) {
            ++n;
            html += QStringLiteral("<h4><a name=\"risk-%1\">R%1 · %2</a></h4>").arg(n).arg(esc(riskText(r, QStringLiteral("title"), r.title)));
            html += QStringLiteral("<table class=\"plain\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
            for (const QString &part : {QStringLiteral("impacts"), QStringLiteral("threats"), QStringLiteral("sources"),
                                        QStringLiteral("measures")}) {
                const QString own = part == QLatin1String("impacts")   ? r.impacts
                                    : part == QLatin1String("threats") ? r.threats
                                    : part == QLatin1String("sources") ? r.sources
                                                                       : r.measures;
                html += QStringLiteral("<tr><td width=\"20%\" valign=\"top\"><i>") + esc(ph(QStringLiteral("risk.col.") + part))
                        + QStringLiteral("</i></td><td>") + esc(riskText(r, part, own)) + QStringLiteral("</td></tr>");
            }
            html += QStringLiteral("</table>");
            if (r.likelihoodDerived) {
                html += QStringLiteral("<p class=\"note\">") + esc(ph(QStringLiteral("risk.derived_note"))) + QStringLiteral("</p>");
            }
        }
        return html;
    }

    QString actionPlan() const
    {
        const QList<ActionItem> &actions = s.version.content.actions;
        if (actions.isEmpty())
            return noneParagraph(QStringLiteral("action.none"));
        QString html = tableStart({ph(QStringLiteral("action.col.number")), ph(QStringLiteral("action.col.action")),
                                   ph(QStringLiteral("action.col.owner")), ph(QStringLiteral("action.col.due"))},
                                  {6, 54, 22, 18});
        int n = 0;
        for (const ActionItem &a : actions) {
            html += row({number(++n), a.action.isEmpty() ? blank() : a.action, a.owner.isEmpty() ? blank() : a.owner,
                         a.due.isValid() ? date(a.due) : blank()});
        }
        return html + tableEnd();
    }

    bool checked(const TemplateItem &item) const
    {
        const auto it = s.version.content.checks.constFind(item.key);
        if (it != s.version.content.checks.constEnd())
            return it.value();
        QString fact = item.fact;
        if (fact.isEmpty() && item.key.contains(QLatin1Char('.')))
            fact = item.key.section(QLatin1Char('.'), 1);
        return facts.measures.contains(fact);
    }
};

// Noto Sans CJK draws curly quotes full-width (the Chinese form), which spaces English text out
// ("the “Data” ", with gaps); English documents use straight quotes instead.
void useStraightQuotes(QString &html)
{
    html.replace(QChar(0x201C), QLatin1Char('"'));
    html.replace(QChar(0x201D), QLatin1Char('"'));
    html.replace(QChar(0x2018), QLatin1Char('\''));
    html.replace(QChar(0x2019), QLatin1Char('\''));
}

QString sectionAnchor(const QString &key)
{
    return QStringLiteral("sec-") + key;
}

} // namespace

DocumentComposer::DocumentComposer(const DocumentState &state, const DocumentTemplate &tmpl)
    : m_state(state), m_tmpl(tmpl)
{
}

QString DocumentComposer::title() const
{
    return m_state.release.name.isEmpty() ? m_tmpl.title
                                          : m_tmpl.title + QStringLiteral(" — ") + m_state.release.name;
}

QList<ComposedHeading> DocumentComposer::headings() const
{
    QList<ComposedHeading> list;
    int s = 0;
    for (const TemplateSection &section : m_tmpl.sections) {
        ++s;
        list.append({1, QString::number(s), section.title, sectionAnchor(section.key)});
        int i = 0;
        for (const TemplateItem &item : section.items) {
            if (item.type == TemplateItemType::Check || item.label.isEmpty())
                continue;
            ++i;
            list.append({2, QStringLiteral("%1.%2").arg(s).arg(i), item.label, QStringLiteral("item-") + item.key});
        }
    }
    return list;
}

QString DocumentComposer::bodyHtml(Target target) const
{
    const Composition c(m_state, m_tmpl);
    QString html;
    html.reserve(64 * 1024);
    if (m_state.outOfDate) {
        html += QStringLiteral("<table class=\"warning\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                               "bgcolor=\"#fff4d6\" style=\"border: 1px solid #d9a400;\"><tr><td><p><b>")
                + esc(c.ph(QStringLiteral("doc.out_of_date"))) + QStringLiteral("</b></p><p>")
                + esc(c.ph(QStringLiteral("doc.out_of_date_note"))) + QStringLiteral("</p>");
        if (!m_state.changes.isEmpty()) {
            html += QStringLiteral("<p>") + esc(c.ph(QStringLiteral("doc.changes"))) + QStringLiteral("</p><ul>");
            for (const QString &change : m_state.changes)
                html += QStringLiteral("<li>") + esc(change) + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</td></tr></table>");
    }

    const QDateTime generatedAt = m_state.version.version > 0 && m_state.version.savedAt.isValid()
                                      ? m_state.version.savedAt.toLocalTime()
                                      : QDateTime::currentDateTime();
    const QString generatedNote = QStringLiteral("<p class=\"note\">")
                                  + esc(c.ph(QStringLiteral("doc.generated_note")).arg(c.date(generatedAt.date())))
                                  + QStringLiteral("</p>");
    QImage map;
    int s = 0;
    for (const TemplateSection &section : m_tmpl.sections) {
        ++s;
        html += QStringLiteral("<h1><a name=\"%1\">%2</a></h1>")
                    .arg(sectionAnchor(section.key), esc(QStringLiteral("%1. %2").arg(s).arg(section.title)));
        int i = 0;
        QString checks;
        for (const TemplateItem &item : section.items) {
            QString number;
            if (item.type != TemplateItemType::Check && !item.label.isEmpty())
                number = QStringLiteral("%1.%2").arg(s).arg(++i);
            const QString heading = number.isEmpty()
                                        ? QString()
                                        : QStringLiteral("<h3><a name=\"item-%1\">%2</a></h3>")
                                              .arg(item.key, esc(number + QLatin1Char(' ') + item.label));
            if (item.type != TemplateItemType::Check && !checks.isEmpty()) {
                html += QStringLiteral("<table class=\"checks\" cellspacing=\"0\" cellpadding=\"2\">") + checks
                        + QStringLiteral("</table>");
                checks.clear();
            }
            switch (item.type) {
            case TemplateItemType::Clause: {
                const auto own = m_state.version.content.texts.constFind(item.key);
                const QString text = own != m_state.version.content.texts.constEnd()
                                         ? own.value()
                                         : DocumentTemplate::fill(item.text, c.values);
                html += heading + paragraphs(text);
                break;
            }
            case TemplateItemType::Field: {
                const QString value = c.fieldValue(item);
                if (value.isEmpty()) {
                    html += heading + QStringLiteral("<p class=\"blank\">") + esc(c.blank()) + esc(c.blank())
                            + esc(c.blank()) + QStringLiteral("</p>");
                    if (!item.text.isEmpty())
                        html += QStringLiteral("<p class=\"note\">") + esc(item.text) + QStringLiteral("</p>");
                } else {
                    html += heading + paragraphs(value);
                }
                break;
            }
            case TemplateItemType::Check: {
                const bool on = c.checked(item);
                checks += QStringLiteral("<tr><td valign=\"top\" width=\"22\">%1</td><td><b>%2</b>%3</td></tr>")
                              .arg(esc(c.ph(on ? QStringLiteral("doc.ticked") : QStringLiteral("doc.unticked"))), esc(item.label),
                                   item.text.isEmpty() ? QString() : QStringLiteral(" — ") + esc(item.text));
                break;
            }
            case TemplateItemType::Generated: {
                html += heading;
                if (!item.text.isEmpty())
                    html += QStringLiteral("<p>") + esc(DocumentTemplate::fill(item.text, c.values)) + QStringLiteral("</p>");
                const QString &g = item.generator;
                if (g == QLatin1String("parties"))
                    html += c.genParties();
                else if (g == QLatin1String("datasets"))
                    html += c.genDatasets();
                else if (g == QLatin1String("annex"))
                    html += c.genAnnex();
                else if (g == QLatin1String("dropped"))
                    html += c.fieldList(true, false);
                else if (g == QLatin1String("minimisation"))
                    html += c.fieldList(true, true);
                else if (g == QLatin1String("inventory"))
                    html += c.genInventory();
                else if (g == QLatin1String("risk_figures"))
                    html += c.genRiskFigures();
                else if (g == QLatin1String("consent"))
                    html += c.genConsent();
                else if (g == QLatin1String("policy"))
                    html += c.genPolicy();
                else if (g == QLatin1String("measures_in_place"))
                    html += c.genMeasuresInPlace();
                else if (g == QLatin1String("users"))
                    html += c.genUsers();
                else if (g == QLatin1String("signatures"))
                    html += c.genSignatures();
                else if (g == QLatin1String("risk_map")) {
                    if (target == Target::Html && map.isNull())
                        map = riskMap(150, RiskMapPainter::kWidthMm);
                    html += c.genRiskMap(target, map);
                } else
                    html += QStringLiteral("<p>") + esc(g) + QStringLiteral("</p>");
                if (g != QLatin1String("signatures") && g != QLatin1String("users"))
                    html += generatedNote;
                break;
            }
            case TemplateItemType::RiskRegister:
                html += heading + c.riskRegister();
                break;
            case TemplateItemType::ActionPlan:
                html += heading + c.actionPlan();
                break;
            }
        }
        if (!checks.isEmpty())
            html += QStringLiteral("<table class=\"checks\" cellspacing=\"0\" cellpadding=\"2\">") + checks + QStringLiteral("</table>");
    }
    if (c.english)
        useStraightQuotes(html);
    return html;
}

QString DocumentComposer::documentStyleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 14pt; font-weight: bold; color: #1f3a5a; margin-top: 14pt; margin-bottom: 6pt; }"
        "h3 { font-size: 10.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }"
        "p { margin-top: 0pt; margin-bottom: 4pt; line-height: 125%; }"
        "th { font-weight: bold; }"
        "p.note { font-size: 8pt; color: #5b6670; }"
        "p.blank { color: #5b6670; }"
        "h4 { font-size: 9.5pt; font-weight: bold; margin-top: 6pt; margin-bottom: 2pt; }"
        "ul { margin-top: 0pt; margin-bottom: 4pt; }");
}

QString DocumentComposer::standaloneHtml() const
{
    const Composition c(m_state, m_tmpl);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                                  "<meta name=\"generator\" content=\"Steward\"/><title>%2</title><style>")
                       .arg(m_tmpl.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh-CN"),
                            esc(title()));
    html += QStringLiteral(
        "body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif; font-size: 10.5pt;"
        " line-height: 1.5; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1b1f23; }"
        "h1 { font-size: 15pt; color: #1f3a5a; border-bottom: 1px solid #c9d1da; padding-bottom: 2pt; }"
        "h3 { font-size: 11pt; margin-bottom: 2pt; }"
        "table.grid { border-collapse: collapse; margin: 4pt 0 8pt; }"
        "table.grid th, table.grid td { border: 1px solid #9aa3ad; padding: 3pt 5pt; vertical-align: top; }"
        "table.grid th { background: #e4e9ef; text-align: left; }"
        "p.note { font-size: 8.5pt; color: #5b6670; }"
        "p.blank { color: #5b6670; }"
        ".cover { margin-bottom: 2em; } .cover h2 { font-size: 20pt; margin-bottom: 0.2em; }"
        "nav ol { padding-left: 1.5em; } a { color: #1f3a5a; }"
        "@media print { body { max-width: none; } h1 { page-break-after: avoid; } }");
    html += QStringLiteral("</style></head><body>");
    html += coverHtml(Target::Html);
    html += QStringLiteral("<nav><h2>") + esc(c.ph(QStringLiteral("doc.contents"))) + QStringLiteral("</h2><ol>");
    for (const ComposedHeading &h : headings()) {
        if (h.level == 1)
            html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(h.anchor, esc(h.title));
    }
    html += QStringLiteral("</ol></nav>");
    html += bodyHtml(Target::Html);
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString DocumentComposer::coverHtml(Target target) const
{
    const Composition c(m_state, m_tmpl);
    const DocumentVersion &v = m_state.version;
    const QDate date = v.version > 0 && v.savedAt.isValid() ? v.savedAt.toLocalTime().date() : QDate::currentDate();
    // The review state of the release the document belongs to.
    const QString &state = m_state.release.state;
    QString status = c.ph(state == QLatin1String("approved")    ? QStringLiteral("doc.approved")
                          : state == QLatin1String("submitted") ? QStringLiteral("doc.submitted")
                                                                : QStringLiteral("doc.draft"));
    if (m_state.outOfDate)
        status += QStringLiteral(" · ") + c.ph(QStringLiteral("doc.out_of_date"));
    auto orBlank = [&c](const QString &s) { return s.trimmed().isEmpty() ? c.blank() : s; };
    QString html;
    const bool print = target == Target::Print;
    html += print ? QStringLiteral("<div class=\"cover\"><p style=\"margin-top: 120pt;\"></p>")
                  : QStringLiteral("<div class=\"cover\">");
    html += QStringLiteral("<p style=\"font-size: 22pt; font-weight: bold; color: #1f3a5a; margin-bottom: 6pt;\">")
            + esc(m_tmpl.title) + QStringLiteral("</p>");
    if (!m_tmpl.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 12pt; color: #5b6670;\">") + esc(m_tmpl.subtitle) + QStringLiteral("</p>");
    html += QStringLiteral("<p style=\"font-size: 15pt; margin-top: 6pt; margin-bottom: 30pt;\">") + esc(m_state.release.name)
            + QStringLiteral("</p>");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" width=\"80%\">");
    auto line = [&](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td width=\"35%\" style=\"color: #5b6670;\">") + esc(c.ph(key))
                + QStringLiteral("</td><td>") + esc(value) + QStringLiteral("</td></tr>");
    };
    line(QStringLiteral("doc.release"), m_state.release.name);
    line(QStringLiteral("doc.provider"), orBlank(m_state.release.providerOrganisation));
    line(QStringLiteral("doc.recipient"), orBlank(m_state.release.recipientOrganisation));
    line(QStringLiteral("gen.datasets.version"), versionLabel());
    line(QStringLiteral("doc.date"), c.date(date));
    line(QStringLiteral("doc.status"), status);
    html += QStringLiteral("</table></div>");
    return html;
}

QString DocumentComposer::versionLabel() const
{
    const int v = m_state.version.version;
    return v > 0 ? m_tmpl.phrase(QStringLiteral("doc.version")).arg(v) : m_tmpl.phrase(QStringLiteral("doc.draft"));
}

QString DocumentComposer::dateText() const
{
    const Composition c(m_state, m_tmpl);
    const DocumentVersion &v = m_state.version;
    return c.date(v.version > 0 && v.savedAt.isValid() ? v.savedAt.toLocalTime().date() : QDate::currentDate());
}

void DocumentComposer::populate(QTextDocument &document, Target target) const
{
    const Result<QString> family = DocumentExporter::documentFontFamily();
    QFont font = document.defaultFont();
    if (family)
        font.setFamily(*family);
    font.setPointSizeF(9.5);
    // As in the PDF: shaped Noto CJK digits have no character behind them in a printed text layer.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(documentStyleSheet());
    if (target != Target::Html) {
        const int dpi = target == Target::Print ? 300 : 110;
        document.addResource(QTextDocument::ImageResource, QUrl(kRiskMapResource), riskMap(dpi, RiskMapPainter::kWidthMm));
    }
    document.setHtml(bodyHtml(target));
    markHeaderRows(document);
}

void DocumentComposer::markHeaderRows(QTextDocument &document)
{
    // The importer keeps <thead> as header rows in recent Qt; set them explicitly so every table
    // with a bold first row repeats it on each page it spans, whatever the Qt version.
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() < 2)
            continue;
        QTextTableFormat format = table->format();
        if (format.headerRowCount() > 0)
            continue;
        const QTextTableCell first = table->cellAt(0, 0);
        if (first.format().background().color() == QColor(0xe4, 0xe9, 0xef)) {
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    }
}

QImage DocumentComposer::riskMap(int dpi, double widthMm) const
{
    const Composition c(m_state, m_tmpl);
    QList<RiskMapPainter::Point> points;
    int n = 0;
    for (const RiskEntry &r : c.risks()) {
        ++n;
        points.append({QStringLiteral("R%1").arg(n), r.severityBefore, r.likelihoodBefore, r.severityAfter, r.likelihoodAfter});
    }
    RiskMapPainter::Labels labels;
    labels.severity = c.ph(QStringLiteral("gen.risk_map.severity"));
    labels.likelihood = c.ph(QStringLiteral("gen.risk_map.likelihood"));
    labels.before = c.ph(QStringLiteral("gen.risk_map.before"));
    labels.after = c.ph(QStringLiteral("gen.risk_map.after"));
    for (int i = 1; i <= 4; ++i)
        labels.scale << c.ph(QStringLiteral("scale.%1").arg(i));
    const Result<QString> family = DocumentExporter::documentFontFamily();
    return RiskMapPainter::paint(points, labels, family ? *family : QString(), dpi, widthMm);
}

} // namespace steward
