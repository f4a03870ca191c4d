#include "core/mask/MaskRule.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/release/ReleaseTestProject.h"
#include "ui/release/PolicyReasonDialog.h"
#include "ui/release/ReleaseView.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::PolicyReasonDialog;
using steward::ui::ReleaseView;

// The Overview of a release: the policy (tightening saves at once, loosening needs a reason, which
// is audited), the live policy check (an unmasked grade-4 field in a public release, cleared by a
// rule), the completeness of both documents, and the settings form.
class TestReleaseView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tighteningSavesDirectly();
    void looseningNeedsReason();
    void policyCheckFollowsRules();
    void completenessShown();
    void lockedSecretOffersUnlock();
    void formSavesAndReverts();

private:
    void openView();
    QStringList checkRules() const;
    QStringList auditActions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReleaseView> m_view;
};

void TestReleaseView::initTestCase()
{
    uitest::isolateSettings();
}

void TestReleaseView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = uitest::createReleaseProject(*m_dir);
    QVERIFY(m_store);
    Release draft;
    draft.name = u"Open data"_s;
    draft.datasets = {u"inpatients"_s};
    draft.recipientOrganisation = u"Anyone"_s;
    draft.purpose = u"Public statistics"_s;
    draft.mode = SharingMode::Public;
    draft.policy = ReleasePolicy::defaultsFor(SharingMode::Public);
    QVERIFY(ReleaseService(*m_store).create(draft));
}

void TestReleaseView::cleanup()
{
    if (m_view)
        m_view->setProject(nullptr);
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReleaseView::openView()
{
    m_view = std::make_unique<ReleaseView>();
    m_view->resize(1200, 780);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setProject(m_store.get());
    m_view->showRelease(u"Open data"_s);
    QCOMPARE(m_view->releaseName(), u"Open data"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
}

QStringList TestReleaseView::checkRules() const
{
    QStringList rules;
    auto *list = m_view->findChild<QWidget *>(u"policyCheckList"_s);
    const QList<QWidget *> rows = list->findChildren<QWidget *>(u"policyCheckRow"_s);
    for (const QWidget *row : rows)
        rules << row->property("rule").toString();
    return rules;
}

QStringList TestReleaseView::auditActions() const
{
    QStringList actions;
    if (Result<QList<AuditEntry>> entries = m_store->auditEntries()) {
        for (const AuditEntry &entry : *entries)
            actions << entry.action;
    }
    return actions;
}

void TestReleaseView::tighteningSavesDirectly()
{
    openView();
    auto *minK = m_view->findChild<QSpinBox *>(u"policy_min_k"_s);
    QVERIFY(minK);
    QCOMPARE(minK->value(), ReleasePolicy::defaultsFor(SharingMode::Public).minK);
    auto *defaultLabel = m_view->findChild<QLabel *>(u"policyDefault_min_k"_s);
    const QString defaultBefore = defaultLabel->text();
    const int updates = int(auditActions().count(u"release.update"_s));

    minK->setFocus();
    minK->selectAll();
    QTest::keyClicks(minK, u"30"_s);
    QTest::keyClick(minK, Qt::Key_Return);
    QTRY_COMPARE(ReleaseService(*m_store).load(u"Open data"_s)->policy.minK, 30);
    QVERIFY(!m_view->findChild<PolicyReasonDialog *>());
    QCOMPARE(auditActions().count(u"release.update"_s), updates + 1);
    // The mode's default is shown beside the changed value.
    QVERIFY(defaultLabel->text() != defaultBefore);
    QVERIFY(defaultLabel->text().contains(u"20"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
}

void TestReleaseView::looseningNeedsReason()
{
    openView();
    auto *grade = m_view->findChild<QSpinBox *>(u"policy_max_unmasked_grade"_s);
    QCOMPARE(grade->value(), 2);
    const int updates = int(auditActions().count(u"release.update"_s));

    // Without a reason: refused, the value goes back, nothing is stored.
    grade->setValue(3);
    PolicyReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<PolicyReasonDialog *>()) && dialog->isVisible());
    auto *loosen = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!loosen->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), u"   "_s);
    QVERIFY(!loosen->isEnabled());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_COMPARE(grade->value(), 2);
    QCOMPARE(ReleaseService(*m_store).load(u"Open data"_s)->policy.maxUnmaskedGrade, 2);
    QCOMPARE(auditActions().count(u"release.update"_s), updates);
    auto *message = m_view->findChild<ui::InlineMessage *>(u"releasePolicyMessage"_s);
    QVERIFY(message->text().contains(u"reason"_s));

    // With one: stored, and audited.
    grade->setValue(3);
    QTRY_VERIFY((dialog = m_view->findChild<PolicyReasonDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->reasonEdit(), u"Grade 3 fields are generalised by the recipient"_s);
    loosen = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(loosen->isEnabled());
    QTest::mouseClick(loosen, Qt::LeftButton);
    QTRY_COMPARE(ReleaseService(*m_store).load(u"Open data"_s)->policy.maxUnmaskedGrade, 3);
    QCOMPARE(grade->value(), 3);
    QCOMPARE(auditActions().count(u"release.update"_s), updates + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
}

void TestReleaseView::policyCheckFollowsRules()
{
    openView();
    // The sample's direct identifiers (grade 4) leave unmasked: a public release forbids it.
    QStringList rules = checkRules();
    QVERIFY2(rules.contains(u"unmasked_grade"_s), qPrintable(rules.join(u", "_s)));
    QStringList fields;
    auto *list = m_view->findChild<QWidget *>(u"policyCheckList"_s);
    const QList<QWidget *> rows = list->findChildren<QWidget *>(u"policyCheckRow"_s);
    for (const QWidget *row : rows) {
        const QString rule = row->property("rule").toString();
        if (rule == u"unmasked_grade"_s || rule == u"direct_identifier"_s)
            fields << row->property("field").toString();
        // Each finding says what is wrong in words, with its icon.
        QVERIFY(!row->findChild<QLabel *>(u"policyCheckText"_s)->text().isEmpty());
    }
    fields.removeDuplicates();
    fields.removeAll(QString());
    QVERIFY(!fields.isEmpty());

    // Drop them (the Masking tab, elsewhere): measured again, the violations go.
    Result<DatasetInfo> dataset = m_store->dataset(u"inpatients"_s);
    QVERIFY(dataset);
    QList<std::pair<QString, MaskRule>> drop;
    for (const QString &field : std::as_const(fields))
        drop.append({field, *MaskRule::parse(u"drop"_s)});
    QVERIFY(MaskRuleService(*m_store).setRules(*dataset, drop));
    m_view->projectChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
    rules = checkRules();
    QVERIFY2(!rules.contains(u"unmasked_grade"_s) && !rules.contains(u"direct_identifier"_s),
             qPrintable(rules.join(u", "_s)));
    QVERIFY(!rules.isEmpty()); // what remains (k, risk) or the all-clear row
}

void TestReleaseView::completenessShown()
{
    openView();
    const QRegularExpression figures(u"(\\d+) of (\\d+) required items"_s);
    for (const QString &name : {u"dsaCompletenessLabel"_s, u"dpiaCompletenessLabel"_s}) {
        auto *label = m_view->findChild<QLabel *>(name);
        QVERIFY(label);
        QRegularExpressionMatch match;
        QTRY_VERIFY((match = figures.match(label->text())).hasMatch());
        const int filled = match.captured(1).toInt();
        const int required = match.captured(2).toInt();
        QVERIFY(required > 0);
        QVERIFY(filled < required); // a new release leaves most to people
    }
    // The figures open their document.
    auto *bar = m_view->findChild<QProgressBar *>(u"dpiaCompletenessBar"_s);
    QTest::mouseClick(bar, Qt::LeftButton);
    QCOMPARE(m_view->tabs()->currentIndex(), 2);
    m_view->tabs()->setCurrentIndex(0);
    bar = m_view->findChild<QProgressBar *>(u"dsaCompletenessBar"_s);
    QTest::mouseClick(bar, Qt::LeftButton);
    QCOMPARE(m_view->tabs()->currentIndex(), 1);
}

void TestReleaseView::lockedSecretOffersUnlock()
{
    // A keyed pseudonym of a quasi-identifier changes the classes, so measuring needs the
    // project secret, which nobody has unlocked.
    Result<DatasetInfo> dataset = m_store->dataset(u"inpatients"_s);
    QVERIFY(dataset && !dataset->columns.isEmpty());
    const QString field = u"年龄"_s;
    QVERIFY(
        MaskRuleService(*m_store).setRules(*dataset, {{field, *MaskRule::parse(u"pseudonym"_s)}}));
    openView();
    auto *message = m_view->findChild<ui::InlineMessage *>(u"releaseLockMessage"_s);
    auto *unlock = m_view->findChild<QPushButton *>(u"releaseUnlockButton"_s);
    QTRY_VERIFY(unlock->isVisible());
    QVERIFY(message->text().contains(u"locked"_s));
    QVERIFY(checkRules().contains(QString())); // "not measured", no finding
    QSignalSpy asked(m_view.get(), &ReleaseView::unlockRequested);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);

    // Unlocked (what the Masking tab does on that request): measured, the notice goes.
    Result<ProjectSecret> secret = ProjectSecretStore(*m_store).obtain(u"a long passphrase"_s);
    QVERIFY(secret);
    const ProjectSecret unlocked = *secret;
    m_view->setSecretProvider([unlocked] { return std::optional<ProjectSecret>(unlocked); });
    m_view->projectChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
    QVERIFY(!unlock->isVisible());
    // Figures now: the public release's other identifiers still leave unmasked.
    const QStringList rules = checkRules();
    QVERIFY2(rules.contains(u"unmasked_grade"_s), qPrintable(rules.join(u", "_s)));
}

void TestReleaseView::formSavesAndReverts()
{
    openView();
    QSignalSpy listed(m_view.get(), &ReleaseView::releasesChanged);
    auto *save = m_view->findChild<QPushButton *>(u"releaseSaveButton"_s);
    auto *revert = m_view->findChild<QPushButton *>(u"releaseRevertButton"_s);
    auto *contact = m_view->findChild<QLineEdit *>(u"releaseContactField"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(contact, u"data-office@example.org"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(contact->text(), QString());
    QVERIFY(!save->isEnabled());

    QTest::keyClicks(contact, u"data-office@example.org"_s);
    auto *name = m_view->findChild<QLineEdit *>(u"releaseNameField"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Open data 2026"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    Result<Release> stored = ReleaseService(*m_store).load(u"Open data 2026"_s);
    QVERIFY(stored);
    QCOMPARE(stored->recipientContact, u"data-office@example.org"_s);
    QCOMPARE(m_view->releaseName(), u"Open data 2026"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.last().first().toString(), u"Open data 2026"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
}

QTEST_MAIN(TestReleaseView)
#include "test_releaseview.moc"
