#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskRule.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace steward {

class ProjectStore;

// One stored masking rule of a field (table `mask_rules`, schema v2).
struct StoredMaskRule {
    QString field;
    MaskRule rule;
    QString setBy; // OS user
    QString setAt; // ISO 8601 UTC
};

// The masking rules of the datasets of a project, keyed by (dataset id, field name) so that they
// survive `import --replace` and go away with their dataset (trigger).
//
// Every write is ONE transaction with one audit entry ("rules.set" or "rules.suggest"; the detail
// names the fields and operators, never parameters or cell values); when the caller already has a
// transaction open on the connection it is a savepoint inside it.
class MaskRuleStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskRuleStore)

public:
    explicit MaskRuleStore(ProjectStore &store) : m_store(store) {}

    // Every stored rule of the dataset, the dataset's columns first in column order, then rules of
    // fields that are not columns (any more), by name.
    Result<QList<StoredMaskRule>> load(const DatasetInfo &dataset);
    // The rules of the dataset's current columns in column order; columns without a stored rule
    // are not listed (they are kept). What MaskPlan::compile takes.
    Result<QList<std::pair<QString, MaskRule>>> planRules(const DatasetInfo &dataset);

    enum class Action { Set, Suggest };
    // Stores `rules` (replacing a field's previous rule) and removes the rules of `cleared`, in one
    // transaction with one audit entry. With `replaceAll`, every other stored rule of the dataset
    // is removed first. BadInput when a field is not a column of the dataset or is named twice.
    Status save(const DatasetInfo &dataset, const QList<std::pair<QString, MaskRule>> &rules,
                const QStringList &cleared = {}, Action action = Action::Set,
                bool replaceAll = false);

private:
    ProjectStore &m_store;
};

} // namespace steward
