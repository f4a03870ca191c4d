// The anonymize dialog driven like a steward would on the Adult research sample: quasi-
// identifiers pre-checked from the classification and hierarchy files from stored rules, Run in
// the background, the result shown, Apply storing the rules and the record suppression; an
// unreachable k shown inline; Cancel and closing during a run storing nothing; a changed input
// discarding the shown result; the "no quasi-identifier" notice leaving once fields are ticked;
// levels explained with an example value; Enter applying once a result shows. On a synthetic
// hospital extract with no hierarchy file: a date quasi-identifier pre-filled with its suggested
// hierarchy, k=5 reached, the change list naming what the result replaces, a privacy model and a
// risk ceiling travelling into the request, a sensitive attribute checked as a quasi-identifier
// refused inline, the Result tab unavailable before a run, and Apply storing self-contained rules.
// Set STEWARD_SCREENSHOT_DIR to also write anonymize.png.

#include "ui/widgets/InlineMessage.h"
#include "tests/ui/UiTestSupport.h"
#include "core/classify/ClassificationService.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/risk/AnonymizationService.h"
#include "core/hierarchy/HierarchyService.h"
#include "ui/hierarchy/HierarchyEditorDialog.h"
#include "ui/risk/AnonymizeDialog.h"
#include "ui/risk/QuasiFieldTable.h"
#include "ui/risk/RiskCharts.h"
#include "core/sample/SampleGenerator.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QToolButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::ui::AnonymizeDialog;
using steward::ui::InlineMessage;
using steward::ui::QuasiFieldTable;
using steward::ui::RiskCharts;

namespace {

constexpr int kTimeoutMs = 60000;

using steward::testsupport::adultFile;

} // namespace

class TestAnonymizeDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runAndApplyStoresRulesAndSuppression();
    void preselectsClassificationAndStoredHierarchy();
    void unreachableKIsShownInline();
    void changedInputDiscardsResult();
    void cancelStoresNothing();
    void closingWhileRunningStoresNothing();
    void runNeedsAQuasiIdentifier();
    void noQuasiNoticeLeavesOnceFieldsAreTicked();
    void applyIsTheDefaultAfterARun();
    void resultTabOnlyAfterARun();
    void prefillsSuggestedHierarchyForDate();
    void reachesKOnSampleWithoutFiles();
    void changeListNamesWhatIsReplaced();
    void modelChoiceTravelsIntoRequest();
    void sensitiveQuasiIsRefusedInline();
    void editorSavesTheHierarchyTheSearchUses();
    void resultShowsTheLReached();

private:
    // A classified synthetic extract of `rows` rows as dataset "inpatients".
    DatasetInfo importSample(int rows);
    // The rows of the sample's date-typed fields checked as quasi-identifiers.
    static QList<int> dateQuasiRows(const DatasetInfo &dataset, const AnonymizationRequest &request);
    // The dataset's column index of a field.
    int row(const QString &field) const;
    // Checks exactly `fields` as quasi-identifiers, with their Adult hierarchies.
    void configure(AnonymizeDialog &dialog, const QStringList &fields);
    void typeInto(QAbstractSpinBox *spin, const QString &text);
    template <class T>
    T *child(AnonymizeDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    bool nothingStored();

    QTemporaryDir m_tmp;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_adult;
};

void TestAnonymizeDialog::initTestCase()
{
    uitest::isolateSettings();
    QVERIFY(m_tmp.isValid());
}

void TestAnonymizeDialog::init()
{
    static int projects = 0;
    auto store = ProjectStore::create(m_tmp.filePath(u"p%1.steward"_s.arg(++projects)));
    QVERIFY(store);
    m_store = std::move(*store);
    ImportOptions options;
    options.datasetName = u"adult"_s;
    auto info = importFile(*m_store, adultFile(u"adult_subset.csv"_s), options);
    QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
    m_adult = *info;
}

void TestAnonymizeDialog::cleanup()
{
    m_store.reset();
}

int TestAnonymizeDialog::row(const QString &field) const
{
    for (const ColumnInfo &c : m_adult.columns) {
        if (c.name == field)
            return c.position;
    }
    qFatal("no field %s", qPrintable(field));
}

void TestAnonymizeDialog::configure(AnonymizeDialog &dialog, const QStringList &fields)
{
    auto *table = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s);
    for (const ColumnInfo &c : m_adult.columns) {
        table->item(c.position, 1)->setCheckState(fields.contains(c.name) ? Qt::Checked : Qt::Unchecked);
        auto *edit = child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_%1"_s.arg(c.position));
        edit->clear();
        if (fields.contains(c.name))
            QTest::keyClicks(edit, adultFile(u"adult_hierarchy_%1.csv"_s.arg(c.name)));
    }
}

void TestAnonymizeDialog::typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

bool TestAnonymizeDialog::nothingStored()
{
    const auto rules = MaskRuleStore(*m_store).load(m_adult);
    const auto suppression = RecordSuppressionStore(*m_store).load(m_adult);
    return rules && rules->isEmpty() && suppression && !*suppression;
}

void TestAnonymizeDialog::runAndApplyStoresRulesAndSuppression()
{
    const QStringList quasi{u"sex"_s, u"age"_s, u"race"_s, u"education"_s, u"native-country"_s};
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    configure(dialog, quasi);
    typeInto(child<QSpinBox>(dialog, u"anonymizeKSpin"_s), u"10"_s);
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeLimitSpin"_s), u"3"_s);
    const AnonymizationRequest request = dialog.request();
    QCOMPARE(request.k, 10);
    QCOMPARE(request.suppressionLimit, 0.03);
    QCOMPARE(request.quasi.size(), quasi.size());

    auto *apply = child<QPushButton>(dialog, u"anonymizeApplyButton"_s);
    QVERIFY(!apply->isEnabled());
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QSignalSpy applied(&dialog, &AnonymizeDialog::applied);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(ready.wait(kTimeoutMs));
    QVERIFY(dialog.outcome());
    QVERIFY(apply->isEnabled());

    // What the dialog shows is what the service finds for the same request.
    const auto expected = AnonymizationService::run(*m_store, m_adult, request);
    QVERIFY(expected);
    const AnonymizationOutcome outcome = *dialog.outcome();
    QCOMPARE(outcome.result.levels, expected->result.levels);
    QCOMPARE(outcome.rules, expected->rules);
    QVERIFY(outcome.result.minClass >= 10);
    QVERIFY(outcome.result.suppressedRecords > 0); // so that Apply stores a record suppression too
    auto *levels = child<QTableWidget>(dialog, u"anonymizeLevelTable"_s);
    QCOMPARE(levels->rowCount(), quasi.size());
    for (int i = 0; i < quasi.size(); ++i) {
        QCOMPARE(levels->item(i, 0)->text(), outcome.quasi.at(i));
        QVERIFY(levels->item(i, 1)->text().contains(QLocale().toString(outcome.result.levels[size_t(i)])));
    }
    const QString summary = child<QLabel>(dialog, u"anonymizeSummary"_s)->text();
    QVERIFY2(summary.contains(QLocale().toString(qint64(outcome.result.minClass))), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(qint64(outcome.result.suppressedRecords))),
             qPrintable(summary));
    QVERIFY(child<QLabel>(dialog, u"anonymizeSuppressionNote"_s)->isVisible());
    // A generalised level names an example: "age 39 → 30–39" (not "→ *": the top explains
    // nothing).
    bool explained = false;
    for (int i = 0; i < quasi.size(); ++i) {
        const QString text = levels->item(i, 1)->text();
        if (outcome.result.levels[size_t(i)] > 0 && text.contains(u"→"_s)) {
            QVERIFY2(text.contains(outcome.quasi.at(i)) && !text.endsWith(u"→ *"_s), qPrintable(text));
            explained = true;
        }
    }
    QVERIFY(explained);
    // Every row of the result visible.
    QVERIFY(levels->verticalScrollBar()->maximum() == 0);
    QVERIFY(nothingStored()); // nothing before Apply
    if (const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"anonymize.png"_s)));

    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const auto stored = MaskRuleStore(*m_store).planRules(m_adult);
    QVERIFY(stored);
    QCOMPARE(*stored, outcome.rules);
    int hierarchyRules = 0;
    for (const auto &[field, rule] : *stored) {
        if (rule.op() == MaskOperator::Hierarchy) {
            ++hierarchyRules;
            QCOMPARE(rule.param(u"file"), adultFile(u"adult_hierarchy_%1.csv"_s.arg(field)));
        }
    }
    QVERIFY(hierarchyRules > 0);
    const auto suppression = RecordSuppressionStore(*m_store).load(m_adult);
    QVERIFY(suppression);
    QCOMPARE(*suppression, outcome.suppression);
    QCOMPARE(outcome.suppression.has_value(), outcome.result.suppressedRecords > 0);
}

void TestAnonymizeDialog::preselectsClassificationAndStoredHierarchy()
{
    ClassificationService service(*m_store);
    const auto cls = service.analyzeNow(m_adult.name);
    QVERIFY(cls);
    const QString file = adultFile(u"adult_hierarchy_age.csv"_s);
    auto rule = MaskRule::create(MaskOperator::Hierarchy, {{u"file"_s, file}, {u"level"_s, u"2"_s}});
    QVERIFY(rule);
    QVERIFY(MaskRuleStore(*m_store).save(m_adult, {{u"age"_s, *rule}}));

    AnonymizeDialog dialog(*m_store, m_adult);
    auto *table = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s);
    int quasi = 0;
    for (const FieldClassification &f : cls->fields) {
        quasi += f.effectiveRole() == FieldRole::Quasi ? 1 : 0;
        QCOMPARE(table->item(row(f.name), 1)->checkState() == Qt::Checked,
                 f.effectiveRole() == FieldRole::Quasi);
    }
    QVERIFY(quasi > 0 && quasi < cls->fields.size());
    QCOMPARE(child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_%1"_s.arg(row(u"age"_s)))->text(), file);
    QCOMPARE(child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_%1"_s.arg(row(u"sex"_s)))->text(), QString());
    QCOMPARE(child<QSpinBox>(dialog, u"anonymizeKSpin"_s)->value(), 5);
    QCOMPARE(child<QDoubleSpinBox>(dialog, u"anonymizeWeightSpin_0"_s)->value(), 1.0);
    QCOMPARE(child<QSpinBox>(dialog, u"anonymizeMaxLevelSpin_0"_s)->value(), -1);
    QCOMPARE(child<QSpinBox>(dialog, u"anonymizeMaxLevelSpin_0"_s)->text(),
             child<QSpinBox>(dialog, u"anonymizeMaxLevelSpin_0"_s)->specialValueText());
}

void TestAnonymizeDialog::unreachableKIsShownInline()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    configure(dialog, {u"sex"_s});
    typeInto(child<QSpinBox>(dialog, u"anonymizeKSpin"_s), u"5000"_s); // more than the records
    QSignalSpy ended(&dialog, &AnonymizeDialog::runEnded);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(ended.wait(kTimeoutMs));
    auto *message = child<InlineMessage>(dialog, u"anonymizeMessage"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"reaches k="_s), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(!dialog.outcome());
    QVERIFY(!child<QPushButton>(dialog, u"anonymizeApplyButton"_s)->isEnabled());
    QVERIFY(dialog.isVisible());
    QVERIFY(nothingStored());
}

void TestAnonymizeDialog::changedInputDiscardsResult()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    configure(dialog, {u"sex"_s, u"age"_s});
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(ready.wait(kTimeoutMs));
    auto *apply = child<QPushButton>(dialog, u"anonymizeApplyButton"_s);
    QVERIFY(apply->isEnabled());
    typeInto(child<QSpinBox>(dialog, u"anonymizeKSpin"_s), u"7"_s);
    QVERIFY(!dialog.outcome());
    QVERIFY(!apply->isEnabled());
    QCOMPARE(child<QTableWidget>(dialog, u"anonymizeLevelTable"_s)->rowCount(), 0);
}

void TestAnonymizeDialog::cancelStoresNothing()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    configure(dialog, {u"sex"_s, u"age"_s, u"race"_s, u"education"_s, u"native-country"_s,
                       u"workclass"_s, u"occupation"_s});
    QSignalSpy ended(&dialog, &AnonymizeDialog::runEnded);
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto *cancel = child<QPushButton>(dialog, u"anonymizeCancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(ended.wait(kTimeoutMs));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(child<InlineMessage>(dialog, u"anonymizeMessage"_s)->kind(), InlineMessage::Kind::Notice);
    QVERIFY(!child<QPushButton>(dialog, u"anonymizeApplyButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"anonymizeRunButton"_s)->isEnabled());
    QVERIFY(nothingStored());
}

void TestAnonymizeDialog::closingWhileRunningStoresNothing()
{
    auto dialog = std::make_unique<AnonymizeDialog>(*m_store, m_adult);
    dialog->show();
    configure(*dialog, {u"sex"_s, u"age"_s, u"race"_s, u"education"_s});
    QSignalSpy applied(dialog.get(), &AnonymizeDialog::applied);
    QTest::mouseClick(child<QPushButton>(*dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(child<QPushButton>(*dialog, u"anonymizeCloseButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    dialog.reset();
    QTest::qWait(50); // a late worker notification must find nothing
    QCOMPARE(applied.count(), 0);
    QVERIFY(nothingStored());
}

void TestAnonymizeDialog::runNeedsAQuasiIdentifier()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    configure(dialog, {});
    auto *run = child<QPushButton>(dialog, u"anonymizeRunButton"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_0"_s)->isEnabled());
    configure(dialog, {u"age"_s});
    QVERIFY(run->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_%1"_s.arg(row(u"age"_s)))->isEnabled());
}

void TestAnonymizeDialog::noQuasiNoticeLeavesOnceFieldsAreTicked()
{
    // The Adult extract is not classified: nothing is pre-checked, and the dialog says so.
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *message = child<InlineMessage>(dialog, u"anonymizeMessage"_s);
    QVERIFY(message->isVisible());
    auto *table = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s);
    table->item(row(u"age"_s), 1)->setCheckState(Qt::Checked);
    QVERIFY(!message->isVisible());
    table->item(row(u"sex"_s), 1)->setCheckState(Qt::Checked);
    QVERIFY(!message->isVisible());
}

void TestAnonymizeDialog::applyIsTheDefaultAfterARun()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    configure(dialog, {u"age"_s, u"sex"_s});
    typeInto(child<QSpinBox>(dialog, u"anonymizeKSpin"_s), u"2"_s);
    auto *run = child<QPushButton>(dialog, u"anonymizeRunButton"_s);
    auto *apply = child<QPushButton>(dialog, u"anonymizeApplyButton"_s);
    auto *close = child<QPushButton>(dialog, u"anonymizeCloseButton"_s);
    QVERIFY(run->isDefault());
    QVERIFY(!close->isDefault());
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QSignalSpy applied(&dialog, &AnonymizeDialog::applied);
    // Enter runs the search…
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(ready.count() > 0 || ready.wait(kTimeoutMs));
    QVERIFY(apply->isDefault());
    QVERIFY(!run->isDefault());
    QVERIFY(!close->isDefault());
    // … and then applies what it found.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

DatasetInfo TestAnonymizeDialog::importSample(int rows)
{
    SampleOptions sample;
    sample.rows = rows;
    const QString csv = m_tmp.filePath(u"inpatients.csv"_s);
    if (!writeSample(csv, sample))
        qFatal("sample not written");
    ImportOptions options;
    options.datasetName = u"inpatients"_s;
    auto info = importFile(*m_store, csv, options);
    if (!info)
        qFatal("sample not imported: %s", qPrintable(info.error().toString()));
    if (!ClassificationService(*m_store).analyzeNow(info->name))
        qFatal("sample not classified");
    return *info;
}

QList<int> TestAnonymizeDialog::dateQuasiRows(const DatasetInfo &dataset,
                                              const AnonymizationRequest &request)
{
    QList<int> rows;
    for (const ColumnInfo &c : dataset.columns) {
        if (c.type != ColumnType::Date)
            continue;
        for (const AnonymizationField &f : request.quasi) {
            if (f.name == c.name)
                rows.append(c.position);
        }
    }
    return rows;
}

void TestAnonymizeDialog::resultTabOnlyAfterARun()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(dialog, u"anonymizeTabs"_s);
    // Nothing is reserved for a result before there is one.
    QVERIFY(!tabs->isTabEnabled(AnonymizeDialog::ResultTab));
    QCOMPARE(tabs->currentIndex(), int(AnonymizeDialog::FieldsTab));
    configure(dialog, {u"age"_s, u"sex"_s});
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(ready.wait(kTimeoutMs));
    QVERIFY(tabs->isTabEnabled(AnonymizeDialog::ResultTab));
    QCOMPARE(tabs->currentIndex(), int(AnonymizeDialog::ResultTab));
    QVERIFY(child<QTableWidget>(dialog, u"anonymizeLevelTable"_s)->isVisible());
    // A changed input takes the result away again.
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeLimitSpin"_s), u"1"_s);
    QVERIFY(!tabs->isTabEnabled(AnonymizeDialog::ResultTab));
}

void TestAnonymizeDialog::prefillsSuggestedHierarchyForDate()
{
    const DatasetInfo sample = importSample(500);
    AnonymizeDialog dialog(*m_store, sample);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const AnonymizationRequest request = dialog.request();
    QVERIFY(!request.quasi.isEmpty());
    const QList<int> dates = dateQuasiRows(sample, request);
    QVERIFY2(!dates.isEmpty(), "no date field is a pre-checked quasi-identifier");
    for (int row : dates) {
        const QString name = sample.columns.at(row).name;
        const QString shown = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s)
                                  ->item(row, QuasiFieldTable::HierarchyColumn)->text();
        // "date: day → month → quarter → year → … → * (suggested)"
        QVERIFY2(shown.startsWith(u"date"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"→"_s) && shown.contains(u"year"_s), qPrintable(shown));
        QVERIFY(child<QLineEdit>(dialog, u"anonymizeHierarchyEdit_%1"_s.arg(row))->text().isEmpty());
        // The suggestion the row shows is what the search is asked to use.
        for (const AnonymizationField &f : request.quasi) {
            if (f.name == name) {
                QVERIFY(f.hierarchyFile.isEmpty());
                QVERIFY(f.builder);
                QCOMPARE(f.builder->kind, HierarchySpec::Kind::Date);
            }
        }
    }
}

void TestAnonymizeDialog::reachesKOnSampleWithoutFiles()
{
    const DatasetInfo sample = importSample(3000);
    AnonymizeDialog dialog(*m_store, sample);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QSpinBox>(dialog, u"anonymizeKSpin"_s), u"5"_s);
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeLimitSpin"_s), u"5"_s);
    const AnonymizationRequest request = dialog.request();
    QVERIFY(request.quasi.size() >= 3);
    for (const AnonymizationField &f : request.quasi)
        QVERIFY(f.hierarchyFile.isEmpty());
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QSignalSpy ended(&dialog, &AnonymizeDialog::runEnded);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + ended.count() > 0, kTimeoutMs);
    QVERIFY2(ready.count() == 1,
             qPrintable(child<InlineMessage>(dialog, u"anonymizeMessage"_s)->text()));
    const AnonymizationOutcome outcome = *dialog.outcome();
    QVERIFY(outcome.result.minClass >= 5);
    QVERIFY(outcome.result.suppressedRecords <= quint64(0.05 * double(sample.rowCount)));
    const QString summary = child<QLabel>(dialog, u"anonymizeSummary"_s)->text();
    QVERIFY2(summary.contains(QLocale().toString(qint64(outcome.result.classes))), qPrintable(summary));
    // The charts compare the data before the search with the result, in those words, and count
    // every record kept on the result side.
    auto *charts = dialog.findChild<RiskCharts *>();
    QVERIFY(charts);
    QCOMPARE(charts->beforeName(), u"Before"_s);
    QCOMPARE(charts->afterName(), u"Result"_s);
    quint64 after = 0;
    for (quint64 records : charts->afterBuckets())
        after += records;
    QCOMPARE(after, quint64(sample.rowCount) - outcome.result.suppressedRecords);

    QSignalSpy applied(&dialog, &AnonymizeDialog::applied);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeApplyButton"_s), Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    const auto stored = MaskRuleStore(*m_store).planRules(sample);
    QVERIFY(stored);
    QCOMPARE(*stored, outcome.rules);
    // Rules of built-in hierarchies carry their builder: nothing depends on a file.
    bool builder = false;
    for (const auto &[field, rule] : *stored) {
        QVERIFY(!rule.hasParam(u"file"));
        builder = builder || rule.hasParam(u"builder");
    }
    QVERIFY(builder);
}

void TestAnonymizeDialog::changeListNamesWhatIsReplaced()
{
    const DatasetInfo sample = importSample(3000);
    AnonymizeDialog probe(*m_store, sample);
    const QList<int> dates = dateQuasiRows(sample, probe.request());
    QVERIFY(!dates.isEmpty());
    const QString dateField = sample.columns.at(dates.first()).name;
    // The steward had cut the date to the month: the result may coarsen it, never undo it.
    auto rule = MaskRule::create(MaskOperator::Date, {{u"to"_s, u"month"_s}});
    QVERIFY(rule);
    QVERIFY(MaskRuleStore(*m_store).save(sample, {{dateField, *rule}}));

    AnonymizeDialog dialog(*m_store, sample);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString floor = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s)
                              ->item(dates.first(), QuasiFieldTable::FloorColumn)->text();
    QVERIFY2(floor.contains(u"month"_s), qPrintable(floor));
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeLimitSpin"_s), u"5"_s);
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QVERIFY(ready.wait(kTimeoutMs));
    const AnonymizationOutcome outcome = *dialog.outcome();
    QCOMPARE(outcome.changes.size(), outcome.quasi.size());
    auto *levels = child<QTableWidget>(dialog, u"anonymizeLevelTable"_s);
    QCOMPARE(levels->rowCount(), outcome.quasi.size());
    for (int i = 0; i < outcome.quasi.size(); ++i) {
        const AnonymizationFieldChange &change = outcome.changes.at(i);
        const QString text = levels->item(i, 2)->text();
        QVERIFY2(!text.isEmpty(), qPrintable(outcome.quasi.at(i)));
        if (change.field != dateField)
            continue;
        QVERIFY(change.previous);
        QVERIFY(change.level >= change.floor);
        QVERIFY(change.floor > 0);
        // "replaces Date generalisation (to=month)" or "kept: the stored rule … is the floor".
        QVERIFY2(text.contains(u"month"_s), qPrintable(text));
        QVERIFY2(text.startsWith(change.replaced ? u"replaces"_s : u"kept"_s), qPrintable(text));
    }
}

void TestAnonymizeDialog::modelChoiceTravelsIntoRequest()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    configure(dialog, {u"age"_s, u"sex"_s, u"race"_s});
    auto *tabs = child<QTabWidget>(dialog, u"anonymizeTabs"_s);
    tabs->setCurrentIndex(AnonymizeDialog::ModelsTab);
    // Add occupation as a sensitive attribute through the "Add" list.
    auto *add = child<QComboBox>(dialog, u"anonymizeAddSensitive"_s);
    const int index = add->findText(u"occupation"_s);
    QVERIFY(index > 0);
    add->setFocus();
    add->setCurrentIndex(index);
    emit add->activated(index);
    auto *model = child<QComboBox>(dialog, u"anonymizeSensitiveModel_0"_s);
    QCOMPARE(model->currentIndex(), 0); // none until the steward chooses
    QVERIFY(dialog.request().sensitive.isEmpty());
    model->setFocus();
    QTest::keyClick(model, Qt::Key_Down); // distinct
    QTest::keyClick(model, Qt::Key_Down); // entropy
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeSensitiveParameter_0"_s), u"3"_s);
    QTest::mouseClick(child<QCheckBox>(dialog, u"anonymizeMaxRiskCheck"_s), Qt::LeftButton);
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeMaxRiskSpin"_s), u"10"_s);

    const AnonymizationRequest request = dialog.request();
    QCOMPARE(request.sensitive.size(), 1);
    QCOMPARE(request.sensitive.first().name, u"occupation"_s);
    QCOMPARE(request.sensitive.first().model.kind, SensitiveModel::Kind::EntropyL);
    QCOMPARE(request.sensitive.first().model.l, 3.0);
    QVERIFY(request.maxRisk);
    QCOMPARE(*request.maxRisk, 0.10);
    QVERIFY(!request.maxAverageRisk);
    QVERIFY(tabs->tabText(AnonymizeDialog::ModelsTab).contains(QLocale().toString(2)));
    // The ceiling's consequence is said next to it: 10 % means classes of at least 10.
    const QString note = child<QLabel>(dialog, u"anonymizeRiskNote"_s)->text();
    QVERIFY2(note.contains(QLocale().toString(10)), qPrintable(note));

    // t-closeness on a text field uses the equal distance, on a number the ordered one.
    // (age is a quasi-identifier here; only the measure matters for this check)
    const int ageIndex = add->findText(u"age"_s);
    QVERIFY(ageIndex > 0);
    emit add->activated(ageIndex);
    auto *tModel = child<QComboBox>(dialog, u"anonymizeSensitiveModel_1"_s);
    tModel->setCurrentIndex(4);
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeSensitiveParameter_1"_s), u"0.3"_s);
    configure(dialog, {u"sex"_s, u"race"_s});
    const AnonymizationRequest withT = dialog.request();
    QCOMPARE(withT.sensitive.size(), 2);
    QCOMPARE(withT.sensitive.at(1).model.kind, SensitiveModel::Kind::TCloseness);
    QCOMPARE(withT.sensitive.at(1).model.t, 0.3);
    QVERIFY(withT.sensitive.at(1).model.ordered);
}

void TestAnonymizeDialog::sensitiveQuasiIsRefusedInline()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    configure(dialog, {u"age"_s, u"sex"_s});
    auto *add = child<QComboBox>(dialog, u"anonymizeAddSensitive"_s);
    emit add->activated(add->findText(u"sex"_s));
    child<QComboBox>(dialog, u"anonymizeSensitiveModel_0"_s)->setCurrentIndex(1);
    auto *message = child<InlineMessage>(dialog, u"anonymizeMessage"_s);
    auto *run = child<QPushButton>(dialog, u"anonymizeRunButton"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"sex"_s), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(!run->isEnabled());
    // Unchecking the field as a quasi-identifier resolves it.
    child<QTableWidget>(dialog, u"anonymizeFieldTable"_s)->item(row(u"sex"_s), 1)->setCheckState(Qt::Unchecked);
    QVERIFY(!message->isVisible());
    QVERIFY(run->isEnabled());
}

void TestAnonymizeDialog::editorSavesTheHierarchyTheSearchUses()
{
    const DatasetInfo sample = importSample(500);
    AnonymizeDialog dialog(*m_store, sample);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<int> dates = dateQuasiRows(sample, dialog.request());
    QVERIFY(!dates.isEmpty());
    const int row = dates.first();
    const QString field = sample.columns.at(row).name;
    auto *table = child<QTableWidget>(dialog, u"anonymizeFieldTable"_s);
    QVERIFY(table->item(row, QuasiFieldTable::HierarchyColumn)->text().startsWith(u"date"_s));

    // The steward opens the editor from the row, makes the field a flat hierarchy and saves.
    auto flat = HierarchySpec::parse(u"flat"_s);
    QVERIFY(flat);
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<ui::HierarchyEditorDialog *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        QCOMPARE(editor->field(), field);
        QVERIFY(QTest::qWaitFor([editor] { return editor->valuesLoaded(); }, kTimeoutMs));
        QVERIFY(editor->setSpec(*flat, u"flat"_s));
        editor->accept();
        edited = true;
    });
    QTest::mouseClick(child<QToolButton>(dialog, u"anonymizeHierarchyButton_%1"_s.arg(row)),
                      Qt::LeftButton);
    QVERIFY(edited);
    const auto stored = HierarchyService(*m_store).load(sample, field);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->spec, *flat);
    // The row shows the stored hierarchy, and the search reads it from the project.
    const QString shown = table->item(row, QuasiFieldTable::HierarchyColumn)->text();
    QVERIFY2(shown.startsWith(u"flat"_s) && !shown.contains(u"suggested"_s), qPrintable(shown));
    for (const AnonymizationField &f : dialog.request().quasi) {
        if (f.name == field)
            QVERIFY(!f.builder && f.hierarchyFile.isEmpty());
    }
    // A new dialog starts from it.
    AnonymizeDialog again(*m_store, sample);
    QVERIFY(child<QTableWidget>(again, u"anonymizeFieldTable"_s)
                ->item(row, QuasiFieldTable::HierarchyColumn)->text().startsWith(u"flat"_s));
}

void TestAnonymizeDialog::resultShowsTheLReached()
{
    AnonymizeDialog dialog(*m_store, m_adult);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    configure(dialog, {u"age"_s, u"sex"_s, u"race"_s});
    auto *add = child<QComboBox>(dialog, u"anonymizeAddSensitive"_s);
    emit add->activated(add->findText(u"occupation"_s));
    child<QComboBox>(dialog, u"anonymizeSensitiveModel_0"_s)->setCurrentIndex(1); // distinct
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeSensitiveParameter_0"_s), u"3"_s);
    typeInto(child<QDoubleSpinBox>(dialog, u"anonymizeLimitSpin"_s), u"5"_s);
    QSignalSpy ready(&dialog, &AnonymizeDialog::resultReady);
    QSignalSpy ended(&dialog, &AnonymizeDialog::runEnded);
    QTest::mouseClick(child<QPushButton>(dialog, u"anonymizeRunButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + ended.count() > 0, kTimeoutMs);
    QVERIFY2(ready.count() == 1,
             qPrintable(child<InlineMessage>(dialog, u"anonymizeMessage"_s)->text()));
    const AnonymizationResult &result = dialog.outcome()->result;
    QCOMPARE(result.sensitiveAchieved.size(), size_t(1));
    QVERIFY(result.sensitiveAchieved[0] >= 3.0);
    const QString summary = child<QLabel>(dialog, u"anonymizeSummary"_s)->text();
    const QString line = u"occupation: at least %1 distinct values per class (asked 3)"_s.arg(
        QLocale().toString(result.sensitiveAchieved[0], 'f', 0));
    QVERIFY2(summary.contains(line), qPrintable(summary));
    QVERIFY2(summary.contains(u"Average risk: %1 %"_s.arg(QLocale().toString(100.0 * result.averageRisk, 'f', 2))),
             qPrintable(summary));
}

QTEST_MAIN(TestAnonymizeDialog)
#include "test_anonymizedialog.moc"
