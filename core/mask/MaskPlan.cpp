#include "core/mask/MaskPlan.h"

#include "core/import/TypeInference.h"
#include "core/mask/BandsMasker.h"
#include "core/mask/BoundCodingMasker.h"
#include "core/mask/DateMasker.h"
#include "core/mask/DateShiftMasker.h"
#include "core/mask/GeneralizerMasker.h"
#include "core/mask/HierarchyMasker.h"
#include "core/mask/HmacSha256.h"
#include "core/mask/KeepMasker.h"
#include "core/mask/MaskText.h"
#include "core/mask/PartialMasker.h"
#include "core/mask/PseudonymMasker.h"
#include "core/mask/RecodeMasker.h"
#include "core/mask/RedactMasker.h"
#include "core/mask/ScrubMasker.h"
#include "core/mask/SuppressMasker.h"
#include "core/mask/TruncateMasker.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>
#include <optional>

namespace steward {

namespace {

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

// Parameters were checked by MaskRule::create, so these conversions succeed.
double numberParam(const MaskRule &rule, QStringView name, double fallback)
{
    const QString text = rule.param(name);
    if (text.isEmpty())
        return fallback;
    const std::string bytes = utf8(text);
    return masktext::parseNumber(bytes).value_or(fallback);
}

int intParam(const MaskRule &rule, QStringView name, int fallback)
{
    return int(numberParam(rule, name, fallback));
}

Error ruleError(const QString &field, const QString &message)
{
    return Error::usage(MaskPlan::tr("rule for field '%1': %2").arg(field, message));
}

Result<std::shared_ptr<const ValueMasker>> makeMasker(const QString &field, const MaskRule &rule,
                                                      const QStringList &columns,
                                                      const MaskEnvironment &environment)
{
    using Ptr = std::shared_ptr<const ValueMasker>;
    switch (rule.op()) {
    case MaskOperator::Keep:
        return Ptr(std::make_shared<KeepMasker>());
    case MaskOperator::Drop:
        return Ptr();
    case MaskOperator::Suppress:
        return Ptr(std::make_shared<SuppressMasker>());
    case MaskOperator::Redact:
        return Ptr(
            std::make_shared<RedactMasker>(utf8(rule.param(u"text", QStringLiteral("***")))));
    case MaskOperator::Mask:
        return Ptr(std::make_shared<PartialMasker>(intParam(rule, u"first", 1),
                                                   intParam(rule, u"last", 1),
                                                   utf8(rule.param(u"char", QStringLiteral("*")))));
    case MaskOperator::Pseudonym:
        return Ptr(std::make_shared<PseudonymMasker>(utf8(rule.param(u"prefix"))));
    case MaskOperator::Bands: {
        if (rule.hasParam(u"breaks")) {
            std::vector<double> breaks;
            for (const QString &part : rule.param(u"breaks").split(QLatin1Char(','))) {
                const std::string bytes = utf8(part);
                breaks.push_back(masktext::parseNumber(bytes).value_or(0));
            }
            return Ptr(std::make_shared<BandsMasker>(BandsMasker::withBreaks(std::move(breaks))));
        }
        return Ptr(
            std::make_shared<BandsMasker>(BandsMasker::withWidth(numberParam(rule, u"width", 10))));
    }
    case MaskOperator::Date: {
        const QString to = rule.param(u"to", QStringLiteral("year"));
        const DateMasker::Precision precision = to == QLatin1String("month")
            ? DateMasker::Precision::Month
            : to == QLatin1String("quarter") ? DateMasker::Precision::Quarter
                                             : DateMasker::Precision::Year;
        return Ptr(std::make_shared<DateMasker>(precision));
    }
    case MaskOperator::Shift: {
        const QString subject = rule.param(u"subject");
        if (subject.isEmpty()) {
            return ruleError(field,
                             MaskPlan::tr("shift needs subject=FIELD, the field that identifies the "
                                "patient (its dates all move by the same offset)"));
        }
        const qsizetype column = columns.indexOf(subject);
        if (column < 0)
            return ruleError(field,
                             MaskPlan::tr("the subject field '%1' of shift is not a column").arg(subject));
        return Ptr(std::make_shared<DateShiftMasker>(intParam(rule, u"days", 30), int(column)));
    }
    case MaskOperator::TopCode: {
        const double max = numberParam(rule, u"max", 90);
        const QString label = rule.param(u"label", masktext::numberText(max) + QLatin1Char('+'));
        return Ptr(std::make_shared<BoundCodingMasker>(BoundCodingMasker::Direction::Top, max,
                                                       utf8(label)));
    }
    case MaskOperator::BottomCode: {
        if (!rule.hasParam(u"min"))
            return ruleError(field, MaskPlan::tr("bottomcode needs min=N"));
        const double min = numberParam(rule, u"min", 0);
        const QString label = rule.param(u"label", QLatin1String("<=") + masktext::numberText(min));
        return Ptr(std::make_shared<BoundCodingMasker>(BoundCodingMasker::Direction::Bottom, min,
                                                       utf8(label)));
    }
    case MaskOperator::Truncate:
        return Ptr(std::make_shared<TruncateMasker>(intParam(rule, u"keep", 3)));
    case MaskOperator::Recode: {
        if (!rule.hasParam(u"table")) {
            return ruleError(field,
                             MaskPlan::tr("recode needs table=FILE (two columns: value, replacement) or "
                                "table=builtin:icd10-category / builtin:icd10-chapter"));
        }
        Result<RecodeTable> table
            = RecodeTable::open(rule.param(u"table"), environment.baseDirectory);
        if (!table) {
            Error error = table.error();
            if (error.code == ErrorCode::Usage)
                return ruleError(field, error.message);
            return error;
        }
        const bool keep = rule.param(u"unmatched") == QLatin1String("keep");
        return Ptr(std::make_shared<RecodeMasker>(
            std::make_shared<const RecodeTable>(std::move(*table)), keep));
    }
    case MaskOperator::Hierarchy: {
        const int level = intParam(rule, u"level", 1);
        if (!rule.hasParam(u"file")) {
            HierarchySpec spec;
            if (rule.hasParam(u"builder")) {
                Result<HierarchySpec> parsed = HierarchySpec::parse(rule.param(u"builder"));
                if (!parsed)
                    return ruleError(field, parsed.error().message);
                spec = std::move(*parsed);
            } else if (environment.storedHierarchies.contains(field)) {
                spec = environment.storedHierarchies.value(field);
            } else {
                return ruleError(field,
                                 MaskPlan::tr("hierarchy needs file=FILE (rows value;level1;…;*) or "
                                              "builder=SPEC (date, interval:…, redact:…, region, "
                                              "icd10, flat, groups:…), or a hierarchy stored in "
                                              "the project for this field"));
            }
            Result<Generalizer> generalizer = Generalizer::create(spec);
            if (!generalizer)
                return ruleError(field, generalizer.error().message);
            if (level > generalizer->height()) {
                return ruleError(field,
                                 MaskPlan::tr("parameter 'level' of hierarchy is %1 but the "
                                              "hierarchy has levels 0 to %2")
                                     .arg(level)
                                     .arg(generalizer->height()));
            }
            return Ptr(std::make_shared<GeneralizerMasker>(std::move(*generalizer), level));
        }
        const QString file = rule.param(u"file");
        const QString path = environment.baseDirectory.isEmpty()
            ? file
            : QDir(environment.baseDirectory).filePath(file);
        Result<Hierarchy> hierarchy = Hierarchy::load(path);
        if (!hierarchy)
            return hierarchy.error();
        if (level > hierarchy->height()) {
            return ruleError(field,
                             MaskPlan::tr("parameter 'level' of hierarchy is %1 but the hierarchy has "
                                "levels 0 to %2")
                                 .arg(level)
                                 .arg(hierarchy->height()));
        }
        return Ptr(std::make_shared<HierarchyMasker>(
            std::make_shared<const Hierarchy>(std::move(*hierarchy)), level));
    }
    case MaskOperator::Scrub: {
        std::shared_ptr<const DetectorSet> detectors
            = environment.detectors ? environment.detectors : DetectorSet::builtin();
        return Ptr(std::make_shared<ScrubMasker>(std::move(detectors)));
    }
    }
    return Error::internal(MaskPlan::tr("unknown masking operator"));
}

} // namespace

struct MaskPlan::Data {
    QStringList columns;
    std::vector<MaskRule> rules;
    std::vector<std::shared_ptr<const ValueMasker>> maskers;
    std::vector<int> output;
    MissingValues missing{QStringList()};
    std::optional<HmacSha256> pseudonymMac;
    std::optional<HmacSha256> shiftMac;
};

MaskPlan::MaskPlan(std::shared_ptr<const Data> data) : d(std::move(data))
{
}

bool MaskPlan::needsSecret(const QList<std::pair<QString, MaskRule>> &rules)
{
    for (const auto &entry : rules) {
        if (entry.second.needsSecret())
            return true;
    }
    return false;
}

Result<MaskPlan> MaskPlan::compile(const QStringList &columns,
                                   const QList<std::pair<QString, MaskRule>> &rules,
                                   const MaskEnvironment &environment)
{
    auto data = std::make_shared<Data>();
    data->columns = columns;
    data->rules.resize(size_t(columns.size()));
    data->missing = MissingValues(environment.missingMarkers);
    std::vector<bool> given(size_t(columns.size()), false);
    for (const auto &[field, rule] : rules) {
        const qsizetype column = columns.indexOf(field);
        if (column < 0)
            return Error::usage(tr("there is no field '%1' to mask").arg(field));
        if (given[size_t(column)])
            return Error::usage(tr("field '%1' has more than one masking rule").arg(field));
        given[size_t(column)] = true;
        data->rules[size_t(column)] = rule;
        if (rule.needsSecret() && !environment.secret) {
            return ruleError(field,
                             tr("%1 needs the project secret: give the passphrase")
                                 .arg(maskOperatorName(rule.op())));
        }
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        Result<std::shared_ptr<const ValueMasker>> masker
            = makeMasker(columns[c], data->rules[size_t(c)], columns, environment);
        if (!masker)
            return masker.error();
        data->maskers.push_back(std::move(*masker));
        if (data->rules[size_t(c)].op() != MaskOperator::Drop)
            data->output.push_back(int(c));
    }
    const auto keyed = [&](MaskOperator op) {
        return std::any_of(data->rules.begin(), data->rules.end(),
                           [op](const MaskRule &r) { return r.op() == op; });
    };
    if (environment.secret && keyed(MaskOperator::Pseudonym)) {
        Result<HmacSha256> mac
            = HmacSha256::create(environment.secret->deriveKey(PseudonymMasker::kKeyPurpose));
        if (!mac)
            return mac.error();
        data->pseudonymMac.emplace(std::move(*mac));
    }
    if (environment.secret && keyed(MaskOperator::Shift)) {
        Result<HmacSha256> mac
            = HmacSha256::create(environment.secret->deriveKey(DateShiftMasker::kKeyPurpose));
        if (!mac)
            return mac.error();
        data->shiftMac.emplace(std::move(*mac));
    }
    return MaskPlan(std::move(data));
}

const QStringList &MaskPlan::columns() const
{
    return d->columns;
}

int MaskPlan::columnCount() const
{
    return int(d->columns.size());
}

const MaskRule &MaskPlan::rule(int column) const
{
    return d->rules[size_t(column)];
}

const std::vector<int> &MaskPlan::outputColumns() const
{
    return d->output;
}

QStringList MaskPlan::outputColumnNames() const
{
    QStringList names;
    for (int c : d->output)
        names << d->columns[c];
    return names;
}

const ValueMasker *MaskPlan::masker(int column) const
{
    return d->maskers[size_t(column)].get();
}

const MissingValues &MaskPlan::missingValues() const
{
    return d->missing;
}

const HmacSha256 *MaskPlan::pseudonymMac() const
{
    return d->pseudonymMac ? &*d->pseudonymMac : nullptr;
}

const HmacSha256 *MaskPlan::shiftMac() const
{
    return d->shiftMac ? &*d->shiftMac : nullptr;
}

} // namespace steward
