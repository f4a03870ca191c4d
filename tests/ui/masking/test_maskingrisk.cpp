// The Masking tab as a whole, driven as a steward would in the main window: editing a rule in the
// editor changes the preview at once and the risk figures after the background pass; undo puts
// both back; the k-anonymity dialog opened from the risk panel turns its result into rules and a
// record suppression that the preview strikes out, as one undoable step.

#include "tests/core/CoreTestSupport.h"
#include "ui/datasets/DatasetWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/ProjectNavigator.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/sample/SampleGenerator.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/masking/MaskPreviewModel.h"
#include "ui/masking/MaskRuleEditor.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskingRiskLink.h"
#include "ui/masking/MaskingView.h"
#include "ui/risk/AnonymizeDialog.h"
#include "ui/risk/RiskCharts.h"
#include "ui/risk/RiskPanel.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::AnonymizeDialog;
using steward::ui::MaskingView;
using steward::ui::MaskPreviewModel;
using steward::ui::RiskPanel;

class TestMaskingRisk final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolateSettings(); }
    void init();
    void cleanup();
    void editingARuleUpdatesPreviewAndRisk();
    void anonymizeResultBecomesUndoableRules();
    void screenshot();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool measured(RiskPanel *panel, QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    MaskingView *m_masking = nullptr;
    RiskPanel *m_panel = nullptr;
    DatasetInfo m_dataset;
};

void TestMaskingRisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(uitest::writeFile(path(u"t.csv"_s), coretest::sixRecordTable()));
    {
        auto store = ProjectStore::create(path(u"p.steward"_s));
        QVERIFY(store);
        ImportOptions options;
        options.datasetName = u"t"_s;
        auto info = importFile(**store, path(u"t.csv"_s), options);
        QVERIFY(info);
        m_dataset = *info;
    }
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path(u"p.steward"_s)));
    ui::DatasetWorkspace *workspace = m_window->workspace();
    m_masking = workspace->maskingView();
    QTRY_VERIFY(workspace->indexOf(m_masking) >= 0);
    workspace->setCurrentWidget(m_masking);
    m_masking->showSidePanel(); // the risk panel's tab, next to the preview's
    m_panel = m_masking->findChild<RiskPanel *>();
    QVERIFY(m_panel);
    QVERIFY(m_panel->isVisible());
    m_panel->setK(2);
}

void TestMaskingRisk::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

bool TestMaskingRisk::measured(RiskPanel *panel, QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return false;
    // A pass scheduled by a later change may still come: wait until the panel is idle.
    for (int waited = 0; panel->isRunning() && waited < 10000; waited += 20)
        QTest::qWait(20);
    return !panel->isRunning() && panel->result().has_value();
}

void TestMaskingRisk::editingARuleUpdatesPreviewAndRisk()
{
    // The tiny table classifies nothing as quasi-identifying: the steward picks them.
    QSignalSpy results(m_panel, &RiskPanel::resultChanged);
    m_panel->setQuasi({u"age"_s, u"sex"_s, u"zip"_s});
    QVERIFY(measured(m_panel, results));
    QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(6));

    // Select "age" in the rules table and give it bands of 10 with the editor.
    const int row = m_masking->ruleModel()->rowOf(u"age"_s);
    QTableView *table = m_masking->rulesTable();
    const QModelIndex index = m_masking->ruleModel()->index(row, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QComboBox *combo = m_masking->editor()->operatorCombo();
    combo->setCurrentIndex(combo->findData(int(MaskOperator::Bands)));
    auto *width = m_masking->editor()->parameterWidget(u"width"_s);
    QVERIFY(width);
    if (auto *spin = qobject_cast<QSpinBox *>(width)) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, u"10"_s);
    } else {
        auto *edit = qobject_cast<QLineEdit *>(width);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, u"10"_s);
    }
    results.clear();
    QTest::mouseClick(m_masking->editor()->applyButton(), Qt::LeftButton);

    // The preview shows the band at once (no waiting for anything), highlighted.
    MaskPreviewModel *preview = m_masking->previewModel();
    const QModelIndex masked = preview->index(0, preview->maskedColumn(1));
    QVERIFY(preview->data(masked).toString() != u"34"_s);
    QCOMPARE(preview->data(preview->index(0, preview->originalColumn(1))).toString(), u"34"_s);
    QVERIFY(preview->data(masked, Qt::BackgroundRole) 
            != preview->data(preview->index(0, preview->maskedColumn(2)), Qt::BackgroundRole));

    // The risk follows: ages in two bands, zip still unique → still 6 classes; with zip
    // truncated as well, 4 classes.
    QVERIFY(measured(m_panel, results));
    QVERIFY(m_panel->result()->fieldLoss[1].loss > 0.0);
    results.clear();
    QVERIFY(m_masking->setRule({u"zip"_s}, *MaskRule::parse(u"truncate:keep=3")));
    QVERIFY(measured(m_panel, results));
    QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(4));
    QCOMPARE(m_panel->figureText(RiskPanel::Classes, 1), QLocale().toString(6)); // stored

    // Undo (Ctrl+Z in the tab) takes the zip rule back: preview and risk both return.
    results.clear();
    m_masking->rulesTable()->setFocus();
    QTest::keyClick(m_masking->rulesTable(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!MaskRuleStore(*m_window->project()).planRules(m_dataset)->contains(
        {u"zip"_s, *MaskRule::parse(u"truncate:keep=3")}));
    QCOMPARE(preview->data(preview->index(0, preview->maskedColumn(3))).toString(), u"310012"_s);
    QVERIFY(measured(m_panel, results));
    QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(6));
}

void TestMaskingRisk::anonymizeResultBecomesUndoableRules()
{
    QVERIFY(uitest::writeFile(path(u"age.csv"_s),
                              "34;30-39;*\n36;30-39;*\n38;30-39;*\n51;50-59;*\n55;50-59;*\n59;50-59;*\n"));
    QVERIFY(uitest::writeFile(path(u"zip.csv"_s), "310012;310;*\n310013;310;*\n310014;310;*\n"
                                                  "320001;320;*\n320002;320;*\n320003;320;*\n"));
    QVERIFY(uitest::writeFile(path(u"sex.csv"_s), "M;*\nF;*\n"));
    QSignalSpy results(m_panel, &RiskPanel::resultChanged);
    m_panel->setQuasi({u"age"_s, u"sex"_s, u"zip"_s});
    QVERIFY(measured(m_panel, results));

    // The dialog is modal: drive it once it is up. k=2 with a 50 % limit: age and zip to level
    // 1, records 3 and 6 suppressed.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AnonymizeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *fields = dialog->findChild<QTableWidget *>(u"anonymizeFieldTable"_s);
        for (const ColumnInfo &c : m_dataset.columns) {
            const bool quasi = c.name == u"age"_s || c.name == u"sex"_s || c.name == u"zip"_s;
            fields->item(c.position, 1)->setCheckState(quasi ? Qt::Checked : Qt::Unchecked);
            if (quasi)
                dialog->findChild<QLineEdit *>(u"anonymizeHierarchyEdit_%1"_s.arg(c.position))
                    ->setText(path(c.name + u".csv"_s));
        }
        dialog->findChild<QSpinBox *>(u"anonymizeKSpin"_s)->setValue(2);
        dialog->findChild<QDoubleSpinBox *>(u"anonymizeLimitSpin"_s)->setValue(50.0);
        connect(dialog, &AnonymizeDialog::resultReady, dialog, [dialog] {
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"anonymizeApplyButton"_s),
                              Qt::LeftButton);
        });
        connect(dialog, &AnonymizeDialog::runEnded, dialog, &QDialog::reject);
        driven = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"anonymizeRunButton"_s),
                          Qt::LeftButton);
    });
    results.clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"riskAnonymizeButton"_s), Qt::LeftButton);
    QVERIFY(driven);
    QCOMPARE(m_panel->k(), 2); // the panel measures with the search's k from now on

    ProjectStore &store = *m_window->project();
    auto suppression = RecordSuppressionStore(store).load(m_dataset);
    QVERIFY(suppression && *suppression);
    QCOMPARE((*suppression)->k, 2);
    QCOMPARE(m_masking->ruleModel()->storedRule(u"age"_s)->op(), MaskOperator::Hierarchy);

    // The risk pass leaves records 3 and 6 out; the preview strikes them out once it is done.
    QVERIFY(measured(m_panel, results));
    QCOMPARE(m_panel->figureText(RiskPanel::SuppressedRecords, 2), QLocale().toString(2));
    QCOMPARE(m_panel->figureText(RiskPanel::SmallestClass, 2), QLocale().toString(2));
    MaskPreviewModel *preview = m_masking->previewModel();
    QTRY_VERIFY(!preview->isSuppressionPending());
    QVERIFY(preview->isRecordSuppressed(2));
    QVERIFY(!preview->isRecordSuppressed(0));

    // One undo step (Edit → Undo, which offers the Masking tab's history while it is shown)
    // takes rules and suppression back.
    results.clear();
    auto *menuUndo = m_window->findChild<QAction *>(u"maskingMenuUndoAction"_s);
    QVERIFY(menuUndo && menuUndo->isVisible() && menuUndo->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"undoAction"_s)->isVisible());
    menuUndo->trigger();
    QVERIFY(!m_masking->ruleModel()->storedRule(u"age"_s).has_value());
    QVERIFY(!RecordSuppressionStore(store).load(m_dataset)->has_value());
    QVERIFY(measured(m_panel, results));
    QCOMPARE(m_panel->figureText(RiskPanel::SuppressedRecords, 2), QLocale().toString(0));
    QTRY_VERIFY(!preview->isRecordSuppressed(2));
}

// STEWARD_SCREENSHOT_DIR=DIR writes masking.png: the main window on the Masking tab of a 2,000-row
// sample with the suggested rules, the secret unlocked and the risk measured.
void TestMaskingRisk::screenshot()
{
    const QString directory = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set STEWARD_SCREENSHOT_DIR to write masking.png");
    // STEWARD_SCREENSHOT_LANG=zh_CN: the Chinese interface (masking-zh_CN.png).
    const QString lang = qEnvironmentVariable("STEWARD_SCREENSHOT_LANG");
    QTranslator translator;
    if (!lang.isEmpty()) {
        QLocale::setDefault(QLocale(lang));
        QVERIFY(translator.load(QLocale(), u"steward"_s, u"_"_s, u":/i18n"_s));
        QApplication::installTranslator(&translator);
    }
    const QString file = lang.isEmpty() ? u"masking.png"_s : u"masking-%1.png"_s.arg(lang);
    m_window.reset();
    SampleOptions sample;
    sample.rows = 2000;
    QVERIFY(writeSample(path(u"inpatients.csv"_s), sample));
    {
        auto store = ProjectStore::open(path(u"p.steward"_s));
        QVERIFY(store);
        ImportOptions options;
        options.datasetName = u"inpatients"_s;
        QVERIFY(importFile(**store, path(u"inpatients.csv"_s), options));
        QVERIFY(ClassificationService(**store).analyzeNow(u"inpatients"_s));
    }
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path(u"p.steward"_s)));
    QVERIFY(m_window->navigator()->selectDataset(u"inpatients"_s));
    ui::DatasetWorkspace *workspace = m_window->workspace();
    m_masking = workspace->maskingView();
    QTRY_VERIFY(workspace->indexOf(m_masking) >= 0);
    workspace->setCurrentWidget(m_masking);
    m_masking->showSidePanel(); // the risk panel's tab, next to the preview's
    m_panel = m_masking->findChild<RiskPanel *>();
    QVERIFY(m_masking->unlock(u"screenshot passphrase"_s));
    QSignalSpy results(m_panel, &RiskPanel::resultChanged);
    QVERIFY(m_masking->applySuggested(false));
    QVERIFY(measured(m_panel, results));
    m_masking->selectField(u"年龄"_s);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(QDir(directory).filePath(file)));
    // The other two charts, for a look.
    for (int tab : {1, 2}) {
        m_panel->charts()->setCurrentIndex(tab);
        QTest::qWait(100);
        QVERIFY(m_panel->grab().save(QDir(directory).filePath(u"risk-chart-%1.png"_s.arg(tab))));
    }
}

QTEST_MAIN(TestMaskingRisk)
#include "test_maskingrisk.moc"
