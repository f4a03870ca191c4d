// The consent settings of a release in its Overview: the consent purpose is typed into the
// settings form and saved with the other settings (read back from the store), and once a dataset
// of the release has a consent register the overview shows per dataset how many records are left
// out, in total and by reason.

#include "core/classify/ClassificationService.h"
#include "core/consent/ConsentService.h"
#include "core/import/Importer.h"
#include "core/release/ReleaseService.h"
#include "core/store/AuditEntry.h"
#include "core/store/ProjectStore.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/consent/ConsentExclusionView.h"
#include "ui/release/NewReleaseDialog.h"
#include "ui/release/ReleaseView.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ConsentExclusionView;
using steward::ui::NewReleaseDialog;
using steward::ui::ReleaseView;

class TestReleaseConsent final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void purposeIsSavedAndCountsShow();
    void revertRestoresThePurpose();
    void newReleaseAsksForThePurpose();

private:
    void openView();
    QString writeRegister();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReleaseView> m_view;
};

void TestReleaseConsent::initTestCase()
{
    uitest::isolateSettings();
}

void TestReleaseConsent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Eight visits of seven patients, the inpatient number as subject.
    const QString csv = m_dir->filePath(u"inpatient.csv"_s);
    QVERIFY(uitest::writeFile(csv, "住院号,性别,年龄,诊断\n"
                                   "ZY0001,男,31,I10\n"
                                   "ZY0001,男,31,E11\n"
                                   "ZY0002,女,33,J45\n"
                                   "ZY0003,女,35,K29\n"
                                   "ZY0004,男,36,I10\n"
                                   "ZY0005,女,38,N39\n"
                                   "ZY0006,男,52,I25\n"
                                   "ZY0007,男,55,E11\n"));
    auto store = ProjectStore::create(m_dir->filePath(u"p.steward"_s), u"City Hospital"_s);
    QVERIFY(store);
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = u"inpatient"_s;
    QVERIFY(importFile(*m_store, csv, options));
    QVERIFY(ClassificationService(*m_store).analyzeNow(u"inpatient"_s));
    Release draft;
    draft.name = u"study"_s;
    draft.datasets = {u"inpatient"_s};
    draft.recipientOrganisation = u"University"_s;
    draft.purpose = u"Outcome research"_s;
    draft.mode = SharingMode::Bilateral;
    draft.policy = ReleasePolicy::defaultsFor(SharingMode::Bilateral);
    QVERIFY(ReleaseService(*m_store).create(draft));
}

void TestReleaseConsent::cleanup()
{
    if (m_view)
        m_view->setProject(nullptr);
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReleaseConsent::openView()
{
    m_view = std::make_unique<ReleaseView>();
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setProject(m_store.get());
    m_view->showRelease(u"study"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
}

void TestReleaseConsent::purposeIsSavedAndCountsShow()
{
    openView();
    auto *field = m_view->findChild<QLineEdit *>(u"releaseConsentPurposeField"_s);
    QVERIFY(field);
    QVERIFY(field->isVisible());
    QVERIFY(!field->toolTip().isEmpty());
    QVERIFY(field->text().isEmpty());
    auto *exclusions = m_view->findChild<ConsentExclusionView *>();
    QVERIFY(exclusions);
    QVERIFY(!exclusions->isVisible()); // no register yet

    auto *save = m_view->findChild<QPushButton *>(u"releaseSaveButton"_s);
    QVERIFY(!save->isEnabled());
    field->setFocus();
    QTest::keyClicks(field, u"research"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(ReleaseService(*m_store).load(u"study"_s)->consentPurpose, u"research"_s);
    QVERIFY(!save->isEnabled());
    // Saved as every setting is: one audited release.update naming the key (not its value).
    auto entries = m_store->auditEntries();
    QVERIFY(entries);
    QVERIFY(!entries->isEmpty());
    const AuditEntry &last = entries->last();
    QCOMPARE(last.action, u"release.update"_s);
    QVERIFY(last.detail.contains(u"consent_purpose"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);

    // ZY0001 (twice) and ZY0002 granted for research; ZY0003 for teaching only; ZY0004 withdrew;
    // ZY0005 refused; ZY0006 and ZY0007 are not in the register.
    const QString file = writeRegister();
    QVERIFY(!file.isEmpty());
    const auto attached = ConsentService(*m_store).attach(u"inpatient"_s, file);
    QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().message));
    m_view->projectChanged();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isMeasuring(), 30000);
    QTRY_VERIFY(exclusions->isVisible());
    const QStringList lines = exclusions->lines();
    QCOMPARE(lines.size(), 1);
    const QString expected = ConsentExclusionView::tr(
        "%1: %2 of %3 records left out for want of consent (no record %4, withdrawn %5, "
        "refused %6, out of scope %7).");
    const QLocale locale;
    QCOMPARE(lines.first(),
             expected.arg(u"inpatient"_s, locale.toString(5), locale.toString(8),
                          locale.toString(2), locale.toString(1), locale.toString(1),
                          locale.toString(1)));
    const auto rows = exclusions->findChildren<QLabel *>(u"consentExclusionRow"_s);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first()->isVisible());
}

void TestReleaseConsent::revertRestoresThePurpose()
{
    openView();
    auto *field = m_view->findChild<QLineEdit *>(u"releaseConsentPurposeField"_s);
    QVERIFY(field);
    QTest::keyClicks(field, u"teaching"_s);
    auto *revert = m_view->findChild<QPushButton *>(u"releaseRevertButton"_s);
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QVERIFY(field->text().isEmpty());
    QVERIFY(ReleaseService(*m_store).load(u"study"_s)->consentPurpose.isEmpty());
}

QString TestReleaseConsent::writeRegister()
{
    const QString file = m_dir->filePath(u"consent.csv"_s);
    const bool written = uitest::writeFile(file, "住院号,状态,用途,日期\n"
                                                 "ZY0001,同意,research;teaching,2024-01-01\n"
                                                 "ZY0002,同意,research,2024-01-01\n"
                                                 "ZY0003,同意,teaching,2024-01-01\n"
                                                 "ZY0004,同意,research,2023-01-01\n"
                                                 "ZY0004,撤回,,2024-01-01\n"
                                                 "ZY0005,拒绝,,2024-01-01\n");
    return written ? file : QString();
}

void TestReleaseConsent::newReleaseAsksForThePurpose()
{
    {
        // Without a register the dialog does not ask.
        NewReleaseDialog dialog(*m_store, u"inpatient"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(u"releaseConsentPurposeEdit"_s);
        QVERIFY(field);
        QVERIFY(!field->isVisible());
    }
    const QString file = writeRegister();
    QVERIFY(!file.isEmpty());
    QVERIFY(ConsentService(*m_store).attach(u"inpatient"_s, file));

    NewReleaseDialog dialog(*m_store, u"inpatient"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(u"releaseConsentPurposeEdit"_s);
    QVERIFY(field->isVisible());
    QVERIFY(!field->toolTip().isEmpty());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"releaseNameEdit"_s), u"second"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"releaseRecipientEdit"_s), u"University"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"releasePurposeEdit"_s), u"Follow-up"_s);
    QTest::keyClicks(field, u"research"_s);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"createReleaseButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.createdName(), u"second"_s);
    QCOMPARE(ReleaseService(*m_store).load(u"second"_s)->consentPurpose, u"research"_s);
}

QTEST_MAIN(TestReleaseConsent)
#include "test_releaseconsent.moc"
