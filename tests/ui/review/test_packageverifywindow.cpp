// The package check window: it verifies off the UI thread, lists every file with what failed
// first and highlighted, and asks for the passphrase of an encrypted package before reading it.

#include "core/age/AgeFile.h"
#include "core/signing/SigningIdentity.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/review/ReviewTestPackage.h"
#include "ui/review/PackageVerifyWindow.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::ui;
using namespace steward::reviewtest;

class TestPackageVerifyWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_package = m_dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(writeExportPackage(m_package));
    }

    void listsEveryFile()
    {
        PackageVerifyWindow window;
        window.show();
        QSignalSpy verified(&window, &PackageVerifyWindow::verified);
        window.openPackage(m_package);
        QVERIFY(window.isRunning() || verified.count() == 1);
        QVERIFY(verified.count() == 1 || verified.wait(10000));
        QVERIFY(window.report().has_value());
        QTableWidget *files = window.filesTable();
        QStringList names;
        for (int row = 0; row < files->rowCount(); ++row)
            names << files->item(row, 0)->text();
        QVERIFY2(names.contains(QStringLiteral("data/inpatient.csv")), qPrintable(names.join(u',')));
        QVERIFY(!window.findChild<QGroupBox *>(QStringLiteral("verifyKeyBox"))->isVisible());
    }

    void failingFileIsListedFirst()
    {
        QTemporaryDir work;
        const QString tampered = work.filePath(QStringLiteral("tampered.zip"));
        if (!tamper(m_package, QStringLiteral("data/inpatient.csv"), maskedCsv(19), tampered, work.path()))
            QSKIP("the zip and unzip tools are needed to change a package");
        PackageVerifyWindow window;
        window.show();
        QSignalSpy verified(&window, &PackageVerifyWindow::verified);
        window.openPackage(tampered);
        QVERIFY(verified.count() == 1 || verified.wait(10000));
        QCOMPARE(verified.back().front().toBool(), false);
        QVERIFY(!window.report()->ok);
        QTableWidget *files = window.filesTable();
        QVERIFY(files->rowCount() > 0);
        // The failures come first, in bold.
        QCOMPARE(files->item(0, 0)->text(), QStringLiteral("data/inpatient.csv"));
        QVERIFY(files->item(0, 0)->font().bold());
        QVERIFY(!files->item(0, 1)->text().isEmpty());
        QVERIFY(window.statusText().contains(QStringLiteral("fail"), Qt::CaseInsensitive));
    }

    void trustedKeysGoToTheVerifier()
    {
        Result<SigningIdentity> steward =
            SigningIdentity::generate(QStringLiteral("Steward"), SignerRole::Steward);
        QVERIFY(steward);
        PackageVerifyWindow window;
        window.setTrustedKeys({steward->publicKey()});
        QCOMPARE(window.trustedKeys().size(), 1);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("verifyTrustedLabel"))->text().contains(u'1'));
        QSignalSpy verified(&window, &PackageVerifyWindow::verified);
        window.openPackage(m_package);
        QVERIFY(verified.count() == 1 || verified.wait(10000));
        // The package is not signed: with trusted keys given it cannot pass.
        QVERIFY(!window.report()->ok);
    }

    void encryptedPackageAsksForItsPassphrase()
    {
        QTemporaryDir work;
        const QString encrypted = work.filePath(QStringLiteral("export.zip.age"));
        {
            QFile in(m_package);
            QFile out(encrypted);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            AgeEncryptionTarget target;
            target.passphrase = QStringLiteral("open sesame");
            target.scryptWorkFactor = 10;
            QVERIFY(AgeFile::encrypt(in, out, target));
        }
        PackageVerifyWindow window;
        window.show();
        QSignalSpy verified(&window, &PackageVerifyWindow::verified);
        QSignalSpy failed(&window, &PackageVerifyWindow::verificationFailed);
        window.openPackage(encrypted);
        QVERIFY(window.needsKey());
        QVERIFY(!window.isRunning());
        QVERIFY(window.findChild<QGroupBox *>(QStringLiteral("verifyKeyBox"))->isVisible());

        window.setPassphrase(QStringLiteral("wrong"));
        window.verify();
        QVERIFY(failed.count() == 1 || failed.wait(10000));
        QVERIFY(!window.report().has_value());

        window.setPassphrase(QStringLiteral("open sesame"));
        window.verify();
        QVERIFY(verified.count() == 1 || verified.wait(10000));
        QVERIFY(window.report()->encrypted);
    }

private:
    QTemporaryDir m_dir;
    QString m_package;
};

QTEST_MAIN(TestPackageVerifyWindow)
#include "test_packageverifywindow.moc"
