#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/release/ReleaseTestProject.h"
#include "ui/MainWindow.h"
#include "ui/ProjectNavigator.h"
#include "ui/release/NewReleaseDialog.h"
#include "ui/release/ReleaseView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::MainWindow;
using steward::ui::NewReleaseDialog;

// New Release as a steward does it: Ctrl+Shift+N in the main window, type, choose, Enter; the
// release is stored, listed in the navigator and opened. Create stays disabled, with the reason,
// until the form is valid.
class TestNewReleaseDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createByKeyboard();
    void createDisabledUntilValid();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNewReleaseDialog::initTestCase()
{
    uitest::isolateSettings();
}

void TestNewReleaseDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(uitest::createReleaseProject(*m_dir) != nullptr);
}

void TestNewReleaseDialog::cleanup()
{
    m_dir.reset();
}

void TestNewReleaseDialog::createByKeyboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(m_dir->filePath(u"p.steward"_s)));
    QCOMPARE(window.navigator()->currentDatasetName(), u"inpatients"_s);
    QVERIFY(window.navigator()->releaseNames().isEmpty());

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewReleaseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<NewReleaseDialog *>(u"newReleaseDialog"_s))
                && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *create = dialog->findChild<QPushButton *>(u"createReleaseButton"_s);
    QVERIFY(create);
    QVERIFY(!create->isEnabled());
    QVERIFY(!dialog->problemText().isEmpty());
    // The current dataset is ticked already.
    auto *datasets = dialog->findChild<QListWidget *>(u"releaseDatasetList"_s);
    QCOMPARE(datasets->count(), 1);
    QCOMPARE(datasets->item(0)->checkState(), Qt::Checked);

    // Name (the field has the focus), then the recipient and the purpose, Tab by Tab. (The
    // dialog's own focus widget: the offscreen platform leaves the main window active.)
    QWidget *focus = dialog->focusWidget();
    QCOMPARE(focus, dialog->findChild<QLineEdit *>(u"releaseNameEdit"_s));
    QTest::keyClicks(focus, u"Cardiology 2026"_s);
    QTest::keyClick(focus, Qt::Key_Tab); // datasets
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"releaseRecipientEdit"_s));
    QTest::keyClicks(dialog->focusWidget(), u"University Heart Institute"_s);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"releasePurposeEdit"_s));
    QTest::keyClicks(dialog->focusWidget(), u"Outcome study of heart failure admissions"_s);
    QVERIFY(create->isEnabled());
    QCOMPARE(dialog->problemText(), QString());

    // The mode, chosen with the arrow keys: public access; the policy summary follows.
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    auto *mode = dialog->findChild<QComboBox *>(u"releaseModeCombo"_s);
    QCOMPARE(dialog->focusWidget(), mode);
    const int publicIndex = mode->findData(u"public"_s);
    QVERIFY(publicIndex >= 0);
    const QString summaryBefore = dialog->findChild<QLabel *>(u"releaseModeSummary"_s)->text();
    while (mode->currentIndex() < publicIndex)
        QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentData().toString(), u"public"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"releaseModeSummary"_s)->text() != summaryBefore);

    // Back to the purpose and Enter: the default button creates the release.
    QTest::keyClick(mode, Qt::Key_Backtab);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QTRY_COMPARE(window.navigator()->releaseNames(), QStringList{u"Cardiology 2026"_s});
    QCOMPARE(window.navigator()->currentReleaseName(), u"Cardiology 2026"_s);
    QCOMPARE(window.centralStack()->currentWidget(), window.releaseView());
    QCOMPARE(window.releaseView()->releaseName(), u"Cardiology 2026"_s);

    Result<Release> stored = ReleaseService(*window.project()).load(u"Cardiology 2026"_s);
    QVERIFY(stored);
    QCOMPARE(stored->datasets, QStringList{u"inpatients"_s});
    QCOMPARE(stored->recipientOrganisation, u"University Heart Institute"_s);
    QCOMPARE(stored->mode, SharingMode::Public);
    QCOMPARE(stored->policy, ReleasePolicy::defaultsFor(SharingMode::Public));
    QCOMPARE(stored->state, u"draft"_s);

    // Selecting the dataset again shows its workspace; the release again, its view.
    QVERIFY(window.navigator()->selectDataset(u"inpatients"_s));
    QVERIFY(window.centralStack()->currentWidget() != window.releaseView());
    QVERIFY(window.navigator()->selectRelease(u"Cardiology 2026"_s));
    QCOMPARE(window.centralStack()->currentWidget(), window.releaseView());
    QTRY_VERIFY_WITH_TIMEOUT(!window.releaseView()->isMeasuring(), 30000);

    // Del on the release asks first; Cancel keeps it, Delete removes it. (A window manager gives
    // the focus back to the window when its dialogs close; the offscreen platform does not.)
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.navigator()->setFocus();
    {
        uitest::MessageBoxCatcher catcher;
        QTest::keyClick(window.navigator(), Qt::Key_Delete);
        QVERIFY(catcher.seen());
        QCOMPARE(catcher.objectName(), u"deleteReleaseMessageBox"_s);
    }
    QVERIFY(ReleaseService(*window.project()).exists(u"Cardiology 2026"_s));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    {
        uitest::MessageBoxCatcher catcher([](QMessageBox *box) {
            return box->findChild<QAbstractButton *>(u"confirmDeleteReleaseButton"_s);
        });
        QTest::keyClick(window.navigator(), Qt::Key_Delete);
        QVERIFY(catcher.seen());
    }
    QVERIFY(!ReleaseService(*window.project()).exists(u"Cardiology 2026"_s));
    QVERIFY(window.navigator()->releaseNames().isEmpty());
    QVERIFY(window.centralStack()->currentWidget() != window.releaseView());
    QVERIFY(window.releaseView()->releaseName().isEmpty());
}

void TestNewReleaseDialog::createDisabledUntilValid()
{
    auto store = ProjectStore::open(m_dir->filePath(u"p.steward"_s));
    QVERIFY(store);
    {
        Release taken;
        taken.name = u"Taken"_s;
        taken.datasets = {u"inpatients"_s};
        taken.recipientOrganisation = u"Somebody"_s;
        taken.purpose = u"Something"_s;
        QVERIFY(ReleaseService(**store).create(taken));
    }
    NewReleaseDialog dialog(**store, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *create = dialog.findChild<QPushButton *>(u"createReleaseButton"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"releaseNameEdit"_s);
    auto *recipient = dialog.findChild<QLineEdit *>(u"releaseRecipientEdit"_s);
    auto *purpose = dialog.findChild<QLineEdit *>(u"releasePurposeEdit"_s);
    auto *datasets = dialog.findChild<QListWidget *>(u"releaseDatasetList"_s);
    // The only dataset of the project is ticked even without a current one.
    QCOMPARE(datasets->item(0)->checkState(), Qt::Checked);

    QVERIFY(!create->isEnabled());
    QVERIFY(dialog.problemText().contains(u"name"_s));
    QTest::keyClicks(name, u"taken"_s); // names are unique whatever the case
    QVERIFY(dialog.problemText().contains(u"already exists"_s));
    name->clear();
    QTest::keyClicks(name, u"Second"_s);
    QVERIFY(dialog.problemText().contains(u"recipient"_s));
    QTest::keyClicks(recipient, u"Institute"_s);
    QVERIFY(dialog.problemText().contains(u"used for"_s));
    QTest::keyClicks(purpose, u"Research"_s);
    QVERIFY(create->isEnabled());
    datasets->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog.problemText().contains(u"dataset"_s));
    datasets->item(0)->setCheckState(Qt::Checked);
    QVERIFY(create->isEnabled());

    // The document language follows the UI language (English here).
    QCOMPARE(dialog.draft().language, u"en"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdName(), u"Second"_s);
    QVERIFY(ReleaseService(**store).exists(u"Second"_s));
}

QTEST_MAIN(TestNewReleaseDialog)
#include "test_newreleasedialog.moc"
