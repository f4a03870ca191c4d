#include "core/mask/MaskRuleService.h"

#include "core/hierarchy/HierarchyService.h"

#include "core/classify/DatasetClassification.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/mask/RuleSuggester.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"

#include <QFileInfo>
#include "core/store/WriteScope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

Status MaskRuleService::setRules(const DatasetInfo &dataset,
                                 const QList<std::pair<QString, MaskRule>> &rules,
                                 const QStringList &cleared)
{
    return MaskRuleStore(m_store).save(dataset, rules, cleared);
}

Status MaskRuleService::setFieldRules(const DatasetInfo &dataset, const FieldRules &rules,
                                      MaskRuleStore::Action action)
{
    QList<std::pair<QString, MaskRule>> set;
    QStringList cleared;
    for (const auto &[field, rule] : rules) {
        if (rule)
            set.append({field, *rule});
        else
            cleared << field;
    }
    return MaskRuleStore(m_store).save(dataset, set, cleared, action);
}

Status MaskRuleService::clear(const DatasetInfo &dataset, const QStringList &fields)
{
    return MaskRuleStore(m_store).save(dataset, {}, fields);
}

Status MaskRuleService::suggest(const DatasetInfo &dataset,
                                const DatasetClassification &classification)
{
    return MaskRuleStore(m_store).save(dataset, RuleSuggester::suggest(classification), {},
                                       MaskRuleStore::Action::Suggest, true);
}

QJsonObject MaskRuleService::presetAuditDetail(MaskPreset preset, const MaskPresetOptions &options)
{
    return QJsonObject{{QStringLiteral("preset"), MaskPresets::name(preset)},
                       {QStringLiteral("subject_pseudonym"), options.subjectPseudonym}};
}

Status MaskRuleService::applyPreset(const DatasetInfo &dataset,
                                    const DatasetClassification &classification, MaskPreset preset,
                                    const MaskPresetOptions &options)
{
    sql::WriteScope scope(StoreAccess::db(m_store), "mask_rule_preset");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = MaskRuleStore(m_store).save(
            dataset, MaskPresets::rules(preset, classification, options), {},
            MaskRuleStore::Action::Set, true);
        !s)
        return s;
    if (Status s = ProjectStore::appendAudit(StoreAccess::db(m_store), QStringLiteral("rules.preset"),
                                             dataset.name,
                                             QString::fromUtf8(QJsonDocument(presetAuditDetail(preset, options))
                                                                   .toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return scope.commit();
}

Result<MaskTemplateApplication> MaskRuleService::applyTemplate(const DatasetInfo &dataset,
                                                               const MaskTemplate &tmpl,
                                                               const QString &baseDirectory,
                                                               bool replaceAll)
{
    return MaskTemplateStore(m_store).apply(dataset, tmpl, baseDirectory, replaceAll);
}

Status MaskRuleService::applyAnonymization(const DatasetInfo &dataset,
                                           const QList<std::pair<QString, MaskRule>> &rules,
                                           const std::optional<RecordSuppression> &suppression)
{
    sql::WriteScope scope(StoreAccess::db(m_store), "anonymize_apply");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = MaskRuleStore(m_store).save(dataset, rules); !s)
        return s;
    if (Status s = RecordSuppressionStore(m_store).save(dataset, suppression); !s)
        return s;
    return scope.commit();
}

Status MaskRuleService::applyRuleSet(const DatasetInfo &dataset, const MaskRuleSet &set)
{
    sql::WriteScope scope(StoreAccess::db(m_store), "apply_rule_set");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (!set.rules.isEmpty()) {
        if (Status s = setFieldRules(dataset, set.rules, MaskRuleStore::Action::Set); !s)
            return s;
    }
    if (set.hasSuppression) {
        if (Status s = RecordSuppressionStore(m_store).save(dataset, set.suppression); !s)
            return s;
    }
    if (!set.auditAction.isEmpty()) {
        if (Status s = ProjectStore::appendAudit(StoreAccess::db(m_store), set.auditAction, dataset.name,
                                                 set.auditDetail);
            !s)
            return s;
    }
    return scope.commit();
}

Status MaskRuleService::batch(const std::function<Status()> &changes)
{
    sql::WriteScope scope(StoreAccess::db(m_store), "mask_rule_batch");
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = changes(); !s)
        return s;
    return scope.commit();
}

Status MaskRuleService::validate(const QStringList &columns,
                                 const QList<std::pair<QString, MaskRule>> &rules,
                                 MaskEnvironment environment)
{
    if (!environment.secret) {
        // Any key compiles the same plan: the check is of the rules, not of the key.
        environment.secret = *ProjectSecret::fromBytes(QByteArray(ProjectSecret::kSize, '\x01'));
    }
    if (auto plan = MaskPlan::compile(columns, rules, environment); !plan)
        return plan.error();
    return {};
}

Result<MaskEnvironment> MaskRuleService::environment(const DatasetInfo &dataset)
{
    MaskEnvironment environment;
    if (dataset.missingMarkers)
        environment.missingMarkers = *dataset.missingMarkers;
    environment.baseDirectory = QFileInfo(m_store.path()).absolutePath();
    auto hierarchies = HierarchyService(m_store).loadAll(dataset);
    if (!hierarchies)
        return hierarchies.error();
    for (const StoredHierarchy &h : std::as_const(*hierarchies))
        environment.storedHierarchies.insert(h.field, h.spec);
    return environment;
}

Result<MaskingSetup> MaskRuleService::loadSetup(const DatasetInfo &dataset,
                                                const std::function<Result<QString>()> &passphrase)
{
    MaskingSetup setup;
    auto rules = MaskRuleStore(m_store).planRules(dataset);
    if (!rules)
        return rules.error();
    setup.rules = std::move(*rules);
    if (dataset.missingMarkers)
        setup.environment.missingMarkers = *dataset.missingMarkers;
    auto suppression = RecordSuppressionStore(m_store).load(dataset);
    if (!suppression)
        return suppression.error();
    setup.recordSuppression = std::move(*suppression);
    // `hierarchy:level=L` rules (what anonymize stores for an imported hierarchy) read these.
    auto hierarchies = HierarchyService(m_store).loadAll(dataset);
    if (!hierarchies)
        return hierarchies.error();
    for (const StoredHierarchy &h : std::as_const(*hierarchies))
        setup.environment.storedHierarchies.insert(h.field, h.spec);
    if (MaskPlan::needsSecret(setup.rules)) {
        auto given = passphrase ? passphrase()
                                : Result<QString>(Error::internal(
                                      QStringLiteral("no passphrase for the project secret")));
        if (!given)
            return given.error();
        auto secret = ProjectSecretStore(m_store).obtain(*given);
        if (!secret)
            return secret.error();
        setup.environment.secret = *secret;
    }
    return setup;
}

} // namespace steward
