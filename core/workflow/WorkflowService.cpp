#include "core/workflow/WorkflowService.h"

#include "core/common/OsUser.h"
#include "core/common/StoredTime.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/release/ReleaseService.h"
#include "core/signing/SignerRole.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace steward {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kSubmitted = QStringLiteral("submitted");
const QString kApproved = QStringLiteral("approved");

Error policyError(const QString &message)
{
    Error e;
    e.code = ErrorCode::Policy;
    e.message = message;
    return e;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool underReview(const QString &state)
{
    return state == kSubmitted || state == kApproved;
}

// The first digits of a hash, enough for people to tell two apart.
QString shortHash(const QString &hash)
{
    return hash.left(12);
}

struct Submission {
    qint64 id = 0;
    QString hash;
    QJsonObject content;
    QDateTime at;
    QString by;
    bool invalidated = false;
};

struct StoredDecision {
    Approval approval;
    qint64 submissionId = 0;
};

Result<std::optional<Submission>> latestSubmission(sql::Database &db, qint64 releaseId)
{
    auto stmt = db.prepare("SELECT id, content_hash, content, submitted_at, submitted_by, "
                           "invalidated_at IS NOT NULL FROM release_submissions "
                           "WHERE release_id = ? ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(QStringLiteral("read release submission"));
    if (step == sql::Statement::StepResult::Done)
        return std::optional<Submission>();
    Submission s;
    s.id = stmt->columnInt(0);
    s.hash = stmt->columnText(1);
    s.content = QJsonDocument::fromJson(stmt->columnText(2).toUtf8()).object();
    s.at = storedUtcTime(stmt->columnText(3));
    s.by = stmt->columnText(4);
    s.invalidated = stmt->columnInt(5) != 0;
    return std::optional<Submission>(std::move(s));
}

Result<QList<StoredDecision>> storedDecisions(sql::Database &db, qint64 releaseId)
{
    auto stmt = db.prepare("SELECT submission_id, content_hash, approve, role, fingerprint, signer, "
                           "decided_at, recorded_at, recorded_by, decision, signature, public_key "
                           "FROM release_decisions WHERE release_id = ? ORDER BY id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, releaseId);
    QList<StoredDecision> list;
    for (;;) {
        const auto step = stmt->step();
        if (step == sql::Statement::StepResult::Done)
            break;
        if (step == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read release decisions"));
        StoredDecision d;
        d.submissionId = stmt->isNull(0) ? 0 : stmt->columnInt(0);
        SignedDecision &sd = d.approval.signedDecision;
        const std::string_view bytes = stmt->columnUtf8(9);
        sd.json = QByteArray(bytes.data(), qsizetype(bytes.size()));
        // The columns are what was checked when the decision was recorded; the signed JSON
        // adds the comment and the section marks.
        if (auto parsed = ReviewDecision::fromJson(sd.json))
            sd.decision = std::move(*parsed);
        sd.decision.contentHash = stmt->columnText(1);
        sd.decision.approve = stmt->columnInt(2) != 0;
        sd.decision.signerRole = stmt->columnText(3);
        sd.decision.signerFingerprint = stmt->columnText(4);
        sd.decision.signerName = stmt->columnText(5);
        sd.decision.decidedAt = storedUtcTime(stmt->columnText(6));
        d.approval.recordedAt = storedUtcTime(stmt->columnText(7));
        d.approval.recordedBy = stmt->columnText(8);
        if (auto signature = Minisignature::parse(stmt->columnText(10).toUtf8()))
            sd.signature = std::move(*signature);
        if (auto key = PublicKey::parse(stmt->columnText(11).toUtf8()))
            sd.signer = std::move(*key);
        list.append(std::move(d));
    }
    return list;
}

Status setState(sql::Database &db, qint64 releaseId, const QString &state)
{
    auto stmt = db.prepare("UPDATE releases SET state = ?1 WHERE id = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, state);
    stmt->bind(2, releaseId);
    return stmt->run(db.handle(), QStringLiteral("change release state"));
}

} // namespace

QJsonObject Approval::toJson() const
{
    const ReviewDecision &d = signedDecision.decision;
    return QJsonObject{{QStringLiteral("signer"), d.signerName},
                       {QStringLiteral("role"), d.signerRole},
                       {QStringLiteral("fingerprint"), d.signerFingerprint},
                       {QStringLiteral("approve"), d.approve},
                       {QStringLiteral("at"), d.decidedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("comment"), d.comment},
                       {QStringLiteral("current"), current}};
}

QList<ReviewDecision> ReviewState::rejections() const
{
    QList<ReviewDecision> list;
    if (submittedHash.isEmpty())
        return list;
    for (const Approval &a : decisions) {
        const ReviewDecision &d = a.signedDecision.decision;
        if (!d.approve && d.contentHash == submittedHash)
            list.append(d);
    }
    return list;
}

Result<ReviewState> WorkflowService::state(const QString &release)
{
    return load(release, true);
}

Result<ReviewState> WorkflowService::inspect(const QString &release)
{
    return load(release, false);
}

Result<ReviewState> WorkflowService::load(const QString &name, bool reconcile)
{
    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    sql::Database &db = StoreAccess::db(m_store);

    ReviewState st;
    st.state = release->state;
    st.requiredCompliance = release->policy.requiredComplianceApprovals();
    st.requiredEthics = release->policy.requiredEthicsApprovals();

    // A dataset that is gone makes the content unreadable: that is a change like any other.
    auto manifest = ContentManifest::build(m_store, *release);
    QString unreadable;
    if (manifest)
        st.contentHash = manifest->hash();
    else if (manifest.error().code == ErrorCode::BadInput)
        unreadable = manifest.error().message;
    else
        return manifest.error();

    auto submission = latestSubmission(db, release->id);
    if (!submission)
        return submission.error();
    std::optional<Submission> &sub = *submission;
    if (sub) {
        st.submittedHash = sub->hash;
        st.submittedAt = sub->at;
        st.submittedBy = sub->by;
        if (!manifest)
            st.invalidatedBy = QStringList{unreadable};
        else if (sub->hash != st.contentHash)
            st.invalidatedBy = manifest->changesSince(ContentManifest{sub->content});
    }

    const bool stale = !sub || sub->invalidated || !st.invalidatedBy.isEmpty();
    if (reconcile && underReview(st.state) && stale) {
        sql::WriteScope scope(db, "release_workflow");
        if (!scope.beginStatus())
            return scope.beginStatus().error();
        if (Status s = setState(db, release->id, kDraft); !s)
            return s.error();
        if (sub && !sub->invalidated) {
            auto mark = db.prepare("UPDATE release_submissions SET invalidated_at = ?1 WHERE id = ?2");
            if (!mark)
                return mark.error();
            mark->bind(1, nowText());
            mark->bind(2, sub->id);
            if (Status s = mark->run(db.handle(), QStringLiteral("invalidate release submission")); !s)
                return s.error();
        }
        const QJsonObject detail{
            {QStringLiteral("from"), st.state},
            {QStringLiteral("submitted_hash"), st.submittedHash},
            {QStringLiteral("content_hash"), st.contentHash},
            {QStringLiteral("changes"), QJsonArray::fromStringList(st.invalidatedBy)}};
        if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.invalidate"),
                                                 release->name, compact(detail));
            !s)
            return s.error();
        if (Status s = scope.commit(); !s)
            return s.error();
        st.state = kDraft;
        if (sub)
            sub->invalidated = true;
    }

    auto decisions = storedDecisions(db, release->id);
    if (!decisions)
        return decisions.error();
    auto trusted = TrustService(m_store).list();
    if (!trusted)
        return trusted.error();
    QSet<QString> trustedFor; // "role fingerprint"
    for (const TrustedKey &k : std::as_const(*trusted))
        trustedFor.insert(SignerRoles::name(k.role) + QLatin1Char(' ') + k.fingerprint().toUpper());

    const bool counting = sub && !sub->invalidated && underReview(st.state) && manifest
                          && sub->hash == st.contentHash;
    QSet<QString> compliance;
    QSet<QString> ethics;
    for (StoredDecision &stored : *decisions) {
        const ReviewDecision &d = stored.approval.signedDecision.decision;
        stored.approval.current = counting && stored.submissionId == sub->id
                                  && d.contentHash == st.contentHash;
        const QString fingerprint = d.signerFingerprint.toUpper();
        if (stored.approval.current && d.approve
            && trustedFor.contains(d.signerRole + QLatin1Char(' ') + fingerprint)) {
            if (d.signerRole == SignerRoles::name(SignerRole::Compliance))
                compliance.insert(fingerprint);
            else if (d.signerRole == SignerRoles::name(SignerRole::Ethics))
                ethics.insert(fingerprint);
        }
        st.decisions.append(std::move(stored.approval));
    }
    st.currentCompliance = int(compliance.size());
    st.currentEthics = int(ethics.size());
    return st;
}

Result<ReviewState> WorkflowService::submit(const QString &name, const QStringList &failingGates)
{
    return submit(name, failingGates, {});
}

Result<ReviewState> WorkflowService::submit(const QString &name, const QStringList &failingGates,
                                            const std::function<Status()> &beforeCommit)
{
    return submit(name, failingGates, beforeCommit, {});
}

Result<bool> WorkflowService::needsNewSecret(const QString &name)
{
    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    if (ProjectSecretStore(m_store).exists())
        return false;
    for (const QString &dataset : std::as_const(release->datasets)) {
        if (!m_store.hasDataset(dataset))
            continue;
        auto info = m_store.dataset(dataset);
        if (!info)
            return info.error();
        auto rules = MaskRuleStore(m_store).planRules(*info);
        if (!rules)
            return rules.error();
        if (MaskPlan::needsSecret(*rules))
            return true;
    }
    return false;
}

Result<ReviewState> WorkflowService::submit(const QString &name, const QStringList &failingGates,
                                            const std::function<Status()> &beforeCommit,
                                            const std::function<Result<QString>()> &passphrase)
{
    QStringList blocking = failingGates;
    blocking.removeAll(QStringLiteral("approvals"));
    if (!blocking.isEmpty())
        return policyError(tr("release %1 cannot be submitted while gates are not met: %2")
                               .arg(name, blocking.join(QStringLiteral(", "))));
    // The secret belongs to the content the reviewers approve: it is made before the hash.
    auto newSecret = needsNewSecret(name);
    if (!newSecret)
        return newSecret.error();
    if (*newSecret) {
        if (!passphrase)
            return Error::usage(tr("the masking rules need the project secret, and the project has "
                                   "none yet: give the project passphrase to create it"));
        auto given = passphrase();
        if (!given)
            return given.error();
        if (auto created = ProjectSecretStore(m_store).obtain(*given); !created)
            return created.error();
    }
    auto before = state(name);
    if (!before)
        return before.error();
    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    auto manifest = ContentManifest::build(m_store, *release);
    if (!manifest)
        return manifest.error();
    const QString hash = manifest->hash();

    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "release_workflow");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    // A new submission replaces the one before: its decisions stop counting.
    auto replace = db.prepare("UPDATE release_submissions SET invalidated_at = ?1 "
                              "WHERE release_id = ?2 AND invalidated_at IS NULL");
    if (!replace)
        return replace.error();
    replace->bind(1, nowText());
    replace->bind(2, release->id);
    if (Status s = replace->run(db.handle(), QStringLiteral("replace release submission")); !s)
        return s.error();
    auto insert = db.prepare("INSERT INTO release_submissions (release_id, content_hash, content, "
                             "submitted_at, submitted_by) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert->bind(1, release->id);
    insert->bind(2, hash);
    insert->bind(3, compact(manifest->content));
    insert->bind(4, nowText());
    insert->bind(5, currentOsUser());
    if (Status s = insert->run(db.handle(), QStringLiteral("store release submission")); !s)
        return s.error();
    if (Status s = setState(db, release->id, kSubmitted); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("content_hash"), hash},
                             {QStringLiteral("resubmitted"), !before->submittedHash.isEmpty()}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.submit"), release->name,
                                             compact(detail));
        !s)
        return s.error();
    if (beforeCommit) {
        if (Status s = beforeCommit(); !s)
            return s.error();
    }
    if (Status s = scope.commit(); !s)
        return s.error();
    return state(name);
}

Result<ReviewState> WorkflowService::record(const QString &name, const SignedDecision &signedDecision)
{
    if (Status s = signedDecision.verify(); !s)
        return s.error();
    const ReviewDecision &d = signedDecision.decision;
    const auto role = SignerRoles::fromName(d.signerRole);
    if (!role || *role == SignerRole::Steward)
        return policyError(tr("a decision on a release is made by compliance or ethics, not by "
                              "role %1")
                               .arg(d.signerRole));
    if (d.release != name)
        return policyError(tr("the decision is for release %1, not for %2").arg(d.release, name));

    auto trusted = TrustService(m_store).find(signedDecision.signer.keyId);
    if (!trusted)
        return trusted.error();
    const QString fingerprint = signedDecision.signer.fingerprint();
    if (trusted->isEmpty())
        return policyError(tr("key %1 is not trusted by this project; add it with \"trust add\"")
                               .arg(fingerprint));
    bool trustedForRole = false;
    for (const TrustedKey &k : std::as_const(*trusted))
        trustedForRole = trustedForRole || k.role == *role;
    if (!trustedForRole) {
        QStringList roles;
        for (const TrustedKey &k : std::as_const(*trusted))
            roles << SignerRoles::name(k.role);
        return policyError(tr("key %1 is trusted for %2, not for %3")
                               .arg(fingerprint, roles.join(QStringLiteral(", ")), d.signerRole));
    }

    // The same file imported twice: one decision, recorded once.
    {
        auto release = ReleaseService(m_store).load(name);
        if (!release)
            return release.error();
        sql::Database &db = StoreAccess::db(m_store);
        auto same = db.prepare("SELECT 1 FROM release_decisions WHERE release_id = ?1 "
                               "AND signature = ?2 AND decision = ?3 LIMIT 1");
        if (!same)
            return same.error();
        same->bind(1, release->id);
        same->bind(2, QString::fromUtf8(signedDecision.signature.toText()));
        same->bind(3, signedDecision.json);
        const auto step = same->step();
        if (step == sql::Statement::StepResult::Error)
            return db.lastError(QStringLiteral("read release decisions"));
        if (step == sql::Statement::StepResult::Row) {
            auto st = state(name);
            if (st)
                st->alreadyRecorded = true;
            return st;
        }
    }

    auto current = state(name);
    if (!current)
        return current.error();
    if (!underReview(current->state))
        return policyError(tr("release %1 is a draft, not under review; submit it first")
                               .arg(name));
    if (d.contentHash != current->submittedHash)
        return policyError(tr("the decision is for other content (%1…) than the submission under "
                              "review (%2…)")
                               .arg(shortHash(d.contentHash), shortHash(current->submittedHash)));

    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    sql::Database &db = StoreAccess::db(m_store);
    auto submission = latestSubmission(db, release->id);
    if (!submission)
        return submission.error();
    if (!*submission)
        return Error::internal(tr("release %1 is under review without a submission").arg(name));

    sql::WriteScope scope(db, "release_workflow");
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    auto insert = db.prepare(
        "INSERT INTO release_decisions (release_id, submission_id, content_hash, approve, role, "
        "fingerprint, signer, decided_at, recorded_at, recorded_by, decision, signature, "
        "public_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return insert.error();
    insert->bind(1, release->id);
    insert->bind(2, (*submission)->id);
    insert->bind(3, d.contentHash);
    insert->bind(4, qint64(d.approve ? 1 : 0));
    insert->bind(5, d.signerRole);
    insert->bind(6, fingerprint);
    insert->bind(7, d.signerName);
    insert->bind(8, d.decidedAt.toUTC().toString(Qt::ISODate));
    insert->bind(9, nowText());
    insert->bind(10, currentOsUser());
    insert->bind(11, signedDecision.json);
    insert->bind(12, QString::fromUtf8(signedDecision.signature.toText()));
    insert->bind(13, signedDecision.signer.toMinisignText());
    if (Status s = insert->run(db.handle(), QStringLiteral("store release decision")); !s)
        return s.error();
    // Never the comment: it may name people.
    const QJsonObject detail{{QStringLiteral("fingerprint"), fingerprint},
                             {QStringLiteral("role"), d.signerRole},
                             {QStringLiteral("approve"), d.approve},
                             {QStringLiteral("content_hash"), d.contentHash}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("release.decide"), release->name,
                                             compact(detail));
        !s)
        return s.error();

    if (!d.approve) {
        if (Status s = setState(db, release->id, kDraft); !s)
            return s.error();
        if (Status s = ProjectStore::appendAudit(
                db, QStringLiteral("release.reject"), release->name,
                compact(QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                    {QStringLiteral("role"), d.signerRole},
                                    {QStringLiteral("content_hash"), d.contentHash}}));
            !s)
            return s.error();
    } else if (current->state == kSubmitted) {
        // Counted with this decision (same connection, inside the transaction).
        auto counted = inspect(name);
        if (!counted)
            return counted.error();
        if (counted->currentCompliance >= counted->requiredCompliance
            && counted->currentEthics >= counted->requiredEthics) {
            if (Status s = setState(db, release->id, kApproved); !s)
                return s.error();
            if (Status s = ProjectStore::appendAudit(
                    db, QStringLiteral("release.approve"), release->name,
                    compact(QJsonObject{{QStringLiteral("content_hash"), d.contentHash},
                                        {QStringLiteral("compliance"), counted->currentCompliance},
                                        {QStringLiteral("ethics"), counted->currentEthics}}));
                !s)
                return s.error();
        }
    }
    if (Status s = scope.commit(); !s)
        return s.error();
    return state(name);
}

Result<ReviewState> WorkflowService::decide(const QString &name, const SigningIdentity &identity,
                                            bool approve, const QString &comment,
                                            const QList<SectionMark> &sections)
{
    auto current = state(name);
    if (!current)
        return current.error();
    if (!underReview(current->state))
        return policyError(tr("release %1 is a draft, not under review; submit it first")
                               .arg(name));
    ReviewDecision decision;
    decision.release = name;
    decision.contentHash = current->submittedHash;
    decision.approve = approve;
    decision.comment = comment;
    decision.sections = sections;
    return record(name, SignedDecision::sign(decision, identity));
}

Result<std::optional<ContentManifest>> WorkflowService::submittedContent(const QString &name)
{
    auto release = ReleaseService(m_store).load(name);
    if (!release)
        return release.error();
    auto submission = latestSubmission(StoreAccess::db(m_store), release->id);
    if (!submission)
        return submission.error();
    if (!*submission || (*submission)->invalidated)
        return std::optional<ContentManifest>();
    return std::optional<ContentManifest>(ContentManifest{(*submission)->content});
}

} // namespace steward
