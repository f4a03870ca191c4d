// Review mode: a review package made here opens with its summary, data and documents; section
// marks and Approve / Reject end in a signed decision file that verifies; a changed package is
// refused; a file is recognised by its name and content.

#include "core/age/AgeFile.h"
#include "core/packaging/ReviewPackageWriter.h"
#include "core/workflow/WorkflowService.h"
#include "tests/core/workflow/WorkflowTestSupport.h"
#include "core/signing/SigningIdentity.h"
#include "core/workflow/ReviewDecision.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/review/ReviewTestPackage.h"
#include "ui/review/DecisionDialog.h"
#include "ui/review/PackageFileKind.h"
#include "ui/review/ReviewCsvModel.h"
#include "ui/review/ReviewRiskPage.h"
#include "ui/review/ReviewSectionMarks.h"
#include "ui/review/ReviewWindow.h"
#include "ui/widgets/PassphraseDialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace steward;
using namespace steward::ui;
using namespace steward::reviewtest;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery");

template <class T>
T *waitForDialog(const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name)
            return dialog;
        QTest::qWait(20);
    }
    return nullptr;
}
} // namespace

class TestReviewWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_package = m_dir.filePath(QStringLiteral("cardiology.review.zip"));
        QVERIFY(writeReviewPackage(m_package, 1200));
        Result<SigningIdentity> ethics =
            SigningIdentity::generate(QStringLiteral("Dr. Ethics"), SignerRole::Ethics);
        QVERIFY(ethics);
        m_key = m_dir.filePath(QStringLiteral("ethics.key"));
        QVERIFY(ethics->save(m_key, kPassphrase));
        m_fingerprint = ethics->fingerprint();
    }

    void opensWithSummaryFirst()
    {
        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(m_package);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.state(), ReviewWindow::Open);
        QVERIFY(window.summaryText(QStringLiteral("release")).contains(kRelease));
        QVERIFY(window.summaryText(QStringLiteral("recipient")).contains(kRecipient));
        QVERIFY(window.summaryText(QStringLiteral("why")).contains(QStringLiteral("heart failure")));
        QVERIFY(window.summaryText(QStringLiteral("gates")).contains(QStringLiteral("10")));
        QVERIFY(window.windowTitle().contains(kRelease));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("reviewSummaryPage"))->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    }

    // A package as `release submit` writes it, from a project whose gates hold.
    void packageWrittenFromAProject()
    {
        testsupport::TempProject project;
        const Release release = workflowtest::standardProject(project);
        workflowtest::fillDocuments(project.store(), release);
        auto submitted = WorkflowService(project.store()).submit(release.name, {});
        QVERIFY2(submitted.ok(), submitted ? "" : qPrintable(submitted.error().message));
        const QString path = project.filePath(QStringLiteral("study.review.zip"));
        const Status written = ReviewPackageWriter::write(
            project.store(), release.name, path, std::nullopt,
            [] { return Result<QString>(QStringLiteral("pass")); });
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));

        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(path);
        QVERIFY(opened.wait(10000));
        QVERIFY(window.summaryText(QStringLiteral("release")).contains(QStringLiteral("study")));
        QVERIFY(window.summaryText(QStringLiteral("recipient")).contains(QStringLiteral("Research Institute")));
        QVERIFY(window.summaryText(QStringLiteral("why")).contains(QStringLiteral("readmissions")));
        QVERIFY(window.dpiaMarks()->sectionCount() > 0);
        QVERIFY(window.dsaMarks()->sectionCount() > 0);
        QVERIFY(window.dataModel()->rowCount() > 0);
        auto *dpia = window.findChild<QTextBrowser *>(QStringLiteral("dpiaBrowser"));
        QVERIFY(!dpia->toPlainText().trimmed().isEmpty());
        QCOMPARE(packageFileKind(path), PackageFileKind::ReviewPackage);
    }

    void dataIsReadInBlocks()
    {
        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(m_package);
        QVERIFY(opened.wait(10000));
        window.resize(1280, 800);
        window.showPage(ReviewWindow::DataPage);
        QTest::qWait(50);
        ReviewCsvModel *model = window.dataModel();
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("pseudonym"));
        // Not everything at once.
        QCOMPARE(model->rowCount(), ReviewCsvModel::kBlock);
        QVERIFY(model->canFetchMore({}));
        // Qt's model tester (which fetches more itself) after the first block was seen.
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        // A quoted cell with a comma and a line break is one cell.
        QCOMPARE(model->index(0, 4).data(Qt::ToolTipRole).toString(), QStringLiteral("two lines,\nquoted"));
        QVERIFY(!model->index(0, 4).data().toString().contains(QLatin1Char('\n')));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("P1001"));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1200);
        QVERIFY(model->isComplete());
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("x")));
    }

    void documentsRiskAndMarks()
    {
        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(m_package);
        QVERIFY(opened.wait(10000));
        window.showPage(ReviewWindow::DocumentsPage);
        auto *dpia = window.findChild<QTextBrowser *>(QStringLiteral("dpiaBrowser"));
        QVERIFY(dpia);
        QVERIFY(dpia->toPlainText().contains(QStringLiteral("Impact assessment")));
        QVERIFY(dpia->isReadOnly());

        ReviewSectionMarks *marks = window.dpiaMarks();
        QCOMPARE(marks->sectionCount(), 3);
        QCOMPARE(window.dsaMarks()->sectionCount(), 2);
        QCOMPARE(marks->markedCount(), 0);
        // Marking through the controls the reviewer uses.
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("mark_dpia_risks"));
        QVERIFY(combo);
        QSignalSpy changed(marks, &ReviewSectionMarks::marksChanged);
        combo->setCurrentIndex(combo->findData(QStringLiteral("to_correct")));
        auto *comment = window.findChild<QLineEdit *>(QStringLiteral("comment_dpia_risks"));
        QTest::keyClicks(comment, QStringLiteral("Name the onward sharing risk"));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(marks->markedCount(), 1);
        const QList<SectionMark> list = marks->marks();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.front().document, QStringLiteral("dpia"));
        QCOMPARE(list.front().section, QStringLiteral("risks"));
        QCOMPARE(list.front().mark, QStringLiteral("to_correct"));
        QCOMPARE(list.front().comment, QStringLiteral("Name the onward sharing risk"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("marksLabel"))->text().contains(QStringLiteral("1")));

        // Risk: records per class-size bucket, before and after.
        ReviewRiskPage *risk = window.riskPage();
        QCOMPARE(risk->afterBuckets()[3], quint64(12));  // two classes of 6 (5–9)
        QCOMPARE(risk->afterBuckets()[6], quint64(100)); // one class of 100 (50+)
        QCOMPARE(risk->beforeBuckets()[0], quint64(50));
        QCOMPARE(risk->beforeBuckets()[1], quint64(20));
        QVERIFY(!risk->wordsText().isEmpty());
    }

    void approveSignsADecisionFile()
    {
        QTemporaryDir out;
        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(m_package);
        QVERIFY(opened.wait(10000));
        QVERIFY(window.dpiaMarks()->setMark(QStringLiteral("context"), QStringLiteral("acceptable")));
        QVERIFY(window.dsaMarks()->setMark(QStringLiteral("purpose"), QStringLiteral("improvable"),
                                           QStringLiteral("Name the study")));
        QSignalSpy written(&window, &ReviewWindow::decisionWritten);

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<DecisionDialog>(QStringLiteral("decisionDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->approves());
        QCOMPARE(dialog->folder(), QFileInfo(m_package).absolutePath());
        dialog->setKeyFile(m_key);
        dialog->setFolder(out.path());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionComment")),
                         QStringLiteral("Fine by the committee"));
        dialog->findChild<QPushButton *>(QStringLiteral("decisionOkButton"))->click();

        auto *passphrase = waitForDialog<PassphraseDialog>(QStringLiteral("keyPassphraseDialog"));
        QVERIFY(passphrase);
        passphrase->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
        passphrase->accept();

        QVERIFY(written.wait(20000));
        const QString path = written.front().front().toString();
        QCOMPARE(QFileInfo(path).fileName(),
                 ReviewWindow::decisionFileName(kRelease, QStringLiteral("ethics"), m_fingerprint));
        QVERIFY(QFileInfo(path).fileName().endsWith(QStringLiteral("-ethics-") + m_fingerprint
                                                    + QStringLiteral(".decision.zip")));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(out.path()).absoluteFilePath());
        QCOMPARE(window.lastDecisionFile(), path);

        Result<SignedDecision> decision = SignedDecision::readFile(path);
        QVERIFY2(decision, decision ? "" : qPrintable(decision.error().message));
        QVERIFY(decision->verify());
        QVERIFY(decision->decision.approve);
        QCOMPARE(decision->decision.release, kRelease);
        QCOMPARE(decision->decision.contentHash, ContentManifest::hashOf(content()));
        QCOMPARE(decision->decision.comment, QStringLiteral("Fine by the committee"));
        QCOMPARE(decision->decision.signerRole, QStringLiteral("ethics"));
        QCOMPARE(decision->decision.signerFingerprint, m_fingerprint);
        QCOMPARE(decision->decision.sections.size(), 2);
        QCOMPARE(decision->decision.sections.front().section, QStringLiteral("context"));
        QCOMPARE(decision->decision.sections.back().comment, QStringLiteral("Name the study"));
    }

    void rejectNeedsAComment()
    {
        QTemporaryDir out;
        DecisionDialog dialog(false, kRelease, 0, 5);
        dialog.setKeyFile(m_key);
        dialog.setFolder(out.path());
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("decisionComment")),
                         QStringLiteral("The purpose is too broad"));
        dialog.setKeyFile(m_key + QStringLiteral(".pub"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // the public key is not a signing key
        dialog.setKeyFile(m_key);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.comment(), QStringLiteral("The purpose is too broad"));
    }

    void wrongPassphraseSignsNothing()
    {
        QTemporaryDir out;
        ReviewWindow window;
        window.show();
        QSignalSpy opened(&window, &ReviewWindow::packageOpened);
        window.openPackage(m_package);
        QVERIFY(opened.wait(10000));
        QSignalSpy failed(&window, &ReviewWindow::decisionFailed);
        window.requestDecision(false);
        auto *dialog = waitForDialog<DecisionDialog>(QStringLiteral("decisionDialog"));
        QVERIFY(dialog);
        dialog->setKeyFile(m_key);
        dialog->setFolder(out.path());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionComment"))->setPlainText(QStringLiteral("No"));
        dialog->accept();
        auto *passphrase = waitForDialog<PassphraseDialog>(QStringLiteral("keyPassphraseDialog"));
        QVERIFY(passphrase);
        passphrase->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("wrong"));
        uitest::MessageBoxCatcher catcher;
        passphrase->accept();
        QVERIFY(failed.wait(20000));
        QTRY_VERIFY(catcher.seen());
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(window.lastDecisionFile().isEmpty());
    }

    void changedPackageIsRefused()
    {
        QTemporaryDir work;
        const QString tampered = work.filePath(QStringLiteral("tampered.review.zip"));
        if (!tamper(m_package, QStringLiteral("data/inpatient.csv"), maskedCsv(1199), tampered, work.path()))
            QSKIP("the zip and unzip tools are needed to change a package");
        ReviewWindow window;
        window.show();
        QSignalSpy refused(&window, &ReviewWindow::packageRefused);
        window.openPackage(tampered);
        QVERIFY(refused.wait(10000));
        QCOMPARE(window.state(), ReviewWindow::Refused);
        QVERIFY(window.refusalText().contains(QStringLiteral("data/inpatient.csv")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        QVERIFY(window.package() == nullptr);
        window.requestDecision(true);
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void notAReviewPackageIsRefused()
    {
        QTemporaryDir work;
        const QString exportZip = work.filePath(QStringLiteral("export.zip"));
        QVERIFY(writeExportPackage(exportZip));
        ReviewWindow window;
        QSignalSpy refused(&window, &ReviewWindow::packageRefused);
        window.openPackage(exportZip);
        QVERIFY(refused.wait(10000));
        QCOMPARE(window.state(), ReviewWindow::Refused);
    }

    void fileKinds()
    {
        QTemporaryDir work;
        QCOMPARE(packageFileKind(m_package), PackageFileKind::ReviewPackage);
        const QString renamed = work.filePath(QStringLiteral("renamed.zip"));
        QVERIFY(QFile::copy(m_package, renamed));
        QCOMPARE(packageFileKind(renamed), PackageFileKind::ReviewPackage);
        const QString exportZip = work.filePath(QStringLiteral("export.zip"));
        QVERIFY(writeExportPackage(exportZip));
        QCOMPARE(packageFileKind(exportZip), PackageFileKind::ExportPackage);
        QCOMPARE(packageFileKind(work.filePath(QStringLiteral("x.zip.age"))), PackageFileKind::ExportPackage);
        QCOMPARE(packageFileKind(work.filePath(QStringLiteral("demo.steward"))), PackageFileKind::Project);
        const QString noSuffix = work.filePath(QStringLiteral("package"));
        QVERIFY(QFile::copy(exportZip, noSuffix));
        QCOMPARE(packageFileKind(noSuffix), PackageFileKind::ExportPackage);
        // A spreadsheet is a zip too, but no bag.
        const QString csv = work.filePath(QStringLiteral("data.csv"));
        QVERIFY(uitest::writeFile(csv, "a,b\n1,2\n"));
        QCOMPARE(packageFileKind(csv), PackageFileKind::Other);
    }

private:
    QTemporaryDir m_dir;
    QString m_package;
    QString m_key;
    QString m_fingerprint;
};

QTEST_MAIN(TestReviewWindow)
#include "test_reviewwindow.moc"
