#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskPresets.h"
#include "core/mask/MaskRule.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskTemplateStore.h"
#include "core/mask/RecordSuppression.h"
#include "core/store/DatasetInfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace steward {

class ProjectStore;
struct DatasetClassification;

// The rules of some fields and, optionally, the record suppression of a dataset, written at once
// (a k-anonymity result, a template, a preset, or the state an undo step goes back to).
struct MaskRuleSet {
    QList<std::pair<QString, std::optional<MaskRule>>> rules; // none: no rule stored (kept)
    bool hasSuppression = false; // whether this set writes the record suppression
    std::optional<RecordSuppression> suppression;
    // An extra audit entry naming what was applied (e.g. "rules.template.apply"); none when empty.
    QString auditAction;
    QString auditDetail; // compact JSON: names of templates, presets and fields, never values
};

// What masking a dataset needs, as stored: the rules of its current columns, its record
// suppression, and the environment to compile the rules in (the secret only when a rule needs it).
struct MaskingSetup {
    QList<std::pair<QString, MaskRule>> rules;
    std::optional<RecordSuppression> recordSuppression;
    MaskEnvironment environment;
};

// Every change of a dataset's masking rules, for both shells. Each operation is ONE transaction
// with its audit entries (a savepoint when the caller's batch() is open), so that it happens whole
// or not at all:
//   setRules/clear "rules.set", suggest "rules.suggest", applyPreset "rules.set" + "rules.preset",
//   applyTemplate "rules.template.apply" (+ the rule and suppression entries it writes through),
//   applyAnonymization "rules.set" + "rules.suppression", applyRuleSet "rules.set" (+
//   "rules.suppression" and the set's own entry).
class MaskRuleService final {
public:
    using FieldRules = QList<std::pair<QString, std::optional<MaskRule>>>;

    explicit MaskRuleService(ProjectStore &store) : m_store(store) {}

    // Sets the rules of `rules` (replacing a field's previous rule) and removes those of `cleared`.
    Status setRules(const DatasetInfo &dataset, const QList<std::pair<QString, MaskRule>> &rules,
                    const QStringList &cleared = {});
    // Sets or clears (none) each field's rule; `action` names the audit entry.
    Status setFieldRules(const DatasetInfo &dataset, const FieldRules &rules,
                         MaskRuleStore::Action action = MaskRuleStore::Action::Set);
    Status clear(const DatasetInfo &dataset, const QStringList &fields);
    // Replaces all rules with the ones suggested from the classification.
    Status suggest(const DatasetInfo &dataset, const DatasetClassification &classification);
    // Replaces all rules with a preset computed from the classification.
    Status applyPreset(const DatasetInfo &dataset, const DatasetClassification &classification,
                       MaskPreset preset, const MaskPresetOptions &options);
    // The detail of the "rules.preset" audit entry (both shells write the same).
    static QJsonObject presetAuditDetail(MaskPreset preset, const MaskPresetOptions &options);
    // MaskTemplateStore::apply: with `replaceAll` the dataset's masking becomes the template's,
    // otherwise only the covered fields' rules are set.
    Result<MaskTemplateApplication> applyTemplate(const DatasetInfo &dataset,
                                                  const MaskTemplate &tmpl,
                                                  const QString &baseDirectory, bool replaceAll);
    // The rules and record suppression an anonymization found (its fields' rules replaced, the
    // suppression stored or removed).
    Status applyAnonymization(const DatasetInfo &dataset,
                              const QList<std::pair<QString, MaskRule>> &rules,
                              const std::optional<RecordSuppression> &suppression);
    // Writes a rule set (what an undo step redoes or goes back to).
    Status applyRuleSet(const DatasetInfo &dataset, const MaskRuleSet &set);

    // Runs `changes` (calls of this and other services) as ONE transaction: when it fails,
    // nothing of it is kept. The operations inside become savepoints of it.
    Status batch(const std::function<Status()> &changes);

    // Whether `rules` compile for these columns (shift subject, files, hierarchy levels). A rule
    // that needs the secret is checked with a stand-in one when `environment` has none, so that
    // the check does not need the passphrase.
    static Status validate(const QStringList &columns,
                           const QList<std::pair<QString, MaskRule>> &rules,
                           MaskEnvironment environment);

    // What compiling the dataset's rules needs apart from the secret: its missing-value markers,
    // the stored hierarchies (`hierarchy:level=L` rules read them) and the project's folder for
    // relative files. The GUI adds the secret it holds.
    Result<MaskEnvironment> environment(const DatasetInfo &dataset);

    // The dataset's masking as stored (rules, record suppression, missing markers). The project
    // secret is obtained only when a rule needs it, with the passphrase `passphrase` returns
    // (asked for only then).
    Result<MaskingSetup> loadSetup(const DatasetInfo &dataset,
                                   const std::function<Result<QString>()> &passphrase);

private:
    ProjectStore &m_store;
};

} // namespace steward
