#include "core/mask/MaskRule.h"

#include "core/hierarchy/HierarchySpec.h"
#include "core/mask/MaskText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace steward {

namespace {

enum class ParamType {
    Text, // any text (may be empty)
    Character, // exactly one character (code point)
    Integer, // whole number within [min, max]
    Number, // finite number; `positive` when it must be > 0
    NumberList, // comma-separated numbers, strictly increasing
    Choice, // one of `choices`
    Name, // non-empty text: a field name or a file
};

struct ParamSpec {
    const char *name;
    ParamType type;
    double min = 0;
    double max = 0;
    const char *choices = nullptr; // '|'-separated, for Choice
    bool positive = false; // Number
};

struct OperatorSpec {
    MaskOperator op;
    const char *name;
    std::initializer_list<ParamSpec> params;
};

const OperatorSpec kOperators[] = {
    {MaskOperator::Keep, "keep", {}},
    {MaskOperator::Drop, "drop", {}},
    {MaskOperator::Redact, "redact", {{"text", ParamType::Text}}},
    {MaskOperator::Mask,
     "mask",
     {{"first", ParamType::Integer, 0, 1000},
      {"last", ParamType::Integer, 0, 1000},
      {"char", ParamType::Character}}},
    {MaskOperator::Pseudonym, "pseudonym", {{"prefix", ParamType::Text}}},
    {MaskOperator::Bands,
     "bands",
     {{"width", ParamType::Number, 0, 0, nullptr, true}, {"breaks", ParamType::NumberList}}},
    {MaskOperator::Date, "date", {{"to", ParamType::Choice, 0, 0, "year|month|quarter"}}},
    {MaskOperator::Shift,
     "shift",
     {{"days", ParamType::Integer, 1, 36500}, {"subject", ParamType::Name}}},
    {MaskOperator::TopCode, "topcode", {{"max", ParamType::Number}, {"label", ParamType::Text}}},
    {MaskOperator::BottomCode,
     "bottomcode",
     {{"min", ParamType::Number}, {"label", ParamType::Text}}},
    {MaskOperator::Truncate, "truncate", {{"keep", ParamType::Integer, 0, 1000}}},
    {MaskOperator::Recode,
     "recode",
     {{"table", ParamType::Name}, {"unmatched", ParamType::Choice, 0, 0, "suppress|keep"}}},
    {MaskOperator::Hierarchy,
     "hierarchy",
     {{"file", ParamType::Name},
      {"builder", ParamType::Name},
      {"level", ParamType::Integer, 0, 1000}}},
    {MaskOperator::Scrub, "scrub", {}},
    {MaskOperator::Suppress, "suppress", {}},
};

const OperatorSpec &specOf(MaskOperator op)
{
    for (const OperatorSpec &spec : kOperators) {
        if (spec.op == op)
            return spec;
    }
    return kOperators[0];
}

const ParamSpec *paramSpec(const OperatorSpec &spec, QStringView name)
{
    for (const ParamSpec &p : spec.params) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

QString allowedParams(const OperatorSpec &spec)
{
    QStringList names;
    for (const ParamSpec &p : spec.params)
        names << QLatin1String(p.name);
    return names.join(QStringLiteral(", "));
}

std::optional<double> numberOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return masktext::parseNumber(std::string_view(utf8.constData(), size_t(utf8.size())));
}

Error paramError(const OperatorSpec &spec, const ParamSpec &param, const QString &what)
{
    return Error::usage(MaskRule::tr("parameter '%1' of %2 %3")
                            .arg(QLatin1String(param.name), QLatin1String(spec.name), what));
}

// Checks one value and returns its canonical text (numbers in their shortest form).
Result<QString> checkValue(const OperatorSpec &spec, const ParamSpec &param, const QString &value)
{
    switch (param.type) {
    case ParamType::Text:
        return value;
    case ParamType::Character: {
        const QList<uint> ucs4 = value.toUcs4();
        if (ucs4.size() != 1)
            return paramError(spec, param, MaskRule::tr("must be exactly one character"));
        return value;
    }
    case ParamType::Integer: {
        const std::optional<double> n = numberOf(value);
        if (!n || !masktext::isWholeNumber(*n) || *n < param.min || *n > param.max) {
            return paramError(
                spec, param,
                MaskRule::tr("must be a whole number from %1 to %2").arg(param.min).arg(param.max));
        }
        return masktext::numberText(*n);
    }
    case ParamType::Number: {
        const std::optional<double> n = numberOf(value);
        if (!n)
            return paramError(spec, param, MaskRule::tr("must be a number"));
        if (param.positive && *n <= 0)
            return paramError(spec, param, MaskRule::tr("must be a number greater than 0"));
        return masktext::numberText(*n);
    }
    case ParamType::NumberList: {
        QStringList canonical;
        double previous = 0;
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString &part : parts) {
            const std::optional<double> n = numberOf(part);
            if (!n)
                return paramError(spec, param, MaskRule::tr("must be a comma-separated list of numbers"));
            if (!canonical.isEmpty() && *n <= previous)
                return paramError(spec, param, MaskRule::tr("must list numbers in increasing order"));
            previous = *n;
            canonical << masktext::numberText(*n);
        }
        return canonical.join(QLatin1Char(','));
    }
    case ParamType::Choice: {
        const QStringList choices = QString::fromLatin1(param.choices).split(QLatin1Char('|'));
        for (const QString &choice : choices) {
            if (value.compare(choice, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return paramError(spec, param,
                          MaskRule::tr("must be one of: %1").arg(choices.join(QStringLiteral(", "))));
    }
    case ParamType::Name:
        if (value.trimmed().isEmpty())
            return paramError(spec, param, MaskRule::tr("must not be empty"));
        return value;
    }
    return value;
}

bool needsQuotes(const QString &value)
{
    return value.isEmpty() || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.front().isSpace() || value.back().isSpace();
}

bool isNumeric(ParamType type)
{
    return type == ParamType::Integer || type == ParamType::Number;
}

// `position` is 0-based in the text the user wrote.
Error syntaxError(const QString &message, qsizetype position)
{
    return Error::usage(MaskRule::tr("%1 (at character %2)").arg(message).arg(position + 1));
}

} // namespace

QString maskOperatorName(MaskOperator op)
{
    return QLatin1String(specOf(op).name);
}

std::optional<MaskOperator> maskOperatorFromName(QStringView name)
{
    for (const OperatorSpec &spec : kOperators) {
        if (name.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0)
            return spec.op;
    }
    return std::nullopt;
}

QStringList maskOperatorNames()
{
    QStringList names;
    for (const OperatorSpec &spec : kOperators)
        names << QLatin1String(spec.name);
    return names;
}

bool maskOperatorNeedsSecret(MaskOperator op)
{
    return op == MaskOperator::Pseudonym || op == MaskOperator::Shift;
}

Result<MaskRule> MaskRule::parse(QStringView text)
{
    return parseAt(text, 0);
}

Result<MaskRule> MaskRule::parseAt(QStringView text, qsizetype offset)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QStringView name = (colon < 0 ? text : text.left(colon)).trimmed();
    const std::optional<MaskOperator> op = maskOperatorFromName(name);
    if (!op) {
        if (name.isEmpty())
            return syntaxError(tr("a masking rule needs an operator (one of: %1)")
                                   .arg(maskOperatorNames().join(QStringLiteral(", "))),
                               offset);
        return syntaxError(
            tr("unknown masking operator '%1' (expected one of: %2)")
                .arg(name.toString(), maskOperatorNames().join(QStringLiteral(", "))),
            offset);
    }
    QList<std::pair<QString, QString>> params;
    if (colon >= 0) {
        qsizetype i = colon + 1;
        const qsizetype n = text.size();
        while (i < n && text[i].isSpace())
            ++i;
        while (i < n) {
            const qsizetype keyStart = i;
            while (i < n && text[i] != QLatin1Char('=') && text[i] != QLatin1Char(','))
                ++i;
            const QString key = text.mid(keyStart, i - keyStart).trimmed().toString().toLower();
            if (key.isEmpty())
                return syntaxError(tr("expected a parameter name (K=V) after ':' or ','"),
                                   offset + keyStart);
            if (i == n || text[i] != QLatin1Char('='))
                return syntaxError(tr("parameter '%1' has no value (write %1=VALUE)").arg(key),
                                   offset + keyStart);
            ++i; // '='
            while (i < n && (text[i] == QLatin1Char(' ') || text[i] == QLatin1Char('\t')))
                ++i;
            QString value;
            if (i < n && text[i] == QLatin1Char('"')) {
                const qsizetype quote = i;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (text[i] == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            value += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    value += text[i];
                    ++i;
                }
                if (!closed)
                    return syntaxError(
                        tr("the quoted value of parameter '%1' is not closed").arg(key),
                        offset + quote);
                while (i < n && text[i].isSpace())
                    ++i;
                if (i < n && text[i] != QLatin1Char(','))
                    return syntaxError(
                        tr("expected ',' after the quoted value of parameter '%1'").arg(key),
                        offset + i);
            } else {
                const qsizetype valueStart = i;
                while (i < n && text[i] != QLatin1Char(','))
                    ++i;
                value = text.mid(valueStart, i - valueStart).trimmed().toString();
                if (value.contains(QLatin1Char('"'))) {
                    return syntaxError(tr("a value of parameter '%1' containing a quote must be "
                                          "quoted as a whole (\"…\", inner quotes doubled)")
                                           .arg(key),
                                       offset + valueStart);
                }
            }
            params.append({key, value});
            if (i < n) { // ','
                ++i;
                while (i < n && text[i].isSpace())
                    ++i;
                if (i == n)
                    return syntaxError(tr("expected a parameter after ','"), offset + i);
            }
        }
    }
    return create(*op, std::move(params));
}

Result<std::pair<QString, MaskRule>> MaskRule::parseAssignment(QStringView text)
{
    qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq < 0) {
        return Error::usage(tr("expected FIELD=OPERATOR[:K=V,…] (operators: %1)")
                                .arg(maskOperatorNames().join(QStringLiteral(", "))));
    }
    // The field ends at the first '=' that is followed by an operator name.
    for (qsizetype at = eq; at >= 0; at = text.indexOf(QLatin1Char('='), at + 1)) {
        const QStringView rest = text.mid(at + 1);
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (maskOperatorFromName((colon < 0 ? rest : rest.left(colon)).trimmed())) {
            eq = at;
            break;
        }
    }
    const QString field = text.left(eq).trimmed().toString();
    if (field.isEmpty())
        return Error::usage(tr("expected a field name before '=' in FIELD=OPERATOR[:K=V,…]"));
    Result<MaskRule> rule = parseAt(text.mid(eq + 1), eq + 1);
    if (!rule)
        return rule.error();
    return std::pair<QString, MaskRule>(field, std::move(*rule));
}

Result<MaskRule> MaskRule::fromJson(const QJsonObject &json)
{
    const QJsonValue opValue = json.value(QStringLiteral("operator"));
    const std::optional<MaskOperator> op
        = opValue.isString() ? maskOperatorFromName(opValue.toString()) : std::nullopt;
    if (!op) {
        return Error::badInput(tr("a masking rule needs \"operator\", one of: %1")
                                   .arg(maskOperatorNames().join(QStringLiteral(", "))));
    }
    QList<std::pair<QString, QString>> list;
    const QJsonValue paramsValue = json.value(QStringLiteral("params"));
    if (!paramsValue.isUndefined() && !paramsValue.isNull() && !paramsValue.isObject())
        return Error::badInput(tr("\"params\" of a masking rule must be an object"));
    const QJsonObject params = paramsValue.toObject();
    const OperatorSpec &spec = specOf(*op);
    // Keep the operator's parameter order, then any unknown ones (rejected by validate()).
    QStringList keys;
    for (const ParamSpec &p : spec.params) {
        if (params.contains(QLatin1String(p.name)))
            keys << QLatin1String(p.name);
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!keys.contains(it.key()))
            keys << it.key();
    }
    for (const QString &key : keys) {
        const QJsonValue v = params.value(key);
        QString text;
        if (v.isString()) {
            text = v.toString();
        } else if (v.isDouble()) {
            text = masktext::numberText(v.toDouble());
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue item : v.toArray()) {
                if (!item.isDouble())
                    return Error::badInput(tr("parameter '%1' of %2 must list numbers")
                                               .arg(key, QLatin1String(spec.name)));
                parts << masktext::numberText(item.toDouble());
            }
            text = parts.join(QLatin1Char(','));
        } else {
            return Error::badInput(tr("parameter '%1' of %2 must be a string or a number")
                                       .arg(key, QLatin1String(spec.name)));
        }
        list.append({key, text});
    }
    Result<MaskRule> rule = create(*op, std::move(list));
    if (!rule) {
        Error error = rule.error();
        error.code = ErrorCode::BadInput;
        return error;
    }
    return rule;
}

Result<MaskRule> MaskRule::create(MaskOperator op, QList<std::pair<QString, QString>> params)
{
    const OperatorSpec &spec = specOf(op);
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QString key = params[i].first;
        const ParamSpec *param = paramSpec(spec, key);
        if (!param) {
            if (spec.params.size() == 0)
                return Error::usage(
                    tr("%1 takes no parameters (got '%2')").arg(QLatin1String(spec.name), key));
            return Error::usage(tr("unknown parameter '%1' for %2 (allowed: %3)")
                                    .arg(key, QLatin1String(spec.name), allowedParams(spec)));
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (params[j].first == key)
                return Error::usage(
                    tr("parameter '%1' of %2 is given twice").arg(key, QLatin1String(spec.name)));
        }
        Result<QString> canonical = checkValue(spec, *param, params[i].second);
        if (!canonical)
            return canonical.error();
        params[i].second = *canonical;
    }
    MaskRule rule(op);
    rule.m_params = std::move(params);
    if (op == MaskOperator::Bands && rule.hasParam(u"width") && rule.hasParam(u"breaks"))
        return Error::usage(tr("bands takes either 'width' or 'breaks', not both"));
    if (op == MaskOperator::Hierarchy) {
        if (rule.hasParam(u"file") && rule.hasParam(u"builder"))
            return Error::usage(tr("hierarchy takes either 'file' or 'builder', not both"));
        if (rule.hasParam(u"builder")) {
            Result<HierarchySpec> spec = HierarchySpec::parse(rule.param(u"builder"));
            if (!spec)
                return Error::usage(
                    tr("parameter 'builder' of hierarchy: %1").arg(spec.error().message));
            for (auto &param : rule.m_params) {
                if (param.first == u"builder")
                    param.second = spec->format();
            }
        }
    }
    return rule;
}

QString MaskRule::format() const
{
    QString text = maskOperatorName(m_op);
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        text += i == 0 ? QLatin1Char(':') : QLatin1Char(',');
        text += m_params[i].first;
        text += QLatin1Char('=');
        const QString &value = m_params[i].second;
        if (needsQuotes(value)) {
            QString escaped = value;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            text += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            text += value;
        }
    }
    return text;
}

QJsonObject MaskRule::toJson() const
{
    const OperatorSpec &spec = specOf(m_op);
    QJsonObject params;
    for (const auto &[key, value] : m_params) {
        const ParamSpec *param = paramSpec(spec, key);
        const std::optional<double> n
            = param && isNumeric(param->type) ? numberOf(value) : std::nullopt;
        if (n)
            params.insert(key, *n);
        else
            params.insert(key, value);
    }
    QJsonObject json;
    json.insert(QStringLiteral("operator"), maskOperatorName(m_op));
    json.insert(QStringLiteral("params"), params);
    return json;
}

bool MaskRule::hasParam(QStringView name) const
{
    for (const auto &p : m_params) {
        if (p.first == name)
            return true;
    }
    return false;
}

QString MaskRule::param(QStringView name, const QString &fallback) const
{
    for (const auto &p : m_params) {
        if (p.first == name)
            return p.second;
    }
    return fallback;
}

} // namespace steward
