#include "core/documents/MaskingWords.h"

#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/HierarchySpec.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace steward {

// Phrases (template "phrases", both languages):
//   mask.keep, mask.drop, mask.redact (empty replacement), mask.redact.text (%1 the replacement),
//   mask.mask (%1 first, %2 last characters kept), mask.mask.none_kept, mask.pseudonym,
//   mask.bands.width (%1), mask.bands.width_years (%1, for ages), mask.bands.breaks (%1 the
//   limits), mask.bands.top (%1), mask.bands.bottom (%1), mask.date.year|month|quarter,
//   mask.shift (%1 days), mask.topcode (%1 limit, %2 label), mask.bottomcode (%1, %2),
//   mask.truncate (%1), mask.recode, mask.recode.icd10_category, mask.recode.icd10_chapter,
//   mask.recode.unmatched_keep|unmatched_suppress, mask.hierarchy (%1 level, built-in table),
//   mask.hierarchy.stored (%1), mask.hierarchy.file (%1), mask.hierarchy.level0,
//   mask.hierarchy.all, mask.hierarchy.date.1…5 (month, quarter, year, 5-year, decade),
//   mask.hierarchy.redact (%1 characters kept), mask.hierarchy.region.1|2 (city, province),
//   mask.hierarchy.icd10.1…3 (category, block, chapter), mask.hierarchy.groups (%1 the labels),
//   mask.scrub, mask.suppress; mask.join separates the parts of one description.
// Parameters left out take the operator's documented defaults (core/mask/README.md), so the words
// say what the masking really does.

namespace {

// Whether a field holds ages, so that bands of 5 read "5-year bands" (the document's example);
// other numbers (fees, lab values) only say "bands of 5".
bool isAgeField(const QString &field)
{
    static const QRegularExpression age(QStringLiteral("(^|[^a-z])age([^a-z]|$)|年龄|岁"),
                                        QRegularExpression::CaseInsensitiveOption);
    return !field.isEmpty() && age.match(field).hasMatch();
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString limitsText(const std::vector<double> &breaks, const DocumentTemplate &tmpl)
{
    QStringList limits;
    for (double b : breaks)
        limits << number(b);
    return limits.join(tmpl.phrase(QStringLiteral("doc.list_separator")));
}

QString join(const QStringList &parts, const DocumentTemplate &tmpl)
{
    return parts.join(tmpl.phrase(QStringLiteral("mask.join")));
}

QString bandsOfWidth(const QString &width, const DocumentTemplate &tmpl, const QString &field)
{
    return tmpl.phrase(isAgeField(field) ? QStringLiteral("mask.bands.width_years")
                                         : QStringLiteral("mask.bands.width"))
        .arg(width);
}

// Bands with explicit limits: evenly spaced limits (0,5,…,90, as suggested for ages) read as
// "5-year bands, 90 and over together"; others list their limits. Values below the first limit
// form a band of their own only when the first limit is above 0 (no age or count is negative).
QStringList bandsOfBreaks(const std::vector<double> &breaks, const DocumentTemplate &tmpl, const QString &field)
{
    QStringList parts;
    if (breaks.empty())
        return {bandsOfWidth(QStringLiteral("10"), tmpl, field)};
    bool even = breaks.size() >= 3;
    const double step = breaks.size() >= 2 ? breaks[1] - breaks[0] : 0.0;
    for (size_t i = 1; even && i < breaks.size(); ++i)
        even = std::abs((breaks[i] - breaks[i - 1]) - step) < 1e-9 * std::max(1.0, std::abs(step));
    if (even)
        parts << bandsOfWidth(number(step), tmpl, field);
    else
        parts << tmpl.phrase(QStringLiteral("mask.bands.breaks")).arg(limitsText(breaks, tmpl));
    if (breaks.front() > 0)
        parts << tmpl.phrase(QStringLiteral("mask.bands.bottom")).arg(number(breaks.front()));
    parts << tmpl.phrase(QStringLiteral("mask.bands.top")).arg(number(breaks.back()));
    return parts;
}

QString describeSpec(const HierarchySpec &spec, int level, const DocumentTemplate &tmpl, const QString &field)
{
    const Result<Generalizer> generalizer = Generalizer::create(spec);
    const int height = generalizer ? generalizer->height() : 1;
    if (level <= 0)
        return tmpl.phrase(QStringLiteral("mask.hierarchy.level0"));
    if (level >= height)
        return tmpl.phrase(QStringLiteral("mask.hierarchy.all"));
    switch (spec.kind) {
    case HierarchySpec::Kind::Date:
        return tmpl.phrase(QStringLiteral("mask.hierarchy.date.%1").arg(level));
    case HierarchySpec::Kind::Interval: {
        QStringList parts;
        const HierarchySpec::IntervalLevel &bands = spec.levels.at(size_t(level - 1));
        if (bands.width)
            parts << bandsOfWidth(number(*bands.width), tmpl, field);
        else
            return join(bandsOfBreaks(bands.breaks, tmpl, field), tmpl);
        if (spec.bottom)
            parts << tmpl.phrase(QStringLiteral("mask.bands.bottom")).arg(number(*spec.bottom));
        if (spec.top)
            parts << tmpl.phrase(QStringLiteral("mask.bands.top")).arg(number(*spec.top));
        return join(parts, tmpl);
    }
    case HierarchySpec::Kind::Redact:
        return tmpl.phrase(QStringLiteral("mask.hierarchy.redact")).arg(spec.keep.at(size_t(level - 1)));
    case HierarchySpec::Kind::Region:
        return tmpl.phrase(QStringLiteral("mask.hierarchy.region.%1").arg(level));
    case HierarchySpec::Kind::Icd10:
        return tmpl.phrase(QStringLiteral("mask.hierarchy.icd10.%1").arg(level));
    case HierarchySpec::Kind::Flat:
        return tmpl.phrase(QStringLiteral("mask.hierarchy.all"));
    case HierarchySpec::Kind::Groups: {
        QStringList labels;
        for (const HierarchySpec::Group &group : spec.groups)
            labels << group.label;
        return tmpl.phrase(QStringLiteral("mask.hierarchy.groups"))
            .arg(labels.join(tmpl.phrase(QStringLiteral("doc.list_separator"))));
    }
    case HierarchySpec::Kind::Table:
        break;
    }
    return tmpl.phrase(QStringLiteral("mask.hierarchy")).arg(level);
}

} // namespace

QString MaskingWords::describe(const MaskRule &rule, const DocumentTemplate &tmpl)
{
    return describe(rule, tmpl, QString());
}

QString MaskingWords::describe(const MaskRule &rule, const DocumentTemplate &tmpl, const QString &field)
{
    switch (rule.op()) {
    case MaskOperator::Keep:
        return tmpl.phrase(QStringLiteral("mask.keep"));
    case MaskOperator::Drop:
        return tmpl.phrase(QStringLiteral("mask.drop"));
    case MaskOperator::Redact: {
        const QString text = rule.param(u"text", QStringLiteral("***"));
        return text.isEmpty() ? tmpl.phrase(QStringLiteral("mask.redact"))
                              : tmpl.phrase(QStringLiteral("mask.redact.text")).arg(text);
    }
    case MaskOperator::Mask: {
        const QString first = rule.param(u"first", QStringLiteral("1"));
        const QString last = rule.param(u"last", QStringLiteral("1"));
        if (first == QLatin1String("0") && last == QLatin1String("0"))
            return tmpl.phrase(QStringLiteral("mask.mask.none_kept"));
        return tmpl.phrase(QStringLiteral("mask.mask")).arg(first, last);
    }
    case MaskOperator::Pseudonym:
        return tmpl.phrase(QStringLiteral("mask.pseudonym"));
    case MaskOperator::Bands: {
        if (rule.hasParam(u"breaks")) {
            std::vector<double> breaks;
            for (const QString &part : rule.param(u"breaks").split(QLatin1Char(','), Qt::SkipEmptyParts))
                breaks.push_back(part.trimmed().toDouble());
            return join(bandsOfBreaks(breaks, tmpl, field), tmpl);
        }
        return bandsOfWidth(rule.param(u"width", QStringLiteral("10")), tmpl, field);
    }
    case MaskOperator::Date:
        return tmpl.phrase(QStringLiteral("mask.date.") + rule.param(u"to", QStringLiteral("year")).toLower());
    case MaskOperator::Shift:
        return tmpl.phrase(QStringLiteral("mask.shift")).arg(rule.param(u"days", QStringLiteral("30")));
    case MaskOperator::TopCode: {
        const QString max = rule.param(u"max", QStringLiteral("90"));
        return tmpl.phrase(QStringLiteral("mask.topcode")).arg(max, rule.param(u"label", max + QLatin1Char('+')));
    }
    case MaskOperator::BottomCode: {
        const QString min = rule.param(u"min");
        return tmpl.phrase(QStringLiteral("mask.bottomcode"))
            .arg(min, rule.param(u"label", QStringLiteral("<=") + min));
    }
    case MaskOperator::Truncate:
        return tmpl.phrase(QStringLiteral("mask.truncate")).arg(rule.param(u"keep", QStringLiteral("3")));
    case MaskOperator::Recode: {
        const QString table = rule.param(u"table");
        const QString unmatched = rule.param(u"unmatched", QStringLiteral("suppress")).toLower();
        QStringList parts;
        const bool builtin = table.startsWith(QLatin1String("builtin:"), Qt::CaseInsensitive);
        if (table.compare(QLatin1String("builtin:icd10-category"), Qt::CaseInsensitive) == 0)
            parts << tmpl.phrase(QStringLiteral("mask.recode.icd10_category"));
        else if (table.compare(QLatin1String("builtin:icd10-chapter"), Qt::CaseInsensitive) == 0)
            parts << tmpl.phrase(QStringLiteral("mask.recode.icd10_chapter"));
        else
            parts << tmpl.phrase(QStringLiteral("mask.recode"));
        // A file table maps what it lists: what happens to the rest matters. The built-in ICD-10
        // tables read every well-formed code; only a kept malformed code is worth a word.
        if (!builtin || unmatched == QLatin1String("keep"))
            parts << tmpl.phrase(QStringLiteral("mask.recode.unmatched_") + unmatched);
        return join(parts, tmpl);
    }
    case MaskOperator::Hierarchy: {
        bool ok = false;
        int level = rule.param(u"level", QStringLiteral("1")).toInt(&ok);
        if (!ok)
            level = 1;
        if (rule.hasParam(u"builder")) {
            const Result<HierarchySpec> spec = HierarchySpec::parse(rule.param(u"builder"));
            if (spec)
                return describeSpec(*spec, level, tmpl, field);
            return tmpl.phrase(QStringLiteral("mask.hierarchy")).arg(level);
        }
        if (level == 0)
            return tmpl.phrase(QStringLiteral("mask.hierarchy.level0"));
        if (rule.hasParam(u"file"))
            return tmpl.phrase(QStringLiteral("mask.hierarchy.file")).arg(level);
        return tmpl.phrase(QStringLiteral("mask.hierarchy.stored")).arg(level);
    }
    case MaskOperator::Scrub:
        return tmpl.phrase(QStringLiteral("mask.scrub"));
    case MaskOperator::Suppress:
        return tmpl.phrase(QStringLiteral("mask.suppress"));
    }
    return tmpl.phrase(QStringLiteral("mask.keep"));
}

} // namespace steward
