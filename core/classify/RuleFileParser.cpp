#include "core/classify/RuleFileParser.h"

#include "core/classify/Validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace steward {

namespace {

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

// "B20" → 120; -1 when not a three-character ICD-10 category.
int icdCategoryIndex(const QString &code)
{
    if (code.size() != 3 || code[0] < QLatin1Char('A') || code[0] > QLatin1Char('Z')
        || !code[1].isDigit() || !code[2].isDigit())
        return -1;
    return (code[0].unicode() - 'A') * 100 + (code[1].unicode() - '0') * 10 + (code[2].unicode() - '0');
}

} // namespace

QString RuleFileParser::quoted(const QString &text)
{
    // The JSON text of a string, as it most likely appears in the file.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

Error RuleFileParser::errorAtOffset(const QString &message, qint64 offset) const
{
    offset = qBound<qint64>(0, offset, m_raw.size());
    qint64 line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (m_raw[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 column = 1;
    for (qint64 i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(m_raw[i]) & 0xC0) != 0x80)
            ++column; // count code points, not bytes
    }
    return Error::badInput(message, m_file, line, column);
}

Error RuleFileParser::error(const QString &message, const QString &needle) const
{
    if (!needle.isEmpty()) {
        const qint64 at = m_raw.indexOf(needle.toUtf8());
        if (at >= 0)
            return errorAtOffset(message, at);
    }
    return Error::badInput(message, m_file);
}

Status RuleFileParser::checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
                                 const QString &where) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1Char('_')) || key == QLatin1String("comment"))
            continue; // comments
        bool known = false;
        for (const char *name : allowed)
            known = known || key == QLatin1String(name);
        if (!known) {
            return error(tr("unknown key %1 in %2").arg(quoted(key), where),
                         quoted(key) + QLatin1Char(':'));
        }
    }
    return {};
}

Status RuleFileParser::readString(const QJsonObject &o, const char *key, QString *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isString())
        return error(tr("%1 must be a string").arg(QLatin1String(key)), quoted(QLatin1String(key)));
    *out = v.toString();
    return {};
}

Status RuleFileParser::readStringList(const QJsonObject &o, const char *key, QStringList *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        return error(tr("%1 must be an array of strings").arg(QLatin1String(key)), quoted(QLatin1String(key)));
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return error(tr("%1 must be an array of non-empty strings").arg(QLatin1String(key)),
                         quoted(QLatin1String(key)));
        out->append(item.toString().trimmed());
    }
    return {};
}

Status RuleFileParser::readLabel(const QJsonObject &o, const char *key, LocalizedText *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (v.isString()) {
        out->en = v.toString();
        return {};
    }
    if (!v.isObject())
        return error(tr("%1 must be a string or an object {\"en\", \"zh\"}").arg(QLatin1String(key)),
                     quoted(QLatin1String(key)));
    const QJsonObject label = v.toObject();
    if (Status s = checkKeys(label, {"en", "zh"}, QLatin1String(key)); !s)
        return s;
    if (Status s = readString(label, "en", &out->en); !s)
        return s;
    return readString(label, "zh", &out->zh);
}

Status RuleFileParser::readGrade(const QJsonObject &o, std::optional<int> *out) const
{
    const QJsonValue v = o.value(QLatin1String("grade"));
    if (v.isUndefined())
        return {};
    const double g = v.toDouble(-1);
    if (!v.isDouble() || g != static_cast<int>(g) || g < kMinGrade || g > kMaxGrade)
        return error(tr("grade must be a whole number from 1 to 5"), QStringLiteral("\"grade\""));
    *out = static_cast<int>(g);
    return {};
}

Status RuleFileParser::readRole(const QJsonObject &o, std::optional<FieldRole> *out) const
{
    QString name;
    if (Status s = readString(o, "role", &name); !s)
        return s;
    if (name.isEmpty() && !o.contains(QLatin1String("role")))
        return {};
    *out = fieldRoleFromName(name);
    if (!*out)
        return error(tr("unknown role %1 (direct, quasi, sensitive, other)").arg(quoted(name)), quoted(name));
    return {};
}

Status RuleFileParser::readCategory(const QJsonObject &o, std::optional<DataCategory> *out) const
{
    QString name;
    if (Status s = readString(o, "category", &name); !s)
        return s;
    if (name.isEmpty() && !o.contains(QLatin1String("category")))
        return {};
    *out = dataCategoryFromName(name);
    if (!*out)
        return error(tr("unknown category %1").arg(quoted(name)), quoted(name));
    return {};
}

Status RuleFileParser::readBool(const QJsonObject &o, const char *key, std::optional<bool> *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isBool())
        return error(tr("%1 must be true or false").arg(QLatin1String(key)), quoted(QLatin1String(key)));
    *out = v.toBool();
    return {};
}

Status RuleFileParser::readNumber(const QJsonObject &o, const char *key, double min, double max,
                                  std::optional<double> *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        return error(tr("%1 must be a number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max),
                     quoted(QLatin1String(key)));
    *out = v.toDouble();
    return {};
}

Status RuleFileParser::readRange(const QJsonObject &o, const char *key, int *min, int *max) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble() || a[0].toInt(-1) < 0
        || a[1].toInt(-1) < a[0].toInt(-1)) {
        return error(tr("%1 must be [min, max] with 0 <= min <= max").arg(QLatin1String(key)),
                     quoted(QLatin1String(key)));
    }
    *min = a[0].toInt();
    *max = a[1].toInt();
    return {};
}

Status RuleFileParser::readValidator(const QString &name) const
{
    if (!validatorKindFromName(name)) {
        return error(tr("unknown validator %1 (known: %2)")
                         .arg(quoted(name), validatorKindNames().join(QLatin1String(", "))),
                     quoted(name));
    }
    return {};
}

Status RuleFileParser::readPattern(const QJsonValue &value, bool anchored, PatternRule *out) const
{
    QJsonObject o;
    if (value.isString())
        o.insert(QStringLiteral("regex"), value);
    else if (value.isObject())
        o = value.toObject();
    else
        return error(tr("a pattern must be a string or an object with \"regex\""), QStringLiteral("patterns"));
    if (Status s = checkKeys(o, {"regex", "length", "digits", "cjk", "first", "contains", "validator"},
                             tr("a pattern"));
        !s)
        return s;
    if (Status s = readString(o, "regex", &out->regex); !s)
        return s;
    if (out->regex.isEmpty())
        return error(tr("a pattern needs a non-empty \"regex\""), QStringLiteral("\"regex\""));
    const QRegularExpression re(anchored ? QRegularExpression::anchoredPattern(out->regex) : out->regex);
    if (!re.isValid()) {
        return error(tr("invalid regular expression: %1").arg(re.errorString()), quoted(out->regex));
    }
    Prefilter &p = out->prefilter;
    if (Status s = readRange(o, "length", &p.minLength, &p.maxLength); !s)
        return s;
    if (Status s = readRange(o, "digits", &p.minDigits, &p.maxDigits); !s)
        return s;
    if (Status s = readRange(o, "cjk", &p.minCjk, &p.maxCjk); !s)
        return s;
    QStringList first;
    if (Status s = readStringList(o, "first", &first); !s)
        return s;
    for (const QString &f : first) {
        if (f == QLatin1String("digit"))
            p.firstClasses |= Prefilter::FirstDigit;
        else if (f == QLatin1String("upper"))
            p.firstClasses |= Prefilter::FirstUpper;
        else if (f == QLatin1String("lower"))
            p.firstClasses |= Prefilter::FirstLower;
        else if (f == QLatin1String("letter"))
            p.firstClasses |= Prefilter::FirstUpper | Prefilter::FirstLower;
        else if (f == QLatin1String("cjk"))
            p.firstClasses |= Prefilter::FirstCjk;
        else if (f.size() == 1)
            p.firstChars += f;
        else
            return error(tr("\"first\" entries are digit, upper, lower, letter, cjk or one character"),
                         quoted(f));
    }
    if (Status s = readString(o, "contains", &p.containsAny); !s)
        return s;
    if (o.contains(QLatin1String("validator"))) {
        QString v;
        if (Status s = readString(o, "validator", &v); !s)
            return s;
        if (Status s = readValidator(v); !s)
            return s;
        out->validator = v;
    }
    return {};
}

Status RuleFileParser::readPatterns(const QJsonObject &o, const char *key, bool anchored,
                                    QList<PatternRule> *out) const
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        return error(tr("%1 must be an array").arg(QLatin1String(key)), quoted(QLatin1String(key)));
    for (const QJsonValue item : v.toArray()) {
        PatternRule rule;
        if (Status s = readPattern(item, anchored, &rule); !s)
            return s;
        out->append(rule);
    }
    return {};
}

Status RuleFileParser::parseConcept(const QJsonObject &o)
{
    if (Status s = checkKeys(o, {"id", "label", "role", "category", "grade", "headers", "detectors",
                                 "free_text"},
                             tr("a concept"));
        !s)
        return s;
    QString id;
    if (Status s = readString(o, "id", &id); !s)
        return s;
    if (!isValidId(id))
        return error(tr("a concept needs an \"id\" of lower-case letters, digits and _"), quoted(id));
    int index = m_set.conceptIndex(id);
    const bool isNew = index < 0;
    if (isNew) {
        if (!o.contains(QLatin1String("role")) || !o.contains(QLatin1String("category"))
            || !o.contains(QLatin1String("grade")) || !o.contains(QLatin1String("label"))) {
            return error(tr("new concept %1 needs label, role, category and grade").arg(quoted(id)), quoted(id));
        }
        ConceptRule rule;
        rule.id = id;
        m_set.m_concepts.append(rule);
        m_newConcepts.insert(id);
        index = int(m_set.m_concepts.size()) - 1;
    }
    ConceptRule &c = m_set.m_concepts[index];
    if (Status s = readLabel(o, "label", &c.label); !s)
        return s;
    std::optional<FieldRole> role;
    std::optional<DataCategory> category;
    std::optional<int> grade;
    std::optional<bool> freeText;
    if (Status s = readRole(o, &role); !s)
        return s;
    if (Status s = readCategory(o, &category); !s)
        return s;
    if (Status s = readGrade(o, &grade); !s)
        return s;
    if (Status s = readBool(o, "free_text", &freeText); !s)
        return s;
    c.role = role.value_or(c.role);
    c.category = category.value_or(c.category);
    c.grade = grade.value_or(c.grade);
    c.freeText = freeText.value_or(c.freeText);
    QStringList headers;
    QStringList detectors;
    if (Status s = readStringList(o, "headers", &headers); !s)
        return s;
    if (Status s = readStringList(o, "detectors", &detectors); !s)
        return s;
    for (const QString &h : std::as_const(headers)) {
        if (!c.headers.contains(h))
            c.headers.append(h);
    }
    for (const QString &d : std::as_const(detectors)) {
        if (!c.detectors.contains(d))
            c.detectors.append(d);
    }
    return {};
}

Status RuleFileParser::parseDetector(const QJsonObject &o)
{
    if (Status s = checkKeys(o, {"id", "concept", "label", "patterns", "text_patterns", "validator", "list",
                                 "requires_header", "specificity", "min_distinct_ratio", "role",
                                 "category", "grade", "enabled", "headers"},
                             tr("a detector"));
        !s)
        return s;
    QString id;
    if (Status s = readString(o, "id", &id); !s)
        return s;
    if (!isValidId(id))
        return error(tr("a detector needs an \"id\" of lower-case letters, digits and _"), quoted(id));
    int index = m_set.detectorIndex(id);
    if (index < 0) {
        if (!o.contains(QLatin1String("concept")) || !o.contains(QLatin1String("label")))
            return error(tr("new detector %1 needs concept and label").arg(quoted(id)), quoted(id));
        DetectorRule rule;
        rule.id = id;
        m_set.m_detectors.append(rule);
        m_newDetectors.insert(id);
        index = int(m_set.m_detectors.size()) - 1;
    }
    DetectorRule &d = m_set.m_detectors[index];
    if (Status s = readString(o, "concept", &d.conceptId); !s)
        return s;
    if (Status s = readLabel(o, "label", &d.label); !s)
        return s;
    if (Status s = readPatterns(o, "patterns", true, &d.patterns); !s)
        return s;
    if (Status s = readPatterns(o, "text_patterns", false, &d.textPatterns); !s)
        return s;
    if (o.contains(QLatin1String("validator"))) {
        if (Status s = readString(o, "validator", &d.validator); !s)
            return s;
        if (Status s = readValidator(d.validator); !s)
            return s;
    }
    if (Status s = readString(o, "list", &d.list); !s)
        return s;
    std::optional<bool> requiresHeader;
    std::optional<bool> enabled;
    std::optional<double> specificity;
    std::optional<double> minDistinct;
    if (Status s = readBool(o, "requires_header", &requiresHeader); !s)
        return s;
    if (Status s = readBool(o, "enabled", &enabled); !s)
        return s;
    if (Status s = readNumber(o, "specificity", 0.0, 1.0, &specificity); !s)
        return s;
    if (Status s = readNumber(o, "min_distinct_ratio", 0.0, 1.0, &minDistinct); !s)
        return s;
    d.requiresHeader = requiresHeader.value_or(d.requiresHeader);
    d.enabled = enabled.value_or(d.enabled);
    d.specificity = specificity.value_or(d.specificity);
    d.minDistinctRatio = minDistinct.value_or(d.minDistinctRatio);
    std::optional<FieldRole> role;
    std::optional<DataCategory> category;
    std::optional<int> grade;
    if (Status s = readRole(o, &role); !s)
        return s;
    if (Status s = readCategory(o, &category); !s)
        return s;
    if (Status s = readGrade(o, &grade); !s)
        return s;
    if (role)
        d.role = role;
    if (category)
        d.category = category;
    if (grade)
        d.grade = grade;
    QStringList headers; // shorthand: synonyms of the detector's concept
    if (Status s = readStringList(o, "headers", &headers); !s)
        return s;
    if (!headers.isEmpty()) {
        const int c = m_set.conceptIndex(d.conceptId);
        if (c < 0)
            return error(tr("detector %1 refers to unknown concept %2").arg(quoted(id), quoted(d.conceptId)),
                         quoted(d.conceptId));
        for (const QString &h : std::as_const(headers)) {
            if (!m_set.m_concepts[c].headers.contains(h))
                m_set.m_concepts[c].headers.append(h);
        }
    }
    if (d.patterns.isEmpty() && d.textPatterns.isEmpty())
        return error(tr("detector %1 has no patterns").arg(quoted(id)), quoted(id));
    return {};
}

Status RuleFileParser::parseSensitiveGroup(const QJsonObject &o)
{
    if (Status s = checkKeys(o, {"id", "label", "grade", "enabled", "codes", "keywords"},
                             tr("a sensitive diagnosis group"));
        !s)
        return s;
    QString id;
    if (Status s = readString(o, "id", &id); !s)
        return s;
    if (!isValidId(id))
        return error(tr("a sensitive diagnosis group needs an \"id\" of lower-case letters, digits and _"),
                     quoted(id));
    int index = m_set.sensitiveGroupIndex(id);
    if (index < 0) {
        if (!o.contains(QLatin1String("label")))
            return error(tr("new sensitive diagnosis group %1 needs a label").arg(quoted(id)), quoted(id));
        SensitiveGroupRule rule;
        rule.id = id;
        m_set.m_sensitiveGroups.append(rule);
        index = int(m_set.m_sensitiveGroups.size()) - 1;
    }
    SensitiveGroupRule &g = m_set.m_sensitiveGroups[index];
    if (Status s = readLabel(o, "label", &g.label); !s)
        return s;
    std::optional<int> grade;
    std::optional<bool> enabled;
    if (Status s = readGrade(o, &grade); !s)
        return s;
    if (Status s = readBool(o, "enabled", &enabled); !s)
        return s;
    g.grade = grade.value_or(g.grade);
    g.enabled = enabled.value_or(g.enabled);
    QStringList codes;
    QStringList keywords;
    if (Status s = readStringList(o, "codes", &codes); !s)
        return s;
    if (Status s = readStringList(o, "keywords", &keywords); !s)
        return s;
    for (const QString &code : std::as_const(codes)) {
        const QStringList ends = code.split(QLatin1Char('-'));
        const int from = icdCategoryIndex(ends.value(0));
        const int to = ends.size() == 2 ? icdCategoryIndex(ends.value(1)) : from;
        if (ends.size() > 2 || from < 0 || to < from)
            return error(tr("code range %1 must look like \"B20\" or \"B20-B24\"").arg(quoted(code)),
                         quoted(code));
        if (!g.codes.contains(code))
            g.codes.append(code);
    }
    for (const QString &k : std::as_const(keywords)) {
        if (!g.keywords.contains(k))
            g.keywords.append(k);
    }
    return {};
}

Status RuleFileParser::parseLists(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        if (!isValidId(it.key()))
            return error(tr("list names are lower-case letters, digits and _"), quoted(it.key()));
        QStringList entries;
        QJsonObject one;
        one.insert(it.key(), it.value());
        if (Status s = readStringList(one, it.key().toUtf8().constData(), &entries); !s)
            return s;
        QStringList &list = m_set.m_lists[it.key()];
        QSet<QString> seen(list.begin(), list.end());
        for (const QString &e : std::as_const(entries)) {
            if (!seen.contains(e)) {
                seen.insert(e);
                list.append(e);
            }
        }
    }
    return {};
}

Status RuleFileParser::checkReferences() const
{
    for (const DetectorRule &d : m_set.m_detectors) {
        if (m_set.conceptIndex(d.conceptId) < 0)
            return error(tr("detector %1 refers to unknown concept %2").arg(quoted(d.id), quoted(d.conceptId)),
                         quoted(d.conceptId));
        const auto kind = validatorKindFromName(d.validator);
        bool needsList = kind && validatorNeedsList(*kind);
        for (const PatternRule &p : d.patterns + d.textPatterns) {
            if (p.validator) {
                const auto k = validatorKindFromName(*p.validator);
                needsList = needsList || (k && validatorNeedsList(*k));
            }
        }
        if (needsList && !m_set.m_lists.contains(d.list))
            return error(tr("detector %1 uses in_list but its list %2 does not exist").arg(quoted(d.id), quoted(d.list)),
                         quoted(d.id));
    }
    for (const ConceptRule &c : m_set.m_concepts) {
        for (const QString &d : c.detectors) {
            if (m_set.detectorIndex(d) < 0)
                return error(tr("concept %1 refers to unknown detector %2").arg(quoted(c.id), quoted(d)),
                             quoted(d));
        }
    }
    return {};
}

Status RuleFileParser::run()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorAtOffset(tr("malformed JSON: %1").arg(parseError.errorString()), parseError.offset);
    if (!doc.isObject())
        return errorAtOffset(tr("a rule file holds one JSON object"), 0);
    const QJsonObject root = doc.object();
    if (Status s = checkKeys(root, {"steward_rules", "description", "concepts", "detectors", "lists",
                                    "sensitive_diagnoses"},
                             tr("the rule file"));
        !s)
        return s;
    const QJsonValue version = root.value(QLatin1String("steward_rules"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        return error(tr("unsupported rule file version (this Steward reads version 1)"),
                     QStringLiteral("\"steward_rules\""));
    for (const char *section : {"concepts", "detectors", "sensitive_diagnoses"}) {
        const QJsonValue v = root.value(QLatin1String(section));
        if (!v.isUndefined() && !v.isArray())
            return error(tr("%1 must be an array of objects").arg(QLatin1String(section)),
                         quoted(QLatin1String(section)));
    }
    const QJsonValue lists = root.value(QLatin1String("lists"));
    if (!lists.isUndefined()) {
        if (!lists.isObject())
            return error(tr("lists must be an object of string arrays"), QStringLiteral("\"lists\""));
        if (Status s = parseLists(lists.toObject()); !s)
            return s;
    }
    // Concepts first so detectors in the same file may refer to them (and vice versa below).
    for (const QJsonValue v : root.value(QLatin1String("concepts")).toArray()) {
        if (!v.isObject())
            return error(tr("concepts must be an array of objects"), QStringLiteral("\"concepts\""));
        if (Status s = parseConcept(v.toObject()); !s)
            return s;
    }
    for (const QJsonValue v : root.value(QLatin1String("detectors")).toArray()) {
        if (!v.isObject())
            return error(tr("detectors must be an array of objects"), QStringLiteral("\"detectors\""));
        if (Status s = parseDetector(v.toObject()); !s)
            return s;
    }
    for (const QJsonValue v : root.value(QLatin1String("sensitive_diagnoses")).toArray()) {
        if (!v.isObject())
            return error(tr("sensitive_diagnoses must be an array of objects"),
                         QStringLiteral("\"sensitive_diagnoses\""));
        if (Status s = parseSensitiveGroup(v.toObject()); !s)
            return s;
    }
    return checkReferences();
}

} // namespace steward
