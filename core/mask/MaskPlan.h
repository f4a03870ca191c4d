#pragma once

#include "core/common/Result.h"
#include "core/mask/MaskEnvironment.h"
#include "core/mask/MaskRule.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace steward {

class HmacSha256;
class MissingValues;
class ValueMasker;

// Masking rules compiled for the columns of a dataset: one ValueMasker per column with its
// parameters parsed and its files (recode tables, hierarchies) loaded, the keyed HMAC contexts
// set up once. Immutable and cheap to copy (shared); every thread masks through its own
// MaskWorker.
//
// Parameter defaults: redact text "***"; mask first 1, last 1, char '*'; pseudonym prefix "";
// bands width 10; date to year; shift days 30 (subject required); topcode max 90, label "N+";
// bottomcode min required, label "<=N"; truncate keep 3; recode table required, unmatched
// suppress; hierarchy file or builder (else the field's stored hierarchy) required, level 1.
class MaskPlan final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskPlan)

public:
    // `rules` name fields of `columns`; columns without a rule are kept. Errors (Usage unless a
    // file is unreadable, which is BadInput at FILE:LINE:COLUMN): a field that is not a column, a
    // field with two rules, a rule that needs the project secret when the environment has none,
    // shift without subject or with an unknown one, bottomcode without min, recode without
    // table, hierarchy without file, builder or stored hierarchy, or with a level beyond the
    // hierarchy's height.
    static Result<MaskPlan> compile(const QStringList &columns,
                                    const QList<std::pair<QString, MaskRule>> &rules,
                                    const MaskEnvironment &environment);
    // Whether any of `rules` needs the project secret (so the caller can ask for the passphrase).
    static bool needsSecret(const QList<std::pair<QString, MaskRule>> &rules);

    const QStringList &columns() const;
    int columnCount() const;
    const MaskRule &rule(int column) const;
    // Input column indexes present in the result (all but the dropped ones), in order.
    const std::vector<int> &outputColumns() const;
    QStringList outputColumnNames() const;

    // For MaskWorker.
    const ValueMasker *masker(int column) const; // null for drop
    const MissingValues &missingValues() const;
    const HmacSha256 *pseudonymMac() const; // null when no rule needs it
    const HmacSha256 *shiftMac() const;

private:
    struct Data;
    explicit MaskPlan(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace steward
