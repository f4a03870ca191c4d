#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace steward {

class ProjectStore;

// What a change of a release did, for the shells to report.
struct ReleaseChange {
    Release before;
    Release after;
    QStringList changedKeys;   // setting and policy keys whose value changed
    QStringList loosenedKeys;  // policy keys made less strict (recorded with the reason)
};

// Every change to releases, for both shells: one transaction per call with its audit entry
// ("release.create", "release.update", "release.delete"; detail: the keys changed, old and new
// policy values, the reason of a loosening — never purpose or recipient text, which may name
// people). A release is created in state "draft" with its mode's default policy unless the draft
// says otherwise (a draft policy looser than the mode's defaults needs a reason too).
class ReleaseService final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleaseService)
public:
    explicit ReleaseService(ProjectStore &store) : m_store(store) {}

    Result<QList<Release>> list(); // by name
    Result<Release> load(const QString &name); // BadInput "no release named …"
    bool exists(const QString &name);

    // BadInput when the name is taken or empty, a dataset does not exist, or none is given;
    // Policy when the policy is looser than the mode's defaults and `reason` is empty.
    Result<Release> create(const Release &draft, const QString &reason = {});
    // Replaces the stored settings with `changed` (matched by `name`, which `changed` may rename).
    // Loosening any policy value (ReleasePolicy::loosenedIn) without a reason: ErrorCode::Policy
    // naming the keys, nothing changed. No change at all: nothing is written or audited.
    Result<ReleaseChange> update(const QString &name, const Release &changed, const QString &reason = {});
    // `release set`: applies KEY=VALUE pairs in order (Release::set), then update().
    Result<ReleaseChange> set(const QString &name, const QList<std::pair<QString, QString>> &assignments,
                              const QString &reason = {});
    // Only drafts can be deleted (Policy otherwise); the release's documents go with it.
    Status remove(const QString &name);

private:
    ProjectStore &m_store;
};

} // namespace steward
