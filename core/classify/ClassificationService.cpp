#include "core/classify/ClassificationService.h"

#include "core/classify/ClassificationStore.h"
#include "core/classify/Classifier.h"
#include "core/common/OsUser.h"
#include "core/store/AuditTrail.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace steward {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Read-only snapshot for load(): a deferred transaction unless the caller has one open.
class ReadScope final {
public:
    explicit ReadScope(sql::Database &db) : m_db(db)
    {
        m_own = sqlite3_get_autocommit(db.handle()) && db.exec("BEGIN").ok();
    }
    ~ReadScope()
    {
        if (m_own)
            (void)m_db.exec("ROLLBACK");
    }
    ReadScope(const ReadScope &) = delete;
    ReadScope &operator=(const ReadScope &) = delete;

private:
    sql::Database &m_db;
    bool m_own = false;
};

QString classificationText(FieldRole role, DataCategory category, int grade)
{
    return ClassificationService::tr("%1, %2, grade %3")
        .arg(Taxonomy::fieldRoleLabel(role), Taxonomy::dataCategoryLabel(category))
        .arg(grade);
}

// Whether a confirmed decision was made against another type or suggestion than the current.
void markStale(FieldClassification &f)
{
    const FieldDecision &d = f.decision;
    if (!d.confirmed || !d.hasBasis)
        return;
    if (!d.basisType.isEmpty() && d.basisType != f.type) {
        f.stale = true;
        f.staleReason = ClassificationService::tr("the field's type changed from %1 to %2 since the decision")
                            .arg(d.basisType, f.type);
        return;
    }
    if (!f.hasSuggestion)
        return;
    const Suggestion &s = f.suggestion;
    if (s.role != d.basisRole || s.category != d.basisCategory || s.grade != d.basisGrade) {
        f.stale = true;
        f.staleReason = ClassificationService::tr("the suggestion changed since the decision: was %1, now %2")
                            .arg(classificationText(d.basisRole, d.basisCategory, d.basisGrade),
                                 classificationText(s.role, s.category, s.grade));
    }
}

Result<DatasetClassification> loadClassification(sql::Database &db, const DatasetInfo &info)
{
    ReadScope snapshot(db);
    ClassificationStore cs(db);
    auto profiles = cs.profiles(info.id, info.version);
    if (!profiles)
        return profiles.error();
    auto stored = cs.classifications(info.id);
    if (!stored)
        return stored.error();
    DatasetClassification result;
    result.dataset = info;
    result.analyzed = !info.columns.isEmpty();
    for (const ColumnInfo &column : info.columns) {
        FieldClassification f;
        f.name = column.name;
        f.position = column.position;
        f.type = columnTypeName(column.type);
        const auto profile = profiles->constFind(column.position);
        if (profile != profiles->constEnd() && profile->name == f.name && profile->type == f.type) {
            f.hasProfile = true;
            f.profile = *profile;
        }
        const auto row = stored->constFind(f.name);
        if (row != stored->constEnd()) {
            if (row->suggestion && row->suggestion->datasetVersion == info.version
                && row->suggestion->type == f.type) {
                f.hasSuggestion = true;
                f.suggestion = row->suggestion->suggestion;
            }
            f.decision = row->decision;
        }
        markStale(f);
        result.analyzed = result.analyzed && f.hasProfile && f.hasSuggestion;
        result.fields.append(std::move(f));
    }
    return result;
}

// The stored evidence line is in the language the analysis ran in (the CLI's English, say). The
// cached profile holds every figure the line cites, so the classifier states it again in the
// reader's language; only when it would suggest something else today (other rules) does the
// stored line stay, since it explains the stored suggestion.
void restateEvidence(DatasetClassification &cls, const Classifier &classifier)
{
    for (FieldClassification &f : cls.fields) {
        if (!f.hasProfile || !f.hasSuggestion)
            continue;
        const Suggestion now = classifier.classify(f.profile);
        const Suggestion &stored = f.suggestion;
        if (now.role == stored.role && now.category == stored.category && now.grade == stored.grade
            && now.detector == stored.detector && now.conceptId == stored.conceptId)
            f.suggestion.evidence = now.evidence;
    }
}

Result<DatasetInfo> datasetById(sql::Database &db, qint64 id)
{
    auto all = DatasetCatalog(db).all();
    if (!all)
        return all.error();
    for (DatasetInfo &info : *all) {
        if (info.id == id)
            return std::move(info);
    }
    return Error::badInput(ClassificationService::tr("the dataset no longer exists"));
}

Error notAnalyzed(const QString &dataset)
{
    return Error::badInput(
        ClassificationService::tr("dataset %1 has not been profiled since it was imported; profile it first").arg(dataset));
}

Error noSuchField(const QString &dataset, const QString &field)
{
    return Error::badInput(ClassificationService::tr("dataset %1 has no field named %2").arg(dataset, field));
}

FieldDecision newDecision(const FieldClassification &f, FieldRole role, DataCategory category,
                          int grade, const QString &reason, const QString &origin)
{
    FieldDecision d;
    d.confirmed = true;
    d.hasValues = true;
    d.role = role;
    d.category = category;
    d.grade = grade;
    d.reason = reason.trimmed();
    d.decidedBy = currentOsUser();
    d.decidedAt = AuditTrail::now();
    d.origin = origin;
    d.hasBasis = f.hasSuggestion;
    if (f.hasSuggestion) {
        d.basisRole = f.suggestion.role;
        d.basisCategory = f.suggestion.category;
        d.basisGrade = f.suggestion.grade;
    }
    d.basisType = f.type;
    return d;
}

QJsonArray names(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// One field a decision is taken over from (another dataset's decision or a template entry).
struct SourceDecision {
    TemplateField field;
    bool forceChanged = false; // the source decision is itself stale
};

} // namespace

ClassificationService::ClassificationService(ProjectStore &store,
                                             std::shared_ptr<const DetectorSet> detectors,
                                             const QLocale &locale)
    : m_store(store), m_detectors(std::move(detectors)), m_locale(locale)
{
    if (!m_detectors)
        m_detectors = DetectorSet::builtin();
}

Result<DatasetClassification> ClassificationService::load(const QString &dataset)
{
    auto info = m_store.dataset(dataset);
    if (!info)
        return info.error();
    auto cls = loadClassification(StoreAccess::db(m_store), *info);
    if (cls)
        restateEvidence(*cls, Classifier(m_detectors, m_locale));
    return cls;
}

Result<DatasetAnalysis> ClassificationService::analyze(
    const ProjectStore &store, const DatasetInfo &dataset,
    const std::shared_ptr<const DetectorSet> &detectors, const ProgressCallback &progress,
    const CancellationToken *cancel, bool refresh, const DatasetProfilerOptions &options,
    const QLocale &locale)
{
    const std::shared_ptr<const DetectorSet> set = detectors ? detectors : DetectorSet::builtin();
    DatasetAnalysis analysis;
    analysis.datasetId = dataset.id;
    analysis.datasetVersion = dataset.version;
    analysis.datasetName = dataset.name;

    if (!refresh) {
        auto reader = store.openSecondary();
        if (!reader)
            return reader.error();
        auto cached =
            ClassificationStore(StoreAccess::db(**reader)).profiles(dataset.id, dataset.version);
        if (!cached)
            return cached.error();
        bool complete = !dataset.columns.isEmpty();
        for (const ColumnInfo &column : dataset.columns) {
            const auto p = cached->constFind(column.position);
            complete = complete && p != cached->constEnd() && p->name == column.name
                && p->type == columnTypeName(column.type);
        }
        if (complete) {
            for (const ColumnInfo &column : dataset.columns)
                analysis.profiles.append(cached->value(column.position));
            analysis.fromCache = true;
            if (progress)
                progress(Progress{dataset.columns.size(), dataset.columns.size()});
        }
    }
    if (!analysis.fromCache) {
        auto profiles = DatasetProfiler(set, options).profile(store, dataset, progress, cancel);
        if (!profiles)
            return profiles.error();
        analysis.profiles = std::move(*profiles);
    }
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    const Classifier classifier(set, locale);
    analysis.suggestions.reserve(analysis.profiles.size());
    for (const FieldProfile &p : analysis.profiles)
        analysis.suggestions.append(classifier.classify(p));
    return analysis;
}

Status ClassificationService::storeAnalysis(const DatasetAnalysis &analysis)
{
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto info = datasetById(db, analysis.datasetId);
    if (!info)
        return info.error();
    if (info->version != analysis.datasetVersion)
        return Error::badInput(tr("dataset %1 was replaced while it was being profiled; profile "
                                  "it again")
                                   .arg(info->name));
    if (analysis.profiles.size() != info->columns.size()
        || analysis.suggestions.size() != analysis.profiles.size())
        return Error::internal(tr("the analysis does not match the dataset's fields"));
    ClassificationStore cs(db);
    if (Status s = cs.storeProfiles(info->id, info->version, analysis.profiles); !s)
        return s;
    if (Status s = cs.storeSuggestions(info->id, info->version, analysis.profiles,
                                       analysis.suggestions);
        !s)
        return s;
    int grade = 0;
    for (const Suggestion &s : analysis.suggestions)
        grade = std::max(grade, s.grade);
    const QJsonObject detail{{QStringLiteral("version"), info->version},
                             {QStringLiteral("fields"), int(analysis.profiles.size())},
                             {QStringLiteral("from_cache"), analysis.fromCache},
                             {QStringLiteral("suggested_grade"), grade}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("classification.analyze"),
                                             info->name, compact(detail));
        !s)
        return s;
    return scope.commit();
}

Result<DatasetClassification> ClassificationService::analyzeNow(const QString &dataset,
                                                                const ProgressCallback &progress,
                                                                const CancellationToken *cancel,
                                                                bool refresh)
{
    auto current = load(dataset);
    if (!current)
        return current.error();
    if (current->analyzed && !refresh) {
        if (progress)
            progress(Progress{current->fields.size(), current->fields.size()});
        return current;
    }
    auto analysis = analyze(m_store, current->dataset, m_detectors, progress, cancel, refresh, {},
                            m_locale);
    if (!analysis)
        return analysis.error();
    if (Status s = storeAnalysis(*analysis); !s)
        return s.error();
    return load(dataset);
}

Result<DatasetClassification> ClassificationService::reclassify(const QString &dataset,
                                                                const ProgressCallback &progress,
                                                                const CancellationToken *cancel)
{
    auto info = m_store.dataset(dataset);
    if (!info)
        return info.error();
    auto analysis = analyze(m_store, *info, m_detectors, progress, cancel, false, {}, m_locale);
    if (!analysis)
        return analysis.error();
    if (Status s = storeAnalysis(*analysis); !s)
        return s.error();
    return load(dataset);
}

Result<DecisionBatch> ClassificationService::decide(const QString &dataset,
                                                    const QList<DecisionRequest> &requests)
{
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto cls = load(dataset);
    if (!cls)
        return cls.error();
    if (requests.isEmpty())
        return Error::usage(tr("no decision given"));

    DecisionBatch batch;
    batch.datasetId = cls->dataset.id;
    batch.dataset = cls->dataset.name;
    QSet<QString> seen;
    QJsonArray audit;
    for (const DecisionRequest &r : requests) {
        const int index = cls->indexOf(r.field);
        if (index < 0)
            return noSuchField(cls->dataset.name, r.field);
        if (seen.contains(r.field))
            return Error::badInput(tr("field %1 is decided twice in one step").arg(r.field));
        seen.insert(r.field);
        const FieldClassification &f = cls->fields.at(index);
        if (!f.hasSuggestion && r.kind != DecisionRequest::Kind::Reopen)
            return notAnalyzed(cls->dataset.name);

        FieldDecision d;
        QJsonObject entry{{QStringLiteral("field"), f.name}};
        switch (r.kind) {
        case DecisionRequest::Kind::Confirm:
            d = newDecision(f, f.suggestion.role, f.suggestion.category, f.suggestion.grade,
                            r.reason, QStringLiteral("manual"));
            entry.insert(QStringLiteral("decision"), QStringLiteral("confirm"));
            break;
        case DecisionRequest::Kind::Override: {
            if (r.grade < kMinGrade || r.grade > kMaxGrade)
                return Error::usage(
                    tr("the grade of field %1 must be a number from 1 to 5").arg(f.name));
            const DataCategory category = r.category.value_or(f.suggestion.category);
            d = newDecision(f, r.role, category, r.grade, r.reason, QStringLiteral("manual"));
            if (d.isOverride() && d.reason.isEmpty())
                return Error::usage(
                    tr("overriding the suggestion for field %1 needs a reason").arg(f.name));
            entry.insert(QStringLiteral("decision"), d.isOverride() ? QStringLiteral("override")
                                                                    : QStringLiteral("confirm"));
            break;
        }
        case DecisionRequest::Kind::Reopen:
            d = f.decision;
            d.confirmed = false;
            d.decidedBy = currentOsUser();
            d.decidedAt = AuditTrail::now();
            if (!r.reason.trimmed().isEmpty())
                d.reason = r.reason.trimmed();
            entry.insert(QStringLiteral("decision"), QStringLiteral("reopen"));
            break;
        }
        if (d.hasValues) {
            entry.insert(QStringLiteral("role"), fieldRoleName(d.role));
            entry.insert(QStringLiteral("category"), dataCategoryName(d.category));
            entry.insert(QStringLiteral("grade"), d.grade);
        }
        if (!d.reason.isEmpty())
            entry.insert(QStringLiteral("reason"), d.reason);
        audit.append(entry);
        batch.before.append({f.name, f.decision});
        batch.after.append({f.name, d});
    }

    ClassificationStore cs(db);
    for (const FieldDecisionState &state : std::as_const(batch.after)) {
        if (Status s = cs.storeDecision(batch.datasetId, state.field, state.decision); !s)
            return s.error();
    }
    const QJsonObject detail{{QStringLiteral("version"), cls->dataset.version},
                             {QStringLiteral("fields"), audit}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("classification.decide"),
                                             batch.dataset, compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return batch;
}

namespace {

Status restoreStates(sql::Database &db, const DecisionBatch &batch,
                     const QList<FieldDecisionState> &states, const QString &action)
{
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto info = datasetById(db, batch.datasetId);
    if (!info)
        return info.error();
    ClassificationStore cs(db);
    QStringList fields;
    for (const FieldDecisionState &state : states) {
        if (Status s = cs.storeDecision(info->id, state.field, state.decision); !s)
            return s;
        fields.append(state.field);
    }
    const QJsonObject detail{{QStringLiteral("fields"), names(fields)}};
    if (Status s = ProjectStore::appendAudit(db, action, info->name, compact(detail)); !s)
        return s;
    return scope.commit();
}

} // namespace

Status ClassificationService::undo(const DecisionBatch &batch)
{
    return restoreStates(StoreAccess::db(m_store), batch, batch.before,
                         QStringLiteral("classification.undo"));
}

Status ClassificationService::redo(const DecisionBatch &batch)
{
    return restoreStates(StoreAccess::db(m_store), batch, batch.after,
                         QStringLiteral("classification.redo"));
}

namespace {

// Applies decisions taken over from elsewhere to the target's fields (see applyFromDataset()).
Result<DecisionBatch> applyDecisions(sql::Database &db, const DatasetClassification &target,
                                     const QList<SourceDecision> &sources, const QString &origin,
                                     QJsonObject detail)
{
    DecisionBatch batch;
    batch.datasetId = target.dataset.id;
    batch.dataset = target.dataset.name;
    for (const FieldClassification &f : target.fields) {
        const SourceDecision *source = nullptr;
        for (const SourceDecision &s : sources) {
            if (s.field.name == f.name)
                source = &s;
        }
        if (!source) {
            if (f.needsDecision())
                batch.added.append(f.name);
            continue;
        }
        const TemplateField &t = source->field;
        const bool sameType = t.type.isEmpty() || t.type == f.type;
        const bool sameSuggestion = !t.hasBasis
            || (f.suggestion.role == t.basisRole && f.suggestion.category == t.basisCategory
                && f.suggestion.grade == t.basisGrade);
        FieldDecision d = newDecision(f, t.role, t.category, t.grade, t.reason, origin);
        bool unchanged = sameType && sameSuggestion && !source->forceChanged;
        // An override without a reason is never confirmed on someone's behalf.
        if (d.isOverride() && d.reason.isEmpty())
            unchanged = false;
        if (!unchanged) {
            if (f.decision.confirmed && !f.stale)
                continue; // the target's own valid decision stands
            d.confirmed = false;
            d.hasBasis = t.hasBasis;
            d.basisRole = t.basisRole;
            d.basisCategory = t.basisCategory;
            d.basisGrade = t.basisGrade;
            d.basisType = t.type;
            batch.changed.append(f.name);
        } else {
            batch.applied.append(f.name);
        }
        batch.before.append({f.name, f.decision});
        batch.after.append({f.name, d});
    }

    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    ClassificationStore cs(db);
    for (const FieldDecisionState &state : std::as_const(batch.after)) {
        if (Status s = cs.storeDecision(batch.datasetId, state.field, state.decision); !s)
            return s.error();
    }
    detail.insert(QStringLiteral("version"), target.dataset.version);
    detail.insert(QStringLiteral("applied"), names(batch.applied));
    detail.insert(QStringLiteral("changed"), names(batch.changed));
    detail.insert(QStringLiteral("added"), names(batch.added));
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("classification.apply"),
                                             batch.dataset, compact(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return batch;
}

} // namespace

Result<DecisionBatch> ClassificationService::applyFromDataset(const QString &target,
                                                              const QString &source)
{
    auto to = load(target);
    if (!to)
        return to.error();
    auto from = load(source);
    if (!from)
        return from.error();
    if (!to->analyzed)
        return notAnalyzed(to->dataset.name);
    if (to->dataset.id == from->dataset.id)
        return Error::usage(tr("a dataset cannot take its classification from itself"));
    QList<SourceDecision> sources;
    for (const FieldClassification &f : std::as_const(from->fields)) {
        if (!f.decision.confirmed)
            continue;
        SourceDecision s;
        s.field.name = f.name;
        s.field.type = f.decision.basisType.isEmpty() ? f.type : f.decision.basisType;
        s.field.role = f.decision.role;
        s.field.category = f.decision.category;
        s.field.grade = f.decision.grade;
        s.field.reason = f.decision.reason;
        s.field.hasBasis = f.decision.hasBasis;
        s.field.basisRole = f.decision.basisRole;
        s.field.basisCategory = f.decision.basisCategory;
        s.field.basisGrade = f.decision.basisGrade;
        s.forceChanged = f.stale;
        sources.append(s);
    }
    const QJsonObject detail{{QStringLiteral("source_dataset"), from->dataset.name}};
    return applyDecisions(StoreAccess::db(m_store), *to, sources,
                          QStringLiteral("dataset:") + from->dataset.name, detail);
}

Result<DecisionBatch> ClassificationService::applyTemplate(const QString &target,
                                                           const ClassificationTemplate &tmpl)
{
    auto to = load(target);
    if (!to)
        return to.error();
    if (!to->analyzed)
        return notAnalyzed(to->dataset.name);
    QList<SourceDecision> sources;
    for (const TemplateField &f : tmpl.fields)
        sources.append({f, false});
    const QJsonObject detail{{QStringLiteral("template"), tmpl.name}};
    return applyDecisions(StoreAccess::db(m_store), *to, sources,
                          QStringLiteral("template:") + tmpl.name, detail);
}

Result<ClassificationTemplate> ClassificationService::makeTemplate(const QString &dataset,
                                                                   const QString &name)
{
    auto cls = load(dataset);
    if (!cls)
        return cls.error();
    ClassificationTemplate t;
    t.name = name.trimmed().isEmpty() ? cls->dataset.name : name.trimmed();
    t.sourceDataset = cls->dataset.name;
    t.savedAt = AuditTrail::now();
    t.savedBy = currentOsUser();
    for (const FieldClassification &f : std::as_const(cls->fields)) {
        if (!f.decision.confirmed)
            continue;
        TemplateField tf;
        tf.name = f.name;
        tf.type = f.decision.basisType.isEmpty() ? f.type : f.decision.basisType;
        tf.role = f.decision.role;
        tf.category = f.decision.category;
        tf.grade = f.decision.grade;
        tf.reason = f.decision.reason;
        tf.hasBasis = f.decision.hasBasis;
        tf.basisRole = f.decision.basisRole;
        tf.basisCategory = f.decision.basisCategory;
        tf.basisGrade = f.decision.basisGrade;
        t.fields.append(tf);
    }
    return t;
}

Status ClassificationService::saveTemplate(const ClassificationTemplate &tmpl)
{
    const QString name = tmpl.name.trimmed();
    if (name.isEmpty())
        return Error::usage(tr("the template needs a name"));
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus();
    ClassificationStore cs(db);
    auto existing = cs.templateJson(name);
    if (!existing)
        return existing.error();
    ClassificationTemplate copy = tmpl;
    copy.name = name;
    if (Status s = cs.storeTemplate(name, copy.toJson()); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("fields"), int(tmpl.fields.size())},
                             {QStringLiteral("source_dataset"), tmpl.sourceDataset},
                             {QStringLiteral("replaced"), existing->has_value()}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("template.save"), name,
                                             compact(detail));
        !s)
        return s;
    return scope.commit();
}

Result<QStringList> ClassificationService::templateNames()
{
    return ClassificationStore(StoreAccess::db(m_store)).templateNames();
}

Result<ClassificationTemplate> ClassificationService::loadTemplate(const QString &name)
{
    auto json = ClassificationStore(StoreAccess::db(m_store)).templateJson(name);
    if (!json)
        return json.error();
    if (!json->has_value())
        return Error::badInput(tr("no template named %1").arg(name));
    return ClassificationTemplate::fromJson(**json, name);
}

Status ClassificationService::deleteTemplate(const QString &name)
{
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus();
    ClassificationStore cs(db);
    auto existing = cs.templateJson(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::badInput(tr("no template named %1").arg(name));
    if (Status s = cs.removeTemplate(name); !s)
        return s;
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("template.delete"), name); !s)
        return s;
    return scope.commit();
}

Result<int> ClassificationService::exportDictionary(const QString &dataset, const QString &path,
                                                    DataDictionary::Format format)
{
    auto cls = load(dataset);
    if (!cls)
        return cls.error();
    const QByteArray bytes = format == DataDictionary::Format::Csv ? DataDictionary::toCsv(*cls)
                                                                   : DataDictionary::toJson(*cls);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Error::badInput(tr("cannot write the file: %1").arg(file.errorString()), path);

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "classification");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    const QJsonObject detail{{QStringLiteral("file"), QFileInfo(path).fileName()},
                             {QStringLiteral("format"), DataDictionary::formatName(format)},
                             {QStringLiteral("fields"), int(cls->fields.size())},
                             {QStringLiteral("version"), cls->dataset.version}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("dictionary.export"),
                                             cls->dataset.name, compact(detail));
        !s)
        return s.error();
    if (!file.commit())
        return Error::badInput(tr("cannot write the file: %1").arg(file.errorString()), path);
    if (Status s = scope.commit(); !s)
        return s.error();
    return int(cls->fields.size());
}

Status ClassificationService::withClassification(
    const QString &dataset, Analysis mode,
    const std::function<Status(const DatasetClassification &)> &work,
    const ProgressCallback &progress, const CancellationToken *cancel, bool *ran)
{
    sql::WriteScope scope(StoreAccess::db(m_store), "classification_work");
    if (!scope.beginStatus())
        return scope.beginStatus();
    auto current = load(dataset);
    if (!current)
        return current.error();
    const bool needed = mode != Analysis::LoadOnly
                        && (!current->analyzed || mode != Analysis::IfNeeded);
    if (ran)
        *ran = needed;
    if (needed) {
        current = mode == Analysis::Reclassify
                      ? reclassify(dataset, progress, cancel)
                      : analyzeNow(dataset, progress, cancel, mode == Analysis::Reprofile);
    }
    if (Status s = current ? work(*current) : Status(current.error()); !s)
        return s;
    return scope.commit();
}

} // namespace steward
