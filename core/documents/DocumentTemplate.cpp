#include "core/documents/DocumentTemplate.h"

#include "core/common/JsonText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

struct TypeName {
    TemplateItemType type;
    const char *name;
};

const TypeName kTypeNames[] = {
    {TemplateItemType::Clause, "clause"},
    {TemplateItemType::Field, "field"},
    {TemplateItemType::Check, "check"},
    {TemplateItemType::Generated, "generated"},
    {TemplateItemType::RiskRegister, "risk_register"},
    {TemplateItemType::ActionPlan, "action_plan"},
};

const char *const kGenerators[] = {"parties",  "datasets",     "annex",           "dropped",
                                   "minimisation", "inventory", "risk_figures",   "policy",
                                   "measures_in_place", "risk_map", "users",      "signatures",
                                   "consent"};

const char *const kConditions[] = {"ethics_required", "consent", "cross_border"};

const char *const kFormats[] = {"date", "integer"};

template <class Array>
bool contains(const Array &names, const QString &name)
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *n) { return name == QLatin1String(n); });
}

// Where a semantic fault sits in the file: the position of `"key": "<key>"` (or of the given
// property name when no key applies), so an error says line and column like a syntax error does.
// JSON writers put any amount of white space around the colon; a regular expression allows for it.
void locate(const QByteArray &json, const QString &property, const QString &value, qint64 *line,
            qint64 *column)
{
    *line = 0;
    *column = 0;
    const QString text = QString::fromUtf8(json);
    QString pattern = QLatin1Char('"') + QRegularExpression::escape(property) + QLatin1Char('"');
    if (!value.isNull())
        pattern += QStringLiteral("\\s*:\\s*\"") + QRegularExpression::escape(value) + QLatin1Char('"');
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    if (!match.hasMatch())
        return;
    const qsizetype offset = match.capturedStart();
    *line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = offset - lineStart + 1;
}

struct Parser {
    const QByteArray &json;
    const QString &file;

    Error fault(const QString &message, const QString &property, const QString &value = QString()) const
    {
        qint64 line = 0;
        qint64 column = 0;
        locate(json, property, value, &line, &column);
        return Error::badInput(message, file, line, column);
    }
};

using TemplateCache = QHash<QString, DocumentTemplate>;

TemplateCache &cache()
{
    static TemplateCache templates;
    return templates;
}

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QString templateItemTypeName(TemplateItemType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("clause");
}

QStringList DocumentTemplate::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

Result<DocumentTemplate> DocumentTemplate::load(DocumentKind kind, const QString &language)
{
    if (!languages().contains(language))
        return Error::badInput(tr("no document template in language '%1' (available: %2)")
                                   .arg(language, languages().join(QStringLiteral(", "))));
    const QString name = documentKindName(kind) + QLatin1Char('.') + language + QStringLiteral(".json");
    {
        QMutexLocker locker(&cacheMutex());
        const auto found = cache().constFind(name);
        if (found != cache().constEnd())
            return *found;
    }
    QFile file(QStringLiteral(":/templates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(tr("the document template %1 is missing from the program").arg(name));
    Result<DocumentTemplate> parsed = parse(file.readAll(), name);
    if (!parsed)
        return parsed.error();
    if (parsed->kind != kind || parsed->language != language)
        return Error::internal(tr("the document template %1 names another kind or language").arg(name));
    QMutexLocker locker(&cacheMutex());
    cache().insert(name, *parsed);
    return parsed;
}

Result<DocumentTemplate> DocumentTemplate::parse(const QByteArray &json, const QString &file)
{
    const Parser parser{json, file};
    Result<QJsonObject> root = JsonText::parseObject(json, file);
    if (!root)
        return root.error();
    const QJsonObject &object = *root;

    if (object.value(QStringLiteral("format")).toString() != QLatin1String("steward-template"))
        return parser.fault(tr("not a Steward document template (\"format\" should be \"steward-template\")"),
                            QStringLiteral("format"));
    if (object.value(QStringLiteral("version")).toInt() != 1)
        return parser.fault(tr("unsupported template version (this version of Steward reads version 1)"),
                            QStringLiteral("version"));

    DocumentTemplate tmpl;
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    const std::optional<DocumentKind> kind = documentKindFromName(kindName);
    if (!kind)
        return parser.fault(tr("\"kind\" should be \"dsa\" or \"dpia\""), QStringLiteral("kind"));
    tmpl.kind = *kind;
    tmpl.language = object.value(QStringLiteral("language")).toString();
    if (!languages().contains(tmpl.language))
        return parser.fault(tr("\"language\" should be one of: %1").arg(languages().join(QStringLiteral(", "))),
                            QStringLiteral("language"));
    tmpl.title = object.value(QStringLiteral("title")).toString();
    if (tmpl.title.trimmed().isEmpty())
        return parser.fault(tr("the template has no \"title\""), QStringLiteral("title"));
    tmpl.subtitle = object.value(QStringLiteral("subtitle")).toString();

    const QJsonValue sectionsValue = object.value(QStringLiteral("sections"));
    if (!sectionsValue.isArray() || sectionsValue.toArray().isEmpty())
        return parser.fault(tr("\"sections\" should be a non-empty list"), QStringLiteral("sections"));

    QSet<QString> sectionKeys;
    QSet<QString> itemKeys;
    for (const QJsonValue &sectionValue : sectionsValue.toArray()) {
        if (!sectionValue.isObject())
            return parser.fault(tr("every section should be an object"), QStringLiteral("sections"));
        const QJsonObject sectionObject = sectionValue.toObject();
        TemplateSection section;
        section.key = sectionObject.value(QStringLiteral("key")).toString();
        if (section.key.isEmpty())
            return parser.fault(tr("a section has no \"key\""), QStringLiteral("sections"));
        if (sectionKeys.contains(section.key))
            return parser.fault(tr("section key '%1' is used twice").arg(section.key),
                                QStringLiteral("key"), section.key);
        sectionKeys.insert(section.key);
        section.title = sectionObject.value(QStringLiteral("title")).toString();
        if (section.title.trimmed().isEmpty())
            return parser.fault(tr("section '%1' has no title").arg(section.key), QStringLiteral("key"),
                                section.key);

        const QJsonValue itemsValue = sectionObject.value(QStringLiteral("items"));
        if (!itemsValue.isArray())
            return parser.fault(tr("section '%1' has no list of \"items\"").arg(section.key),
                                QStringLiteral("key"), section.key);
        for (const QJsonValue &itemValue : itemsValue.toArray()) {
            if (!itemValue.isObject())
                return parser.fault(tr("every item of section '%1' should be an object").arg(section.key),
                                    QStringLiteral("key"), section.key);
            const QJsonObject itemObject = itemValue.toObject();
            TemplateItem item;
            item.key = itemObject.value(QStringLiteral("key")).toString();
            if (item.key.isEmpty())
                return parser.fault(tr("an item of section '%1' has no \"key\"").arg(section.key),
                                    QStringLiteral("key"), section.key);
            if (itemKeys.contains(item.key) || sectionKeys.contains(item.key))
                return parser.fault(tr("item key '%1' is used twice").arg(item.key),
                                    QStringLiteral("key"), item.key);
            itemKeys.insert(item.key);

            const QString typeName = itemObject.value(QStringLiteral("type")).toString();
            const auto type = std::find_if(std::begin(kTypeNames), std::end(kTypeNames),
                                           [&](const TypeName &t) { return typeName == QLatin1String(t.name); });
            if (type == std::end(kTypeNames))
                return parser.fault(tr("item '%1' has an unknown type (expected clause, field, check, "
                                       "generated, risk_register or action_plan)")
                                        .arg(item.key),
                                    QStringLiteral("key"), item.key);
            item.type = type->type;
            item.label = itemObject.value(QStringLiteral("label")).toString();
            item.text = itemObject.value(QStringLiteral("text")).toString();
            item.required = itemObject.value(QStringLiteral("required")).toBool(false);
            item.generator = itemObject.value(QStringLiteral("generator")).toString();
            item.fact = itemObject.value(QStringLiteral("fact")).toString();
            item.requiredWhen = itemObject.value(QStringLiteral("requiredWhen")).toString();
            item.multiline = itemObject.value(QStringLiteral("multiline")).toBool(true);
            item.format = itemObject.value(QStringLiteral("format")).toString();
            for (const QJsonValue &choice : itemObject.value(QStringLiteral("choices")).toArray())
                item.choices.append(choice.toString());

            if (item.label.trimmed().isEmpty())
                return parser.fault(tr("item '%1' has no label").arg(item.key), QStringLiteral("key"), item.key);
            if (item.type == TemplateItemType::Generated && !contains(kGenerators, item.generator))
                return parser.fault(tr("item '%1' names an unknown generator").arg(item.key),
                                    QStringLiteral("key"), item.key);
            if (item.type != TemplateItemType::Generated && !item.generator.isEmpty())
                return parser.fault(tr("item '%1' has a generator but is not generated").arg(item.key),
                                    QStringLiteral("key"), item.key);
            if (!item.requiredWhen.isEmpty() && !contains(kConditions, item.requiredWhen))
                return parser.fault(tr("item '%1' has an unknown \"requiredWhen\" condition "
                                       "(expected ethics_required, consent or cross_border)")
                                        .arg(item.key),
                                    QStringLiteral("key"), item.key);
            if (!item.format.isEmpty() && !contains(kFormats, item.format))
                return parser.fault(tr("item '%1' has an unknown format (expected date or integer)").arg(item.key),
                                    QStringLiteral("key"), item.key);
            if (item.type != TemplateItemType::Field && (!item.choices.isEmpty() || !item.format.isEmpty()))
                return parser.fault(tr("only fields may have choices or a format (item '%1')").arg(item.key),
                                    QStringLiteral("key"), item.key);
            section.items.append(item);
        }
        tmpl.sections.append(section);
    }

    const QJsonValue phrasesValue = object.value(QStringLiteral("phrases"));
    if (!phrasesValue.isUndefined() && !phrasesValue.isObject())
        return parser.fault(tr("\"phrases\" should be an object of texts"), QStringLiteral("phrases"));
    const QJsonObject phrases = phrasesValue.toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        if (!it.value().isString())
            return parser.fault(tr("phrase '%1' should be a text").arg(it.key()), it.key());
        tmpl.phrases.insert(it.key(), it.value().toString());
    }
    return tmpl;
}

const TemplateItem *DocumentTemplate::item(const QString &key) const
{
    for (const TemplateSection &section : sections) {
        for (const TemplateItem &candidate : section.items) {
            if (candidate.key == key)
                return &candidate;
        }
    }
    return nullptr;
}

const TemplateSection *DocumentTemplate::sectionOf(const QString &itemKey) const
{
    for (const TemplateSection &section : sections) {
        for (const TemplateItem &candidate : section.items) {
            if (candidate.key == itemKey)
                return &section;
        }
    }
    return nullptr;
}

QString DocumentTemplate::phrase(const QString &key) const
{
    const auto found = phrases.constFind(key);
    return found == phrases.constEnd() ? key : *found;
}

QString DocumentTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*(?::[^{}\\s]+)?)\\}"));
    static const QString blank = QStringLiteral("________");
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        out += value.trimmed().isEmpty() ? blank : value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace steward
