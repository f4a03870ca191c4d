#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"
#include "core/workflow/ContentManifest.h"
#include "core/workflow/ReviewDecision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace steward {

class ProjectStore;
class SigningIdentity;

// A recorded decision and whether it still counts.
struct Approval {
    SignedDecision signedDecision;
    QDateTime recordedAt; // UTC
    QString recordedBy;
    bool current = false; // signed over the release's current content hash
    QJsonObject toJson() const; // {"signer", "role", "fingerprint", "approve", "at", "comment", "current"}
};

// The review state of a release and what it still needs.
struct ReviewState {
    QString state;                  // "draft", "submitted", "approved"
    QString contentHash;            // now
    QString submittedHash;          // of the last submission; empty when never submitted
    QDateTime submittedAt;
    QString submittedBy;
    QList<Approval> decisions;      // newest first, every recorded decision
    int requiredCompliance = 1;     // from the policy
    int requiredEthics = 1;
    int currentCompliance = 0;      // distinct trusted keys approving the current content
    int currentEthics = 0;
    QStringList invalidatedBy;      // what changed since the submission, in words (empty when none)
    bool alreadyRecorded = false;   // record(): the same signed decision was recorded before
    // The rejections of the last submission, with their comments and section marks.
    QList<ReviewDecision> rejections() const;
};

// The review workflow of a release: draft → submitted → approved, or back to draft when a reviewer
// rejects or anything in the content changes. One transaction and audit entry per change:
// "release.submit" (content hash), "release.decide" (signer fingerprint, role, approve, content
// hash — never the comment), "release.approve" (all required approvals present), "release.reject",
// "release.invalidate" (what changed; the approvals no longer count). Decisions are stored with
// their exact signed bytes (schema v6: release_submissions, release_decisions) so an export can put
// them in the package unchanged.
class WorkflowService final {
    Q_DECLARE_TR_FUNCTIONS(steward::WorkflowService)
public:
    explicit WorkflowService(ProjectStore &store) : m_store(store) {}

    // Reads the state, first reconciling it: when a submitted or approved release's content hash
    // no longer matches its submission, the release returns to draft and "release.invalidate" is
    // audited (once) with the changes in words.
    Result<ReviewState> state(const QString &release);
    // The same state as stored, without reconciling (writes nothing): for read-only callers such
    // as the gates. A changed content shows as invalidatedBy and as approvals no longer current.
    Result<ReviewState> inspect(const QString &release);
    // Freezes the current content for review: state "submitted", the content manifest stored.
    // Policy error when a gate other than "approvals" fails (the caller passes the gates it
    // measured; see ReleaseStatus::gates). Submitting again replaces the submission; earlier
    // decisions stop counting.
    Result<ReviewState> submit(const QString &release, const QStringList &failingGates);
    // The same, running `beforeCommit` (writing the review package) on this connection after the
    // submission is recorded and before it is committed: when it fails, nothing is submitted.
    Result<ReviewState> submit(const QString &release, const QStringList &failingGates,
                               const std::function<Status()> &beforeCommit);
    // The same, first making sure the project secret exists when the release's masking rules need
    // it: a secret made after the content hash would change the pseudonyms the reviewers approve
    // (and an export could never be made). When it is missing, `passphrase` is asked and the
    // secret created with it; without `passphrase` the submission is refused (usage error).
    Result<ReviewState> submit(const QString &release, const QStringList &failingGates,
                               const std::function<Status()> &beforeCommit,
                               const std::function<Result<QString>()> &passphrase);
    // Whether the release's masking rules need the project secret and the project has none yet
    // (a submission then creates it and needs the project passphrase).
    Result<bool> needsNewSecret(const QString &release);
    // Records a signed decision (imported file, or made here with a key):
    // Verification (exit 4) when the signature does not verify; Policy (exit 3) when the key is not
    // trusted for the decision's role, the role is not compliance/ethics, the release name differs,
    // the release is not submitted, or the decision is for other content than the current
    // submission. A rejection returns the release to draft; enough approvals make it "approved".
    // The same signed decision recorded again changes nothing (no audit entry): the state returned
    // says alreadyRecorded.
    Result<ReviewState> record(const QString &release, const SignedDecision &decision);
    // A reviewer deciding on the steward's machine: signs over the current submission and records.
    Result<ReviewState> decide(const QString &release, const SigningIdentity &identity, bool approve,
                               const QString &comment, const QList<SectionMark> &sections = {});
    // The stored manifest of the current submission (what a review package and export quote).
    Result<std::optional<ContentManifest>> submittedContent(const QString &release);

private:
    Result<ReviewState> load(const QString &release, bool reconcile);

    ProjectStore &m_store;
};

} // namespace steward
