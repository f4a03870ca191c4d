// The hierarchy editor driven as a steward would: it opens on the suggested hierarchy of a date
// field and shows its levels with the records each label covers; another builder and its
// parameters are chosen from the keyboard (a parameter that does not parse is shown inline);
// values are moved into a group with the keyboard (Move to Group, Ctrl+G) and by a drop on the
// model, and Ctrl+Z / Ctrl+Shift+Z undo and redo each step; Save stores the hierarchy (read back
// through HierarchyService) as a step of a project undo stack; Export CSV and Import CSV round-
// trip the levels; Cancel asks before dropping edits; the Masking tab opens the editor for the
// selected field.

#include "tests/ui/UiTestSupport.h"
#include "ui/hierarchy/HierarchyBuilderForm.h"
#include "ui/hierarchy/HierarchyEditorDialog.h"
#include "ui/hierarchy/HierarchyGroupsEditor.h"
#include "ui/hierarchy/HierarchyGroupsModel.h"
#include "ui/hierarchy/HierarchyLevelsModel.h"
#include "ui/masking/MaskingView.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TempProject.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::HierarchyBuilderForm;
using steward::ui::HierarchyEditorDialog;
using steward::ui::HierarchyGroupsModel;
using steward::ui::HierarchyLevelsModel;
using Kind = HierarchySpec::Kind;

namespace {

constexpr int kTimeoutMs = 30000;
const QStringList kDepartments{u"内科"_s, u"外科"_s, u"儿科"_s, u"急诊科"_s, u"眼科"_s};

// 200 admissions: an admission date over two years, a department, an age.
QString extract()
{
    QString text = u"id,admitted,dept,age\n"_s;
    for (int i = 1; i <= 200; ++i) {
        text += QString::number(i) + u","_s
                + u"%1-%2-%3"_s.arg(2023 + i % 2)
                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                      .arg(1 + i % 27, 2, 10, QLatin1Char('0'))
                + u","_s + kDepartments.at(i % kDepartments.size()) + u","_s
                + QString::number(i % 97) + u"\n"_s;
    }
    return text;
}

} // namespace

class TestHierarchyEditor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnSuggestedDateHierarchy();
    void switchesBuilderAndParameters();
    void movesValuesIntoGroupsAndUndoes();
    void saveStoresAsProjectUndoStep();
    void exportImportRoundTrip();
    void cancelAsksBeforeDroppingEdits();
    void maskingTabOpensTheEditor();

private:
    std::unique_ptr<HierarchyEditorDialog> open(const QString &field);
    void chooseBuilder(HierarchyEditorDialog &dialog, Kind kind);

    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;
};

void TestHierarchyEditor::initTestCase()
{
    uitest::isolateSettings();
}

void TestHierarchyEditor::init()
{
    m_project = std::make_unique<testsupport::TempProject>();
    const QString csv = m_project->filePath(u"admissions.csv"_s);
    QVERIFY(uitest::writeFile(csv, extract().toUtf8()));
    ImportOptions options;
    options.datasetName = u"admissions"_s;
    Result<DatasetInfo> info = importFile(m_project->store(), csv, options);
    QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
    m_dataset = *info;
}

void TestHierarchyEditor::cleanup()
{
    m_project.reset();
}

std::unique_ptr<HierarchyEditorDialog> TestHierarchyEditor::open(const QString &field)
{
    auto dialog = std::make_unique<HierarchyEditorDialog>(m_project->store(), m_dataset, field);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("dialog not shown");
    uitest::attachModelTesters(dialog.get());
    if (!QTest::qWaitFor([&dialog] { return dialog->valuesLoaded(); }, kTimeoutMs))
        qFatal("the field's values were not read");
    return dialog;
}

// Through the box, from the keyboard, as a steward without a mouse would.
void TestHierarchyEditor::chooseBuilder(HierarchyEditorDialog &dialog, Kind kind)
{
    QComboBox *box = dialog.form()->builderBox();
    box->setFocus();
    const int target = box->findData(static_cast<int>(kind));
    QVERIFY(target >= 0);
    for (int guard = 0; guard < 20 && box->currentIndex() != target; ++guard)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
    QCOMPARE(dialog.currentSpec().kind, kind);
}

void TestHierarchyEditor::opensOnSuggestedDateHierarchy()
{
    auto dialog = open(u"admitted"_s);
    QVERIFY(!dialog->wasStored());
    QCOMPARE(dialog->currentSpec().kind, Kind::Date);
    QVERIFY(dialog->currentSpec() == dialog->suggestedSpec());
    QCOMPARE(dialog->form()->builderBox()->currentData().toInt(), static_cast<int>(Kind::Date));

    HierarchyLevelsModel *levels = dialog->levelsModel();
    // value, month, quarter, year, 5-year period, *.
    QVERIFY2(levels->levelCount() >= 6, qPrintable(QString::number(levels->levelCount())));
    QVERIFY(levels->valueCount() > 0);
    QVERIFY(levels->rowCount() > 0);
    const int top = levels->levelCount() - 1;
    QCOMPARE(levels->label(0, top), u"*"_s);
    QCOMPARE(levels->records(0, top), m_dataset.rowCount);
    // Two years: the year level has two labels, together covering every record.
    QCOMPARE(levels->labelCount(3), 2);
    QCOMPARE(levels->labelCount(top), 1);
    qint64 atValueLevel = 0;
    while (levels->canFetchMore({}))
        levels->fetchMore({});
    for (int row = 0; row < levels->rowCount(); ++row)
        atValueLevel += levels->records(row, 0);
    QCOMPARE(atValueLevel, m_dataset.rowCount);
    // The cell names the label and the records it covers.
    const QString cell = levels->index(0, top).data().toString();
    QVERIFY2(cell.contains(QLocale().toString(m_dataset.rowCount)), qPrintable(cell));
    QVERIFY(dialog->errorText().isEmpty());
}

void TestHierarchyEditor::switchesBuilderAndParameters()
{
    auto dialog = open(u"age"_s);
    chooseBuilder(*dialog, Kind::Interval);
    HierarchyBuilderForm *form = dialog->form();

    QLineEdit *levels = form->intervalEdit();
    levels->setFocus();
    levels->selectAll();
    QTest::keyClicks(levels, u"10, 20"_s);
    QTest::keyClick(levels, Qt::Key_Return);
    QCOMPARE(dialog->currentSpec().levels.size(), size_t(2));
    QVERIFY(dialog->currentSpec().levels[0].width == std::optional<double>(10));
    QCOMPARE(dialog->levelsModel()->levelCount(), 4); // value, 10, 20, *
    QTRY_VERIFY(dialog->levelsModel()->labelCount(1) == 10); // ages 0…96 in tens

    // Top coding off (ages are suggested with it), then on from 95.
    if (form->topBox()->isChecked()) {
        QTest::mouseClick(form->topBox(), Qt::LeftButton);
        QVERIFY(!dialog->currentSpec().top);
    }
    QTest::mouseClick(form->topBox(), Qt::LeftButton);
    QLineEdit *top = form->topEdit();
    QVERIFY(top->isEnabled());
    top->setFocus();
    top->selectAll();
    QTest::keyClicks(top, u"95"_s);
    QTest::keyClick(top, Qt::Key_Return);
    QVERIFY(dialog->currentSpec().top == std::optional<double>(95));

    // Text that does not parse: said inline, nothing changes.
    const HierarchySpec before = dialog->currentSpec();
    levels->setFocus();
    levels->selectAll();
    QTest::keyClicks(levels, u"ten"_s);
    QTest::keyClick(levels, Qt::Key_Return);
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->currentSpec() == before);

    // Undo walks back through the parameters to the builder first suggested.
    const HierarchySpec suggested = dialog->suggestedSpec();
    while (dialog->undoStack()->canUndo())
        dialog->undoStack()->undo();
    QVERIFY(dialog->currentSpec() == suggested);
}

void TestHierarchyEditor::movesValuesIntoGroupsAndUndoes()
{
    auto dialog = open(u"dept"_s);
    chooseBuilder(*dialog, Kind::Groups);
    ui::HierarchyGroupsEditor *groups = dialog->form()->groupsEditor();
    HierarchyGroupsModel *model = groups->model();
    QCOMPARE(model->ungrouped().size(), kDepartments.size());

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"hierarchyNewGroupButton"_s),
                      Qt::LeftButton);
    QCOMPARE(dialog->currentSpec().groups.size(), qsizetype(1));
    const QString label = dialog->currentSpec().groups[0].label;
    QCOMPARE(groups->targetBox()->currentText(), label);

    // Keyboard: select a value in the list, Ctrl+G moves it to the group in the box.
    QListView *list = groups->ungroupedView();
    list->setFocus();
    const QModelIndex internal = model->indexOfValue(u"内科"_s);
    list->selectionModel()->setCurrentIndex(internal, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(list, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(dialog->currentSpec().groups[0].values, QStringList{u"内科"_s});
    QVERIFY(!model->ungrouped().contains(u"内科"_s));

    // A drop of another value on the group.
    QMimeData *data = model->mimeData({model->indexOfValue(u"外科"_s)});
    QVERIFY(data);
    model->dropMimeData(data, Qt::MoveAction, -1, -1, model->groupIndex(0));
    delete data;
    QCOMPARE(dialog->currentSpec().groups[0].values, (QStringList{u"内科"_s, u"外科"_s}));

    // The levels follow: both values generalise to the group's label, other values to "Other".
    HierarchyLevelsModel *levels = dialog->levelsModel();
    QCOMPARE(levels->levelCount(), 3); // value, group, *
    bool seen = false;
    for (int row = 0; row < levels->rowCount(); ++row) {
        if (levels->label(row, 0) == u"外科"_s) {
            QCOMPARE(levels->label(row, 1), label);
            QCOMPARE(levels->records(row, 1), qint64(80)); // two departments of five, 200 records
            seen = true;
        } else if (levels->label(row, 0) == u"眼科"_s) {
            QVERIFY(levels->label(row, 1) != label);
        }
    }
    QVERIFY(seen);

    // Ctrl+Z takes the drop back, then the keyboard move; Ctrl+Shift+Z redoes.
    dialog->activateWindow();
    groups->groupsView()->setFocus();
    QTest::keyClick(dialog.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog->currentSpec().groups[0].values, QStringList{u"内科"_s});
    QVERIFY(model->ungrouped().contains(u"外科"_s));
    QTest::keyClick(dialog.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(dialog->currentSpec().groups[0].values.isEmpty());
    QTest::keyClick(dialog.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialog->currentSpec().groups[0].values, QStringList{u"内科"_s});

    // Renaming through the model (what F2 in the tree does) is a step too.
    QVERIFY(model->setData(model->groupIndex(0), u"Medicine"_s));
    QCOMPARE(dialog->currentSpec().groups[0].label, u"Medicine"_s);
    dialog->undoStack()->undo();
    QCOMPARE(dialog->currentSpec().groups[0].label, label);
}

void TestHierarchyEditor::saveStoresAsProjectUndoStep()
{
    QUndoStack project;
    auto dialog = open(u"age"_s);
    dialog->setProjectUndoStack(&project);
    chooseBuilder(*dialog, Kind::Flat);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"hierarchySaveButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->spec().kind, Kind::Flat);

    HierarchyService service(m_project->store());
    auto stored = service.load(m_dataset, u"age"_s);
    QVERIFY(stored);
    QVERIFY(stored->has_value());
    QVERIFY((*stored)->spec == dialog->spec());
    QVERIFY(m_project->auditActions().contains(u"hierarchy.set"_s));

    // The project's undo takes the saved hierarchy back, redo stores it again.
    QCOMPARE(project.count(), 1);
    project.undo();
    stored = service.load(m_dataset, u"age"_s);
    QVERIFY(stored);
    QVERIFY(!stored->has_value());
    project.redo();
    stored = service.load(m_dataset, u"age"_s);
    QVERIFY(stored && stored->has_value());

    // Opened again, the editor starts from what is stored.
    auto again = open(u"age"_s);
    QVERIFY(again->wasStored());
    QCOMPARE(again->currentSpec().kind, Kind::Flat);
}

void TestHierarchyEditor::exportImportRoundTrip()
{
    auto dialog = open(u"admitted"_s);
    const QString path = m_project->filePath(u"admitted.csv"_s);
    QVERIFY2(dialog->exportFile(path), qPrintable(dialog->errorText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    file.close();
    QVERIFY(!exported.isEmpty());

    HierarchyLevelsModel *levels = dialog->levelsModel();
    const int levelCount = levels->levelCount();
    QHash<QString, QStringList> built;
    while (levels->canFetchMore({}))
        levels->fetchMore({});
    for (int row = 0; row < levels->rowCount(); ++row) {
        QStringList labels;
        for (int level = 0; level < levelCount; ++level)
            labels.append(levels->label(row, level));
        built.insert(labels.front(), labels);
    }

    auto imported = open(u"admitted"_s);
    QVERIFY2(imported->importFile(path), qPrintable(imported->errorText()));
    QCOMPARE(imported->currentSpec().kind, Kind::Table);
    QCOMPARE(imported->form()->builderBox()->currentData().toInt(), static_cast<int>(Kind::Table));
    HierarchyLevelsModel *read = imported->levelsModel();
    QCOMPARE(read->levelCount(), levelCount);
    while (read->canFetchMore({}))
        read->fetchMore({});
    QCOMPARE(read->rowCount(), levels->rowCount());
    for (int row = 0; row < read->rowCount(); ++row) {
        QStringList labels;
        for (int level = 0; level < levelCount; ++level)
            labels.append(read->label(row, level));
        QCOMPARE(labels, built.value(labels.front()));
    }
    const QString again = m_project->filePath(u"again.csv"_s);
    QVERIFY(imported->exportFile(again));
    QFile second(again);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), exported);

    // Undo takes the import back to the date builder.
    imported->undoStack()->undo();
    QCOMPARE(imported->currentSpec().kind, Kind::Date);

    // A file that is not a hierarchy: an inline error, the levels stay.
    const QString broken = m_project->filePath(u"broken.csv"_s);
    QVERIFY(uitest::writeFile(broken, "a;b;*\nc;*\n"));
    QVERIFY(!imported->importFile(broken));
    QVERIFY(!imported->errorText().isEmpty());
    QCOMPARE(imported->currentSpec().kind, Kind::Date);
}

void TestHierarchyEditor::cancelAsksBeforeDroppingEdits()
{
    auto dialog = open(u"age"_s);
    chooseBuilder(*dialog, Kind::Flat);
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    {
        // Answered "Cancel": the editor stays with its edits.
        uitest::MessageBoxCatcher catcher;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(catcher.seen());
        QCOMPARE(catcher.objectName(), u"hierarchyDiscardBox"_s);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentSpec().kind, Kind::Flat);
    }
    {
        uitest::MessageBoxCatcher catcher(
            [](QMessageBox *box) { return box->button(QMessageBox::Discard); });
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(catcher.seen());
        QVERIFY(!dialog->isVisible());
    }
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    auto stored = HierarchyService(m_project->store()).load(m_dataset, u"age"_s);
    QVERIFY(stored && !stored->has_value());

    // Nothing edited: Cancel closes without asking.
    auto unchanged = open(u"age"_s);
    uitest::MessageBoxCatcher catcher;
    QTest::mouseClick(unchanged->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QVERIFY(!catcher.seen());
    QVERIFY(!unchanged->isVisible());
}

void TestHierarchyEditor::maskingTabOpensTheEditor()
{
    ui::MaskingView view;
    view.setProject(&m_project->store());
    view.showDataset(m_dataset);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectField(u"dept"_s));
    QAction *action = view.editHierarchyAction();
    QVERIFY(action->isEnabled());

    bool saved = false;
    QTimer::singleShot(0, this, [&saved] {
        auto *dialog = qobject_cast<HierarchyEditorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->field(), u"dept"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->valuesLoaded(), kTimeoutMs);
        HierarchySpec spec;
        spec.kind = Kind::Groups;
        spec.groups = {HierarchySpec::Group{u"Surgery"_s, {u"外科"_s, u"眼科"_s}}};
        QVERIFY(dialog->setSpec(spec, u"test"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"hierarchySaveButton"_s),
                          Qt::LeftButton);
        saved = true;
    });
    action->trigger();
    QVERIFY(saved);
    auto stored = HierarchyService(m_project->store()).load(m_dataset, u"dept"_s);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->spec.kind, Kind::Groups);
    // The save is a step of the tab's undo history.
    QVERIFY(view.undoStack());
    QCOMPARE(view.undoStack()->count(), 1);
    view.undoStack()->undo();
    stored = HierarchyService(m_project->store()).load(m_dataset, u"dept"_s);
    QVERIFY(stored && !stored->has_value());
    view.setProject(nullptr);
}

QTEST_MAIN(TestHierarchyEditor)
#include "test_hierarchyeditor.moc"
