// The review workflow: submit freezes the content, trusted compliance and ethics approvals make
// the release approved, a rejection returns it to draft with its comments, and every refusal of
// record(): a bad signature (Verification), an unknown key, a wrong role, another release, a
// draft, a decision for old content (Policy). A later rule change invalidates the approvals,
// returning the release to draft with release.invalidate audited exactly once.

#include "tests/core/workflow/WorkflowTestSupport.h"

#include "core/mask/ProjectSecretStore.h"
#include "core/signing/SigningIdentity.h"
#include "core/signing/TrustService.h"
#include "core/workflow/WorkflowService.h"

#include <QtTest>

#include <memory>

using namespace steward;

namespace {

const QString kRelease = QStringLiteral("study");

SigningIdentity identity(const QString &name, SignerRole role)
{
    auto made = SigningIdentity::generate(name, role);
    if (!made)
        qFatal("identity: %s", qPrintable(made.error().message));
    return std::move(*made);
}

template <class R>
QString why(const R &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestWorkflowService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    SigningIdentity m_compliance;
    SigningIdentity m_ethics;
    SigningIdentity m_stranger;

    ProjectStore &store() { return m_project->store(); }
    WorkflowService workflow() { return WorkflowService(store()); }
    int audits(const QString &action) { return int(m_project->auditActions().count(action)); }

    ReviewState submit()
    {
        auto submitted = workflow().submit(kRelease, {QStringLiteral("approvals")});
        if (!submitted)
            qFatal("submit: %s", qPrintable(submitted.error().message));
        return *submitted;
    }

    SignedDecision signedBy(const SigningIdentity &who, const QString &hash, bool approve = true,
                            const QString &release = kRelease)
    {
        ReviewDecision d;
        d.release = release;
        d.contentHash = hash;
        d.approve = approve;
        d.comment = QStringLiteral("looked at it");
        return SignedDecision::sign(d, who);
    }

private slots:
    void initTestCase()
    {
        m_compliance = identity(QStringLiteral("Chen Compliance"), SignerRole::Compliance);
        m_ethics = identity(QStringLiteral("Zhou Ethics"), SignerRole::Ethics);
        m_stranger = identity(QStringLiteral("Nobody Known"), SignerRole::Compliance);
    }

    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        workflowtest::standardProject(*m_project);
        QVERIFY(TrustService(store()).add(m_compliance.publicKey(), SignerRole::Compliance).ok());
        QVERIFY(TrustService(store()).add(m_ethics.publicKey(), SignerRole::Ethics).ok());
    }
    void cleanup() { m_project.reset(); }

    void draftAtFirst()
    {
        auto st = workflow().state(kRelease);
        QVERIFY2(st.ok(), qPrintable(why(st)));
        QCOMPARE(st->state, QStringLiteral("draft"));
        QCOMPARE(st->contentHash.size(), 64);
        QVERIFY(st->submittedHash.isEmpty());
        QVERIFY(st->decisions.isEmpty());
        QVERIFY(st->invalidatedBy.isEmpty());
        QCOMPARE(st->requiredCompliance, 1);
        QCOMPARE(st->requiredEthics, 1);
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 0);
        auto none = workflow().submittedContent(kRelease);
        QVERIFY(none.ok() && !none->has_value());
    }

    // A keyed pseudonym needs the project secret: a submission creates it before the content hash,
    // so the hash approved is the hash an export finds.
    void submitCreatesTheSecretBeforeTheHash()
    {
        workflowtest::setRules(store(), {QStringLiteral("mrn=pseudonym"),
                                         QStringLiteral("age=bands:width=10")});
        QVERIFY(!ProjectSecretStore(store()).exists());
        auto needs = workflow().needsNewSecret(kRelease);
        QVERIFY2(needs.ok(), qPrintable(why(needs)));
        QVERIFY(*needs);

        // Without a passphrase nothing is submitted and no secret is made.
        auto refused = workflow().submit(kRelease, {QStringLiteral("approvals")}, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Usage);
        QVERIFY(!ProjectSecretStore(store()).exists());
        QCOMPARE(audits(QStringLiteral("release.submit")), 0);

        auto submitted = workflow().submit(kRelease, {QStringLiteral("approvals")}, {},
                                           [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY2(submitted.ok(), qPrintable(why(submitted)));
        QVERIFY(ProjectSecretStore(store()).exists());
        QCOMPARE(submitted->state, QStringLiteral("submitted"));
        auto needsNow = workflow().needsNewSecret(kRelease);
        QVERIFY(needsNow.ok() && !*needsNow);

        // The secret is part of the submitted content: the release stays submitted and approvable.
        auto later = workflow().state(kRelease);
        QVERIFY2(later.ok(), qPrintable(why(later)));
        QCOMPARE(later->state, QStringLiteral("submitted"));
        QVERIFY(later->invalidatedBy.isEmpty());
        QVERIFY(workflow().record(kRelease, signedBy(m_compliance, later->submittedHash)).ok());
        auto approved = workflow().record(kRelease, signedBy(m_ethics, later->submittedHash));
        QVERIFY2(approved.ok(), qPrintable(why(approved)));
        QCOMPARE(approved->state, QStringLiteral("approved"));
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 0);
    }

    // No secret is needed: none is made, no passphrase asked.
    void submitWithoutSecretRulesMakesNone()
    {
        bool asked = false;
        auto submitted = workflow().submit(kRelease, {QStringLiteral("approvals")}, {}, [&asked] {
            asked = true;
            return Result<QString>(QStringLiteral("pass"));
        });
        QVERIFY2(submitted.ok(), qPrintable(why(submitted)));
        QVERIFY(!asked);
        QVERIFY(!ProjectSecretStore(store()).exists());
    }

    // The same signed decision recorded twice: the second time changes nothing.
    void sameDecisionRecordedOnce()
    {
        const ReviewState st = submit();
        const SignedDecision decision = signedBy(m_compliance, st.submittedHash);
        auto first = workflow().record(kRelease, decision);
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QVERIFY(!first->alreadyRecorded);
        const int decided = audits(QStringLiteral("release.decide"));
        auto again = workflow().record(kRelease, decision);
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QVERIFY(again->alreadyRecorded);
        QCOMPARE(again->decisions.size(), 1);
        QCOMPARE(again->currentCompliance, 1);
        QCOMPARE(audits(QStringLiteral("release.decide")), decided);
    }

    void submitRefusedWhileGatesFail()
    {
        auto refused = workflow().submit(kRelease, {QStringLiteral("risk"), QStringLiteral("approvals")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(refused.error().message.contains(QStringLiteral("risk")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("approvals")));
        QCOMPARE(workflow().state(kRelease)->state, QStringLiteral("draft"));
        QCOMPARE(audits(QStringLiteral("release.submit")), 0);
    }

    void submitDecideApprove()
    {
        const ReviewState submitted = submit();
        QCOMPARE(submitted.state, QStringLiteral("submitted"));
        QCOMPARE(submitted.submittedHash, submitted.contentHash);
        QCOMPARE(ReleaseService(store()).load(kRelease)->state, QStringLiteral("submitted"));
        auto content = workflow().submittedContent(kRelease);
        QVERIFY(content.ok() && content->has_value());
        QCOMPARE((*content)->hash(), submitted.submittedHash);

        auto first = workflow().decide(kRelease, m_compliance, true, QStringLiteral("fine"));
        QVERIFY2(first.ok(), qPrintable(why(first)));
        QCOMPARE(first->state, QStringLiteral("submitted"));
        QCOMPARE(first->currentCompliance, 1);
        QCOMPARE(first->currentEthics, 0);

        auto second = workflow().decide(kRelease, m_ethics, true, {});
        QVERIFY2(second.ok(), qPrintable(why(second)));
        QCOMPARE(second->state, QStringLiteral("approved"));
        QCOMPARE(second->currentEthics, 1);
        QCOMPARE(second->decisions.size(), 2);
        QVERIFY(second->decisions.first().current);
        const ReviewDecision &newest = second->decisions.first().signedDecision.decision;
        QCOMPARE(newest.signerRole, QStringLiteral("ethics"));
        QCOMPARE(newest.signerFingerprint, m_ethics.fingerprint());
        QCOMPARE(second->decisions.last().signedDecision.decision.comment, QStringLiteral("fine"));
        // The stored decision keeps its exact signed bytes: it still verifies.
        QVERIFY(second->decisions.last().signedDecision.verify().ok());
        QCOMPARE(ReleaseService(store()).load(kRelease)->state, QStringLiteral("approved"));

        QCOMPARE(audits(QStringLiteral("release.submit")), 1);
        QCOMPARE(audits(QStringLiteral("release.decide")), 2);
        QCOMPARE(audits(QStringLiteral("release.approve")), 1);
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 0);
        QVERIFY(store().verifyAudit()->ok);
    }

    void rejectionReturnsToDraftWithComments()
    {
        submit();
        const SectionMark mark{QStringLiteral("dpia"), QStringLiteral("risks"),
                               QStringLiteral("to_correct"),
                               QStringLiteral("re-identification through rare diagnoses")};
        auto rejected = workflow().decide(kRelease, m_ethics, false,
                                          QStringLiteral("the diagnoses are too detailed"), {mark});
        QVERIFY2(rejected.ok(), qPrintable(why(rejected)));
        QCOMPARE(rejected->state, QStringLiteral("draft"));
        const QList<ReviewDecision> rejections = rejected->rejections();
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().comment, QStringLiteral("the diagnoses are too detailed"));
        QCOMPARE(rejections.first().sections.size(), 1);
        QCOMPARE(rejections.first().sections.first().mark, QStringLiteral("to_correct"));
        QCOMPARE(rejections.first().sections.first().comment, mark.comment);
        QCOMPARE(audits(QStringLiteral("release.reject")), 1);

        // A draft takes no decision until it is submitted again.
        auto late = workflow().decide(kRelease, m_compliance, true, {});
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::Policy);
        // Submitting again: the rejection was of the earlier submission.
        const ReviewState again = submit();
        QCOMPARE(again.state, QStringLiteral("submitted"));
        QCOMPARE(again.currentEthics, 0);
    }

    void decisionForOldContentRefused()
    {
        const ReviewState first = submit();
        const SignedDecision old = signedBy(m_compliance, first.submittedHash);
        workflowtest::setRules(store(), {QStringLiteral("age=bands:width=20")});
        const ReviewState second = submit();
        QVERIFY(second.submittedHash != first.submittedHash);
        auto refused = workflow().record(kRelease, old);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY2(refused.error().message.contains(QStringLiteral("other content")),
                 qPrintable(refused.error().message));
        QCOMPARE(audits(QStringLiteral("release.decide")), 0);
    }

    void unknownKeyRefused()
    {
        const ReviewState st = submit();
        auto refused = workflow().record(kRelease, signedBy(m_stranger, st.submittedHash));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY(refused.error().message.contains(m_stranger.fingerprint()));
        QVERIFY(refused.error().message.contains(QStringLiteral("not trusted")));
        QCOMPARE(audits(QStringLiteral("release.decide")), 0);
    }

    void wrongRoleRefused()
    {
        const ReviewState st = submit();
        // A key the project trusts for compliance signs as an ethics committee member.
        SigningIdentity twoHats = identity(QStringLiteral("Two Hats"), SignerRole::Ethics);
        QVERIFY(TrustService(store()).add(twoHats.publicKey(), SignerRole::Compliance).ok());
        auto refused = workflow().record(kRelease, signedBy(twoHats, st.submittedHash));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not for ethics")),
                 qPrintable(refused.error().message));
        // Stewards export; they do not decide.
        SigningIdentity steward = identity(QStringLiteral("The Steward"), SignerRole::Steward);
        QVERIFY(TrustService(store()).add(steward.publicKey(), SignerRole::Steward).ok());
        auto stewardDecision = workflow().record(kRelease, signedBy(steward, st.submittedHash));
        QVERIFY(!stewardDecision.ok());
        QCOMPARE(stewardDecision.error().code, ErrorCode::Policy);
        QCOMPARE(audits(QStringLiteral("release.decide")), 0);
    }

    void otherReleaseRefused()
    {
        const ReviewState st = submit();
        auto refused = workflow().record(
            kRelease, signedBy(m_compliance, st.submittedHash, true, QStringLiteral("another")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Policy);
    }

    void badSignature()
    {
        const ReviewState st = submit();
        SignedDecision tampered = signedBy(m_compliance, st.submittedHash);
        tampered.json.replace("looked at it", "looked at iT");
        auto refused = workflow().record(kRelease, tampered);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Verification);
        // Signed by one key, presented with another's public key.
        SignedDecision swapped = signedBy(m_compliance, st.submittedHash);
        swapped.signer = m_ethics.publicKey();
        auto swappedRefused = workflow().record(kRelease, swapped);
        QVERIFY(!swappedRefused.ok());
        QCOMPARE(swappedRefused.error().code, ErrorCode::Verification);
        QCOMPARE(audits(QStringLiteral("release.decide")), 0);
        QCOMPARE(workflow().state(kRelease)->state, QStringLiteral("submitted"));
    }

    void approvalInvalidatedByRuleChange()
    {
        submit();
        QVERIFY(workflow().decide(kRelease, m_compliance, true, {}).ok());
        QCOMPARE(workflow().decide(kRelease, m_ethics, true, {})->state, QStringLiteral("approved"));

        workflowtest::setRules(store(), {QStringLiteral("age=bands:width=20")});
        // Read without reconciling: still "approved" in the project, but nothing counts.
        auto seen = workflow().inspect(kRelease);
        QVERIFY(seen.ok());
        QCOMPARE(seen->state, QStringLiteral("approved"));
        QCOMPARE(seen->currentCompliance, 0);
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 0);

        auto st = workflow().state(kRelease);
        QVERIFY2(st.ok(), qPrintable(why(st)));
        QCOMPARE(st->state, QStringLiteral("draft"));
        QVERIFY2(st->invalidatedBy.contains(QStringLiteral("the masking rules of inpatient")),
                 qPrintable(st->invalidatedBy.join(QStringLiteral(", "))));
        QCOMPARE(st->currentCompliance, 0);
        QCOMPARE(st->currentEthics, 0);
        for (const Approval &a : st->decisions)
            QVERIFY(!a.current);
        QCOMPARE(ReleaseService(store()).load(kRelease)->state, QStringLiteral("draft"));
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 1);
        // Reading again changes nothing more: audited once.
        QCOMPARE(workflow().state(kRelease)->state, QStringLiteral("draft"));
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 1);
        // Changing the rule back does not bring the old approvals back.
        workflowtest::standardRules(store());
        auto back = workflow().state(kRelease);
        QCOMPARE(back->state, QStringLiteral("draft"));
        QCOMPARE(back->currentCompliance, 0);
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 1);
        auto none = workflow().submittedContent(kRelease);
        QVERIFY(none.ok() && !none->has_value());
    }

    void deletedDatasetInvalidates()
    {
        submit();
        QVERIFY(store().deleteDataset(QStringLiteral("inpatient")).ok());
        auto st = workflow().state(kRelease);
        QVERIFY2(st.ok(), qPrintable(why(st)));
        QCOMPARE(st->state, QStringLiteral("draft"));
        QVERIFY(!st->invalidatedBy.isEmpty());
        QCOMPARE(audits(QStringLiteral("release.invalidate")), 1);
    }

    void distinctKeysAndConfiguredCounts()
    {
        QVERIFY(ReleaseService(store())
                    .set(kRelease, {{QStringLiteral("ethics_approvals"), QStringLiteral("2")}})
                    .ok());
        submit();
        QVERIFY(workflow().decide(kRelease, m_compliance, true, {}).ok());
        QVERIFY(workflow().decide(kRelease, m_ethics, true, {}).ok());
        auto twice = workflow().decide(kRelease, m_ethics, true, {});
        QVERIFY(twice.ok());
        QCOMPARE(twice->currentEthics, 1); // the same key twice counts once
        QCOMPARE(twice->requiredEthics, 2);
        QCOMPARE(twice->state, QStringLiteral("submitted"));
        SigningIdentity second = identity(QStringLiteral("Wu Ethics"), SignerRole::Ethics);
        QVERIFY(TrustService(store()).add(second.publicKey(), SignerRole::Ethics).ok());
        QCOMPARE(workflow().decide(kRelease, second, true, {})->state, QStringLiteral("approved"));
    }

    void resubmissionReplaces()
    {
        submit();
        QVERIFY(workflow().decide(kRelease, m_compliance, true, {}).ok());
        const ReviewState again = submit();
        QCOMPARE(again.currentCompliance, 0);
        QCOMPARE(again.state, QStringLiteral("submitted"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "test_workflowservice.moc"
