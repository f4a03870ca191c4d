// The passphrase dialog keeps one size whatever is typed or said, is wide enough for its title in
// English and Chinese, shows the passphrase on demand, and accepts a new passphrase only when it
// was repeated exactly.

#include "core/common/Translations.h"
#include "ui/widgets/PassphraseDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using steward::ui::PassphraseDialog;

class TestPassphraseDialog final : public QObject {
    Q_OBJECT

private slots:
    void showToggleRevealsThePassphrase();
    void createNeedsTheSamePassphraseTwice();
    void oneSizeWideEnoughForTheTitle_data();
    void oneSizeWideEnoughForTheTitle();

private:
    static QPushButton *okButton(PassphraseDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void TestPassphraseDialog::showToggleRevealsThePassphrase()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(edit, u"correct horse"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    // The eye inside the field: a button the user clicks.
    auto *show = dialog.findChild<QAction *>(u"showPassphraseAction"_s);
    QVERIFY(show);
    QToolButton *button = nullptr;
    for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == show)
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QVERIFY(dialog.isPassphraseShown());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.passphrase(), u"correct horse"_s);
}

void TestPassphraseDialog::createNeedsTheSamePassphraseTwice()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize size = dialog.size();
    auto *edit = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
    auto *repeat = dialog.findChild<QLineEdit *>(u"repeatPassphraseEdit"_s);
    auto *problem = dialog.findChild<QLabel *>(u"passphraseProblem"_s);
    QVERIFY(repeat);
    QTest::keyClicks(edit, u"s3cret"_s);
    QTest::keyClicks(repeat, u"s3c"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problem->text().isEmpty()); // still typing
    QTest::keyClicks(repeat, u"xyz"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(dialog.size(), size); // the message does not resize the dialog

    // The toggle shows both fields.
    dialog.setPassphraseShown(true);
    QCOMPARE(repeat->echoMode(), QLineEdit::Normal);

    repeat->clear();
    QTest::keyClicks(repeat, u"s3cret"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problem->text().isEmpty());
    QCOMPARE(dialog.size(), size);
}

void TestPassphraseDialog::oneSizeWideEnoughForTheTitle_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

void TestPassphraseDialog::oneSizeWideEnoughForTheTitle()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(steward::loadStewardTranslation(translator, QLocale(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    for (const auto mode : {PassphraseDialog::Mode::Unlock, PassphraseDialog::Mode::Create}) {
        PassphraseDialog dialog(mode);
        if (!language.isEmpty())
            QVERIFY2(dialog.windowTitle().contains(u"密"_s), qPrintable(dialog.windowTitle()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Fixed: the window manager cannot make it narrower than its title needs.
        QCOMPARE(dialog.minimumSize(), dialog.maximumSize());
        QVERIFY(dialog.width()
                >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 150);
        const QSize size = dialog.size();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passphraseEdit"_s), u"x"_s.repeated(80));
        QCOMPARE(dialog.size(), size);
    }
}

QTEST_MAIN(TestPassphraseDialog)
#include "test_passphrasedialog.moc"
