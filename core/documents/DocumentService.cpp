#include "core/documents/DocumentService.h"

#include "core/common/OsUser.h"
#include "core/documents/DocumentJson.h"
#include "core/documents/DocumentTemplate.h"
#include "core/documents/DocumentVersionStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace steward {

namespace {

const QStringList kRatingNames = {QStringLiteral("severity_before"),
                                  QStringLiteral("likelihood_before"),
                                  QStringLiteral("severity_after"),
                                  QStringLiteral("likelihood_after")};
const QStringList kRiskTextNames = {QStringLiteral("title"), QStringLiteral("impacts"),
                                    QStringLiteral("threats"), QStringLiteral("sources"),
                                    QStringLiteral("measures")};

int *ratingOf(RiskEntry &risk, const QString &name)
{
    if (name == kRatingNames[0])
        return &risk.severityBefore;
    if (name == kRatingNames[1])
        return &risk.likelihoodBefore;
    if (name == kRatingNames[2])
        return &risk.severityAfter;
    if (name == kRatingNames[3])
        return &risk.likelihoodAfter;
    return nullptr;
}

QString *riskTextOf(RiskEntry &risk, const QString &name)
{
    if (name == kRiskTextNames[0])
        return &risk.title;
    if (name == kRiskTextNames[1])
        return &risk.impacts;
    if (name == kRiskTextNames[2])
        return &risk.threats;
    if (name == kRiskTextNames[3])
        return &risk.sources;
    if (name == kRiskTextNames[4])
        return &risk.measures;
    return nullptr;
}

// The item keys whose content differs, in a stable order: for the audit detail (keys only, never
// the text people wrote).
QStringList changedKeys(const DocumentContent &before, const DocumentContent &after)
{
    QStringList keys;
    QSet<QString> textKeys;
    for (auto it = before.texts.cbegin(); it != before.texts.cend(); ++it)
        textKeys.insert(it.key());
    for (auto it = after.texts.cbegin(); it != after.texts.cend(); ++it)
        textKeys.insert(it.key());
    for (const QString &key : std::as_const(textKeys)) {
        if (before.texts.contains(key) != after.texts.contains(key)
            || before.texts.value(key) != after.texts.value(key))
            keys.append(key);
    }
    QSet<QString> checkKeys;
    for (auto it = before.checks.cbegin(); it != before.checks.cend(); ++it)
        checkKeys.insert(it.key());
    for (auto it = after.checks.cbegin(); it != after.checks.cend(); ++it)
        checkKeys.insert(it.key());
    for (const QString &key : std::as_const(checkKeys)) {
        if (before.checks.contains(key) != after.checks.contains(key)
            || before.checks.value(key) != after.checks.value(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());

    auto findRisk = [](const DocumentContent &c, const QString &key) -> const RiskEntry * {
        for (const RiskEntry &r : c.risks) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    };
    QStringList riskKeys;
    for (const RiskEntry &r : after.risks)
        riskKeys.append(r.key);
    for (const RiskEntry &r : before.risks) {
        if (!riskKeys.contains(r.key))
            riskKeys.append(r.key);
    }
    for (const QString &key : std::as_const(riskKeys)) {
        const RiskEntry *b = findRisk(before, key);
        const RiskEntry *a = findRisk(after, key);
        const QString prefix = QStringLiteral("risk.") + key;
        if (!a || !b) {
            keys.append(prefix);
            continue;
        }
        RiskEntry bb = *b;
        RiskEntry aa = *a;
        for (const QString &name : kRiskTextNames) {
            if (*riskTextOf(bb, name) != *riskTextOf(aa, name))
                keys.append(prefix + QLatin1Char('.') + name);
        }
        for (const QString &name : kRatingNames) {
            if (*ratingOf(bb, name) != *ratingOf(aa, name))
                keys.append(prefix + QLatin1Char('.') + name);
        }
        if (bb.likelihoodDerived != aa.likelihoodDerived)
            keys.append(prefix + QStringLiteral(".likelihood_derived"));
    }
    const qsizetype actions = std::max(before.actions.size(), after.actions.size());
    for (qsizetype i = 0; i < actions; ++i) {
        if (i >= before.actions.size() || i >= after.actions.size()
            || before.actions.at(i) != after.actions.at(i))
            keys.append(QStringLiteral("action.%1").arg(i + 1));
    }
    return keys;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

} // namespace

Result<DocumentState> DocumentService::state(const Release &release, DocumentKind kind,
                                             const DocumentFacts &currentFacts)
{
    auto tmpl = DocumentTemplate::load(kind, release.language);
    if (!tmpl)
        return tmpl.error();
    DocumentState state;
    state.release = release;
    state.kind = kind;
    state.currentFacts = currentFacts;
    auto latest = DocumentVersionStore(m_store).latest(release.id, kind);
    if (!latest)
        return latest.error();
    if (latest->has_value()) {
        state.version = std::move(**latest);
        state.outOfDate = state.version.facts != currentFacts;
        if (state.outOfDate)
            state.changes = currentFacts.changesSince(state.version.facts);
    } else {
        state.version.kind = kind;
        state.version.releaseId = release.id;
        state.version.content = DocumentContent::initial(*tmpl);
        state.version.facts = currentFacts;
    }
    state.completeness =
        DocumentCompleteness::check(*tmpl, release, state.version.content, state.version.facts);
    return state;
}

Result<QList<DocumentVersion>> DocumentService::versions(const Release &release, DocumentKind kind)
{
    return DocumentVersionStore(m_store).all(release.id, kind);
}

Result<DocumentVersion> DocumentService::version(const Release &release, DocumentKind kind,
                                                 int version)
{
    auto found = DocumentVersionStore(m_store).find(release.id, kind, version);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::badInput(tr("release %1 has no version %2 of its %3")
                                   .arg(release.name)
                                   .arg(version)
                                   .arg(documentKindName(kind).toUpper()));
    return std::move(**found);
}

namespace {

// The latest version or, for a document never saved, version 0 (initial content, `facts`).
Result<DocumentVersion> latestOrInitial(ProjectStore &store, const Release &release,
                                        DocumentKind kind, const DocumentFacts &facts)
{
    auto latest = DocumentVersionStore(store).latest(release.id, kind);
    if (!latest)
        return latest.error();
    if (latest->has_value())
        return std::move(**latest);
    auto tmpl = DocumentTemplate::load(kind, release.language);
    if (!tmpl)
        return tmpl.error();
    DocumentVersion initial;
    initial.kind = kind;
    initial.releaseId = release.id;
    initial.content = DocumentContent::initial(*tmpl);
    initial.facts = facts;
    return initial;
}

// One new version in one transaction with its audit entry. `change` turns the latest version
// (or version 0) into the next; returning the latest unchanged writes nothing.
Result<DocumentVersion>
writeVersion(ProjectStore &store, const Release &release, DocumentKind kind,
             const DocumentFacts &currentFacts,
             const std::function<Result<DocumentVersion>(const DocumentVersion &latest)> &change)
{
    if (release.id <= 0)
        return Error::badInput(DocumentService::tr("release %1 is not stored in the project")
                                   .arg(release.name));
    sql::Database &db = StoreAccess::db(store);
    sql::WriteScope scope(db, "document_version");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto latest = latestOrInitial(store, release, kind, currentFacts);
    if (!latest)
        return latest.error();
    auto next = change(*latest);
    if (!next)
        return next.error();
    if (next->content == latest->content && next->facts == latest->facts)
        return *latest; // nothing changed: no version, no audit entry
    DocumentVersion v = std::move(*next);
    v.kind = kind;
    v.releaseId = release.id;
    v.version = latest->version + 1;
    v.savedBy = currentOsUser();
    v.savedAt = QDateTime::currentDateTimeUtc();
    if (Status s = DocumentVersionStore(store).insert(v); !s)
        return s.error();
    const bool refresh = v.action == QLatin1String("refresh");
    QJsonObject detail{{QStringLiteral("release"), release.name},
                       {QStringLiteral("kind"), documentKindName(kind)},
                       {QStringLiteral("version"), v.version},
                       {QStringLiteral("action"), v.action}};
    if (!refresh) {
        detail.insert(QStringLiteral("keys"),
                      QJsonArray::fromStringList(changedKeys(latest->content, v.content)));
    }
    if (v.restoredFrom > 0)
        detail.insert(QStringLiteral("restored_from"), v.restoredFrom);
    if (Status s = ProjectStore::appendAudit(
            db, refresh ? QStringLiteral("document.refresh") : QStringLiteral("document.save"),
            release.name, compactJson(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return v;
}

} // namespace

Result<DocumentVersion> DocumentService::save(const Release &release, DocumentKind kind,
                                              const DocumentContent &content,
                                              const DocumentFacts &currentFacts,
                                              const QString &action)
{
    return writeVersion(m_store, release, kind, currentFacts,
                        [&](const DocumentVersion &latest) -> Result<DocumentVersion> {
                            DocumentVersion next;
                            next.action = action;
                            next.content = content;
                            next.facts = latest.facts;
                            return next;
                        });
}

Result<DocumentVersion> DocumentService::refresh(const Release &release, DocumentKind kind,
                                                 const DocumentFacts &currentFacts)
{
    return writeVersion(m_store, release, kind, currentFacts,
                        [&](const DocumentVersion &latest) -> Result<DocumentVersion> {
                            DocumentVersion next;
                            next.action = QStringLiteral("refresh");
                            next.content = latest.content;
                            next.facts = currentFacts;
                            return next;
                        });
}

Result<DocumentVersion> DocumentService::restore(const Release &release, DocumentKind kind,
                                                 int version, const DocumentFacts &currentFacts)
{
    return writeVersion(m_store, release, kind, currentFacts,
                        [&](const DocumentVersion &latest) -> Result<DocumentVersion> {
                            auto old = DocumentVersionStore(m_store).find(release.id, kind, version);
                            if (!old)
                                return old.error();
                            if (!old->has_value())
                                return Error::badInput(
                                    tr("release %1 has no version %2 of its %3")
                                        .arg(release.name)
                                        .arg(version)
                                        .arg(documentKindName(kind).toUpper()));
                            DocumentVersion next;
                            next.action = QStringLiteral("restore");
                            next.restoredFrom = version;
                            next.content = (*old)->content;
                            next.facts = latest.facts;
                            return next;
                        });
}

namespace {

// Applies one `--set KEY=VALUE` to `content`; a usage error names the key.
Status applyAssignment(const DocumentTemplate &tmpl, DocumentContent &content, const QString &key,
                       const QString &value)
{
    if (const TemplateItem *item = tmpl.item(key)) {
        switch (item->type) {
        case TemplateItemType::Clause:
            // An emptied clause stays empty (the completeness check reports it).
            content.texts.insert(key, value);
            return {};
        case TemplateItemType::Field: {
            const QString v = value.trimmed();
            if (!v.isEmpty() && !item->choices.isEmpty() && !item->choices.contains(v))
                return Error::usage(DocumentService::tr("%1 takes one of: %2")
                                        .arg(key, item->choices.join(QStringLiteral(", "))));
            if (!v.isEmpty() && item->format == QLatin1String("date")
                && !QDate::fromString(v, Qt::ISODate).isValid())
                return Error::usage(
                    DocumentService::tr("%1 takes a date written yyyy-mm-dd").arg(key));
            if (!v.isEmpty() && item->format == QLatin1String("integer")) {
                bool ok = false;
                const qlonglong n = v.toLongLong(&ok);
                if (!ok || n <= 0)
                    return Error::usage(
                        DocumentService::tr("%1 takes a positive whole number").arg(key));
            }
            if (value.trimmed().isEmpty())
                content.texts.remove(key);
            else
                content.texts.insert(key, item->multiline ? value : v);
            return {};
        }
        case TemplateItemType::Check: {
            bool checked = false;
            if (!parseBool(value, &checked))
                return Error::usage(DocumentService::tr("%1 takes true or false").arg(key));
            content.checks.insert(key, checked);
            return {};
        }
        case TemplateItemType::Generated:
            return Error::usage(
                DocumentService::tr("%1 is generated from the project and cannot be set")
                    .arg(key));
        case TemplateItemType::RiskRegister:
        case TemplateItemType::ActionPlan:
            break;
        }
        return Error::usage(DocumentService::tr("%1 cannot be set as a whole; set its entries "
                                                "(risk.KEY.FIELD, action.N.FIELD)")
                                .arg(key));
    }

    bool hasRegister = false;
    bool hasPlan = false;
    for (const TemplateSection &section : tmpl.sections) {
        for (const TemplateItem &item : section.items) {
            hasRegister |= item.type == TemplateItemType::RiskRegister;
            hasPlan |= item.type == TemplateItemType::ActionPlan;
        }
    }

    if (hasRegister && key.startsWith(QLatin1String("risk."))) {
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        const QString riskKey = key.mid(5, dot - 5);
        const QString member = key.mid(dot + 1);
        if (dot > 5 && !riskKey.isEmpty()) {
            auto it = std::find_if(content.risks.begin(), content.risks.end(),
                                   [&](const RiskEntry &r) { return r.key == riskKey; });
            const bool known = kRatingNames.contains(member) || kRiskTextNames.contains(member);
            if (it == content.risks.end() && known
                && riskKey.startsWith(QLatin1String("custom."))) {
                RiskEntry added;
                added.key = riskKey;
                content.risks.append(added);
                it = content.risks.end() - 1;
            }
            if (it == content.risks.end())
                return Error::usage(
                    DocumentService::tr("%1: the register has no risk %2 (own risks are named "
                                        "custom.1, custom.2, …)")
                        .arg(key, riskKey));
            if (int *rating = ratingOf(*it, member)) {
                if (it->likelihoodDerived && member.startsWith(QLatin1String("likelihood")))
                    return Error::usage(
                        DocumentService::tr("%1 is derived from the measured risk figures and "
                                            "cannot be set")
                            .arg(key));
                bool ok = false;
                const int n = value.trimmed().toInt(&ok);
                if (!ok || n < 1 || n > 4)
                    return Error::usage(DocumentService::tr("%1 takes a rating from 1 to 4").arg(key));
                *rating = n;
                return {};
            }
            if (QString *text = riskTextOf(*it, member)) {
                *text = value;
                return {};
            }
        }
    }

    if (hasPlan && key.startsWith(QLatin1String("action."))) {
        const QStringList parts = key.split(QLatin1Char('.'));
        bool ok = false;
        const int n = parts.size() == 3 ? parts.at(1).toInt(&ok) : 0;
        if (ok && n >= 1) {
            if (n > content.actions.size() + 1)
                return Error::usage(DocumentService::tr("%1: the action plan has %2 actions; "
                                                        "number a new one %3")
                                        .arg(key)
                                        .arg(content.actions.size())
                                        .arg(content.actions.size() + 1));
            const QString &member = parts.at(2);
            if (member != QLatin1String("action") && member != QLatin1String("owner")
                && member != QLatin1String("due"))
                return Error::usage(
                    DocumentService::tr("%1: an action has action, owner and due").arg(key));
            QDate due;
            if (member == QLatin1String("due") && !value.trimmed().isEmpty()) {
                due = QDate::fromString(value.trimmed(), Qt::ISODate);
                if (!due.isValid())
                    return Error::usage(
                        DocumentService::tr("%1 takes a date written yyyy-mm-dd").arg(key));
            }
            if (n == content.actions.size() + 1)
                content.actions.append(ActionItem{});
            ActionItem &action = content.actions[n - 1];
            if (member == QLatin1String("action"))
                action.action = value;
            else if (member == QLatin1String("owner"))
                action.owner = value;
            else
                action.due = due;
            return {};
        }
    }
    return Error::usage(DocumentService::tr("%1 is not an item of the %2")
                            .arg(key, documentKindName(tmpl.kind).toUpper()));
}

} // namespace

Result<DocumentVersion> DocumentService::set(const Release &release, DocumentKind kind,
                                             const QList<std::pair<QString, QString>> &assignments,
                                             const DocumentFacts &currentFacts)
{
    auto tmpl = DocumentTemplate::load(kind, release.language);
    if (!tmpl)
        return tmpl.error();
    return writeVersion(m_store, release, kind, currentFacts,
                        [&](const DocumentVersion &latest) -> Result<DocumentVersion> {
                            DocumentVersion next;
                            next.action = QStringLiteral("set");
                            next.content = latest.content;
                            next.facts = latest.facts;
                            for (const auto &[key, value] : assignments) {
                                if (Status s = applyAssignment(*tmpl, next.content, key, value); !s)
                                    return s.error();
                            }
                            return next;
                        });
}

Result<DocumentVersion> DocumentService::importJson(const Release &release, DocumentKind kind,
                                                    const QByteArray &json, const QString &file,
                                                    const DocumentFacts &currentFacts)
{
    auto current = state(release, kind, currentFacts);
    if (!current)
        return current.error();
    // The file is read against the template of the language it was written in, so that clause
    // text left as written is recognised as untouched.
    QString language = release.language;
    const QJsonObject top = QJsonDocument::fromJson(json).object();
    const QString written = top.value(QStringLiteral("language")).toString();
    if (DocumentTemplate::languages().contains(written))
        language = written;
    auto tmpl = DocumentTemplate::load(kind, language);
    if (!tmpl)
        return tmpl.error();
    auto content = DocumentJson::read(json, file, *tmpl, *current);
    if (!content)
        return content.error();
    return save(release, kind, *content, currentFacts, QStringLiteral("import"));
}

} // namespace steward
