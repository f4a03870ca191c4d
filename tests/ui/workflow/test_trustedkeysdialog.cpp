// Project → Trusted Keys: the keys listed with their role, a .pub added for a role (a duplicate
// refused with the reason), a key removed after the question; the menu action opens it.

#include "core/signing/TrustService.h"
#include "tests/ui/workflow/WorkflowTestProject.h"
#include "ui/MainWindow.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/workflow/TrustedKeysDialog.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::InlineMessage;
using steward::ui::MainWindow;
using steward::ui::TrustedKeysDialog;

class TestTrustedKeysDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolateSettings(); }
    void addAndRemove();
    void projectMenuOpensIt();
};

void TestTrustedKeysDialog::addAndRemove()
{
    QTemporaryDir dir;
    uitest::WorkflowProject project = uitest::createWorkflowProject(dir, false);
    QVERIFY(project.store);
    TrustedKeysDialog dialog(project.store.get());
    dialog.show();
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 1); // the steward's key
    QSignalSpy changed(&dialog, &TrustedKeysDialog::keysChanged);

    QVERIFY(dialog.addKey(project.complianceKey + u".pub"_s, SignerRole::Compliance));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(changed.count(), 1);
    // Already trusted for the role: refused with the reason.
    QVERIFY(!dialog.addKey(project.complianceKey + u".pub"_s, SignerRole::Compliance));
    auto *message = dialog.findChild<InlineMessage *>(u"trustedKeysMessage"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QCOMPARE(list->topLevelItemCount(), 2);

    QString fingerprint;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == u"Zhao Compliance"_s)
            fingerprint = list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    }
    QVERIFY(!fingerprint.isEmpty());
    // Asked first; the message box answered with Remove.
    uitest::MessageBoxCatcher catcher([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                return button;
        }
        return static_cast<QAbstractButton *>(nullptr);
    });
    QVERIFY(dialog.removeKey(fingerprint));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(TrustService(*project.store).list()->size(), 1);
}

void TestTrustedKeysDialog::projectMenuOpensIt()
{
    QTemporaryDir dir;
    QString path;
    {
        uitest::WorkflowProject project = uitest::createWorkflowProject(dir);
        QVERIFY(project.store);
        path = project.store->path();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(u"trustedKeysAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(window.openProject(path));
    QVERIFY(action->isEnabled());
    action->trigger();
    TrustedKeysDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TrustedKeysDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), 3); // steward, compliance, ethics
    dialog->close();
}

QTEST_MAIN(TestTrustedKeysDialog)
#include "test_trustedkeysdialog.moc"
