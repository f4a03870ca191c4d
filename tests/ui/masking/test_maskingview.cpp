#include "ui/datasets/DatasetWorkspace.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/MainWindow.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/mask/MaskPlan.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskWorker.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/mask/RuleSuggester.h"
#include "ui/masking/MaskPreviewModel.h"
#include "ui/masking/MaskRuleEditor.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskingView.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::MaskingView;
using steward::ui::MaskPreviewModel;
using steward::ui::MaskRuleEditor;
using steward::ui::MaskRuleModel;

// The Masking tab driven like a steward would: a field is selected in the rules table, an
// operator and its parameters are chosen in the editor and applied; the rule is stored, the
// masked half of the side-by-side preview changes (highlighted) while the original half does
// not, and Ctrl+Z / Ctrl+Shift+Z undo and redo it. Invalid parameters are refused inline,
// suggested rules come from the classification, pseudonyms preview only after the project
// secret is unlocked; plus the preview model alone (paging, recomputation, record suppression).
// Set STEWARD_SCREENSHOT_DIR to also write masking.png.
class TestMaskingView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void applyRuleFromEditor();
    void invalidParameterStoresNothing_data();
    void invalidParameterStoresNothing();
    void multiSelectionAppliesToAllFields();
    void applySuggestedRules();
    void keepClearsRule();
    void lockedUntilUnlocked();
    void scrollingIsSynchronised();
    void previewModelSuppressedRecords();
    void previewRecomputesOnlyChangedColumns();
    void previewRecomputeMasksThePageWithoutRereading();
    void storedHierarchyRuleMasksInPreview();
    void workspaceHasMaskingTab();
    void screenshot();

private:
    DatasetInfo importCsv(const QString &name, const QString &csv);
    DatasetInfo importSample(const QString &name, qint64 rows, quint64 seed);
    void showView(MaskingView &view, const DatasetInfo &dataset);
    void clickField(MaskingView &view, const QString &field,
                    Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void chooseOperator(MaskingView &view, MaskOperator op);
    static int fieldIndex(const DatasetInfo &dataset, const QString &field);
    std::optional<MaskRule> stored(const DatasetInfo &dataset, const QString &field);
    QStringList originalRow(const DatasetInfo &dataset, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestMaskingView::initTestCase()
{
    uitest::isolateSettings();
}

void TestMaskingView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = ProjectStore::create(m_dir->filePath(u"masking.steward"_s), u"Masking"_s);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestMaskingView::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

DatasetInfo TestMaskingView::importCsv(const QString &name, const QString &csv)
{
    const QString path = m_dir->filePath(name + u".csv"_s);
    if (!uitest::writeFile(path, csv.toUtf8()))
        return {};
    ImportOptions options;
    options.datasetName = name;
    Result<DatasetInfo> imported = importFile(*m_store, path, options);
    if (!imported) {
        qWarning("%s", qPrintable(imported.error().toString()));
        return {};
    }
    return *imported;
}

DatasetInfo TestMaskingView::importSample(const QString &name, qint64 rows, quint64 seed)
{
    const QString csv = m_dir->filePath(name + u".csv"_s);
    SampleOptions options;
    options.rows = rows;
    options.seed = seed;
    if (Status written = writeSample(csv, options); !written) {
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
    return *imported;
}

void TestMaskingView::showView(MaskingView &view, const DatasetInfo &dataset)
{
    view.resize(1300, 850);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setProject(m_store.get());
    view.showDataset(dataset);
    view.rulesTable()->setFocus();
}

void TestMaskingView::clickField(MaskingView &view, const QString &field,
                                 Qt::KeyboardModifiers modifiers)
{
    const int row = view.ruleModel()->rowOf(field);
    QVERIFY2(row >= 0, qPrintable(field));
    QTableView *table = view.rulesTable();
    const QModelIndex index = view.ruleModel()->index(row, MaskRuleModel::FieldColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

void TestMaskingView::chooseOperator(MaskingView &view, MaskOperator op)
{
    QComboBox *combo = view.editor()->operatorCombo();
    const int at = combo->findData(int(op));
    QVERIFY(at >= 0);
    // The keyboard, as a steward without a mouse would: focus the combo and step to the entry.
    combo->setFocus();
    while (combo->currentIndex() < at)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > at)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(view.editor()->currentOperator(), op);
}

int TestMaskingView::fieldIndex(const DatasetInfo &dataset, const QString &field)
{
    for (const ColumnInfo &c : dataset.columns) {
        if (c.name == field)
            return c.position;
    }
    return -1;
}

std::optional<MaskRule> TestMaskingView::stored(const DatasetInfo &dataset, const QString &field)
{
    Result<QList<StoredMaskRule>> rules = MaskRuleStore(*m_store).load(dataset);
    if (!rules)
        return std::nullopt;
    for (const StoredMaskRule &r : *rules) {
        if (r.field == field)
            return r.rule;
    }
    return std::nullopt;
}

QStringList TestMaskingView::originalRow(const DatasetInfo &dataset, int row)
{
    Result<QList<QStringList>> rows = m_store->rows(dataset, row, 1);
    return rows && !rows->isEmpty() ? rows->front() : QStringList();
}

void TestMaskingView::applyRuleFromEditor()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(300));
    QVERIFY(dataset.id != 0);
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QSignalSpy changed(&view, &MaskingView::rulesChanged);
    MaskPreviewModel *preview = view.previewModel();
    const int name = fieldIndex(dataset, u"name"_s);
    const int id = fieldIndex(dataset, u"id"_s);
    const QModelIndex maskedName = preview->index(0, preview->maskedColumn(name));
    const QModelIndex originalName = preview->index(0, preview->originalColumn(name));
    const QString original = originalRow(dataset, 0).at(name);
    QCOMPARE(preview->data(maskedName).toString(), original); // no rule yet: kept

    clickField(view, u"name"_s);
    QCOMPARE(view.selectedFields(), QStringList{u"name"_s});
    chooseOperator(view, MaskOperator::Mask);
    auto *last = qobject_cast<QSpinBox *>(view.editor()->parameterWidget(u"last"_s));
    QVERIFY(last);
    last->setFocus();
    last->selectAll();
    QTest::keyClicks(last, u"0"_s);
    QCOMPARE(last->value(), 0);
    QTest::mouseClick(view.editor()->applyButton(), Qt::LeftButton);

    // Stored, as the editor shows it.
    const MaskRule expected =
        *MaskRule::create(MaskOperator::Mask, {{u"first"_s, u"1"_s}, {u"last"_s, u"0"_s}});
    QCOMPARE(stored(dataset, u"name"_s), std::optional<MaskRule>(expected));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.ruleModel()->data(view.ruleModel()->index(view.ruleModel()->rowOf(u"name"_s),
                                                            MaskRuleModel::OperatorColumn))
                 .toString(),
             MaskRuleModel::operatorText(MaskOperator::Mask));

    // The masked half shows what the core masks; the original half is untouched.
    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns << c.name;
    Result<MaskPlan> plan = MaskPlan::compile(columns, {{u"name"_s, expected}}, MaskEnvironment{});
    QVERIFY(plan);
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    QVERIFY(worker);
    const QStringList row0 = originalRow(dataset, 0);
    std::vector<QByteArray> utf8;
    for (const QString &cell : row0)
        utf8.push_back(cell.toUtf8());
    std::vector<std::string_view> views;
    for (const QByteArray &cell : utf8)
        views.emplace_back(cell.constData(), size_t(cell.size()));
    const MaskedCell cell = worker->maskCell(name, views);
    const QString coreMasked = QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
    QCOMPARE(preview->data(maskedName).toString(), coreMasked);
    QVERIFY(coreMasked != original);
    QCOMPARE(preview->data(originalName).toString(), original);

    // Highlighted, with a tooltip naming the operator; an unchanged cell is not.
    const QVariant changedBackground = preview->data(maskedName, Qt::BackgroundRole);
    const QVariant keptBackground =
        preview->data(preview->index(0, preview->maskedColumn(id)), Qt::BackgroundRole);
    QVERIFY(changedBackground.isValid());
    QVERIFY(changedBackground != keptBackground);
    QVERIFY(preview->data(maskedName, Qt::ToolTipRole)
                .toString()
                .contains(MaskRuleModel::operatorText(MaskOperator::Mask)));
    QCOMPARE(preview->data(originalName, Qt::BackgroundRole), QVariant());
    // Rows of a later page are masked too (fetched when asked for).
    const int lastRow = int(dataset.rowCount) - 1;
    QCOMPARE(preview->data(preview->index(lastRow, preview->originalColumn(name))).toString(),
             originalRow(dataset, lastRow).at(name));
    QVERIFY(preview->data(preview->index(lastRow, preview->maskedColumn(name))).toString()
            != originalRow(dataset, lastRow).at(name));

    // Ctrl+Z restores the previous rule (none) and the preview; Ctrl+Shift+Z redoes.
    view.rulesTable()->setFocus();
    QTest::keyClick(view.rulesTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(dataset, u"name"_s), std::nullopt);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(preview->data(maskedName).toString(), original);
    QCOMPARE(preview->data(maskedName, Qt::BackgroundRole), keptBackground);
    QCOMPARE(view.editor()->currentOperator(), MaskOperator::Keep);

    QTest::keyClick(view.rulesTable(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(dataset, u"name"_s), std::optional<MaskRule>(expected));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(preview->data(maskedName).toString(), coreMasked);
    QCOMPARE(view.undoStack()->count(), 1);

    // Every write is audited (set, undo as set, redo as set).
    Result<QList<AuditEntry>> audit = m_store->auditEntries();
    QVERIFY(audit);
    int sets = 0;
    for (const AuditEntry &e : *audit)
        sets += e.action == u"rules.set"_s ? 1 : 0;
    QCOMPARE(sets, 3);
}

// `hierarchy:level=L` names the hierarchy stored for the field (what anonymize stores for an
// imported hierarchy): the preview must read it from the project, not refuse the rule.
void TestMaskingView::storedHierarchyRuleMasksInPreview()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(30));
    QVERIFY(dataset.id != 0);
    auto spec = HierarchySpec::parse(u"date"_s);
    QVERIFY(spec);
    QVERIFY(HierarchyService(*m_store).set(dataset, u"admitted"_s, *spec));
    auto rule = MaskRule::parse(u"hierarchy:level=3"_s); // year
    QVERIFY(rule);
    QVERIFY(MaskRuleService(*m_store).setRules(dataset, {{u"admitted"_s, *rule}}));

    MaskingView view;
    showView(view, dataset);
    MaskPreviewModel *preview = view.previewModel();
    const int admitted = fieldIndex(dataset, u"admitted"_s);
    const QString original = originalRow(dataset, 0).at(admitted);
    QVERIFY(original.startsWith(u"2024-"_s));
    QTRY_COMPARE(preview->data(preview->index(0, preview->maskedColumn(admitted))).toString(),
                 u"2024"_s);
}

void TestMaskingView::invalidParameterStoresNothing_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bands width 0") << int(MaskOperator::Bands) << u"width"_s << u"0"_s
                                   << u"width"_s;
    QTest::newRow("bands width text") << int(MaskOperator::Bands) << u"width"_s << u"wide"_s
                                      << u"width"_s;
    QTest::newRow("bands breaks decreasing")
        << int(MaskOperator::Bands) << u"breaks"_s << u"40,18"_s << u"breaks"_s;
    QTest::newRow("mask char two") << int(MaskOperator::Mask) << u"char"_s << u"##"_s
                                   << u"char"_s;
    QTest::newRow("bottomcode without min") << int(MaskOperator::BottomCode) << u"label"_s
                                            << u"low"_s << u"min"_s;
    QTest::newRow("recode missing file") << int(MaskOperator::Recode) << u"table"_s
                                         << u"no-such-table.csv"_s << QString();
}

void TestMaskingView::invalidParameterStoresNothing()
{
    QFETCH(int, op);
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(20));
    QVERIFY(dataset.id != 0);
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QSignalSpy changed(&view, &MaskingView::rulesChanged);
    clickField(view, u"fee"_s);
    chooseOperator(view, MaskOperator(op));
    QWidget *input = view.editor()->parameterWidget(param);
    QVERIFY(input);
    QLineEdit *edit = qobject_cast<QLineEdit *>(input);
    if (auto *combo = qobject_cast<QComboBox *>(input))
        edit = combo->lineEdit();
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, value);
    QTest::keyClick(edit, Qt::Key_Return); // Return applies, like the button

    QVERIFY2(!view.editor()->errorText().isEmpty() && view.editor()->errorText().contains(mentions),
             qPrintable(view.editor()->errorText()));
    QCOMPARE(stored(dataset, u"fee"_s), std::nullopt);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(view.undoStack()->count(), 0);
    // The input stays for correction.
    QCOMPARE(view.editor()->currentOperator(), MaskOperator(op));
}

void TestMaskingView::multiSelectionAppliesToAllFields()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(20));
    QVERIFY(dataset.id != 0);
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    clickField(view, u"name"_s);
    clickField(view, u"admitted"_s, Qt::ControlModifier);
    QCOMPARE(view.selectedFields(), (QStringList{u"name"_s, u"admitted"_s}));
    chooseOperator(view, MaskOperator::Redact);
    auto *text = qobject_cast<QLineEdit *>(view.editor()->parameterWidget(u"text"_s));
    QVERIFY(text);
    QTest::keyClicks(text, u"[x]"_s);
    QTest::mouseClick(view.editor()->applyButton(), Qt::LeftButton);
    const MaskRule redact = *MaskRule::create(MaskOperator::Redact, {{u"text"_s, u"[x]"_s}});
    QCOMPARE(stored(dataset, u"name"_s), std::optional<MaskRule>(redact));
    QCOMPARE(stored(dataset, u"admitted"_s), std::optional<MaskRule>(redact));
    QCOMPARE(stored(dataset, u"id"_s), std::nullopt);
    QCOMPARE(view.undoStack()->count(), 1); // one step for both fields
    MaskPreviewModel *preview = view.previewModel();
    QCOMPARE(preview->maskedText(3, fieldIndex(dataset, u"admitted"_s)), u"[x]"_s);
    view.undoStack()->undo();
    QCOMPARE(stored(dataset, u"name"_s), std::nullopt);
    QCOMPARE(stored(dataset, u"admitted"_s), std::nullopt);
}

void TestMaskingView::applySuggestedRules()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 200, 3);
    QVERIFY(dataset.id != 0);
    ClassificationService service(*m_store);
    Result<DatasetClassification> classified = service.analyzeNow(dataset.name);
    QVERIFY(classified);
    const QList<std::pair<QString, MaskRule>> suggested = RuleSuggester::suggest(*classified);
    QVERIFY(!suggested.isEmpty());

    MaskingView view;

    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QSignalSpy changed(&view, &MaskingView::rulesChanged);
    // The Suggested column names each suggestion.
    for (int row = 0; row < view.ruleModel()->rowCount(); ++row) {
        QCOMPARE(view.ruleModel()
                     ->data(view.ruleModel()->index(row, MaskRuleModel::SuggestedColumn))
                     .toString(),
                 MaskRuleModel::ruleText(suggested.at(row).second));
    }
    QVERIFY(view.suggestAllAction()->isEnabled());
    view.suggestAllAction()->trigger();
    QCOMPARE(changed.count(), 1);
    Result<QList<std::pair<QString, MaskRule>>> rules = MaskRuleStore(*m_store).planRules(dataset);
    QVERIFY(rules);
    QCOMPARE(*rules, suggested);
    QCOMPARE(view.currentRules(), suggested);
    for (int row = 0; row < view.ruleModel()->rowCount(); ++row)
        QVERIFY(!view.ruleModel()
                     ->data(view.ruleModel()->index(row, 0), MaskRuleModel::DeviatesRole)
                     .toBool());
    Result<QList<AuditEntry>> audit = m_store->auditEntries();
    QVERIFY(audit);
    QCOMPARE(audit->back().action, u"rules.suggest"_s);

    // A dropped field shows as such in the masked half.
    for (int field = 0; field < suggested.size(); ++field) {
        if (suggested.at(field).second.op() != MaskOperator::Drop)
            continue;
        MaskPreviewModel *preview = view.previewModel();
        QVERIFY(preview->headerData(preview->maskedColumn(field), Qt::Horizontal)
                    .toString()
                    .contains(u"(dropped)"_s));
        QCOMPARE(preview->maskedState(0, field), MaskPreviewModel::CellState::Dropped);
    }

    // Selected only: after clearing one field, applying to it alone restores its suggestion.
    const QString field = suggested.front().first;
    QVERIFY(view.selectField(field));
    QVERIFY(view.clearSelected());
    QCOMPARE(stored(dataset, field), std::nullopt);
    view.suggestSelectedAction()->trigger();
    QCOMPARE(stored(dataset, field), std::optional<MaskRule>(suggested.front().second));

    // Undo everything: no rule left.
    while (view.undoStack()->canUndo())
        view.undoStack()->undo();
    rules = MaskRuleStore(*m_store).planRules(dataset);
    QVERIFY(rules);
    QVERIFY(rules->isEmpty());
}

void TestMaskingView::keepClearsRule()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(20));
    QVERIFY(dataset.id != 0);
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QVERIFY(view.setRule({u"fee"_s}, *MaskRule::parse(u"bands:width=10")));
    QVERIFY(stored(dataset, u"fee"_s).has_value());
    QVERIFY(view.previewModel()->maskedText(0, fieldIndex(dataset, u"fee"_s))
            != view.previewModel()->originalText(0, fieldIndex(dataset, u"fee"_s)));
    clickField(view, u"fee"_s);
    QTest::keyClick(view.rulesTable(), Qt::Key_Delete);
    QCOMPARE(stored(dataset, u"fee"_s), std::nullopt);
    QCOMPARE(view.previewModel()->maskedText(0, fieldIndex(dataset, u"fee"_s)),
             view.previewModel()->originalText(0, fieldIndex(dataset, u"fee"_s)));
    QCOMPARE(view.undoStack()->count(), 2);
}

void TestMaskingView::lockedUntilUnlocked()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(20));
    QVERIFY(dataset.id != 0);
    const int id = fieldIndex(dataset, u"id"_s);
    const QString passphrase = u"correct horse battery"_s;
    {
        MaskingView view;
        uitest::attachModelTesters(&view);
        showView(view, dataset);
        QVERIFY(!view.isLockPromptVisible());
        QVERIFY(view.setRule({u"id"_s}, MaskRule(MaskOperator::Pseudonym)));
        // Stored, but the preview cannot compute tokens without the secret.
        QVERIFY(stored(dataset, u"id"_s).has_value());
        QVERIFY(view.isLockPromptVisible());
        QVERIFY(view.lockMessageText().contains(u"id"_s));
        QCOMPARE(view.previewModel()->maskedState(0, id), MaskPreviewModel::CellState::Locked);
        QCOMPARE(view.previewModel()->data(view.previewModel()->index(0, view.previewModel()->maskedColumn(id))).toString(),
                 u"(locked)"_s);
        QVERIFY(!view.secret());
        QVERIFY(!ProjectSecretStore(*m_store).exists());
        QVERIFY(view.unlock(passphrase)); // first time: creates the secret
        QVERIFY(ProjectSecretStore(*m_store).exists());
        QVERIFY(view.secret());
        QVERIFY(!view.isLockPromptVisible());
        QCOMPARE(view.previewModel()->maskedState(0, id), MaskPreviewModel::CellState::Changed);
    }
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QVERIFY(view.isLockPromptVisible());
    QVERIFY(!view.unlock(u"wrong passphrase"_s));
    auto *error = view.findChild<ui::InlineMessage *>(u"maskLockError"_s);
    QVERIFY(error && error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!error->text().contains(u"wrong passphrase"_s));
    QCOMPARE(view.previewModel()->maskedState(0, id), MaskPreviewModel::CellState::Locked);
    QVERIFY(view.unlock(passphrase));
    QVERIFY(!error->isVisible());
    const QString token = view.previewModel()->maskedText(0, id);
    QCOMPARE(token.size(), 16); // base32 of 80 bits
    // The same secret gives the same token as the core with that secret.
    QStringList columns;
    for (const ColumnInfo &c : dataset.columns)
        columns << c.name;
    MaskEnvironment env;
    env.secret = view.secret();
    Result<MaskPlan> plan =
        MaskPlan::compile(columns, {{u"id"_s, MaskRule(MaskOperator::Pseudonym)}}, env);
    QVERIFY(plan);
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    QVERIFY(worker);
    const QByteArray cell = originalRow(dataset, 0).at(id).toUtf8();
    std::vector<std::string_view> row(size_t(columns.size()));
    row[size_t(id)] = std::string_view(cell.constData(), size_t(cell.size()));
    const MaskedCell masked = worker->maskCell(id, row);
    QCOMPARE(token, QString::fromUtf8(masked.text.data(), qsizetype(masked.text.size())));
    // Closing the project forgets the secret.
    view.setProject(nullptr);
    QVERIFY(!view.secret());
}

void TestMaskingView::scrollingIsSynchronised()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(600));
    QVERIFY(dataset.id != 0);
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    QScrollBar *left = view.originalView()->verticalScrollBar();
    QScrollBar *right = view.maskedView()->verticalScrollBar();
    QVERIFY(right->maximum() > 100);
    right->setValue(300);
    QCOMPARE(left->value(), 300);
    view.originalView()->scrollToBottom();
    QCOMPARE(right->value(), left->value());
    QVERIFY(left->value() > 300);
    // The halves hide each other's columns and share the selection.
    MaskPreviewModel *preview = view.previewModel();
    QVERIFY(view.originalView()->isColumnHidden(preview->maskedColumn(0)));
    QVERIFY(!view.originalView()->isColumnHidden(preview->originalColumn(0)));
    QVERIFY(view.maskedView()->isColumnHidden(preview->originalColumn(0)));
    QCOMPARE(view.originalView()->selectionModel(), view.maskedView()->selectionModel());
    // Never the whole table: only the pages painted (and the last one) were fetched.
    QVERIFY(preview->cachedPageCount() <= MaskPreviewModel::kMaxPages);
    QVERIFY(preview->fetchCount() < (600 + MaskPreviewModel::kPageRows - 1) / MaskPreviewModel::kPageRows + 1);
}

void TestMaskingView::previewModelSuppressedRecords()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(300));
    QVERIFY(dataset.id != 0);
    MaskPreviewModel model;
    model.setSource(m_store.get(), dataset);
    const int fee = fieldIndex(dataset, u"fee"_s);
    const int name = fieldIndex(dataset, u"name"_s);
    model.setRules({{u"fee"_s, *MaskRule::parse(u"bands:width=10")},
                    {u"name"_s, MaskRule(MaskOperator::Suppress)}},
                   MaskEnvironment{});
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), 2 * dataset.columns.size());

    auto flags = std::make_shared<std::vector<uint8_t>>(300, 0);
    (*flags)[1] = 1;
    (*flags)[290] = 1; // on the second page
    QSignalSpy dataChanged(&model, &MaskPreviewModel::dataChanged);
    model.setSuppressedRecords(flags);
    QVERIFY(!dataChanged.isEmpty());
    QCOMPARE(model.suppressedRecordCount(), 2);
    for (const int row : {0, 1, 2, 289, 290}) {
        const bool suppressed = (*flags)[size_t(row)] != 0;
        const QModelIndex masked = model.index(row, model.maskedColumn(fee));
        const QModelIndex original = model.index(row, model.originalColumn(fee));
        QCOMPARE(model.data(masked, MaskPreviewModel::RecordSuppressedRole).toBool(), suppressed);
        QCOMPARE(model.data(masked, Qt::FontRole).value<QFont>().strikeOut(), suppressed);
        QCOMPARE(model.data(masked, Qt::ForegroundRole).isValid(), suppressed);
        QCOMPARE(model.data(masked, Qt::ToolTipRole).toString().contains(u"suppress"_s),
                 suppressed);
        // The original half shows the record as it is.
        QVERIFY(!model.data(original, Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.data(original).toString(), originalRow(dataset, row).at(fee));
    }
    // A suppressed value: greyed "∅".
    const QModelIndex suppressedName = model.index(0, model.maskedColumn(name));
    QCOMPARE(model.maskedState(0, name), MaskPreviewModel::CellState::Suppressed);
    QCOMPARE(model.data(suppressedName).toString(), u"∅"_s);
    QVERIFY(model.data(suppressedName, Qt::ForegroundRole).isValid());

    model.setSuppressedRecords(nullptr);
    QVERIFY(!model.data(model.index(1, model.maskedColumn(fee)), MaskPreviewModel::RecordSuppressedRole).toBool());

    QSignalSpy pending(&model, &MaskPreviewModel::suppressionPendingChanged);
    model.setSuppressionPending(true);
    model.setSuppressionPending(true);
    QCOMPARE(pending.count(), 1);
    QVERIFY(model.isSuppressionPending());
    model.setSuppressionPending(false);
    QCOMPARE(pending.count(), 2);

    // The view says so while the risk pass runs.
    MaskingView view;
    uitest::attachModelTesters(&view);
    showView(view, dataset);
    auto *message = view.findChild<ui::InlineMessage *>(u"maskSuppressionMessage"_s);
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    view.previewModel()->setSuppressionPending(true);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Record suppression will show when the risk pass finishes"_s);
    view.previewModel()->setSuppressedRecords(flags);
    view.previewModel()->setSuppressionPending(false);
    QVERIFY(!message->isVisible());
    QVERIFY(view.previewModel()->isRecordSuppressed(290));
}

void TestMaskingView::previewRecomputesOnlyChangedColumns()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(100));
    QVERIFY(dataset.id != 0);
    MaskPreviewModel model;
    model.setSource(m_store.get(), dataset);
    const int n = int(dataset.columns.size());
    QList<std::pair<QString, MaskRule>> rules{{u"fee"_s, *MaskRule::parse(u"bands:width=10")},
                                              {u"admitted"_s, *MaskRule::parse(u"date:to=year")}};
    model.setRules(rules, MaskEnvironment{});
    const auto touchAll = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int field = 0; field < n; ++field)
                model.data(model.index(row, model.maskedColumn(field)));
        }
    };
    touchAll();
    QCOMPARE(model.fetchCount(), 1);
    QCOMPARE(model.maskedCellCount(), 2 * 100); // two masked columns of one page
    // Another rule for one field: only its column is masked again, no row is read again.
    rules[1].second = *MaskRule::parse(u"date:to=month");
    model.setRules(rules, MaskEnvironment{});
    touchAll();
    QCOMPARE(model.fetchCount(), 1);
    QCOMPARE(model.maskedCellCount(), 3 * 100);
    QVERIFY(model.maskedText(5, fieldIndex(dataset, u"admitted"_s)).size() == 7); // 2024-MM
    // The same rules again: nothing to do.
    model.setRules(rules, MaskEnvironment{});
    touchAll();
    QCOMPARE(model.maskedCellCount(), 3 * 100);
}

// A rule change re-masks the cached page in memory and reads no row again (how long it takes is
// measured by bench_preview, not here).
void TestMaskingView::previewRecomputeMasksThePageWithoutRereading()
{
    const DatasetInfo dataset = importSample(u"inpatients"_s, 2000, 5);
    QVERIFY(dataset.id != 0);
    ClassificationService service(*m_store);
    Result<DatasetClassification> classified = service.analyzeNow(dataset.name);
    QVERIFY(classified);
    // The suggestions, with every kept field masked too: every column is recomputed.
    QList<std::pair<QString, MaskRule>> rules = RuleSuggester::suggest(*classified);
    for (auto &[field, rule] : rules) {
        if (rule.op() == MaskOperator::Keep)
            rule = *MaskRule::parse(u"mask:first=1,last=1");
    }
    MaskEnvironment env;
    env.secret = *ProjectSecret::generate();
    MaskPreviewModel model;
    model.setSource(m_store.get(), dataset);
    const int n = int(dataset.columns.size());
    const auto touchPage = [&] {
        for (int row = 0; row < 100; ++row) {
            for (int field = 0; field < n; ++field)
                model.data(model.index(row, model.maskedColumn(field)));
        }
    };
    model.setRules({}, env);
    touchPage(); // reads the rows
    const qint64 before = model.maskedCellCount();
    model.setRules(rules, env);
    touchPage();
    // All but a few dropped fields were masked again.
    QVERIFY(model.maskedCellCount() - before >= qint64(100) * (n - 4));
    QCOMPARE(model.fetchCount(), 1);
}

void TestMaskingView::workspaceHasMaskingTab()
{
    const DatasetInfo dataset = importCsv(u"patients"_s, uitest::patientCsv(20));
    QVERIFY(dataset.id != 0);
    const QString path = m_store->path();
    m_store.reset();
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    ui::DatasetWorkspace *workspace = window.workspace();
    MaskingView *masking = workspace->maskingView();
    QVERIFY(masking);
    QTRY_VERIFY(workspace->indexOf(masking) >= 0);
    QCOMPARE(workspace->indexOf(masking), 2);
    QCOMPARE(workspace->tabText(2).remove(u'&'), u"Masking"_s);
    QCOMPARE(masking->dataset().id, dataset.id);
    QCOMPARE(masking->ruleModel()->rowCount(), dataset.columns.size());
    // Ctrl+Z in the tab undoes the tab's own step (the Classification tab has its own history).
    workspace->setCurrentWidget(masking);
    QVERIFY(masking->setRule({u"fee"_s}, *MaskRule::parse(u"bands:width=10")));
    masking->rulesTable()->setFocus();
    QTest::keyClick(masking->rulesTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(masking->undoStack()->count(), 1);
    QCOMPARE(masking->undoStack()->index(), 0);
}

void TestMaskingView::screenshot()
{
    const QString directory = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set STEWARD_SCREENSHOT_DIR to write masking.png");
    const DatasetInfo dataset = importSample(u"inpatients"_s, 5000, 1);
    QVERIFY(dataset.id != 0);
    ClassificationService service(*m_store);
    QVERIFY(service.analyzeNow(dataset.name));
    const QString path = m_store->path();
    m_store.reset();
    ui::MainWindow window;
    window.resize(1600, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    MaskingView *view = window.workspace()->maskingView();
    window.workspace()->setCurrentWidget(view);
    QVERIFY(view->applySuggested(false));
    QVERIFY(QDir().mkpath(directory));
    // Before unlocking, while the risk pass runs: masking-locked.png.
    view->previewModel()->setSuppressionPending(true);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(directory).filePath(u"masking-locked.png"_s)));
    view->previewModel()->setSuppressionPending(false);
    QVERIFY(view->unlock(u"screenshot passphrase"_s));
    // A partially masked field, a record suppressed by the risk pass.
    const QString field = view->ruleModel()->field(3)->name;
    QVERIFY(view->setRule({field}, *MaskRule::parse(u"mask:first=1,last=0")));
    auto flags = std::make_shared<std::vector<uint8_t>>(size_t(dataset.rowCount), 0);
    (*flags)[2] = 1;
    (*flags)[5] = 1;
    view->previewModel()->setSuppressedRecords(flags);
    QVERIFY(view->selectField(field));
    QTest::qWait(300);
    QVERIFY(QDir().mkpath(directory));
    const QString file = QDir(directory).filePath(u"masking.png"_s);
    QVERIFY(window.grab().save(file));
    qInfo("wrote %s", qPrintable(file));
}

QTEST_MAIN(TestMaskingView)
#include "test_maskingview.moc"
