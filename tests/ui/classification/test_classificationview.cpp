#include "ui/classification/ClassificationFilterModel.h"
#include "ui/classification/ClassificationModel.h"
#include "ui/classification/ClassificationOverviewChart.h"
#include "ui/classification/ClassificationRunner.h"
#include "ui/classification/ClassificationTemplateActions.h"
#include "ui/classification/ClassificationView.h"
#include "ui/classification/DataDictionaryExport.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "ui/classification/FieldProfilePanel.h"
#include "ui/MainWindow.h"
#include "ui/classification/OverrideDialog.h"
#include "ui/ProjectNavigator.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/common/Translations.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::ClassificationModel;
using steward::ui::ClassificationRunner;
using steward::ui::ClassificationView;
using steward::ui::MainWindow;
using steward::ui::OverrideDialog;

// The classification view driven like a steward would: a small imported sample is profiled in
// the background, fields are confirmed with Space and Ctrl+Return, overridden through the
// dialog with a reason, undone and redone, filtered to what needs a decision, carried over to
// the next extract and exported as a data dictionary; plus the hook in the main window
// (Ctrl+K, Edit → Undo). Set STEWARD_SCREENSHOT_DIR to also write classification.png.
class TestClassificationView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void profilesInBackground();
    void cancelLeavesClassificationUnchanged();
    void spaceConfirmsAndMovesToNextOpenField();
    void keyboardAloneDecidesEveryField();
    void overrideNeedsReasonInDialog();
    void undoRedoRestoresDecisions();
    void filterShowsOnlyOpenFields();
    void filterSaysWhenEveryFieldIsDecided();
    void anotherDatasetStartsAtTheFieldColumn();
    void topValueCountsGroupDigits();
    void evidenceFollowsTheInterfaceLanguage();
    void sidePanelShowsProfileAndHistogram();
    void applyFromDatasetLeavesOnlyChangedOpen();
    void templateRoundTrip();
    void exportDictionary_data();
    void exportDictionary();
    void toolBarKeepsReuseActionsInPlace();
    void fitsA1280PixelWindow();
    void mainWindowOpensClassificationAndUndoes();
    void screenshot();

private:
    DatasetInfo importSample(const QString &name, qint64 rows, quint64 seed);
    bool profile(ClassificationView &view);
    void showView(ClassificationView &view, const DatasetInfo &dataset);
    static QStringList openFields(const ClassificationView &view);
    static int rowOfCurrent(const ClassificationView &view);
    QList<AuditEntry> audit(const QString &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QList<DatasetInfo> m_datasets;
};

void TestClassificationView::initTestCase()
{
    uitest::isolateSettings();
}

void TestClassificationView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = ProjectStore::create(m_dir->filePath(u"classify.steward"_s), u"Classify"_s);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(*store);
    m_datasets.clear();
}

void TestClassificationView::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

DatasetInfo TestClassificationView::importSample(const QString &name, qint64 rows, quint64 seed)
{
    const QString csv = m_dir->filePath(name + u".csv"_s);
    SampleOptions options;
    options.rows = rows;
    options.seed = seed;
    const Status written = writeSample(csv, options);
    if (!written) {
        qWarning("%s", qPrintable(written.error().toString()));
        return {};
    }
    ImportOptions import;
    import.datasetName = name;
    Result<DatasetInfo> imported = importFile(*m_store, csv, import);
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().toString()));
        return {};
    }
    m_datasets << *imported;
    return *imported;
}

void TestClassificationView::showView(ClassificationView &view, const DatasetInfo &dataset)
{
    view.resize(1300, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setProject(m_store.get());
    view.setDatasets(m_datasets);
    view.setActive(true);
    view.showDataset(dataset);
    uitest::attachModelTesters(&view);
    view.tableView()->setFocus();
}

bool TestClassificationView::profile(ClassificationView &view)
{
    QSignalSpy finished(view.runner(), &ClassificationRunner::finished);
    if (!view.isProfiling() && !view.startProfiling(false))
        return view.classification().analyzed;
    if (!finished.wait(60000) && finished.isEmpty())
        return false;
    return view.classification().analyzed;
}

QStringList TestClassificationView::openFields(const ClassificationView &view)
{
    return view.classification().needsDecision();
}

int TestClassificationView::rowOfCurrent(const ClassificationView &view)
{
    return view.model()->rowOf(view.currentField());
}

QList<AuditEntry> TestClassificationView::audit(const QString &action) const
{
    QList<AuditEntry> matching;
    Result<QList<AuditEntry>> entries = m_store->auditEntries();
    if (!entries)
        return matching;
    for (const AuditEntry &entry : *entries) {
        if (entry.action == action)
            matching << entry;
    }
    return matching;
}

void TestClassificationView::profilesInBackground()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 60, 1);
    QVERIFY(dataset.id != 0);
    ClassificationView view;
    QSignalSpy started(view.runner(), &ClassificationRunner::started);
    QSignalSpy finished(view.runner(), &ClassificationRunner::finished);
    showView(view, dataset);
    // Never profiled: profiling starts on its own, off the UI thread, with a progress row.
    QCOMPARE(started.count(), 1);
    QVERIFY(view.isProfiling());
    auto *progress = view.findChild<QWidget *>(u"profilingProgress"_s);
    QVERIFY(progress && progress->isVisible());
    QVERIFY(!view.profileAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!progress->isVisible());

    QVERIFY(view.classification().analyzed);
    QCOMPARE(view.model()->rowCount(), 18);
    QCOMPARE(view.model()->needsDecisionCount(), 18);
    for (int row = 0; row < 18; ++row) {
        const FieldClassification *f = view.model()->field(row);
        QVERIFY(f->hasProfile && f->hasSuggestion);
        QVERIFY2(!f->suggestion.evidence.isEmpty(), qPrintable(f->name));
    }
    auto *counts = view.findChild<QLabel *>(u"needsDecisionLabel"_s);
    QCOMPARE(counts->text(), u"18 of 18 fields need a decision"_s);
    QCOMPARE(view.findChild<QLabel *>(u"datasetGradeChip"_s)->text(), u"–"_s); // none confirmed
    QVERIFY(!audit(u"classification.analyze"_s).isEmpty());
    // The overview counts every field once.
    int charted = 0;
    for (int grade = 1; grade <= 5; ++grade)
        for (FieldRole role : {FieldRole::Direct, FieldRole::Quasi, FieldRole::Sensitive, FieldRole::Other})
            charted += view.overviewChart()->count(grade, role);
    QCOMPARE(charted, 18);

    // Profile & Suggest from the tool bar runs it again.
    auto *toolBar = view.findChild<QToolBar *>(u"classificationToolBar"_s);
    QWidget *button = toolBar->widgetForAction(view.profileAction());
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(view.model()->rowCount(), 18);
}

void TestClassificationView::cancelLeavesClassificationUnchanged()
{
    // Big enough that profiling is still running when Cancel is pressed.
    const DatasetInfo dataset = importSample(u"big"_s, 20000, 3);
    QVERIFY(dataset.id != 0);
    ClassificationView view;
    view.setAutoProfile(false);
    showView(view, dataset);
    QVERIFY(!view.isProfiling());
    QVERIFY(!view.classification().analyzed);
    QCOMPARE(view.model()->rowCount(), 18);
    QCOMPARE(view.model()->index(0, ClassificationModel::DecisionColumn).data().toString(),
             u"Not profiled"_s);

    QSignalSpy cancelled(view.runner(), &ClassificationRunner::cancelled);
    QSignalSpy succeeded(view.runner(), &ClassificationRunner::succeeded);
    QSignalSpy finished(view.runner(), &ClassificationRunner::finished);
    QTest::keyClick(view.tableView(), Qt::Key_F5);
    QVERIFY(view.isProfiling());
    auto *cancel = view.findChild<QPushButton *>(u"cancelProfilingButton"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(!view.classification().analyzed);
    QVERIFY2(view.messageText().contains(u"cancelled"_s), qPrintable(view.messageText()));
    QVERIFY(view.profileAction()->isEnabled());
}

void TestClassificationView::spaceConfirmsAndMovesToNextOpenField()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 5);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    QTableView *table = view.tableView();
    table->setFocus();
    QCOMPARE(rowOfCurrent(view), 0);
    QCOMPARE(view.findChild<ui::FieldProfilePanel *>()->fieldName(), view.model()->field(0)->name);

    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!view.model()->field(0)->needsDecision());
    QCOMPARE(view.model()->index(0, ClassificationModel::DecisionColumn).data().toString(),
             u"Confirmed"_s);
    QCOMPARE(rowOfCurrent(view), 1);

    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!view.model()->field(1)->needsDecision());
    QCOMPARE(rowOfCurrent(view), 2);

    // Arrows move; the next open field after a confirmation is the one below.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(rowOfCurrent(view), 4);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!view.model()->field(4)->needsDecision());
    QVERIFY(view.model()->field(2)->needsDecision());
    QCOMPARE(rowOfCurrent(view), 5);

    // Shift+Up selects two fields: both confirmed at once.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(view.selectedFields().size(), 2);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!view.model()->field(5)->needsDecision());
    QVERIFY(!view.model()->field(6)->needsDecision());
    QCOMPARE(openFields(view).size(), 18 - 5);
    QCOMPARE(view.findChild<QLabel *>(u"needsDecisionLabel"_s)->text(),
             u"13 of 18 fields need a decision"_s);
    // Dataset grade: the highest confirmed grade.
    int highest = 0;
    for (int row : {0, 1, 4, 5, 6})
        highest = std::max(highest, view.model()->field(row)->decision.grade);
    QCOMPARE(view.classification().grade().grade, highest);
    QCOMPARE(view.findChild<QLabel *>(u"datasetGradeChip"_s)->text(), QLocale().toString(highest));

    // Every decision is in the audit trail; each is one step of undo.
    QCOMPARE(audit(u"classification.decide"_s).size(), 4);
    QCOMPARE(view.undoStack()->count(), 4);

    // F8 jumps to the next open field (row 2 was skipped).
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_F8);
    QCOMPARE(rowOfCurrent(view), 2);
}

void TestClassificationView::keyboardAloneDecidesEveryField()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 7);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    view.tableView()->setFocus();
    int presses = 0;
    while (!openFields(view).isEmpty() && presses < 40) {
        QTest::keyClick(view.tableView(), Qt::Key_Space);
        ++presses;
    }
    QCOMPARE(presses, 18); // one key per field, no mouse
    QVERIFY(openFields(view).isEmpty());
    QCOMPARE(view.findChild<QLabel *>(u"needsDecisionLabel"_s)->text(), u"All 18 fields are decided"_s);
    const DatasetGrade grade = view.classification().grade();
    QCOMPARE(grade.confirmedCount, 18);
    QVERIFY(grade.grade >= 4); // names, ID numbers and phones are in the sample
    QCOMPARE(view.findChild<QLabel *>(u"datasetGradeChip"_s)->text(), QLocale().toString(grade.grade));
    // A further Space changes nothing (an accepted override is never reverted by accident).
    QTest::keyClick(view.tableView(), Qt::Key_Space);
    QCOMPARE(view.undoStack()->count(), 18);
}

void TestClassificationView::overrideNeedsReasonInDialog()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 9);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    const int row = view.model()->rowOf(u"科室"_s); // department
    QVERIFY(row >= 0);
    QVERIFY(view.selectField(u"科室"_s));
    view.tableView()->setFocus();

    QTest::keyClick(view.tableView(), Qt::Key_E, Qt::ControlModifier);
    QPointer<OverrideDialog> dialog;
    QTRY_VERIFY((dialog = view.findChild<OverrideDialog *>(u"overrideDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->fieldNames(), QStringList{u"科室"_s});
    auto *role = dialog->findChild<QComboBox *>(u"overrideRoleCombo"_s);
    auto *grade = dialog->findChild<QComboBox *>(u"overrideGradeCombo"_s);
    auto *reason = dialog->findChild<QLineEdit *>(u"overrideReasonEdit"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"overrideOkButton"_s);
    QVERIFY(role && grade && reason && ok);
    auto *hint = dialog->findChild<QLabel *>(u"overrideReasonHint"_s);
    QVERIFY(hint);
    // Pre-filled with the suggestion: nothing to explain yet, and the box and hint both say so.
    QVERIFY(ok->isEnabled());
    QVERIFY2(reason->placeholderText().contains(u"optional"_s), qPrintable(reason->placeholderText()));
    QVERIFY(!reason->placeholderText().contains(u"required"_s));
    QVERIFY(hint->text().contains(u"optional"_s));
    // Choose quasi-identifier, grade 3 with the keyboard: now a reason is required.
    role->setFocus();
    const int quasi = role->findData(int(FieldRole::Quasi));
    while (role->currentIndex() != quasi) {
        const int before = role->currentIndex();
        QTest::keyClick(role, before < quasi ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(role->currentIndex() != before);
    }
    grade->setFocus();
    QTest::keyClick(grade, Qt::Key_3);
    QCOMPARE(grade->currentData().toInt(), 3);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(reason->placeholderText().contains(u"required"_s), qPrintable(reason->placeholderText()));
    QVERIFY(!hint->text().contains(u"optional"_s));
    reason->setFocus();
    QTest::keyClicks(reason, u"Rare ward: identifies patients with the admission date"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const FieldClassification *f = view.model()->field(row);
    QVERIFY(f->decision.confirmed);
    QCOMPARE(f->decision.role, FieldRole::Quasi);
    QCOMPARE(f->decision.grade, 3);
    QCOMPARE(f->status(), DecisionStatus::Overridden);
    QCOMPARE(view.model()->index(row, ClassificationModel::DecisionColumn).data().toString(),
             u"Overridden"_s);
    QCOMPARE(view.model()->index(row, ClassificationModel::ReasonColumn).data().toString(),
             u"Rare ward: identifies patients with the admission date"_s);
    QCOMPARE(view.model()->index(row, ClassificationModel::RoleColumn).data().toString(),
             Taxonomy::fieldRoleLabel(FieldRole::Quasi));
    const QList<AuditEntry> decided = audit(u"classification.decide"_s);
    QCOMPARE(decided.size(), 1);
    QVERIFY(decided.first().detail.contains(u"Rare ward"_s));
    QVERIFY(!decided.first().user.isEmpty());

    // Cancelling the dialog changes nothing.
    QTRY_VERIFY(!view.findChild<OverrideDialog *>(u"overrideDialog"_s));
    // A window manager gives the focus back when a dialog closes; the offscreen platform does not.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.selectField(u"科室"_s);
    QTest::keyClick(view.tableView(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY((dialog = view.findChild<OverrideDialog *>(u"overrideDialog"_s)) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(audit(u"classification.decide"_s).size(), 1);
}

void TestClassificationView::undoRedoRestoresDecisions()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 11);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    const auto states = [&view] {
        QStringList s;
        for (const FieldClassification &f : view.classification().fields)
            s << u"%1|%2|%3|%4|%5"_s.arg(f.name, ClassificationModel::decisionText(f))
                     .arg(int(f.decision.role))
                     .arg(f.decision.grade)
                     .arg(f.decision.reason);
        return s;
    };
    const QStringList initial = states();
    view.tableView()->setFocus();
    QTest::keyClick(view.tableView(), Qt::Key_Space);
    QTest::keyClick(view.tableView(), Qt::Key_Space);
    const QStringList twoConfirmed = states();
    QVERIFY(view.overrideFields({view.model()->field(5)->name}, FieldRole::Sensitive, 5,
                                DataCategory::HealthStatus, u"holds HIV results"_s));
    const QStringList overridden = states();
    QVERIFY(overridden != twoConfirmed);

    QUndoGroup *group = view.undoGroup();
    QVERIFY(group->canUndo());
    QCOMPARE(group->undoText(), u"Override “%1”"_s.arg(view.model()->field(5)->name));
    group->undo();
    QCOMPARE(states(), twoConfirmed);
    group->undo();
    group->undo();
    QCOMPARE(states(), initial);
    QVERIFY(!group->canUndo());
    QCOMPARE(view.model()->needsDecisionCount(), 18);
    group->redo();
    group->redo();
    QCOMPARE(states(), twoConfirmed);
    group->redo();
    QCOMPARE(states(), overridden);
    QVERIFY(!group->canRedo());
    // Undo and redo are in the audit trail too, and survive a reload from the project.
    QCOMPARE(audit(u"classification.undo"_s).size(), 3);
    QCOMPARE(audit(u"classification.redo"_s).size(), 3);
    ClassificationService service(*m_store);
    Result<DatasetClassification> stored = service.load(dataset.name);
    QVERIFY(stored.ok());
    QCOMPARE(stored->fields.at(5).decision.reason, u"holds HIV results"_s);
    // An inactive view (another tab shown) does not offer its undo.
    view.setActive(false);
    QVERIFY(!group->canUndo());
    view.setActive(true);
    QVERIFY(group->canUndo());
}

void TestClassificationView::filterShowsOnlyOpenFields()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 13);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    view.tableView()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view.tableView(), Qt::Key_Space);
    auto *check = view.findChild<QCheckBox *>(u"needsDecisionFilter"_s);
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QVERIFY(view.filterModel()->needsDecisionOnly());
    QCOMPARE(view.tableView()->model()->rowCount(), 15);
    QVERIFY(view.tableView()->currentIndex().isValid());

    // Confirming in the filtered table: the row leaves, the next open field is current.
    view.tableView()->setFocus();
    const QString first = view.currentField();
    QTest::keyClick(view.tableView(), Qt::Key_Space);
    QCOMPARE(view.tableView()->model()->rowCount(), 14);
    QVERIFY(!view.currentField().isEmpty());
    QVERIFY(view.currentField() != first);
    QVERIFY(openFields(view).contains(view.currentField()));

    // The shortcut toggles it back.
    QTest::keyClick(view.tableView(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!check->isChecked());
    QCOMPARE(view.tableView()->model()->rowCount(), 18);

    // Text search narrows too.
    auto *search = view.findChild<QLineEdit *>(u"fieldSearchEdit"_s);
    QTest::keyClick(view.tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    for (QChar c : u"日期"_s) // keyClicks() takes Latin-1 only
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QCOMPARE(view.tableView()->model()->rowCount(), 3); // birth, admission, discharge dates
}

void TestClassificationView::filterSaysWhenEveryFieldIsDecided()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 13);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    auto *empty = view.findChild<QLabel *>(u"classificationEmptyState"_s);
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    auto *check = view.findChild<QCheckBox *>(u"needsDecisionFilter"_s);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QVERIFY(!empty->isVisible());

    // Deciding the last open field empties the filtered table: it says why instead of going blank.
    view.tableView()->setFocus();
    while (!openFields(view).isEmpty())
        QTest::keyClick(view.tableView(), Qt::Key_Space);
    QCOMPARE(view.tableView()->model()->rowCount(), 0);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(u"Every field is decided."_s), qPrintable(empty->text()));
    QVERIFY(empty->geometry().intersects(view.tableView()->viewport()->rect()));

    // A search that matches nothing says so; showing every field hides the message.
    auto *search = view.findChild<QLineEdit *>(u"fieldSearchEdit"_s);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!empty->isVisible());
    QTest::keyClicks(search, u"zzz"_s);
    QCOMPARE(view.tableView()->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No field matches “zzz”."_s);
    search->clear();
    QVERIFY(!empty->isVisible());

    // Reopening a field while filtered brings a row back and the message goes.
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(empty->isVisible());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(view.selectField(u"科室"_s));
    QVERIFY(view.reopenSelected());
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(view.tableView()->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
}

void TestClassificationView::anotherDatasetStartsAtTheFieldColumn()
{
    const DatasetInfo first = importSample(u"first"_s, 40, 21);
    const DatasetInfo second = importSample(u"second"_s, 40, 23);
    ClassificationView view;
    showView(view, first);
    QVERIFY(profile(view));
    view.resize(700, 600); // narrower than the columns: the table scrolls sideways
    QTableView *table = view.tableView();
    QScrollBar *bar = table->horizontalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY(table->columnViewportPosition(ClassificationModel::FieldColumn) < 0);

    view.showDataset(second);
    QVERIFY(profile(view));
    QCOMPARE(bar->value(), bar->minimum());
    QCOMPARE(table->columnViewportPosition(ClassificationModel::FieldColumn), 0);
    QCOMPARE(table->currentIndex().row(), 0);

    // The same dataset shown again (e.g. after a decision) keeps the user's position.
    bar->setValue(bar->maximum());
    view.showDataset(second);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestClassificationView::topValueCountsGroupDigits()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    const DatasetInfo dataset = importSample(u"inpatients"_s, 2500, 25);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    ui::FieldProfilePanel *panel = view.profilePanel();
    QVERIFY(view.selectField(u"性别"_s)); // two values, over a thousand each
    const FieldClassification *sex = view.model()->field(view.model()->rowOf(u"性别"_s));
    QVERIFY(sex->profile.topValues.size() >= 2);
    const QStringList counts = panel->topValueCounts();
    QCOMPARE(counts.size(), sex->profile.topValues.size());
    QVERIFY(sex->profile.topValues.first().count >= 1000);
    QCOMPARE(counts.first(), QLocale().toString(sex->profile.topValues.first().count));
    QVERIFY2(counts.first().contains(u','), qPrintable(counts.first()));
}

void TestClassificationView::evidenceFollowsTheInterfaceLanguage()
{
    // Classified by the English command line; then opened in the Chinese interface.
    const DatasetInfo dataset = importSample(u"inpatients"_s, 60, 27);
    {
        ClassificationService cli(*m_store, DetectorSet::builtin(),
                                  QLocale(QLocale::English, QLocale::UnitedStates));
        auto cls = cli.analyzeNow(u"inpatients"_s);
        QVERIFY(cls && cls->analyzed);
        QVERIFY(cls->fields.first().suggestion.evidence.contains(u" values "_s));
    }
    QTranslator translator;
    QVERIFY(loadStewardTranslation(translator, QLocale(u"zh_CN"_s)));
    QCoreApplication::installTranslator(&translator);
    const QLocale before;
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    const auto restore = qScopeGuard([&translator, before] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(view.classification().analyzed);
    const int row = view.model()->rowOf(u"住院号"_s);
    QVERIFY(row >= 0);
    const QString evidence =
        view.model()->index(row, ClassificationModel::EvidenceColumn).data().toString();
    QVERIFY2(evidence.contains(u"个值"_s) && !evidence.contains(u" values"_s), qPrintable(evidence));
    QVERIFY(view.selectField(u"住院号"_s));
    auto *panelEvidence = view.profilePanel()->findChild<QLabel *>(u"profileEvidenceLabel"_s);
    QVERIFY(panelEvidence);
    QCOMPARE(panelEvidence->text(), evidence);
}

void TestClassificationView::sidePanelShowsProfileAndHistogram()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 80, 15);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    ui::FieldProfilePanel *panel = view.profilePanel();
    QSignalSpy histogram(panel, &ui::FieldProfilePanel::histogramShown);
    QVERIFY(view.selectField(u"年龄"_s)); // age: integer
    QCOMPARE(panel->fieldName(), u"年龄"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!histogram.isEmpty(), 30000);
    const FieldClassification *age = view.model()->field(view.model()->rowOf(u"年龄"_s));
    QVERIFY(!panel->histogram().isEmpty());
    QVERIFY(panel->histogram().total() > 0);
    QVERIFY(panel->histogram().total() <= age->profile.nonEmpty);
    QVERIFY(panel->histogramView()->isVisible());
    QVERIFY(panel->topValuesView()->isVisible());
    auto *title = panel->findChild<QLabel *>(u"profileTitle"_s);
    QCOMPARE(title->text(), u"年龄"_s);

    // A date field gets a histogram too; a text field none.
    QVERIFY(view.selectField(u"入院日期"_s));
    QTRY_VERIFY_WITH_TIMEOUT(histogram.size() >= 2, 30000);
    QCOMPARE(panel->histogram().scale(), ui::FieldHistogram::Scale::Time);
    QVERIFY(!panel->histogram().isEmpty());
    QVERIFY(view.selectField(u"姓名"_s));
    QVERIFY(panel->histogram().isEmpty());
    QVERIFY(!panel->histogramView()->isVisible());
    QVERIFY(panel->topValuesView()->isVisible());
}

void TestClassificationView::applyFromDatasetLeavesOnlyChangedOpen()
{
    const DatasetInfo january = importSample(u"january"_s, 60, 17);
    const DatasetInfo february = importSample(u"february"_s, 60, 19);
    ClassificationView view;
    showView(view, january);
    QVERIFY(profile(view));
    view.tableView()->setFocus();
    while (!openFields(view).isEmpty())
        QTest::keyClick(view.tableView(), Qt::Key_Space);

    view.showDataset(february);
    QVERIFY(profile(view));
    QCOMPARE(view.model()->needsDecisionCount(), 18);
    QVERIFY(view.templateActions()->applyDatasetAction()->isEnabled());
    QVERIFY(view.templateActions()->applyFromDataset(u"january"_s));
    const QStringList open = openFields(view);
    QVERIFY2(open.size() < 18, qPrintable(open.join(u", "_s)));
    // What is still open is shown alone, and the notice says how much was taken over.
    QCOMPARE(view.filterModel()->needsDecisionOnly(), !open.isEmpty());
    if (!open.isEmpty())
        QCOMPARE(view.tableView()->model()->rowCount(), open.size());
    QVERIFY2(view.messageText().contains(u"january"_s), qPrintable(view.messageText()));
    QCOMPARE(audit(u"classification.apply"_s).size(), 1);
    // One undo step takes it all back.
    view.undoGroup()->undo();
    QCOMPARE(view.model()->needsDecisionCount(), 18);
}

void TestClassificationView::templateRoundTrip()
{
    const DatasetInfo first = importSample(u"first"_s, 40, 21);
    const DatasetInfo second = importSample(u"second"_s, 40, 21); // the same extract again
    ClassificationView view;
    showView(view, first);
    QVERIFY(profile(view));
    view.tableView()->setFocus();
    while (!openFields(view).isEmpty())
        QTest::keyClick(view.tableView(), Qt::Key_Space);
    QVERIFY(view.templateActions()->saveTemplateAction()->isEnabled());
    QVERIFY(view.templateActions()->saveTemplate(u"monthly"_s));
    const QString file = m_dir->filePath(u"monthly.json"_s);
    QVERIFY(view.templateActions()->exportTemplate(file));
    QVERIFY(QFile::exists(file));

    view.showDataset(second);
    QVERIFY(profile(view));
    ClassificationService service(*m_store);
    Result<ClassificationTemplate> tmpl = service.loadTemplate(u"monthly"_s);
    QVERIFY(tmpl.ok());
    QVERIFY(view.templateActions()->applyTemplate(*tmpl));
    QVERIFY2(openFields(view).isEmpty(), qPrintable(openFields(view).join(u", "_s)));
}

void TestClassificationView::exportDictionary_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(DataDictionary::Format::Csv);
    QTest::newRow("json") << int(DataDictionary::Format::Json);
}

void TestClassificationView::exportDictionary()
{
    QFETCH(int, format);
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 23);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    view.tableView()->setFocus();
    QTest::keyClick(view.tableView(), Qt::Key_Space);
    const bool csv = DataDictionary::Format(format) == DataDictionary::Format::Csv;
    const QString path = m_dir->filePath(csv ? u"dictionary.csv"_s : u"dictionary.json"_s);
    QVERIFY(view.dictionaryExport()->exportAction()->isEnabled());
    QVERIFY(view.dictionaryExport()->exportDictionary(path, DataDictionary::Format(format)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (csv) {
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 19);
        QVERIFY2(lines.first().contains(u"field"_s) && lines.first().contains(u"reason"_s),
                 qPrintable(lines.first()));
        QVERIFY(text.contains(u"confirmed"_s) && text.contains(u"unconfirmed"_s));
    } else {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"fields"_s).toArray().size(), 18);
    }
    QCOMPARE(audit(u"dictionary.export"_s).size(), 1);
}

void TestClassificationView::toolBarKeepsReuseActionsInPlace()
{
    ClassificationView view;
    auto *toolBar = view.findChild<QToolBar *>(u"classificationToolBar"_s);
    QVERIFY(toolBar);
    ui::ClassificationTemplateActions *templates = view.templateActions();
    QAction *exportAction = view.dictionaryExport()->exportAction();
    // Apply from Dataset, the Templates button (apply, save, export), Export Dictionary.
    const QList<QAction *> bar = toolBar->actions();
    const qsizetype applyDataset = bar.indexOf(templates->applyDatasetAction());
    QVERIFY(applyDataset > 0);
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(bar.value(applyDataset + 1)));
    QVERIFY(button);
    QCOMPARE(button->objectName(), u"templateButton"_s);
    QCOMPARE(button->menu()->actions(),
             (QList<QAction *>{templates->applyTemplateAction(), templates->saveTemplateAction(),
                               templates->exportTemplateAction()}));
    QCOMPARE(bar.value(applyDataset + 2), exportAction);
    // The shortcut works wherever the focus is in the view.
    QVERIFY(view.actions().contains(exportAction));
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(exportAction->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

void TestClassificationView::fitsA1280PixelWindow()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 29);
    ClassificationView view;
    showView(view, dataset);
    QVERIFY(profile(view));
    // The tab's width in a 1280×800 main window with the project navigator open.
    view.resize(1010, 690);
    auto *toolBar = view.findChild<QToolBar *>(u"classificationToolBar"_s);
    auto *search = view.findChild<QLineEdit *>(u"fieldSearchEdit"_s);
    auto *check = view.findChild<QCheckBox *>(u"needsDecisionFilter"_s);
    QTRY_VERIFY(search->isVisible() && check->isVisible());
    // The filter box shows its whole placeholder, nothing folds into "»".
    QVERIFY2(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()),
             qPrintable(QString::number(search->width())));
    auto *extension = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QTRY_VERIFY(!extension || !extension->isVisible());
    for (QAction *action : toolBar->actions()) {
        if (!action->isSeparator())
            QVERIFY2(toolBar->widgetForAction(action)->isVisible(), qPrintable(action->text()));
    }
    // Every button that lost its text still names itself in its tool tip.
    for (QToolButton *button : toolBar->findChildren<QToolButton *>()) {
        if (button->isVisible() && button->toolButtonStyle() == Qt::ToolButtonIconOnly)
            QVERIFY(!button->toolTip().isEmpty());
    }
    // The rating and its decision are in view beside the profile panel.
    QTableView *table = view.tableView();
    QTRY_VERIFY(table->viewport()->width() > 0);
    for (int column : {ClassificationModel::FieldColumn, ClassificationModel::RoleColumn,
                       ClassificationModel::GradeColumn, ClassificationModel::DecisionColumn}) {
        const int left = table->columnViewportPosition(column);
        QVERIFY2(left >= 0 && left + table->columnWidth(column) <= table->viewport()->width(),
                 qPrintable(u"column %1 at %2 of %3"_s.arg(column).arg(left).arg(table->viewport()->width())));
    }
    // Wide enough again, the buttons get their text back.
    view.resize(1600, 900);
    QTRY_COMPARE(qobject_cast<QToolButton *>(toolBar->widgetForAction(view.confirmAction()))->toolButtonStyle(),
                 Qt::ToolButtonTextBesideIcon);
}

void TestClassificationView::mainWindowOpensClassificationAndUndoes()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 40, 25);
    QVERIFY(dataset.id != 0);
    const QString projectPath = m_store->path();
    m_store.reset(); // the window opens the project itself
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(projectPath));
    QCOMPARE(window.navigator()->currentDatasetName(), u"inpatients"_s);
    ui::DatasetWorkspace *workspace = window.workspace();
    QVERIFY(!workspace->isShowingClassification());
    ClassificationView *view = workspace->classificationView();
    QSignalSpy finished(view->runner(), &ClassificationRunner::finished);

    QAction *classify = window.findChild<QAction *>(u"classifyFieldsAction"_s);
    QVERIFY(classify && classify->isEnabled());
    QCOMPARE(classify->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(workspace->isShowingClassification());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(view->model()->needsDecisionCount(), 18);

    view->tableView()->setFocus();
    QTest::keyClick(view->tableView(), Qt::Key_Space);
    QCOMPARE(view->model()->needsDecisionCount(), 17);
    QAction *undo = window.findChild<QAction *>(u"undoAction"_s);
    QAction *redo = window.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(undo && redo && undo->isEnabled());
    QTest::keyClick(view->tableView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->needsDecisionCount(), 18);
    QVERIFY(redo->isEnabled());
    QTest::keyClick(view->tableView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->model()->needsDecisionCount(), 17);

    // On the Data tab, Ctrl+Z does not touch the classification.
    workspace->showData();
    QVERIFY(!undo->isEnabled());
    // Closing the project hides the classification tab.
    QVERIFY(window.closeProject());
    QVERIFY(!workspace->isShowingClassification());
    QVERIFY(!classify->isEnabled());
}

void TestClassificationView::screenshot()
{
    const QString directory = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set STEWARD_SCREENSHOT_DIR to write classification.png");
    // STEWARD_SCREENSHOT_DARK=1: Fusion with a dark palette (classification-dark.png).
    const bool dark = qEnvironmentVariableIsSet("STEWARD_SCREENSHOT_DARK");
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(p);
    }
    const DatasetInfo dataset = importSample(u"inpatients"_s, 20000, 1);
    QVERIFY(dataset.id != 0);
    const QString projectPath = m_store->path();
    m_store.reset();
    MainWindow window;
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window)); // no window manager: maybe never active
    QVERIFY(window.openProject(projectPath));
    ClassificationView *view = window.workspace()->classificationView();
    QSignalSpy finished(view->runner(), &ClassificationRunner::finished);
    QVERIFY(window.workspace()->showClassification());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    view->tableView()->setFocus();
    for (int i = 0; i < 9; ++i)
        QVERIFY(view->confirmSelected());
    QVERIFY(view->overrideFields({u"科室"_s}, FieldRole::Quasi, 3, std::nullopt,
                                 u"Small wards identify patients with the admission date"_s));
    QSignalSpy histogram(view->profilePanel(), &ui::FieldProfilePanel::histogramShown);
    QVERIFY(view->selectField(u"年龄"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!histogram.isEmpty(), 60000);
    QTest::qWait(300);
    QVERIFY(QDir().mkpath(directory));
    const QString file = QDir(directory).filePath(dark ? u"classification-dark.png"_s
                                                        : u"classification.png"_s);
    QVERIFY(window.grab().save(file));
    qInfo("wrote %s", qPrintable(file));
}

QTEST_MAIN(TestClassificationView)
#include "test_classificationview.moc"
