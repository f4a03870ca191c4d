#include "ui/release/DocumentEditor.h"
#include "ui/release/DocumentExportRunner.h"
#include "ui/release/DocumentHistoryDialog.h"
#include "ui/release/RiskMapChart.h"
#include "ui/widgets/InlineMessage.h"
#include "tests/support/TempProject.h"
#include "tests/ui/UiTestSupport.h"
#include "core/documents/DocumentPlaceholders.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/import/Importer.h"
#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::DocumentEditor;
using steward::ui::DocumentExportRunner;
using steward::ui::DocumentHistoryDialog;
using steward::ui::InlineMessage;
using steward::ui::RiskMapChart;

// The Agreement and Assessment editors on a real project: a clause typed shows in the rendered
// preview after the pause, undo brings the standard text back, Ctrl+S makes versions, a change in
// the project marks the document out of date until Refresh (which keeps what people wrote), the
// missing list follows the fields, old versions come back, and exports run off the UI thread.
class TestDocumentEditor final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editedClauseShowsInPreview();
    void undoBringsBackStandardText();
    void saveMakesVersions();
    void outOfDateUntilRefreshKeepsEditedClause();
    void filledFieldShrinksMissingList();
    void missingItemJumpsToField();
    void restoresOldVersion();
    void exportsPdfOffTheUiThread();
    void cancelledExportLeavesNoFile();
    void malformedImportShowsLineAndColumn();
    void assessmentShowsRiskMap();
    void riskRatingAndDescriptionAreEdits();

private:
    static DocumentFacts facts(const QString &feeRule);
    std::unique_ptr<DocumentEditor> makeEditor(DocumentKind kind);
    QPlainTextEdit *clause(DocumentEditor *editor, const QString &key);
    QString standardText(DocumentKind kind, const QString &key) const;
    void typeAtEnd(QPlainTextEdit *edit, const QString &text);
    QList<DocumentVersion> versions(DocumentKind kind);

    std::unique_ptr<testsupport::TempProject> m_project;
    Release m_release;
};

void TestDocumentEditor::init()
{
    uitest::isolateSettings();
    m_project = std::make_unique<testsupport::TempProject>();
    const QString csv = m_project->filePath(u"inpatient.csv"_s);
    QVERIFY(uitest::writeFile(csv, uitest::patientCsv(40).toUtf8()));
    ImportOptions options;
    options.datasetName = u"inpatient"_s;
    Result<DatasetInfo> imported = importFile(m_project->store(), csv, options);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().toString()));

    Release draft;
    draft.name = u"cardio-2025"_s;
    draft.datasets = {u"inpatient"_s};
    draft.providerOrganisation = u"City Hospital"_s;
    draft.recipientOrganisation = u"Acme Research Institute"_s;
    draft.purpose = u"a study of readmissions"_s;
    draft.language = u"en"_s;
    Result<Release> created = ReleaseService(m_project->store()).create(draft);
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().toString()));
    m_release = *created;
}

void TestDocumentEditor::cleanup()
{
    m_project.reset();
}

DocumentFacts TestDocumentEditor::facts(const QString &feeRule)
{
    DocumentFacts facts;
    FactDataset dataset;
    dataset.name = u"inpatient"_s;
    dataset.version = 1;
    dataset.records = 40;
    dataset.subjects = 40;
    dataset.subjectField = u"id"_s;
    dataset.grade = 4;
    dataset.quasi = {u"admitted"_s};
    dataset.before.k = 5;
    dataset.before.records = 40;
    dataset.before.prosecutorMax = 1.0;
    dataset.after = dataset.before;
    dataset.after.prosecutorMax = 0.1;
    facts.datasets = {dataset};
    const auto field = [](const QString &name, const QString &role, int grade, const QString &rule) {
        FactField f;
        f.dataset = u"inpatient"_s;
        f.field = name;
        f.type = u"text"_s;
        f.role = role;
        f.category = u"personal_attribute"_s;
        f.grade = grade;
        f.rule = rule;
        f.released = rule != u"drop"_s;
        return f;
    };
    facts.fields = {field(u"id"_s, u"direct_identifier"_s, 4, u"pseudonym"_s),
                    field(u"name"_s, u"direct_identifier"_s, 4, u"drop"_s),
                    field(u"admitted"_s, u"quasi_identifier"_s, 3, u"date:month"_s),
                    field(u"fee"_s, u"other"_s, 2, feeRule)};
    facts.releaseGrade = 3;
    facts.measures = {u"pseudonymisation"_s, u"generalisation"_s, u"minimisation"_s,
                      u"audit_trail"_s, u"encryption"_s};
    facts.reidentificationBefore = 4;
    facts.reidentificationAfter = 2;
    return facts;
}

std::unique_ptr<DocumentEditor> TestDocumentEditor::makeEditor(DocumentKind kind)
{
    auto editor = std::make_unique<DocumentEditor>(kind);
    editor->resize(1280, 800);
    editor->setProject(&m_project->store());
    editor->setRelease(m_release, facts(u"keep"_s));
    editor->show();
    QApplication::setActiveWindow(editor.get());
    return editor;
}

QPlainTextEdit *TestDocumentEditor::clause(DocumentEditor *editor, const QString &key)
{
    return editor->findChild<QPlainTextEdit *>(u"clause:"_s + key);
}

QString TestDocumentEditor::standardText(DocumentKind kind, const QString &key) const
{
    Result<DocumentTemplate> tmpl = DocumentTemplate::load(kind, u"en"_s);
    if (!tmpl || !tmpl->item(key))
        return {};
    const DocumentContent content = DocumentContent::initial(*tmpl);
    return DocumentPlaceholders::clauseText(
        *tmpl->item(key), content,
        DocumentPlaceholders::values(*tmpl, m_release, facts(u"keep"_s), content));
}

void TestDocumentEditor::typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

QList<DocumentVersion> TestDocumentEditor::versions(DocumentKind kind)
{
    Result<QList<DocumentVersion>> list =
        DocumentService(m_project->store()).versions(m_release, kind);
    return list ? *list : QList<DocumentVersion>();
}

void TestDocumentEditor::editedClauseShowsInPreview()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    auto *preview = editor->findChild<QTextBrowser *>(u"documentPreview"_s);
    QPlainTextEdit *purpose = clause(editor.get(), u"purpose.statement"_s);
    QVERIFY(preview);
    QVERIFY(purpose);
    // The clause shows the standard text filled from the release.
    QVERIFY(purpose->toPlainText().contains(u"a study of readmissions"_s));
    QCOMPARE(purpose->toPlainText(), standardText(DocumentKind::Agreement, u"purpose.statement"_s));
    QTRY_VERIFY(preview->toPlainText().contains(u"Acme Research Institute"_s));

    typeAtEnd(purpose, u" Only aggregate tables are published."_s);
    // Not at each keystroke: after the pause.
    QVERIFY(!preview->toPlainText().contains(u"Only aggregate tables are published."_s));
    QTRY_VERIFY(preview->toPlainText().contains(u"Only aggregate tables are published."_s));
    QVERIFY(editor->findChild<QLabel *>(u"edited:purpose.statement"_s)->isVisible());
    QVERIFY(editor->hasUnsavedChanges());
}

void TestDocumentEditor::undoBringsBackStandardText()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    auto *preview = editor->findChild<QTextBrowser *>(u"documentPreview"_s);
    QPlainTextEdit *purpose = clause(editor.get(), u"purpose.statement"_s);
    QVERIFY(purpose);
    const QString standard = purpose->toPlainText();
    typeAtEnd(purpose, u" No linkage."_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"No linkage."_s));

    // One Ctrl+Z takes back the whole edit of the clause.
    QTest::keyClick(purpose, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(purpose->toPlainText(), standard);
    QVERIFY(!editor->findChild<QLabel *>(u"edited:purpose.statement"_s)->isVisible());
    QVERIFY(!editor->hasUnsavedChanges());
    QTRY_VERIFY(!preview->toPlainText().contains(u"No linkage."_s));

    QTest::keyClick(purpose, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(purpose->toPlainText(), standard + u" No linkage."_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"No linkage."_s));

    // Restore standard text is an edit too, undone the same way.
    auto *restore = editor->findChild<QToolButton *>(u"restore:purpose.statement"_s);
    QVERIFY(restore && restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(purpose->toPlainText(), standard);
    editor->undoStack()->undo();
    QCOMPARE(purpose->toPlainText(), standard + u" No linkage."_s);
}

void TestDocumentEditor::saveMakesVersions()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    QSignalSpy saved(editor.get(), &DocumentEditor::documentSaved);
    QPlainTextEdit *purpose = clause(editor.get(), u"purpose.statement"_s);
    QVERIFY(purpose);
    typeAtEnd(purpose, u" First."_s);
    QTest::keyClick(purpose, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(versions(DocumentKind::Agreement).size(), 1);
    QVERIFY(!editor->hasUnsavedChanges());

    typeAtEnd(clause(editor.get(), u"purpose.statement"_s), u" Second."_s);
    QVERIFY(editor->hasUnsavedChanges());
    QTest::keyClick(clause(editor.get(), u"purpose.statement"_s), Qt::Key_S, Qt::ControlModifier);
    const QList<DocumentVersion> list = versions(DocumentKind::Agreement);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().version, 2);
    QVERIFY(list.first().content.texts.value(u"purpose.statement"_s).endsWith(u"First. Second."_s));
    QVERIFY(editor->findChild<QLabel *>(u"documentStatus"_s)->text().contains(u"2"_s));
}

void TestDocumentEditor::outOfDateUntilRefreshKeepsEditedClause()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    QPlainTextEdit *purpose = clause(editor.get(), u"purpose.statement"_s);
    QVERIFY(purpose);
    typeAtEnd(purpose, u" Kept."_s);
    QVERIFY(editor->save());
    QVERIFY(!editor->isOutOfDate());

    // A rule changed in the project: the document quotes older facts.
    QSignalSpy outOfDate(editor.get(), &DocumentEditor::outOfDateChanged);
    editor->setRelease(m_release, facts(u"topcode:1000"_s));
    QVERIFY(editor->isOutOfDate());
    QCOMPARE(outOfDate.count(), 1);
    auto *banner = editor->findChild<InlineMessage *>(u"outOfDateBanner"_s);
    auto *refresh = editor->findChild<QPushButton *>(u"refreshButton"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"fee"_s));
    QVERIFY(refresh->isVisible());

    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!editor->isOutOfDate());
    QVERIFY(!banner->isVisible());
    QVERIFY(!refresh->isVisible());
    QVERIFY(clause(editor.get(), u"purpose.statement"_s)->toPlainText().endsWith(u" Kept."_s));
    const QList<DocumentVersion> list = versions(DocumentKind::Agreement);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().action, u"refresh"_s);
    QVERIFY(list.first().content.texts.value(u"purpose.statement"_s).endsWith(u" Kept."_s));
}

void TestDocumentEditor::filledFieldShrinksMissingList()
{
    auto editor = makeEditor(DocumentKind::Assessment);
    auto *missing = editor->findChild<QListWidget *>(u"missingList"_s);
    QVERIFY(missing);
    QList<QListWidgetItem *> controller;
    for (int i = 0; i < missing->count(); ++i) {
        if (missing->item(i)->data(Qt::UserRole).toString() == u"context.controller"_s)
            controller.append(missing->item(i));
    }
    QCOMPARE(controller.size(), 1);
    const int before = missing->count();
    const Completeness start = editor->completeness();
    QSignalSpy changed(editor.get(), &DocumentEditor::completenessChanged);

    auto *field = editor->findChild<QPlainTextEdit *>(u"field:context.controller"_s);
    QVERIFY(field);
    typeAtEnd(field, u"City Hospital, data office"_s);
    QCOMPARE(missing->count(), before - 1);
    QVERIFY(changed.count() > 0);
    QCOMPARE(editor->completeness().filled, start.filled + 1);
    for (int i = 0; i < missing->count(); ++i)
        QVERIFY(missing->item(i)->data(Qt::UserRole).toString() != u"context.controller"_s);
}

void TestDocumentEditor::missingItemJumpsToField()
{
    auto editor = makeEditor(DocumentKind::Assessment);
    auto *missing = editor->findChild<QListWidget *>(u"missingList"_s);
    QListWidgetItem *dpo = nullptr;
    for (int i = 0; i < missing->count(); ++i) {
        if (missing->item(i)->data(Qt::UserRole).toString() == u"context.dpo"_s)
            dpo = missing->item(i);
    }
    QVERIFY(dpo);
    missing->scrollToItem(dpo);
    QTest::mouseClick(missing->viewport(), Qt::LeftButton, {},
                      missing->visualItemRect(dpo).center());
    auto *field = editor->findChild<QLineEdit *>(u"field:context.dpo"_s);
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
}

void TestDocumentEditor::restoresOldVersion()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    QPlainTextEdit *purpose = clause(editor.get(), u"purpose.statement"_s);
    const QString standard = purpose->toPlainText();
    typeAtEnd(purpose, u" Version one."_s);
    QVERIFY(editor->save());
    typeAtEnd(clause(editor.get(), u"purpose.statement"_s), u" Version two."_s);
    QVERIFY(editor->save());

    editor->showHistory();
    auto *dialog = editor->findChild<DocumentHistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->versionList()->topLevelItemCount(), 2);
    // The latest version cannot be restored onto itself; the first one can, and shows as it was.
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->selectVersion(1);
    QVERIFY(dialog->preview()->toPlainText().contains(u"Version one."_s));
    QVERIFY(!dialog->preview()->toPlainText().contains(u"Version two."_s));
    QVERIFY(dialog->restoreButton()->isEnabled());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);

    const QList<DocumentVersion> list = versions(DocumentKind::Agreement);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().action, u"restore"_s);
    QCOMPARE(list.first().restoredFrom, 1);
    QCOMPARE(clause(editor.get(), u"purpose.statement"_s)->toPlainText(),
             standard + u" Version one."_s);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestDocumentEditor::exportsPdfOffTheUiThread()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    auto *runner = editor->findChild<DocumentExportRunner *>();
    QVERIFY(runner);
    QSignalSpy succeeded(runner, &DocumentExportRunner::succeeded);
    QSignalSpy finished(runner, &DocumentExportRunner::finished);
    const QString path = m_project->filePath(u"agreement.pdf"_s);
    QVERIFY(editor->startExport(DocumentFormat::Pdf, path, u"en"_s));
    QVERIFY(runner->isRunning());
    // Only one export at a time.
    QVERIFY(!editor->startExport(DocumentFormat::Pdf, path, u"en"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(succeeded.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    const auto result = succeeded.first().first().value<DocumentExportResult>();
    QVERIFY(result.pages > 1);
    auto *message = editor->findChild<InlineMessage *>(u"documentMessage"_s);
    QVERIFY(message->text().contains(u"agreement.pdf"_s));
}

void TestDocumentEditor::cancelledExportLeavesNoFile()
{
    auto editor = makeEditor(DocumentKind::Assessment);
    auto *runner = editor->findChild<DocumentExportRunner *>();
    QSignalSpy cancelled(runner, &DocumentExportRunner::cancelled);
    QSignalSpy finished(runner, &DocumentExportRunner::finished);
    const QString path = m_project->filePath(u"assessment.pdf"_s);
    QVERIFY(editor->startExport(DocumentFormat::Pdf, path, u"zh_CN"_s));
    auto *cancel = editor->findChild<QPushButton *>(u"exportCancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!cancel->isVisible());
}

void TestDocumentEditor::malformedImportShowsLineAndColumn()
{
    auto editor = makeEditor(DocumentKind::Agreement);
    const QString path = m_project->filePath(u"broken.json"_s);
    QVERIFY(uitest::writeFile(path, QByteArray("{\n  \"format\": \"steward-document\",\n  oops\n}\n")));
    QVERIFY(!editor->importJsonFile(path));
    auto *message = editor->findChild<InlineMessage *>(u"documentMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"broken.json"_s), qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"line 3"_s), qPrintable(message->text()));
    QVERIFY(versions(DocumentKind::Agreement).isEmpty());
}

void TestDocumentEditor::assessmentShowsRiskMap()
{
    auto editor = makeEditor(DocumentKind::Assessment);
    auto *map = editor->findChild<RiskMapChart *>(u"riskMapChart"_s);
    QVERIFY(map);
    const QList<ui::RiskMapPoint> risks = map->risks();
    QVERIFY(risks.size() >= 6);
    // The re-identification risk's likelihoods come from the measured risk.
    bool found = false;
    for (const ui::RiskMapPoint &risk : risks) {
        if (risk.likelihoodBefore == 4 && risk.likelihoodAfter == 2)
            found = true;
    }
    QVERIFY(found);
    QVERIFY(map->beforePointCount() > 0);
    QVERIFY(map->afterPointCount() > 0);
    QVERIFY(RiskMapChart::cellColor(1, 1) != RiskMapChart::cellColor(4, 4));
}

void TestDocumentEditor::riskRatingAndDescriptionAreEdits()
{
    auto editor = makeEditor(DocumentKind::Assessment);
    auto *table = editor->findChild<QTableWidget *>(u"riskTable"_s);
    QVERIFY(table);
    QVERIFY(table->rowCount() >= 6);
    // Severity after of the first risk, chosen in its combo.
    auto *severityAfter = qobject_cast<QComboBox *>(table->cellWidget(0, 3));
    QVERIFY(severityAfter);
    const int before = severityAfter->currentIndex();
    const int chosen = before == 4 ? 1 : 4;
    severityAfter->setCurrentIndex(chosen);
    QVERIFY(editor->hasUnsavedChanges());
    auto *map = editor->findChild<RiskMapChart *>(u"riskMapChart"_s);
    QCOMPARE(map->risks().first().severityAfter, chosen);
    editor->undoStack()->undo();
    QCOMPARE(severityAfter->currentIndex(), before);

    // The derived likelihoods cannot be typed.
    int derivedRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *likelihood = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
        if (!likelihood->isEnabled())
            derivedRow = row;
    }
    QVERIFY(derivedRow >= 0);
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(derivedRow, 2))->currentIndex(), 4);
    QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(derivedRow, 4))->currentIndex(), 2);

    // The selected risk's description starts from the template's wording.
    table->setCurrentCell(1, 0);
    auto *threats = editor->findChild<QPlainTextEdit *>(u"risk:threats"_s);
    QVERIFY(threats);
    QVERIFY(!threats->toPlainText().isEmpty());
    typeAtEnd(threats, u" Stolen laptops."_s);
    auto *preview = editor->findChild<QTextBrowser *>(u"documentPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Stolen laptops."_s));
    QVERIFY(editor->save());
    const QList<DocumentVersion> list = versions(DocumentKind::Assessment);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().content.risks.at(1).threats.endsWith(u" Stolen laptops."_s));
}

QTEST_MAIN(TestDocumentEditor)
#include "test_documenteditor.moc"
