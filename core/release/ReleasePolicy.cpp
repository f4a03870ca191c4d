#include "core/release/ReleasePolicy.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace steward {

namespace {

const QString kGrade = QStringLiteral("max_unmasked_grade");
const QString kMinK = QStringLiteral("min_k");
const QString kRisk = QStringLiteral("max_prosecutor_risk");
const QString kEthics = QStringLiteral("ethics_approval_required");
const QString kFreeText = QStringLiteral("free_text_allowed");
const QString kCompliance = QStringLiteral("compliance_approvals");
const QString kEthicsCount = QStringLiteral("ethics_approvals");

constexpr int kMaxApprovals = 10;

constexpr int kMaxK = 1000000;
// Two ceilings closer than this are the same ceiling (1/3 written as 0.333… or as "1/3").
constexpr double kRiskEpsilon = 1e-12;

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 v = QLocale::c().toLongLong(text.trimmed(), &ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// "0.2", "1", "1/3": a decimal or a fraction of two decimals.
std::optional<double> parseRisk(QStringView text)
{
    const QStringView t = text.trimmed();
    const QLocale c = QLocale::c();
    bool ok = false;
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    double v = 0.0;
    if (slash >= 0) {
        const double num = c.toDouble(t.left(slash).trimmed(), &ok);
        if (!ok)
            return std::nullopt;
        const double den = c.toDouble(t.mid(slash + 1).trimmed(), &ok);
        if (!ok || !(den > 0.0))
            return std::nullopt;
        v = num / den;
    } else {
        v = c.toDouble(t, &ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const char *yes : {"true", "yes", "1"}) {
        if (t.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *no : {"false", "no", "0"}) {
        if (t.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

// The shortest text that reads back as the same number; a ceiling of 1/n (the risk a class of n
// implies) is written "1/n" rather than as a long decimal.
QString riskText(double risk)
{
    const QString shortest = QString::number(risk, 'g', QLocale::FloatingPointShortest);
    if (shortest.size() > 8 && risk > 0.0) {
        const double n = std::round(1.0 / risk);
        if (n >= 2.0 && n <= kMaxK && 1.0 / n == risk)
            return QStringLiteral("1/%1").arg(qint64(n));
    }
    return shortest;
}

} // namespace

ReleasePolicy ReleasePolicy::defaultsFor(SharingMode mode)
{
    // The table of the header: grade, k, risk, ethics approval, free text. Every mode needs one
    // compliance and one ethics approval (the members' defaults).
    auto policy = [](int grade, int k, double risk, bool ethics, bool freeText) {
        ReleasePolicy p;
        p.maxUnmaskedGrade = grade;
        p.minK = k;
        p.maxProsecutorRisk = risk;
        p.ethicsApprovalRequired = ethics;
        p.freeTextAllowed = freeText;
        return p;
    };
    switch (mode) {
    case SharingMode::Public: return policy(2, 20, 0.05, true, false);
    case SharingMode::Bilateral: return policy(3, 5, 0.2, true, false);
    case SharingMode::Multilateral: return policy(3, 10, 0.1, true, false);
    case SharingMode::Controlled: return policy(3, 3, 1.0 / 3.0, true, true);
    case SharingMode::Federated: return policy(3, 3, 1.0 / 3.0, false, false);
    }
    return {};
}

QStringList ReleasePolicy::keys()
{
    return {kGrade, kMinK, kRisk, kEthics, kFreeText, kCompliance, kEthicsCount};
}

QString ReleasePolicy::keyLabel(const QString &key)
{
    if (key == kGrade)
        return tr("Highest grade that may leave unmasked");
    if (key == kMinK)
        return tr("Minimum k (smallest group of look-alike records)");
    if (key == kRisk)
        return tr("Highest prosecutor risk");
    if (key == kEthics)
        return tr("Ethics approval required");
    if (key == kFreeText)
        return tr("Free text may leave");
    if (key == kCompliance)
        return tr("Compliance approvals required");
    if (key == kEthicsCount)
        return tr("Ethics approvals required");
    return key;
}

QString ReleasePolicy::valueText(const QString &key) const
{
    if (key == kGrade)
        return QString::number(maxUnmaskedGrade);
    if (key == kMinK)
        return QString::number(minK);
    if (key == kRisk)
        return riskText(maxProsecutorRisk);
    if (key == kEthics)
        return ethicsApprovalRequired ? QStringLiteral("true") : QStringLiteral("false");
    if (key == kFreeText)
        return freeTextAllowed ? QStringLiteral("true") : QStringLiteral("false");
    if (key == kCompliance)
        return QString::number(complianceApprovals);
    if (key == kEthicsCount)
        return QString::number(ethicsApprovals);
    return {};
}

Status ReleasePolicy::setValue(const QString &key, const QString &text)
{
    if (key == kGrade) {
        const auto v = parseInteger(text);
        if (!v || *v < 1 || *v > 5)
            return Error::usage(tr("%1 must be a grade from 1 to 5").arg(key));
        maxUnmaskedGrade = int(*v);
        return {};
    }
    if (key == kMinK) {
        const auto v = parseInteger(text);
        if (!v || *v < 2 || *v > kMaxK)
            return Error::usage(tr("%1 must be a whole number of at least 2").arg(key));
        minK = int(*v);
        return {};
    }
    if (key == kRisk) {
        const auto v = parseRisk(text);
        if (!v || !(*v > 0.0) || *v > 1.0)
            return Error::usage(tr("%1 must be a number above 0 and at most 1, such as 0.2 or "
                                   "1/3")
                                    .arg(key));
        maxProsecutorRisk = *v;
        return {};
    }
    if (key == kEthics || key == kFreeText) {
        const auto v = parseBool(text);
        if (!v)
            return Error::usage(tr("%1 must be true or false").arg(key));
        (key == kEthics ? ethicsApprovalRequired : freeTextAllowed) = *v;
        return {};
    }
    if (key == kCompliance || key == kEthicsCount) {
        const auto v = parseInteger(text);
        if (!v || *v < 0 || *v > kMaxApprovals)
            return Error::usage(tr("%1 must be a whole number from 0 to %2").arg(key).arg(kMaxApprovals));
        (key == kCompliance ? complianceApprovals : ethicsApprovals) = int(*v);
        return {};
    }
    return Error::usage(
        tr("unknown policy key %1; the keys are %2").arg(key, keys().join(QLatin1String(", "))));
}

QStringList ReleasePolicy::loosenedIn(const ReleasePolicy &proposed) const
{
    QStringList loosened;
    if (proposed.maxUnmaskedGrade > maxUnmaskedGrade)
        loosened << kGrade;
    if (proposed.minK < minK)
        loosened << kMinK;
    if (proposed.maxProsecutorRisk > maxProsecutorRisk + kRiskEpsilon)
        loosened << kRisk;
    if (ethicsApprovalRequired && !proposed.ethicsApprovalRequired)
        loosened << kEthics;
    if (!freeTextAllowed && proposed.freeTextAllowed)
        loosened << kFreeText;
    if (proposed.complianceApprovals < complianceApprovals)
        loosened << kCompliance;
    if (proposed.ethicsApprovals < ethicsApprovals)
        loosened << kEthicsCount;
    return loosened;
}

QJsonObject ReleasePolicy::toJson() const
{
    return QJsonObject{{kGrade, maxUnmaskedGrade},
                       {kMinK, minK},
                       {kRisk, maxProsecutorRisk},
                       {kEthics, ethicsApprovalRequired},
                       {kFreeText, freeTextAllowed},
                       {kCompliance, complianceApprovals},
                       {kEthicsCount, ethicsApprovals}};
}

Result<ReleasePolicy> ReleasePolicy::fromJson(const QJsonObject &json)
{
    // Stored policies hold every key; a missing one keeps the struct's default so that a policy
    // written before a key existed still reads.
    ReleasePolicy p;
    auto invalid = [](const QString &key) {
        return Error::badInput(tr("the policy value %1 is not valid").arg(key));
    };
    if (json.contains(kGrade)) {
        const QJsonValue v = json.value(kGrade);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 5)
            return invalid(kGrade);
        p.maxUnmaskedGrade = int(d);
    }
    if (json.contains(kMinK)) {
        const QJsonValue v = json.value(kMinK);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < 2 || d > kMaxK)
            return invalid(kMinK);
        p.minK = int(d);
    }
    if (json.contains(kRisk)) {
        const QJsonValue v = json.value(kRisk);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || !(d > 0.0) || d > 1.0)
            return invalid(kRisk);
        p.maxProsecutorRisk = d;
    }
    for (const QString &key : {kEthics, kFreeText}) {
        if (!json.contains(key))
            continue;
        const QJsonValue v = json.value(key);
        if (!v.isBool())
            return invalid(key);
        (key == kEthics ? p.ethicsApprovalRequired : p.freeTextAllowed) = v.toBool();
    }
    for (const QString &key : {kCompliance, kEthicsCount}) {
        if (!json.contains(key))
            continue;
        const QJsonValue v = json.value(key);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d > kMaxApprovals)
            return invalid(key);
        (key == kCompliance ? p.complianceApprovals : p.ethicsApprovals) = int(d);
    }
    return p;
}

} // namespace steward
