// The release view's Review and Export tab: the live gates (a failing gate, fixed elsewhere,
// holds after the project changed), Submit for Review, a reviewer deciding with their key through
// the dialogs, an imported decision and its errors, the banner when a rule change invalidates the
// approvals, Export Package refused while gates fail and, once approved, a package that
// PackageVerifier accepts in the release register; the layout at 1280×800.

#include "core/mask/MaskRule.h"
#include "core/mask/MaskRuleService.h"
#include "core/packaging/PackageVerifier.h"
#include "core/workflow/ReviewDecision.h"
#include "core/workflow/WorkflowService.h"
#include "tests/ui/workflow/WorkflowTestProject.h"
#include "ui/release/ReleaseView.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/PassphraseDialog.h"
#include "ui/workflow/DecideDialog.h"
#include "ui/workflow/ExportDialog.h"
#include "ui/workflow/GatesPanel.h"
#include "ui/workflow/ReleaseWorkflowView.h"
#include "ui/workflow/ReviewPanel.h"
#include "ui/workflow/TrustedKeysDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::DecideDialog;
using steward::ui::ExportDialog;
using steward::ui::GatesPanel;
using steward::ui::InlineMessage;
using steward::ui::PassphraseDialog;
using steward::ui::ReleaseView;
using steward::ui::ReleaseWorkflowView;
using steward::ui::ReviewPanel;
using steward::ui::TrustedKeysDialog;

class TestReleaseWorkflow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void gatesShowAFailingGateAndFollowAFix();
    void submitChangesTheState();
    void decidingWithAKeyRecordsAnApproval();
    void importedDecisionsAndTheirErrors();
    void ruleChangeShowsTheInvalidationBanner();
    void exportRefusedWhileGatesFail();
    void exportWritesAVerifiedPackage();
    void fitsA1280x800Window();

private:
    void openView(const QString &release = uitest::kRelease);
    void waitMeasured();
    ReleaseWorkflowView *workflow() const { return m_view->workflowView(); }
    ReviewPanel *review() const { return workflow()->reviewPanel(); }
    bool gateOk(const QString &gate) const;
    QString messageOf(const char *name) const;
    void submit();
    void approve(const QString &keyFile);

    std::unique_ptr<QTemporaryDir> m_dir;
    uitest::WorkflowProject m_project;
    std::unique_ptr<ReleaseView> m_view;
};

void TestReleaseWorkflow::initTestCase()
{
    uitest::isolateSettings();
}

void TestReleaseWorkflow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = uitest::createWorkflowProject(*m_dir);
    QVERIFY(m_project.store);
}

void TestReleaseWorkflow::cleanup()
{
    m_view.reset();
    m_project = {};
    m_dir.reset();
}

void TestReleaseWorkflow::openView(const QString &release)
{
    m_view = std::make_unique<ReleaseView>();
    m_view->resize(1100, 720);
    m_view->setProject(m_project.store.get());
    m_view->show();
    m_view->showRelease(release);
    m_view->tabs()->setCurrentWidget(workflow());
    waitMeasured();
}

void TestReleaseWorkflow::waitMeasured()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(workflow()->gatesPanel()->isKnown(), 30000);
}

bool TestReleaseWorkflow::gateOk(const QString &gate) const
{
    const QList<QWidget *> rows = workflow()->gatesPanel()->findChildren<QWidget *>(u"gateRow"_s);
    for (const QWidget *row : rows) {
        if (row->property("gate").toString() == gate)
            return row->property("ok").toBool();
    }
    qWarning("no gate row %s", qPrintable(gate));
    return false;
}

QString TestReleaseWorkflow::messageOf(const char *name) const
{
    auto *message = m_view->findChild<InlineMessage *>(QString::fromLatin1(name));
    return message && message->isVisibleTo(m_view.get()) ? message->text() : QString();
}

void TestReleaseWorkflow::submit()
{
    auto *button = review()->findChild<QPushButton *>(u"submitReviewButton"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(review()->state().state, u"submitted"_s);
}

void TestReleaseWorkflow::approve(const QString &keyFile)
{
    QSignalSpy done(review(), &ReviewPanel::decisionFinished);
    review()->decideWithKey(keyFile, uitest::kKeyPassphrase, true, u"Fine."_s);
    QVERIFY(done.wait(30000));
    QVERIFY2(done.first().first().toBool(), qPrintable(messageOf("reviewMessage")));
}

void TestReleaseWorkflow::gatesShowAFailingGateAndFollowAFix()
{
    // A second release whose documents were never written.
    Release other = *ReleaseService(*m_project.store).load(uitest::kRelease);
    other.id = 0;
    other.name = u"Second study"_s;
    QVERIFY(ReleaseService(*m_project.store).create(other));
    openView(other.name);

    GatesPanel *gates = workflow()->gatesPanel();
    QVERIFY(gates->failing().contains(u"dsa_complete"_s));
    QVERIFY(!gateOk(u"dsa_complete"_s));
    QVERIFY(gateOk(u"datasets"_s) || gates->failing().indexOf(u"datasets"_s) < 0);
    // The failing gate says why, in words.
    for (const QWidget *row : gates->findChildren<QWidget *>(u"gateRow"_s)) {
        if (row->property("gate").toString() == u"dsa_complete"_s) {
            const QString reason = row->findChild<QLabel *>(u"gateReason"_s)->text();
            QVERIFY2(!reason.isEmpty(), "no reason");
        }
    }
    QVERIFY(gates->findChild<QLabel *>(u"gatesSummary"_s)->text().contains(u"fail"_s));

    // Completed elsewhere: once the project changed, the gate holds.
    QVERIFY(uitest::completeDocuments(*m_project.store, other.name));
    m_view->projectChanged();
    waitMeasured();
    QTRY_VERIFY(gateOk(u"dsa_complete"_s));
    QVERIFY(gateOk(u"dpia_complete"_s));
    QVERIFY(!gates->failing().contains(u"dsa_complete"_s));
}

void TestReleaseWorkflow::submitChangesTheState()
{
    openView();
    const QStringList failing = workflow()->gatesPanel()->failing();
    QVERIFY2(failing == QStringList{u"approvals"_s},
             qPrintable(workflow()->gatesPanel()->failingText().join(u"; "_s)));
    QCOMPARE(review()->state().state, u"draft"_s);
    auto *import = review()->findChild<QPushButton *>(u"importDecisionButton"_s);
    QVERIFY(!import->isEnabled()); // nothing to decide on yet

    QSignalSpy changed(m_view.get(), &ReleaseView::releasesChanged);
    submit();
    QVERIFY(!changed.isEmpty());
    QVERIFY(import->isEnabled());
    QVERIFY(review()->findChild<QPushButton *>(u"decideButton"_s)->isEnabled());
    QVERIFY(review()->findChild<QPushButton *>(u"saveReviewPackageButton"_s)->isEnabled());
    QCOMPARE(ReleaseService(*m_project.store).load(uitest::kRelease)->state, u"submitted"_s);
    QVERIFY(m_view->findChild<QLabel *>(u"releaseStateLabel"_s)->text().contains(u"ubmitted"_s));
    QVERIFY(review()->findChild<QLabel *>(u"reviewStateLabel"_s)->text().contains(u"ubmitted"_s));
}

void TestReleaseWorkflow::decidingWithAKeyRecordsAnApproval()
{
    openView();
    submit();
    // Through the dialogs, as a reviewer at the steward's desk does it.
    QSignalSpy done(review(), &ReviewPanel::decisionFinished);
    QTest::mouseClick(review()->findChild<QPushButton *>(u"decideButton"_s), Qt::LeftButton);
    DecideDialog *decide = nullptr;
    QTRY_VERIFY((decide = review()->findChild<DecideDialog *>()) && decide->isVisible());
    decide->setKeyFile(m_project.complianceKey);
    QVERIFY(decide->findChild<QLabel *>(u"decideKeyInfo"_s)->text().contains(u"Zhao Compliance"_s));
    decide->setComment(u"The purpose is clear."_s);
    decide->accept();
    PassphraseDialog *ask = nullptr;
    QTRY_VERIFY((ask = review()->findChild<PassphraseDialog *>()) && ask->isVisible());
    ask->findChild<QLineEdit *>(u"passphraseEdit"_s)->setText(uitest::kKeyPassphrase);
    ask->accept();
    QVERIFY(done.wait(30000));
    QVERIFY2(done.first().first().toBool(), qPrintable(messageOf("reviewMessage")));

    auto *list = review()->findChild<QTreeWidget *>(u"decisionsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Zhao Compliance"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"Approved"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"Current content"_s);
    QCOMPARE(review()->state().currentCompliance, 1);
    QCOMPARE(review()->state().state, u"submitted"_s); // ethics still to come

    // A wrong passphrase is refused with the reason, nothing recorded.
    QSignalSpy again(review(), &ReviewPanel::decisionFinished);
    review()->decideWithKey(m_project.ethicsKey, u"wrong"_s, true, {});
    QVERIFY(again.wait(30000));
    QCOMPARE(again.first().first().toBool(), false);
    QVERIFY(messageOf("reviewMessage").contains(u"passphrase"_s, Qt::CaseInsensitive));
    QCOMPARE(list->topLevelItemCount(), 1);

    approve(m_project.ethicsKey);
    QCOMPARE(review()->state().state, u"approved"_s);
    QTRY_VERIFY(gateOk(u"approvals"_s));
}

void TestReleaseWorkflow::importedDecisionsAndTheirErrors()
{
    openView();
    submit();
    // Not a decision file: refused with the reason.
    const QString junk = m_dir->filePath(u"junk.decision.zip"_s);
    QVERIFY(uitest::writeFile(junk, "not a zip"));
    QVERIFY(!review()->importDecision(junk));
    QVERIFY(messageOf("reviewMessage").contains(u"junk.decision.zip"_s));

    // A rejection signed elsewhere: back to draft, the comment shown.
    Result<SigningIdentity> ethics = SigningIdentity::load(m_project.ethicsKey, uitest::kKeyPassphrase);
    QVERIFY(ethics);
    ReviewDecision decision;
    decision.release = uitest::kRelease;
    decision.contentHash = review()->state().submittedHash;
    decision.approve = false;
    decision.comment = u"Shorter retention, please."_s;
    const SignedDecision signedDecision = SignedDecision::sign(decision, *ethics);
    const QString file = m_dir->filePath(u"rejection.decision.zip"_s);
    QVERIFY(signedDecision.writeFile(file));
    QVERIFY2(review()->importDecision(file), qPrintable(messageOf("reviewMessage")));
    QCOMPARE(review()->state().state, u"draft"_s);
    QVERIFY(messageOf("rejectionMessage").contains(u"Shorter retention, please."_s));
    QVERIFY(messageOf("rejectionMessage").contains(u"Qian Ethics"_s));
}

void TestReleaseWorkflow::ruleChangeShowsTheInvalidationBanner()
{
    openView();
    submit();
    approve(m_project.complianceKey);
    approve(m_project.ethicsKey);
    QCOMPARE(review()->state().state, u"approved"_s);
    QVERIFY(messageOf("invalidationBanner").isEmpty());

    // A rule changed on the Masking tab: measured again, the approvals no longer count.
    Result<DatasetInfo> dataset = m_project.store->dataset(u"wards"_s);
    QVERIFY(dataset);
    QVERIFY(MaskRuleService(*m_project.store)
                .setRules(*dataset, {{u"year"_s, *MaskRule::parse(u"drop"_s)}}));
    m_view->projectChanged();
    waitMeasured();
    QTRY_VERIFY(!messageOf("invalidationBanner").isEmpty());
    QCOMPARE(review()->state().state, u"draft"_s);
    QVERIFY(!gateOk(u"approvals"_s));
    QVERIFY(m_view->findChild<QLabel *>(u"releaseStateLabel"_s)->text().contains(u"Draft"_s));
    auto *list = review()->findChild<QTreeWidget *>(u"decisionsList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(4), u"Earlier content"_s);
}

void TestReleaseWorkflow::exportRefusedWhileGatesFail()
{
    openView();
    QVERIFY(workflow()->gatesPanel()->failing().contains(u"approvals"_s));
    QTest::mouseClick(workflow()->exportButton(), Qt::LeftButton);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = workflow()->exportDialog()) && dialog->isVisible());
    QVERIFY(dialog->isRefused());
    const QString refusal = dialog->findChild<InlineMessage *>(u"exportRefusal"_s)->text();
    QVERIFY2(refusal.contains(u"approvals"_s, Qt::CaseInsensitive), qPrintable(refusal));
    QVERIFY(!dialog->findChild<QPushButton *>(u"exportStartButton"_s)->isEnabled());
    dialog->setKeyFile(m_project.stewardKey);
    dialog->setKeyPassphrase(uitest::kKeyPassphrase);
    QVERIFY(!dialog->startExport());
    QVERIFY(!QFileInfo::exists(dialog->outputPath()));
    QVERIFY(!messageOf("exportMessage").isEmpty());
    dialog->reject();
}

void TestReleaseWorkflow::exportWritesAVerifiedPackage()
{
    openView();
    submit();
    approve(m_project.complianceKey);
    approve(m_project.ethicsKey);
    QTRY_VERIFY(workflow()->gatesPanel()->failing().isEmpty());

    ExportDialog *dialog = workflow()->openExport();
    QVERIFY(dialog && !dialog->isRefused());
    dialog->setKeyFile(m_project.stewardKey);
    dialog->setKeyPassphrase(uitest::kKeyPassphrase);
    const QString out = m_dir->filePath(u"ward-study.zip"_s);
    dialog->setOutputPath(out);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(),
             qPrintable(dialog->findChild<InlineMessage *>(u"exportOutcome"_s)->text()));
    QVERIFY(QFileInfo::exists(out));

    const Result<VerificationReport> report = PackageVerifier::verify(out);
    QVERIFY(report);
    QVERIFY(report->ok);
    QCOMPARE(report->release, uitest::kRelease);

    // The register lists it: time, recipient, signer, encryption, hash.
    auto *registerList = workflow()->registerList();
    QTRY_COMPARE(registerList->topLevelItemCount(), 1);
    QCOMPARE(registerList->topLevelItem(0)->text(1), u"Research Institute"_s);
    QVERIFY(registerList->topLevelItem(0)->text(2).contains(u"Wang Steward"_s));
    QCOMPARE(registerList->topLevelItem(0)->text(4), dialog->result()->sha256);
}

// Beside a 260-pixel navigator in a 1280×800 window, the tab and its dialogs fit without being
// cut. With STEWARD_SHOTS set to a folder, the pictures are saved there for a look.
void TestReleaseWorkflow::fitsA1280x800Window()
{
    openView();
    submit();
    const QString shots = qEnvironmentVariable("STEWARD_SHOTS");
    m_view->resize(1280 - 260, 800 - 90);
    QTest::qWait(200);
    QVERIFY2(workflow()->minimumSizeHint().width() <= 1280 - 260,
             qPrintable(QString::number(workflow()->minimumSizeHint().width())));
    if (!shots.isEmpty())
        QVERIFY(m_view->grab().save(shots + u"/release-review-export.png"_s));

    ExportDialog *dialog = workflow()->openExport();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->sizeHint().width() <= 1280 && dialog->sizeHint().height() <= 800);
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + u"/dialog-export.png"_s));
    dialog->reject();

    auto *decide = new DecideDialog(uitest::kRelease, m_view.get());
    decide->setKeyFile(m_project.ethicsKey);
    decide->show();
    QVERIFY(decide->sizeHint().width() <= 1280 && decide->sizeHint().height() <= 800);
    if (!shots.isEmpty())
        QVERIFY(decide->grab().save(shots + u"/dialog-decide.png"_s));
    delete decide;

    TrustedKeysDialog trust(m_project.store.get(), m_view.get());
    trust.show();
    QVERIFY(trust.sizeHint().width() <= 1280 && trust.sizeHint().height() <= 800);
    if (!shots.isEmpty())
        QVERIFY(trust.grab().save(shots + u"/dialog-trusted-keys.png"_s));
}

QTEST_MAIN(TestReleaseWorkflow)
#include "test_releaseworkflow.moc"
