// Presets and templates in the Masking tab: a preset sets the rules computed from the
// classification as one undoable step; a template saved from one month's dataset is applied to
// the next month's extract, with the fields it does not cover said above the rules.

#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/import/Importer.h"
#include "core/mask/MaskPresets.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/MaskTemplateStore.h"
#include "core/mask/RuleSuggester.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskRuleSetActions.h"
#include "ui/masking/MaskingView.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::MaskingView;

class TestMaskRuleSets final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { uitest::isolateSettings(); }
    void init();
    void cleanup();
    void presetFromTheMenuIsOneUndoableStep_data();
    void presetFromTheMenuIsOneUndoableStep();
    void templateCarriesRulesToNextMonth();

private:
    DatasetInfo importCsv(const QString &name, const QByteArray &csv);
    QList<std::pair<QString, MaskRule>> stored(const DatasetInfo &d)
    {
        return *MaskRuleStore(*m_store).planRules(d);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<MaskingView> m_view;
};

void TestMaskRuleSets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ProjectStore::create(m_dir->filePath(u"p.steward"_s));
    QVERIFY(store);
    m_store = std::move(*store);
    m_view = std::make_unique<MaskingView>();
    uitest::attachModelTesters(m_view.get());
    m_view->resize(1300, 850);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setProject(m_store.get());
}

void TestMaskRuleSets::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

DatasetInfo TestMaskRuleSets::importCsv(const QString &name, const QByteArray &csv)
{
    const QString file = m_dir->filePath(name + u".csv"_s);
    if (!uitest::writeFile(file, csv))
        return {};
    ImportOptions options;
    options.datasetName = name;
    auto info = importFile(*m_store, file, options);
    return info ? *info : DatasetInfo{};
}

void TestMaskRuleSets::presetFromTheMenuIsOneUndoableStep_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("entryName");
    QTest::addColumn<bool>("subjectPseudonym");
    for (const QString &name : MaskPresets::names())
        QTest::newRow(qPrintable(name)) << name << u"preset_"_s + name << false;
    QTest::newRow("hipaa, subject key as pseudonym")
        << u"hipaa-safe-harbor"_s << u"preset_hipaa-safe-harbor_subject-pseudonym"_s << true;
}

void TestMaskRuleSets::presetFromTheMenuIsOneUndoableStep()
{
    QFETCH(QString, preset);
    QFETCH(QString, entryName);
    QFETCH(bool, subjectPseudonym);
    SampleOptions sample;
    sample.rows = 400;
    QVERIFY(writeSample(m_dir->filePath(u"s.csv"_s), sample));
    ImportOptions options;
    options.datasetName = u"s"_s;
    auto dataset = importFile(*m_store, m_dir->filePath(u"s.csv"_s), options);
    QVERIFY(dataset);
    auto classification = ClassificationService(*m_store).analyzeNow(u"s"_s);
    QVERIFY(classification);
    m_view->showDataset(*dataset);
    QVERIFY(stored(*dataset).isEmpty());

    // The preset's entry of the "Apply Preset" menu.
    QMenu *menu = m_view->ruleSetActions()->presetAction()->menu();
    QAction *entry = menu->findChild<QAction *>(entryName);
    QVERIFY(entry);
    entry->trigger();

    MaskPresetOptions presetOptions;
    presetOptions.subjectPseudonym = subjectPseudonym;
    const auto expected =
        MaskPresets::rules(*MaskPresets::fromName(preset), *classification, presetOptions);
    // The sample's subject key (住院号) is dropped by strict Safe Harbor, pseudonymised by the
    // variant and by the GB/T preset.
    const QString subjectKey = RuleSuggester::subjectKey(*classification);
    QCOMPARE(subjectKey, u"住院号"_s);
    const bool pseudonymised = subjectPseudonym || preset != u"hipaa-safe-harbor"_s;
    QCOMPARE(m_view->ruleModel()->storedRule(subjectKey)->op(),
             pseudonymised ? MaskOperator::Pseudonym : MaskOperator::Drop);
    const auto audit = m_store->auditEntries();
    QVERIFY(audit && !audit->isEmpty());
    QCOMPARE(audit->last().action, u"rules.preset"_s);
    QVERIFY(audit->last().detail.contains(
        u"\"subject_pseudonym\":%1"_s.arg(subjectPseudonym ? u"true"_s : u"false"_s)));
    QList<std::pair<QString, MaskRule>> nonKeep;
    for (const auto &r : expected) {
        if (r.second.op() != MaskOperator::Keep)
            nonKeep.append(r);
    }
    QVERIFY(!nonKeep.isEmpty());
    for (const auto &[field, rule] : nonKeep)
        QCOMPARE(m_view->ruleModel()->storedRule(field), std::optional<MaskRule>(rule));
    QCOMPARE(m_view->undoStack()->count(), 1);
    m_view->undoStack()->undo();
    QVERIFY(stored(*dataset).isEmpty());
}

void TestMaskRuleSets::templateCarriesRulesToNextMonth()
{
    const DatasetInfo october = importCsv(u"october"_s, "mrn,age,zip,dx\nA1,34,310012,J18\n"
                                                       "A2,61,310013,E11\n");
    m_view->showDataset(october);
    QVERIFY(m_view->setRule({u"mrn"_s}, *MaskRule::parse(u"drop")));
    QVERIFY(m_view->setRule({u"age"_s}, *MaskRule::parse(u"bands:width=10")));
    QVERIFY(m_view->setRule({u"zip"_s}, *MaskRule::parse(u"truncate:keep=3")));
    QVERIFY(m_view->ruleSetActions()->saveTemplate(u"monthly"_s));
    QVERIFY(MaskTemplateStore(*m_store).contains(u"monthly"_s).value());

    // November's extract renamed zip to postcode and added a ward.
    const DatasetInfo november = importCsv(u"november"_s, "mrn,age,postcode,dx,ward\n"
                                                          "B1,45,320001,I10,3\n");
    m_view->showDataset(november);
    QVERIFY(m_view->ruleSetActions()->applyTemplate(u"monthly"_s));
    QCOMPARE(m_view->ruleModel()->storedRule(u"mrn"_s)->op(), MaskOperator::Drop);
    QCOMPARE(m_view->ruleModel()->storedRule(u"age"_s), MaskRule::parse(u"bands:width=10").value());
    QVERIFY(!m_view->ruleModel()->storedRule(u"postcode"_s).has_value());
    const QString notice = m_view->messageText();
    QVERIFY2(notice.contains(u"zip"_s), qPrintable(notice));      // in the template, not here
    QVERIFY2(notice.contains(u"postcode"_s), qPrintable(notice)); // here, not in the template
    QVERIFY2(notice.contains(u"ward"_s), qPrintable(notice));
    // One step back leaves November as it was.
    QCOMPARE(m_view->undoStack()->count(), 1);
    m_view->undoStack()->undo();
    QVERIFY(stored(november).isEmpty());

    // An unknown template changes nothing and says so.
    QVERIFY(!m_view->ruleSetActions()->applyTemplate(u"nope"_s));
    QVERIFY(stored(november).isEmpty());
    QVERIFY(!m_view->messageText().isEmpty());
}

QTEST_MAIN(TestMaskRuleSets)
#include "test_maskrulesets.moc"
