#include "core/classify/DetectorSet.h"

#include "core/classify/SensitiveDiagnoses.h"
#include "core/classify/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

namespace {

struct CompiledPattern {
    QRegularExpression re;
    Prefilter filter;
    quint64 asciiNeeded[2] = {0, 0}; // "contains" characters below 128
    QString otherNeeded;             // "contains" characters from 128 up
    ValidatorKind validator = ValidatorKind::None;
    int listIndex = -1;
    bool validateCapture = false;    // text patterns: validate capture group 1
};

struct CompiledDetector {
    std::vector<CompiledPattern> values;
    std::vector<CompiledPattern> texts;
    int conceptIndex = -1;
    DetectorHints hints;
};

// One pass over a value: what the prefilters look at.
struct Features {
    int length = 0;
    int digits = 0;
    int cjk = 0;
    unsigned firstClass = 0;
    QChar first;
    quint64 ascii[2] = {0, 0};
};

Features featuresOf(QStringView v)
{
    Features f;
    f.length = int(v.size());
    if (v.isEmpty())
        return f;
    f.first = v[0];
    for (QChar c : v) {
        const char16_t u = c.unicode();
        if (u < 128) {
            f.ascii[u >> 6] |= quint64(1) << (u & 63);
            f.digits += (u >= '0' && u <= '9');
        } else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) {
            ++f.cjk;
        }
    }
    const char16_t u = f.first.unicode();
    if (u >= '0' && u <= '9')
        f.firstClass = Prefilter::FirstDigit;
    else if (u >= 'A' && u <= 'Z')
        f.firstClass = Prefilter::FirstUpper;
    else if (u >= 'a' && u <= 'z')
        f.firstClass = Prefilter::FirstLower;
    else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
        f.firstClass = Prefilter::FirstCjk;
    return f;
}

bool accepts(const CompiledPattern &p, const Features &f, QStringView v)
{
    const Prefilter &pf = p.filter;
    if (f.length < pf.minLength || f.length > pf.maxLength || f.digits < pf.minDigits
        || f.digits > pf.maxDigits || f.cjk < pf.minCjk || f.cjk > pf.maxCjk)
        return false;
    if ((pf.firstClasses || !pf.firstChars.isEmpty()) && !(pf.firstClasses & f.firstClass)
        && !pf.firstChars.contains(f.first))
        return false;
    if (p.asciiNeeded[0] | p.asciiNeeded[1] || !p.otherNeeded.isEmpty()) {
        bool found = (p.asciiNeeded[0] & f.ascii[0]) || (p.asciiNeeded[1] & f.ascii[1]);
        for (qsizetype i = 0; !found && i < p.otherNeeded.size(); ++i)
            found = v.contains(p.otherNeeded[i]);
        if (!found)
            return false;
    }
    return true;
}

CompiledPattern compile(const PatternRule &rule, bool anchored, const QString &detectorValidator,
                        int listIndex)
{
    CompiledPattern p;
    p.re = QRegularExpression(anchored ? QRegularExpression::anchoredPattern(rule.regex) : rule.regex);
    p.re.optimize();
    p.filter = rule.prefilter;
    for (QChar c : rule.prefilter.containsAny) {
        if (c.unicode() < 128)
            p.asciiNeeded[c.unicode() >> 6] |= quint64(1) << (c.unicode() & 63);
        else
            p.otherNeeded += c;
    }
    p.validator = validatorKindFromName(rule.validator.value_or(detectorValidator)).value_or(ValidatorKind::None);
    p.listIndex = listIndex;
    p.validateCapture = !anchored && p.re.captureCount() >= 1;
    return p;
}

} // namespace

struct DetectorSet::Data {
    RuleSet rules;
    QList<DetectorRule> detectors; // enabled ones, in rule order
    std::vector<CompiledDetector> compiled;
    std::vector<int> withValues;
    std::vector<int> withTexts;
    std::vector<DetectorMask> confirming; // per concept
    HeaderMatcher headers;
    SensitiveDiagnoses sensitive;
    ValidatorContext validators; // refers to sensitive: Data never moves
};

DetectorSet::DetectorSet(std::shared_ptr<const Data> data) : d(std::move(data)) {}

Result<DetectorSet> DetectorSet::create(const RuleSet &rules)
{
    auto data = std::make_shared<Data>();
    data->rules = rules;
    for (const DetectorRule &rule : rules.detectors()) {
        if (rule.enabled)
            data->detectors.append(rule);
    }
    if (data->detectors.size() > kMaxDetectors) {
        return Error::badInput(tr("too many detectors: %1 (at most %2)")
                                   .arg(data->detectors.size())
                                   .arg(kMaxDetectors));
    }
    data->sensitive = SensitiveDiagnoses(rules.sensitiveGroups());
    data->validators = ValidatorContext(rules.lists(), &data->sensitive);
    data->confirming.resize(rules.concepts().size());
    for (int c = 0; c < rules.concepts().size(); ++c) {
        const ConceptRule &concept_ = rules.concepts()[c];
        for (const QString &synonym : concept_.headers)
            data->headers.addSynonym(synonym, c);
    }
    for (int i = 0; i < data->detectors.size(); ++i) {
        const DetectorRule &rule = data->detectors[i];
        CompiledDetector cd;
        cd.conceptIndex = rules.conceptIndex(rule.conceptId);
        const ConceptRule &owner = rules.concepts()[cd.conceptIndex];
        cd.hints = {rule.role.value_or(owner.role), rule.category.value_or(owner.category),
                    rule.grade.value_or(owner.grade)};
        const int listIndex = data->validators.listIndex(rule.list);
        for (const PatternRule &p : rule.patterns)
            cd.values.push_back(compile(p, true, rule.validator, listIndex));
        for (const PatternRule &p : rule.textPatterns)
            cd.texts.push_back(compile(p, false, rule.validator, listIndex));
        if (!cd.values.empty())
            data->withValues.push_back(i);
        if (!cd.texts.empty())
            data->withTexts.push_back(i);
        data->confirming[cd.conceptIndex].set(i);
        data->compiled.push_back(std::move(cd));
    }
    for (int c = 0; c < rules.concepts().size(); ++c) {
        for (const QString &id : rules.concepts()[c].detectors) {
            for (int i = 0; i < data->detectors.size(); ++i) {
                if (data->detectors[i].id == id)
                    data->confirming[c].set(i);
            }
        }
    }
    return DetectorSet(std::move(data));
}

Result<DetectorSet> DetectorSet::load(const QStringList &ruleFiles)
{
    Result<RuleSet> rules = RuleSet::load(ruleFiles);
    if (!rules)
        return rules.error();
    return create(*rules);
}

std::shared_ptr<const DetectorSet> DetectorSet::builtin()
{
    static const std::shared_ptr<const DetectorSet> set = [] {
        Result<DetectorSet> loaded = load({});
        if (!loaded) {
            qCritical("steward: built-in classification rules are broken: %s",
                      qPrintable(loaded.error().toString()));
            return std::shared_ptr<const DetectorSet>(new DetectorSet(std::make_shared<Data>()));
        }
        return std::make_shared<const DetectorSet>(std::move(loaded.value()));
    }();
    return set;
}

const RuleSet &DetectorSet::rules() const
{
    return d->rules;
}

int DetectorSet::detectorCount() const
{
    return int(d->detectors.size());
}

const DetectorRule &DetectorSet::detector(int index) const
{
    return d->detectors[index];
}

int DetectorSet::detectorIndex(QStringView id) const
{
    for (int i = 0; i < d->detectors.size(); ++i) {
        if (d->detectors[i].id == id)
            return i;
    }
    return -1;
}

int DetectorSet::detectorConcept(int index) const
{
    return d->compiled[index].conceptIndex;
}

DetectorHints DetectorSet::detectorHints(int index) const
{
    return d->compiled[index].hints;
}

int DetectorSet::conceptCount() const
{
    return int(d->rules.concepts().size());
}

const ConceptRule &DetectorSet::conceptRule(int index) const
{
    return d->rules.concepts()[index];
}

int DetectorSet::conceptIndex(QStringView id) const
{
    return d->rules.conceptIndex(id);
}

bool DetectorSet::confirms(int detector, int conceptIndex) const
{
    return conceptIndex >= 0 && conceptIndex < int(d->confirming.size()) && d->confirming[conceptIndex].test(detector);
}

DetectorMask DetectorSet::matchValue(QStringView value) const
{
    DetectorMask mask;
    value = value.trimmed();
    if (value.isEmpty())
        return mask;
    const Features f = featuresOf(value);
    for (int i : d->withValues) {
        for (const CompiledPattern &p : d->compiled[i].values) {
            // Validators check their input fully and are cheaper than a match: they go first.
            if (accepts(p, f, value) && d->validators.validate(p.validator, value, p.listIndex)
                && p.re.match(value).hasMatch()) {
                mask.set(i);
                break;
            }
        }
    }
    return mask;
}

DetectorMask DetectorSet::matchValue(std::string_view utf8) const
{
    const QString value = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    return matchValue(QStringView(value));
}

DetectorMask DetectorSet::scanFreeText(QStringView text) const
{
    DetectorMask mask;
    if (text.isEmpty())
        return mask;
    const Features f = featuresOf(text);
    for (int i : d->withTexts) {
        for (const CompiledPattern &p : d->compiled[i].texts) {
            if (!accepts(p, f, text))
                continue;
            QRegularExpressionMatchIterator it = p.re.globalMatch(text);
            bool found = false;
            while (!found && it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const QStringView hit = p.validateCapture ? m.capturedView(1) : m.capturedView(0);
                found = !hit.isEmpty() && d->validators.validate(p.validator, hit, p.listIndex);
            }
            if (found) {
                mask.set(i);
                break;
            }
        }
    }
    return mask;
}

void DetectorSet::findInFreeText(QStringView text, std::vector<FreeTextHit> &hits) const
{
    if (text.isEmpty())
        return;
    const Features f = featuresOf(text);
    for (int i : d->withTexts) {
        for (const CompiledPattern &p : d->compiled[i].texts) {
            if (!accepts(p, f, text))
                continue;
            QRegularExpressionMatchIterator it = p.re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const int group = p.validateCapture ? 1 : 0;
                const QStringView hit = m.capturedView(group);
                if (!hit.isEmpty() && d->validators.validate(p.validator, hit, p.listIndex))
                    hits.push_back({i, m.capturedStart(group), hit.size()});
            }
        }
    }
}

QList<HeaderHit> DetectorSet::matchHeader(const QString &header) const
{
    return d->headers.match(header);
}

const SensitiveDiagnoses &DetectorSet::sensitive() const
{
    return d->sensitive;
}

} // namespace steward
