#include "core/documents/DocumentContent.h"

#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"

#include <QJsonArray>
#include <QJsonValue>

namespace steward {

namespace {

// The register an assessment starts with, in the order of the template's phrases.
const char *const kStandardRisks[] = {"illegitimate_access", "unwanted_modification",
                                      "disappearance",       "reidentification",
                                      "onward_sharing",      "use_beyond_purpose"};

// A default rating from the template ("risk.<key>.severity_before": "2"); 0 when the template
// has none or it is not on the scale.
int defaultRating(const DocumentTemplate &tmpl, const QString &risk, const char *which)
{
    const QString text =
        tmpl.phrases.value(QStringLiteral("risk.%1.%2").arg(risk, QLatin1String(which)));
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= 1 && value <= 4 ? value : 0;
}

bool hasRegister(const DocumentTemplate &tmpl)
{
    for (const TemplateSection &section : tmpl.sections) {
        for (const TemplateItem &item : section.items) {
            if (item.type == TemplateItemType::RiskRegister)
                return true;
        }
    }
    return false;
}

const QString kTexts = QStringLiteral("texts");
const QString kChecks = QStringLiteral("checks");
const QString kRisks = QStringLiteral("risks");
const QString kActions = QStringLiteral("actions");

struct RatingMember {
    const char *name;
    int RiskEntry::*member;
};
const RatingMember kRatings[] = {{"severity_before", &RiskEntry::severityBefore},
                                 {"likelihood_before", &RiskEntry::likelihoodBefore},
                                 {"severity_after", &RiskEntry::severityAfter},
                                 {"likelihood_after", &RiskEntry::likelihoodAfter}};

struct TextMember {
    const char *name;
    QString RiskEntry::*member;
};
const TextMember kRiskTexts[] = {{"title", &RiskEntry::title},
                                 {"impacts", &RiskEntry::impacts},
                                 {"threats", &RiskEntry::threats},
                                 {"sources", &RiskEntry::sources},
                                 {"measures", &RiskEntry::measures}};

Error unreadable(const QString &what)
{
    return Error::badInput(
        DocumentService::tr("the stored document content is not readable (%1)").arg(what));
}

} // namespace

DocumentContent DocumentContent::initial(const DocumentTemplate &tmpl)
{
    DocumentContent content;
    if (!hasRegister(tmpl))
        return content;
    for (const char *key : kStandardRisks) {
        RiskEntry risk;
        risk.key = QLatin1String(key);
        for (const RatingMember &rating : kRatings)
            risk.*(rating.member) = defaultRating(tmpl, risk.key, rating.name);
        if (risk.key == QLatin1String("reidentification")) {
            // The likelihood is what the measured figures say, never a typed guess.
            risk.likelihoodDerived = true;
            risk.likelihoodBefore = 0;
            risk.likelihoodAfter = 0;
        }
        content.risks.append(risk);
    }
    return content;
}

QJsonObject DocumentContent::toJson() const
{
    QJsonObject textsJson;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        textsJson.insert(it.key(), it.value());
    QJsonObject checksJson;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        checksJson.insert(it.key(), it.value());
    QJsonArray risksJson;
    for (const RiskEntry &risk : risks) {
        QJsonObject r{{QStringLiteral("key"), risk.key}};
        for (const TextMember &text : kRiskTexts) {
            if (!(risk.*(text.member)).isEmpty())
                r.insert(QLatin1String(text.name), risk.*(text.member));
        }
        for (const RatingMember &rating : kRatings)
            r.insert(QLatin1String(rating.name), risk.*(rating.member));
        r.insert(QStringLiteral("likelihood_derived"), risk.likelihoodDerived);
        risksJson.append(r);
    }
    QJsonArray actionsJson;
    for (const ActionItem &action : actions) {
        actionsJson.append(QJsonObject{
            {QStringLiteral("action"), action.action},
            {QStringLiteral("owner"), action.owner},
            {QStringLiteral("due"),
             action.due.isValid() ? action.due.toString(Qt::ISODate) : QString()}});
    }
    return QJsonObject{{kTexts, textsJson},
                       {kChecks, checksJson},
                       {kRisks, risksJson},
                       {kActions, actionsJson}};
}

Result<DocumentContent> DocumentContent::fromJson(const QJsonObject &json)
{
    DocumentContent content;
    const QJsonValue textsValue = json.value(kTexts);
    if (!textsValue.isUndefined() && !textsValue.isObject())
        return unreadable(kTexts);
    const QJsonObject textsJson = textsValue.toObject();
    for (auto it = textsJson.constBegin(); it != textsJson.constEnd(); ++it) {
        if (!it.value().isString())
            return unreadable(it.key());
        content.texts.insert(it.key(), it.value().toString());
    }
    const QJsonValue checksValue = json.value(kChecks);
    if (!checksValue.isUndefined() && !checksValue.isObject())
        return unreadable(kChecks);
    const QJsonObject checksJson = checksValue.toObject();
    for (auto it = checksJson.constBegin(); it != checksJson.constEnd(); ++it) {
        if (!it.value().isBool())
            return unreadable(it.key());
        content.checks.insert(it.key(), it.value().toBool());
    }
    const QJsonValue risksValue = json.value(kRisks);
    if (!risksValue.isUndefined() && !risksValue.isArray())
        return unreadable(kRisks);
    for (const QJsonValue &value : risksValue.toArray()) {
        const QJsonObject r = value.toObject();
        RiskEntry risk;
        risk.key = r.value(QStringLiteral("key")).toString();
        if (risk.key.isEmpty())
            return unreadable(kRisks);
        for (const TextMember &text : kRiskTexts)
            risk.*(text.member) = r.value(QLatin1String(text.name)).toString();
        for (const RatingMember &rating : kRatings) {
            const int v = r.value(QLatin1String(rating.name)).toInt(-1);
            if (v < 0 || v > 4)
                return unreadable(QLatin1String(rating.name));
            risk.*(rating.member) = v;
        }
        risk.likelihoodDerived = r.value(QStringLiteral("likelihood_derived")).toBool();
        content.risks.append(risk);
    }
    const QJsonValue actionsValue = json.value(kActions);
    if (!actionsValue.isUndefined() && !actionsValue.isArray())
        return unreadable(kActions);
    for (const QJsonValue &value : actionsValue.toArray()) {
        const QJsonObject a = value.toObject();
        ActionItem action;
        action.action = a.value(QStringLiteral("action")).toString();
        action.owner = a.value(QStringLiteral("owner")).toString();
        const QString due = a.value(QStringLiteral("due")).toString();
        if (!due.isEmpty()) {
            action.due = QDate::fromString(due, Qt::ISODate);
            if (!action.due.isValid())
                return unreadable(kActions);
        }
        content.actions.append(action);
    }
    return content;
}

} // namespace steward
