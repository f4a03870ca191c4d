#include "core/hierarchy/HierarchySuggester.h"

#include "core/classify/FieldProfile.h"
#include "core/hierarchy/LevelText.h"

#include <QLocale>

#include <cmath>

namespace steward {

namespace {

// A detector counts when at least this share of the sampled values match it whole.
constexpr double kDetectorShare = 0.5;
// Interval widths aim at no more than this many bands over the value range at the finest level.
constexpr double kMaxBands = 20;
constexpr int kMaxIntervalLevels = 4;

enum class Shape { Date, BirthDate, Age, Postal, Region, Phone, Icd10, Number, Flat };

bool hasDetector(const FieldProfile &profile, std::initializer_list<const char *> ids)
{
    for (const char *id : ids) {
        if (profile.detectorRate(QLatin1String(id)) >= kDetectorShare)
            return true;
    }
    return false;
}

bool headerHas(const FieldProfile &profile, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (profile.name.contains(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isNumeric(const FieldProfile &profile)
{
    return profile.type == u"integer" || profile.type == u"decimal";
}

bool isDateType(const FieldProfile &profile)
{
    return profile.type == u"date" || profile.type == u"datetime";
}

std::optional<double> number(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return leveltext::parseNumber(std::string_view(bytes.constData(), size_t(bytes.size())));
}

Shape shapeOf(const FieldProfile &profile)
{
    if (isDateType(profile) || hasDetector(profile, {"date", "datetime"})) {
        if (headerHas(profile, {u"birth", u"dob", u"出生", u"生日"}))
            return Shape::BirthDate;
        return Shape::Date;
    }
    if (hasDetector(profile, {"icd10", "icd10_compact"}))
        return Shape::Icd10;
    if (hasDetector(profile, {"resident_id"}))
        return Shape::Region;
    if (hasDetector(profile, {"postal_cn", "zip_us"}))
        return Shape::Postal;
    if (hasDetector(profile, {"mobile_cn", "landline_cn", "phone_us", "phone_intl", "phone_digits"}))
        return Shape::Phone;
    if (isNumeric(profile)
        && (hasDetector(profile, {"age"}) || headerHas(profile, {u"age", u"年龄"})))
        return Shape::Age;
    if (headerHas(profile, {u"区划", u"region code", u"region_code"}) && profile.minLength == 6
        && profile.maxLength == 6)
        return Shape::Region;
    if (isNumeric(profile) && number(profile.min) && number(profile.max)
        && *number(profile.max) > *number(profile.min))
        return Shape::Number;
    return Shape::Flat;
}

// The smallest width of the form 1, 2 or 5 × 10^n giving at most kMaxBands bands over `range`.
double niceWidth(double range)
{
    const double raw = range / kMaxBands;
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (;;) {
        for (const double mantissa : {1.0, 2.0, 5.0}) {
            const double width = mantissa * magnitude;
            if (width >= raw * (1 - 1e-12))
                return width;
        }
        magnitude *= 10;
    }
}

// Widths growing along 1 → 2 → 10 → 20 → 100 (or 5 → 10 → 20 …), each a multiple of the one
// before so that the levels nest, as long as a level still has at least two bands.
std::vector<double> widths(double min, double max)
{
    const double range = max - min;
    std::vector<double> result{niceWidth(range)};
    while (int(result.size()) < kMaxIntervalLevels) {
        const double w = result.back();
        const double mantissa = w / std::pow(10.0, std::floor(std::log10(w) + 1e-9));
        const double next = std::fabs(mantissa - 2) < 1e-6 ? w * 5 : w * 2;
        if (range / next < 2)
            break;
        result.push_back(next);
    }
    return result;
}

HierarchySpec numberSpec(const FieldProfile &profile)
{
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Interval;
    for (const double w : widths(*number(profile.min), *number(profile.max))) {
        // Rounded to what the text form keeps, so that the spec round-trips exactly.
        const double rounded = *leveltext::parseNumber(leveltext::numberText(std::round(w * 1e9) / 1e9));
        spec.levels.push_back({rounded, {}});
    }
    return spec;
}

} // namespace

HierarchySpec HierarchySuggester::suggest(const FieldProfile &profile)
{
    HierarchySpec spec;
    switch (shapeOf(profile)) {
    case Shape::Date:
        spec.kind = HierarchySpec::Kind::Date;
        break;
    case Shape::BirthDate:
        spec.kind = HierarchySpec::Kind::Date;
        spec.decade = true;
        break;
    case Shape::Age:
        spec.kind = HierarchySpec::Kind::Interval;
        spec.levels = {{5.0, {}}, {10.0, {}}, {20.0, {}}};
        spec.top = 90;
        break;
    case Shape::Postal:
        spec.kind = HierarchySpec::Kind::Redact;
        spec.keep = {4, 3, 2};
        break;
    case Shape::Region:
        spec.kind = HierarchySpec::Kind::Region;
        break;
    case Shape::Phone:
        spec.kind = HierarchySpec::Kind::Redact;
        spec.keep = {7, 3};
        break;
    case Shape::Icd10:
        spec.kind = HierarchySpec::Kind::Icd10;
        break;
    case Shape::Number:
        spec = numberSpec(profile);
        break;
    case Shape::Flat:
        spec.kind = HierarchySpec::Kind::Flat;
        break;
    }
    return spec;
}

QString HierarchySuggester::reason(const FieldProfile &profile)
{
    switch (shapeOf(profile)) {
    case Shape::Date:
        return tr("dates: day, month, quarter, year, 5-year band, then *");
    case Shape::BirthDate:
        return tr("birth dates: day, month, quarter, year, 5-year band, decade, then *");
    case Shape::Age:
        return tr("ages: 5-, 10- and 20-year bands, 90 and over together, then *");
    case Shape::Postal:
        return tr("postal codes: redacted from the right, keeping 4, 3 then 2 digits, then *");
    case Shape::Region:
        return tr("resident ID numbers or region codes: county, city, province, then *");
    case Shape::Phone:
        return tr("phone numbers: redacted from the right, keeping 7 then 3 digits, then *");
    case Shape::Icd10:
        return tr("ICD-10 codes: category, block, chapter, then *");
    case Shape::Number: {
        const HierarchySpec spec = numberSpec(profile);
        QStringList texts;
        for (const HierarchySpec::IntervalLevel &level : spec.levels)
            texts << QLocale().toString(*level.width, 'g', 15);
        return tr("numbers from %1 to %2: intervals of width %3, then *")
            .arg(QLocale().toString(*number(profile.min), 'g', 15),
                 QLocale().toString(*number(profile.max), 'g', 15),
                 QLocale().createSeparatedList(texts));
    }
    case Shape::Flat:
        break;
    }
    return tr("no built-in hierarchy fits: the value or *; group values in the hierarchy editor");
}

} // namespace steward
