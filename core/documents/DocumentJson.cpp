#include "core/documents/DocumentJson.h"

#include "core/common/JsonPositions.h"
#include "core/documents/DocumentPlaceholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSet>

namespace steward {

namespace {

const QString kFormat = QStringLiteral("steward-document");

struct Rating {
    const char *name;
    int RiskEntry::*member;
    bool likelihood;
};
const Rating kRatings[] = {{"severity_before", &RiskEntry::severityBefore, false},
                           {"likelihood_before", &RiskEntry::likelihoodBefore, true},
                           {"severity_after", &RiskEntry::severityAfter, false},
                           {"likelihood_after", &RiskEntry::likelihoodAfter, true}};

struct RiskText {
    const char *name;
    QString RiskEntry::*member;
};
const RiskText kRiskTexts[] = {{"title", &RiskEntry::title},
                               {"impacts", &RiskEntry::impacts},
                               {"threats", &RiskEntry::threats},
                               {"sources", &RiskEntry::sources},
                               {"measures", &RiskEntry::measures}};

QString s(const char *latin1)
{
    return QLatin1String(latin1);
}

bool requiredNow(const TemplateItem &item, const Release &release, const DocumentContent &content)
{
    if (!item.required)
        return false;
    if (item.requiredWhen == QLatin1String("ethics_required"))
        return release.policy.ethicsApprovalRequired;
    if (item.requiredWhen == QLatin1String("consent"))
        return release.legalBasis == LegalBasis::Consent;
    if (item.requiredWhen == QLatin1String("cross_border"))
        return !content.texts.value(QStringLiteral("onward.cross_border")).trimmed().isEmpty();
    return true;
}

QJsonValue rating(int value)
{
    return value >= 1 && value <= 4 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject riskJson(const FactRisk &r)
{
    QJsonObject l;
    for (auto it = r.lDiversity.cbegin(); it != r.lDiversity.cend(); ++it)
        l.insert(it.key(), it.value());
    return QJsonObject{{s("k"), r.k},
                       {s("records"), r.records},
                       {s("classes"), r.classes},
                       {s("min_class"), r.minClass},
                       {s("records_below_k"), r.recordsBelowK},
                       {s("prosecutor_max"), r.prosecutorMax},
                       {s("prosecutor_avg"), r.prosecutorAvg},
                       {s("sample_uniques"), r.sampleUniques},
                       {s("suppressed"), r.suppressedRecords},
                       {s("l_diversity"), l}};
}

// What a generated block shows, for reference (read back never).
QJsonValue generatedContent(const QString &generator, const DocumentState &state)
{
    const DocumentFacts &facts = state.version.facts;
    const Release &release = state.release;
    auto fieldJson = [](const FactField &f) {
        return QJsonObject{{s("dataset"), f.dataset}, {s("field"), f.field},
                           {s("type"), f.type},       {s("category"), f.category},
                           {s("grade"), f.grade},     {s("role"), f.role},
                           {s("rule"), f.rule}};
    };
    if (generator == QLatin1String("parties")) {
        return QJsonObject{{s("provider"), release.providerOrganisation},
                           {s("recipient"), release.recipientOrganisation},
                           {s("contact"), release.recipientContact}};
    }
    if (generator == QLatin1String("datasets")) {
        QJsonArray list;
        for (const FactDataset &d : facts.datasets)
            list.append(QJsonObject{{s("name"), d.name},
                                    {s("version"), d.version},
                                    {s("records"), d.records},
                                    {s("subjects"), d.subjects},
                                    {s("grade"), d.grade}});
        return list;
    }
    if (generator == QLatin1String("annex") || generator == QLatin1String("dropped")) {
        const bool released = generator == QLatin1String("annex");
        QJsonArray list;
        for (const FactField &f : facts.fields) {
            if (f.released == released)
                list.append(fieldJson(f));
        }
        return list;
    }
    if (generator == QLatin1String("minimisation")) {
        QJsonArray dropped;
        QJsonArray generalised;
        for (const FactField &f : facts.fields) {
            if (!f.released)
                dropped.append(fieldJson(f));
            else if (f.generalised)
                generalised.append(fieldJson(f));
        }
        return QJsonObject{{s("dropped"), dropped}, {s("generalised"), generalised}};
    }
    if (generator == QLatin1String("inventory")) {
        // Released fields by category and grade.
        QMap<QString, QMap<int, int>> counts;
        for (const FactField &f : facts.fields) {
            if (f.released)
                ++counts[f.category][f.grade];
        }
        QJsonArray list;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            for (auto g = c->cbegin(); g != c->cend(); ++g)
                list.append(QJsonObject{
                    {s("category"), c.key()}, {s("grade"), g.key()}, {s("fields"), g.value()}});
        }
        return list;
    }
    if (generator == QLatin1String("risk_figures")) {
        QJsonArray list;
        for (const FactDataset &d : facts.datasets)
            list.append(QJsonObject{{s("dataset"), d.name},
                                    {s("before"), riskJson(d.before)},
                                    {s("after"), riskJson(d.after)}});
        return list;
    }
    if (generator == QLatin1String("consent")) {
        QJsonArray list;
        for (const FactDataset &d : facts.datasets) {
            if (d.consent)
                list.append(d.consent->toJson());
        }
        return list;
    }
    if (generator == QLatin1String("policy"))
        return release.policy.toJson();
    if (generator == QLatin1String("measures_in_place"))
        return QJsonArray::fromStringList(facts.measures);
    if (generator == QLatin1String("users"))
        return QJsonArray::fromStringList(release.users);
    if (generator == QLatin1String("signatures")) {
        return QJsonObject{{s("provider"), release.providerOrganisation},
                           {s("recipient"), release.recipientOrganisation}};
    }
    if (generator == QLatin1String("risk_map")) {
        QJsonArray list;
        for (const RiskEntry &r : state.version.content.risks) {
            const int lb = r.likelihoodDerived ? facts.reidentificationBefore : r.likelihoodBefore;
            const int la = r.likelihoodDerived ? facts.reidentificationAfter : r.likelihoodAfter;
            list.append(QJsonObject{{s("key"), r.key},
                                    {s("severity_before"), rating(r.severityBefore)},
                                    {s("likelihood_before"), rating(lb)},
                                    {s("severity_after"), rating(r.severityAfter)},
                                    {s("likelihood_after"), rating(la)}});
        }
        return list;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray DocumentJson::write(const DocumentState &state, const DocumentTemplate &tmpl)
{
    const DocumentContent &content = state.version.content;
    const DocumentFacts &facts = state.version.facts;
    const QHash<QString, QString> values =
        DocumentPlaceholders::values(tmpl, state.release, facts, content);

    QJsonArray sections;
    for (const TemplateSection &section : tmpl.sections) {
        QJsonArray items;
        for (const TemplateItem &item : section.items) {
            QJsonObject o{{s("key"), item.key},
                          {s("type"), templateItemTypeName(item.type)},
                          {s("label"), item.label}};
            switch (item.type) {
            case TemplateItemType::Clause:
                o.insert(s("text"), DocumentPlaceholders::clauseText(item, content, values));
                o.insert(s("edited"), content.texts.contains(item.key));
                o.insert(s("required"), requiredNow(item, state.release, content));
                break;
            case TemplateItemType::Field:
                o.insert(s("value"), content.texts.value(item.key));
                o.insert(s("required"), requiredNow(item, state.release, content));
                if (!item.choices.isEmpty())
                    o.insert(s("choices"), QJsonArray::fromStringList(item.choices));
                if (!item.format.isEmpty())
                    o.insert(s("format"), item.format);
                break;
            case TemplateItemType::Check: {
                const bool preTicked = !item.fact.isEmpty() && facts.measures.contains(item.fact);
                o.insert(s("checked"), content.checks.value(item.key, preTicked));
                o.insert(s("pre_ticked"), preTicked);
                break;
            }
            case TemplateItemType::Generated:
                o.insert(s("generator"), item.generator);
                o.insert(s("content"), generatedContent(item.generator, state));
                break;
            case TemplateItemType::RiskRegister: {
                QJsonArray risks;
                for (const RiskEntry &risk : content.risks) {
                    QJsonObject r{{s("key"), risk.key}};
                    for (const RiskText &t : kRiskTexts) {
                        const QString own = risk.*(t.member);
                        r.insert(QLatin1String(t.name),
                                 own.isEmpty() ? tmpl.phrases.value(QStringLiteral("risk.%1.%2").arg(
                                                     risk.key, QLatin1String(t.name)))
                                               : own);
                    }
                    for (const Rating &rt : kRatings) {
                        int v = risk.*(rt.member);
                        if (rt.likelihood && risk.likelihoodDerived)
                            v = rt.member == &RiskEntry::likelihoodBefore
                                    ? facts.reidentificationBefore
                                    : facts.reidentificationAfter;
                        r.insert(QLatin1String(rt.name), rating(v));
                    }
                    r.insert(s("likelihood_derived"), risk.likelihoodDerived);
                    risks.append(r);
                }
                o.insert(s("risks"), risks);
                break;
            }
            case TemplateItemType::ActionPlan: {
                QJsonArray actions;
                for (const ActionItem &a : content.actions)
                    actions.append(QJsonObject{
                        {s("action"), a.action},
                        {s("owner"), a.owner},
                        {s("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()}});
                o.insert(s("actions"), actions);
                break;
            }
            }
            items.append(o);
        }
        sections.append(QJsonObject{
            {s("key"), section.key}, {s("title"), section.title}, {s("items"), items}});
    }

    // In the documented order, so that a person opening the file reads what it is first and the
    // (long, read-only) facts last; QJsonObject would sort the members by name.
    const QList<std::pair<QString, QJsonValue>> top = {
        {s("format"), kFormat},
        {s("format_version"), 1},
        {s("kind"), documentKindName(state.kind)},
        {s("release"), state.release.name},
        {s("language"), tmpl.language},
        {s("version"), state.version.version},
        {s("saved_by"), state.version.savedBy},
        {s("saved_at"), state.version.savedAt.isValid()
                            ? state.version.savedAt.toUTC().toString(Qt::ISODate)
                            : QString()},
        {s("out_of_date"), state.outOfDate},
        {s("changes"), QJsonArray::fromStringList(state.changes)},
        {s("completeness"), state.completeness.toJson()},
        {s("sections"), sections},
        {s("facts"), facts.toJson()},
    };
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < top.size(); ++i) {
        const auto &[name, value] = top.at(i);
        // Serialised alone inside an array, whose brackets are cut off again: the array's
        // indentation is the one a member of the top object needs.
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
        text = text.mid(text.indexOf('\n') + 1);
        text.truncate(text.lastIndexOf(']'));
        out += "    "
               + QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
               + ": " + text.trimmed() + (i + 1 < top.size() ? ",\n" : "\n");
    }
    out += "}\n";
    return out;
}

namespace {

// Reads the editable parts, failing at the first value that does not fit, with its position.
class Reader {
public:
    Reader(const QByteArray &json, const QString &file, const DocumentTemplate &tmpl,
           const DocumentState &state)
        : m_positions(json), m_file(file), m_tmpl(tmpl), m_state(state),
          m_content(state.version.content),
          m_values(DocumentPlaceholders::values(tmpl, state.release, state.version.facts,
                                                state.version.content))
    {
    }

    Result<DocumentContent> read(const QJsonObject &top)
    {
        if (top.value(s("format")).toString() != kFormat)
            return fail(QStringLiteral("/format"),
                        DocumentJson::tr("this is not a Steward document (\"format\" should be "
                                         "\"%1\")")
                            .arg(kFormat));
        const QString kind = documentKindName(m_state.kind);
        if (top.value(s("kind")).toString() != kind)
            return fail(QStringLiteral("/kind"),
                        DocumentJson::tr("this file holds another kind of document (\"kind\" "
                                         "should be \"%1\")")
                            .arg(kind));
        const QJsonValue sections = top.value(s("sections"));
        if (!sections.isArray())
            return fail(QStringLiteral("/sections"),
                        DocumentJson::tr("\"sections\" should be a list"));
        QSet<QString> seen;
        const QJsonArray sectionList = sections.toArray();
        for (qsizetype i = 0; i < sectionList.size(); ++i) {
            const QString sp = JsonPositions::child(QStringLiteral("/sections"), i);
            if (!sectionList.at(i).isObject())
                return fail(sp, DocumentJson::tr("a section should be an object"));
            const QJsonValue items = sectionList.at(i).toObject().value(s("items"));
            const QString ip = JsonPositions::child(sp, s("items"));
            if (items.isUndefined())
                continue;
            if (!items.isArray())
                return fail(ip, DocumentJson::tr("\"items\" should be a list"));
            const QJsonArray itemList = items.toArray();
            for (qsizetype j = 0; j < itemList.size(); ++j) {
                const QString p = JsonPositions::child(ip, j);
                if (!itemList.at(j).isObject())
                    return fail(p, DocumentJson::tr("an item should be an object"));
                const QJsonObject item = itemList.at(j).toObject();
                const QString keyPath = JsonPositions::child(p, s("key"));
                const QJsonValue key = item.value(s("key"));
                if (!key.isString())
                    return fail(keyPath, DocumentJson::tr("an item needs its \"key\""));
                const TemplateItem *tmplItem = m_tmpl.item(key.toString());
                if (!tmplItem)
                    return fail(keyPath, DocumentJson::tr("unknown item key %1").arg(key.toString()));
                if (seen.contains(tmplItem->key))
                    return fail(keyPath,
                                DocumentJson::tr("item %1 appears twice").arg(tmplItem->key));
                seen.insert(tmplItem->key);
                if (Status st = readItem(*tmplItem, item, p); !st)
                    return st.error();
            }
        }
        return m_content;
    }

private:
    Error fail(const QString &pointer, const QString &message, bool atName = false) const
    {
        const auto [line, column] =
            atName ? m_positions.nameAt(pointer) : m_positions.valueAt(pointer);
        return Error::badInput(message, m_file, line, column);
    }

    // A member that must be text when present; nullopt-like flag via `present`.
    Status text(const QJsonObject &o, const QString &p, const char *name, QString *out,
                bool *present)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        *present = !v.isUndefined() && !v.isNull();
        if (!*present)
            return {};
        if (!v.isString())
            return fail(JsonPositions::child(p, QLatin1String(name)),
                        DocumentJson::tr("\"%1\" should be text").arg(QLatin1String(name)));
        *out = v.toString();
        return {};
    }

    Status readItem(const TemplateItem &item, const QJsonObject &o, const QString &p)
    {
        switch (item.type) {
        case TemplateItemType::Clause: {
            QString value;
            bool present = false;
            if (Status st = text(o, p, "text", &value, &present); !st)
                return st;
            const QJsonValue edited = o.value(s("edited"));
            if (!edited.isUndefined() && !edited.isBool())
                return fail(JsonPositions::child(p, s("edited")),
                            DocumentJson::tr("\"edited\" should be true or false"));
            if (!present)
                return {};
            const QString filled = DocumentTemplate::fill(item.text, m_values);
            if (edited.toBool() || value != filled)
                m_content.texts.insert(item.key, value);
            else
                m_content.texts.remove(item.key);
            return {};
        }
        case TemplateItemType::Field: {
            const QString vp = JsonPositions::child(p, s("value"));
            const QJsonValue v = o.value(s("value"));
            QString value;
            if (v.isUndefined())
                return {};
            if (v.isString())
                value = v.toString().trimmed();
            else if (v.isDouble() && item.format == QLatin1String("integer")
                     && v.toDouble() == double(qint64(v.toDouble())))
                value = QString::number(qint64(v.toDouble()));
            else if (!v.isNull())
                return fail(vp, DocumentJson::tr("\"value\" of %1 should be text").arg(item.key));
            if (!value.isEmpty()) {
                if (!item.choices.isEmpty() && !item.choices.contains(value))
                    return fail(vp, DocumentJson::tr("%1 takes one of: %2")
                                        .arg(item.key, item.choices.join(QStringLiteral(", "))));
                if (item.format == QLatin1String("date")
                    && !QDate::fromString(value, Qt::ISODate).isValid())
                    return fail(vp, DocumentJson::tr("%1 should be a date written yyyy-mm-dd")
                                        .arg(item.key));
                if (item.format == QLatin1String("integer")) {
                    bool ok = false;
                    const qlonglong n = value.toLongLong(&ok);
                    if (!ok || n <= 0)
                        return fail(vp, DocumentJson::tr("%1 should be a positive whole number")
                                            .arg(item.key));
                }
            }
            if (value.isEmpty())
                m_content.texts.remove(item.key);
            else
                m_content.texts.insert(item.key,
                                       item.multiline && v.isString() ? v.toString() : value);
            return {};
        }
        case TemplateItemType::Check: {
            const QJsonValue v = o.value(s("checked"));
            if (v.isUndefined())
                return {};
            if (!v.isBool())
                return fail(JsonPositions::child(p, s("checked")),
                            DocumentJson::tr("\"checked\" should be true or false"));
            const bool preTicked =
                !item.fact.isEmpty() && m_state.version.facts.measures.contains(item.fact);
            // A tick that agrees with the project keeps following it.
            if (v.toBool() == preTicked && !m_state.version.content.checks.contains(item.key))
                m_content.checks.remove(item.key);
            else
                m_content.checks.insert(item.key, v.toBool());
            return {};
        }
        case TemplateItemType::Generated:
            return {}; // generated from the project: what the file says is ignored
        case TemplateItemType::RiskRegister:
            return readRisks(o, p);
        case TemplateItemType::ActionPlan:
            return readActions(o, p);
        }
        return {};
    }

    Status readRisks(const QJsonObject &o, const QString &p)
    {
        const QString rp = JsonPositions::child(p, s("risks"));
        const QJsonValue v = o.value(s("risks"));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return fail(rp, DocumentJson::tr("\"risks\" should be a list"));
        QList<RiskEntry> risks;
        QSet<QString> keys;
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString ep = JsonPositions::child(rp, i);
            if (!list.at(i).isObject())
                return fail(ep, DocumentJson::tr("a risk should be an object"));
            const QJsonObject r = list.at(i).toObject();
            RiskEntry risk;
            bool present = false;
            if (Status st = text(r, ep, "key", &risk.key, &present); !st)
                return st;
            if (risk.key.trimmed().isEmpty())
                return fail(JsonPositions::child(ep, s("key")),
                            DocumentJson::tr("a risk needs its \"key\""));
            if (keys.contains(risk.key))
                return fail(JsonPositions::child(ep, s("key")),
                            DocumentJson::tr("risk %1 appears twice").arg(risk.key));
            keys.insert(risk.key);
            const RiskEntry *before = nullptr;
            for (const RiskEntry &old : m_state.version.content.risks) {
                if (old.key == risk.key)
                    before = &old;
            }
            for (const RiskText &t : kRiskTexts) {
                QString value;
                if (Status st = text(r, ep, t.name, &value, &present); !st)
                    return st;
                // The template's wording written out is not the person's text.
                const QString standard = m_tmpl.phrases.value(
                    QStringLiteral("risk.%1.%2").arg(risk.key, QLatin1String(t.name)));
                risk.*(t.member) = value == standard ? QString() : value;
            }
            const QJsonValue derived = r.value(s("likelihood_derived"));
            if (!derived.isUndefined() && !derived.isBool())
                return fail(JsonPositions::child(ep, s("likelihood_derived")),
                            DocumentJson::tr("\"likelihood_derived\" should be true or false"));
            // Whether a likelihood is derived is the register's business, never the file's:
            // the measured figures exist for the re-identification risk only.
            risk.likelihoodDerived = before && before->likelihoodDerived;
            for (const Rating &rt : kRatings) {
                if (rt.likelihood && risk.likelihoodDerived) {
                    risk.*(rt.member) = before ? before->*(rt.member) : 0;
                    continue;
                }
                const QString vp = JsonPositions::child(ep, QLatin1String(rt.name));
                const QJsonValue value = r.value(QLatin1String(rt.name));
                if (value.isUndefined() || value.isNull()) {
                    risk.*(rt.member) = 0;
                    continue;
                }
                const double d = value.toDouble(-1);
                if (!value.isDouble() || d != double(int(d)) || d < 1 || d > 4)
                    return fail(vp, DocumentJson::tr("%1 of risk %2 should be a rating from 1 to 4")
                                        .arg(QLatin1String(rt.name), risk.key));
                risk.*(rt.member) = int(d);
            }
            risks.append(risk);
        }
        m_content.risks = risks;
        return {};
    }

    Status readActions(const QJsonObject &o, const QString &p)
    {
        const QString ap = JsonPositions::child(p, s("actions"));
        const QJsonValue v = o.value(s("actions"));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return fail(ap, DocumentJson::tr("\"actions\" should be a list"));
        QList<ActionItem> actions;
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString ep = JsonPositions::child(ap, i);
            if (!list.at(i).isObject())
                return fail(ep, DocumentJson::tr("an action should be an object"));
            const QJsonObject a = list.at(i).toObject();
            ActionItem action;
            bool present = false;
            if (Status st = text(a, ep, "action", &action.action, &present); !st)
                return st;
            if (Status st = text(a, ep, "owner", &action.owner, &present); !st)
                return st;
            QString due;
            if (Status st = text(a, ep, "due", &due, &present); !st)
                return st;
            if (!due.trimmed().isEmpty()) {
                action.due = QDate::fromString(due.trimmed(), Qt::ISODate);
                if (!action.due.isValid())
                    return fail(JsonPositions::child(ep, s("due")),
                                DocumentJson::tr("\"due\" should be a date written yyyy-mm-dd"));
            }
            actions.append(action);
        }
        m_content.actions = actions;
        return {};
    }

    JsonPositions m_positions;
    QString m_file;
    const DocumentTemplate &m_tmpl;
    const DocumentState &m_state;
    DocumentContent m_content;
    QHash<QString, QString> m_values;
};

} // namespace

Result<DocumentContent> DocumentJson::read(const QByteArray &json, const QString &file,
                                           const DocumentTemplate &tmpl,
                                           const DocumentState &state)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset after the character it could not take; point at that character.
        // Errors at the end of the text and text after the document are reported where they are.
        qsizetype offset = parseError.offset;
        const bool ranOut = offset >= json.size()
                            && (parseError.error == QJsonParseError::UnterminatedString
                                || parseError.error == QJsonParseError::UnterminatedObject
                                || parseError.error == QJsonParseError::UnterminatedArray
                                || parseError.error == QJsonParseError::TerminationByNumber);
        if (parseError.error != QJsonParseError::GarbageAtEnd && !ranOut && offset > 0
            && offset <= json.size()) {
            --offset;
            while (offset > 0 && (static_cast<unsigned char>(json.at(offset)) & 0xC0) == 0x80)
                --offset;
        }
        const auto [line, column] = JsonPositions::lineColumn(json, offset);
        return Error::badInput(tr("not valid JSON: %1").arg(parseError.errorString()), file, line,
                               column);
    }
    if (!doc.isObject())
        return Error::badInput(tr("this is not a Steward document (it should be a JSON object)"),
                               file, 1, 1);
    return Reader(json, file, tmpl, state).read(doc.object());
}

} // namespace steward
