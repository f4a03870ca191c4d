// The risk panel driven as a steward would: figures of the stored and the masked data appear
// after a background pass, follow a rule change and a new target k typed into the panel, can be
// cancelled, report the stored record suppression to the preview, and feed the charts; the stored
// figures alone while the secret is locked, nothing measured without a quasi-identifier, the
// quasi-identifier check list, and the quasi-identifiers and k of a k-anonymity result.

#include "tests/core/CoreTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/risk/FieldChecklist.h"
#include "ui/risk/RiskCharts.h"
#include "ui/risk/RiskPanel.h"
#include "core/store/ProjectStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace steward;
using steward::coretest::rule;
using namespace Qt::StringLiterals;
using steward::ui::RiskCharts;
using steward::ui::RiskPanel;

class TestRiskPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_dataset;
    std::unique_ptr<RiskPanel> m_panel;

    bool waitForResult(QSignalSpy &spy)
    {
        return spy.count() > 0 || spy.wait(10000);
    }

private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto store = ProjectStore::create(m_tmp->filePath(u"p.steward"_s));
        QVERIFY(store);
        m_store = std::move(*store);
        m_dataset = coretest::importCsv(*m_store, *m_tmp, u"t"_s, coretest::sixRecordTable());
        m_panel = std::make_unique<RiskPanel>();
        m_panel->resize(480, 640);
        m_panel->setProject(m_store.get());
        m_panel->setDataset(m_dataset, {u"age"_s, u"sex"_s, u"zip"_s}, {u"dx"_s});
        m_panel->setK(2);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_store.reset();
    }

    void figuresFollowRuleChanges()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(m_panel->isRunning());
        QVERIFY(waitForResult(results));
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 1), QLocale().toString(6));
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(4));
        QCOMPARE(m_panel->figureText(RiskPanel::SmallestClass, 2), QLocale().toString(1));
        QVERIFY(m_panel->figureText(RiskPanel::BelowK, 2).startsWith(QLocale().toString(2)));
        QCOMPARE(m_panel->figureText(RiskPanel::FirstLDiversity, 2), QLocale().toString(1));
        QVERIFY(qAbs(m_panel->result()->totalLoss - 0.8 / 3.0) < 1e-12);
        // Charts: two classes of one record, two of two.
        QCOMPARE(m_panel->charts()->afterBuckets()[0], 2u);
        QCOMPARE(m_panel->charts()->afterBuckets()[1], 4u);
        QCOMPARE(m_panel->charts()->beforeBuckets()[0], 6u);
        QCOMPARE(m_panel->charts()->lossFields().first(), u"id"_s);

        // Sex generalised away as well: one class per age band and prefix.
        results.clear();
        auto more = coretest::sixRecordRules();
        more.append({u"sex"_s, rule(u"redact:text=*"_s)});
        m_panel->setRules(more, std::nullopt);
        QVERIFY(waitForResult(results));
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(2));
        QCOMPARE(m_panel->figureText(RiskPanel::SmallestClass, 2), QLocale().toString(3));
    }

    void typedTargetKReruns()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        results.clear();
        auto *k = m_panel->findChild<QSpinBox *>(u"riskTargetK"_s);
        QVERIFY(k);
        k->setFocus();
        k->selectAll();
        QTest::keyClicks(k, u"3"_s);
        QVERIFY(waitForResult(results));
        QCOMPARE(m_panel->result()->k, 3);
        // Classes of 1 and 2 records are all below 3.
        QVERIFY(m_panel->figureText(RiskPanel::BelowK, 2).startsWith(QLocale().toString(6)));
    }

    void storedRecordSuppressionReachesThePreview()
    {
        QVERIFY(RecordSuppressionStore(*m_store).save(
            m_dataset, RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, 0.5, {}}));
        QSignalSpy suppression(m_panel.get(), &RiskPanel::suppressionChanged);
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        QVERIFY(suppression.count() >= 2);
        QCOMPARE(suppression.first().at(1).toBool(), true); // pending while measuring
        const auto flags =
            suppression.last().at(0).value<std::shared_ptr<const std::vector<uint8_t>>>();
        QVERIFY(flags);
        QCOMPARE(*flags, std::vector<uint8_t>({0, 0, 1, 0, 0, 1}));
        QCOMPARE(suppression.last().at(1).toBool(), false);
        QCOMPARE(m_panel->figureText(RiskPanel::SuppressedRecords, 2), QLocale().toString(2));
        QCOMPARE(m_panel->figureText(RiskPanel::SmallestClass, 2), QLocale().toString(2));
    }

    // The same rules again (the tab shown again) measure nothing; the same rules with a changed
    // stored record suppression (an undone k-anonymity result) measure again.
    void sameRulesMeasureAgainOnlyWhenTheSuppressionChanged()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        results.clear();
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(!m_panel->isRunning());
        QVERIFY(RecordSuppressionStore(*m_store).save(
            m_dataset, RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, {}, {}}));
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(m_panel->isRunning());
        QVERIFY(waitForResult(results));
        QCOMPARE(m_panel->figureText(RiskPanel::SuppressedRecords, 2), QLocale().toString(2));
    }

    void cancelKeepsThePanelUsable()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        m_panel->refresh();
        auto *cancel = m_panel->findChild<QPushButton *>(u"riskCancel"_s);
        QVERIFY(cancel);
        if (cancel->isVisible())
            QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!m_panel->isRunning());
        // Measuring again still works.
        results.clear();
        m_panel->refresh();
        QVERIFY(waitForResult(results));
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(4));
    }

    // The panel and `steward-cli risk` measure with the same code: same figures to the bit.
    void figuresEqualTheCli()
    {
        QVERIFY(MaskRuleStore(*m_store).save(m_dataset, coretest::sixRecordRules()));
        auto stored = MaskRuleStore(*m_store).planRules(m_dataset);
        QVERIFY(stored);
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(*stored, std::nullopt);
        QVERIFY(waitForResult(results));
        const DatasetRiskResult r = *m_panel->result();
        // One Steward process at a time per project: close it for the CLI.
        const QString project = m_store->path();
        m_panel->setProject(nullptr);
        m_store.reset();
        QProcess cli;
        cli.start(QStringLiteral(STEWARD_CLI_PATH),
                  {u"risk"_s, project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                   u"--sensitive"_s, u"dx"_s, u"--k"_s, u"2"_s, u"--json"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"classes"_s).toInteger(), qint64(r.report.classes));
        QCOMPARE(json.value(u"min_class"_s).toInteger(), qint64(r.report.minClass));
        QCOMPARE(json.value(u"records_below_k"_s).toInteger(), qint64(r.report.recordsBelowK));
        QCOMPARE(json.value(u"sample_uniques"_s).toDouble(), r.report.sampleUniques);
        QCOMPARE(json.value(u"prosecutor_risk_avg"_s).toDouble(), r.report.prosecutorRiskAvg);
        QCOMPARE(json.value(u"total_loss"_s).toDouble(), r.totalLoss);
        QCOMPARE(json.value(u"field_loss"_s).toObject().value(u"age"_s).toDouble(),
                 r.fieldLoss[1].loss);
    }

    // Before unlocking, the stored data is measured and shown as such; the masked column says it
    // waits for the passphrase instead of showing figures.
    void lockedSecretShowsTheStoredFigures()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules({{u"id"_s, rule(u"pseudonym"_s)}}, std::nullopt);
        QVERIFY(waitForResult(results));
        QVERIFY(m_panel->maskedWaitsForSecret());
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 1), QLocale().toString(6));
        const QString locked = m_panel->figureText(RiskPanel::Classes, 2);
        QVERIFY(!locked.isEmpty());
        QVERIFY(locked != QLocale().toString(6));
        QCOMPARE(m_panel->figureText(RiskPanel::InformationLoss, 2), locked);
        auto *message = m_panel->findChild<QWidget *>(u"riskMessage"_s);
        QVERIFY(message && message->isVisible());
        auto *measured = m_panel->findChild<QLabel *>(u"riskMeasuredAt"_s);
        QVERIFY(measured && measured->isVisible() && !measured->text().isEmpty());
        QVERIFY(!m_panel->charts()->emptyText(RiskCharts::LossTab).isEmpty());
        QVERIFY(m_panel->charts()->emptyText(RiskCharts::ClassSizesTab).isEmpty());
        QCOMPARE(m_panel->charts()->beforeBuckets()[0], 6u);

        // Unlocked: both columns measured.
        results.clear();
        auto secret = ProjectSecret::generate();
        QVERIFY(secret);
        m_panel->setRules({{u"id"_s, rule(u"pseudonym"_s)}}, *secret);
        QVERIFY(waitForResult(results));
        QVERIFY(!m_panel->maskedWaitsForSecret());
        QCOMPARE(m_panel->figureText(RiskPanel::Classes, 2), QLocale().toString(6));
    }

    // No quasi-identifier: nothing is measured, and the panel says so instead of "1 class".
    void noQuasiIdentifierMeasuresNothing()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setQuasi({});
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        QVERIFY(m_panel->figureText(RiskPanel::Classes, 2) != QLocale().toString(1));
        QVERIFY(m_panel->figureText(RiskPanel::ProsecutorMax, 2) != percentText(0.0));
        QVERIFY(m_panel->figureText(RiskPanel::InformationLoss, 2) != percentText(0.0));
        auto *message = m_panel->findChild<QWidget *>(u"riskMessage"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY(!m_panel->charts()->emptyText(RiskCharts::ClassSizesTab).isEmpty());
        // The fields the rules change are still listed, outside the (empty) total.
        QVERIFY(m_panel->figureText(RiskPanel::OtherFieldsChanged, 2) != QLocale().toString(0));
    }

    // The check list stays open while several fields are ticked; "All quasi-identifiers of the
    // classification" restores the classification's choice.
    void quasiChecklistStaysOpen()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        auto *button = m_panel->findChild<QToolButton *>(u"riskQuasiButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *checklist = m_panel->quasiChecklist();
        QTRY_VERIFY(checklist->isVisible());
        auto *list = checklist->findChild<QListWidget *>(u"fieldChecklistList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), int(m_dataset.columns.size()));

        QTest::mouseClick(checklist->findChild<QPushButton *>(u"fieldChecklistNone"_s),
                          Qt::LeftButton);
        QVERIFY(checklist->isVisible());
        QVERIFY(m_panel->quasi().isEmpty());
        // Two fields ticked one after the other with the keyboard, the list still open.
        for (const QString &field : {u"zip"_s, u"age"_s}) {
            const auto items = list->findItems(field, Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            list->setCurrentItem(items.first());
            QTest::keyClick(list, Qt::Key_Space);
            QVERIFY(checklist->isVisible());
        }
        // Column order, whatever the order of the clicks.
        QCOMPARE(m_panel->quasi(), QStringList({u"age"_s, u"zip"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->isRunning() || !m_panel->result()
                                      ? QStringList()
                                      : m_panel->result()->quasi,
                                  QStringList({u"age"_s, u"zip"_s}), 10000);

        QTest::mouseClick(checklist->findChild<QPushButton *>(u"fieldChecklistAll"_s),
                          Qt::LeftButton);
        QCOMPARE(m_panel->quasi(), QStringList({u"age"_s, u"sex"_s, u"zip"_s}));
        QVERIFY(button->text().contains(QLocale().toString(3)));
        QTest::keyClick(checklist, Qt::Key_Escape);
        QTRY_VERIFY(!checklist->isVisible());
    }

    // Applying a k-anonymity result measures with the search's quasi-identifiers and k, and the
    // total is the mean of their losses (what the search reports).
    void anonymizationResultSetsQuasiAndK()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setQuasi({u"sex"_s});
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        results.clear();
        m_panel->useAnonymization({u"age"_s, u"zip"_s}, 3);
        QCOMPARE(m_panel->k(), 3);
        QCOMPARE(m_panel->quasi(), QStringList({u"age"_s, u"zip"_s}));
        QVERIFY(waitForResult(results));
        const DatasetRiskResult &r = *m_panel->result();
        QCOMPARE(r.k, 3);
        QCOMPARE(r.quasi, QStringList({u"age"_s, u"zip"_s}));
        double sum = 0.0;
        for (const FieldLoss &f : r.fieldLoss) {
            if (r.quasi.contains(f.field))
                sum += f.loss;
        }
        QVERIFY(sum > 0.0);
        QVERIFY(qAbs(r.totalLoss - sum / 2.0) < 1e-12);
        QCOMPARE(m_panel->figureText(RiskPanel::InformationLoss, 2), percentText(r.totalLoss));
    }

    // Round ticks with thousands separators; an empty panel draws no axes.
    void chartsHaveRoundTicksAndEmptyStates()
    {
        QVERIFY(!m_panel->charts()->emptyText(RiskCharts::ClassSizesTab).isEmpty());
        QVERIFY(!m_panel->charts()->emptyText(RiskCharts::LossTab).isEmpty());
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        QVERIFY(m_panel->charts()->emptyText(RiskCharts::ClassSizesTab).isEmpty());
        QVERIFY(m_panel->charts()->emptyText(RiskCharts::LossTab).isEmpty());
        QCOMPARE(m_panel->charts()->valueAxisLabels(RiskCharts::ClassSizesTab),
                 QStringList({QLocale().toString(0), QLocale().toString(2), QLocale().toString(4),
                              QLocale().toString(6)}));
        QCOMPARE(m_panel->charts()->valueAxisLabels(RiskCharts::LossTab).size(), 6);
    }

    // The population input: a size typed in gives the estimate in plain words (masked classes
    // of sizes 1, 1, 2, 2: with N = 12 Zayatz estimates 44/23 uniques, 11/69 of the population,
    // and above a 10 % sampling fraction the smaller of Zayatz and SNB is reported); a fraction
    // of 100 % gives the sample uniques; the choice is remembered for the project's dataset.
    void populationEstimateInPlainWords()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules(coretest::sixRecordRules(), std::nullopt);
        QVERIFY(waitForResult(results));
        auto *mode = m_panel->findChild<QComboBox *>(u"riskPopulationMode"_s);
        auto *value = m_panel->findChild<QDoubleSpinBox *>(u"riskPopulationValue"_s);
        QVERIFY(mode && value);
        QCOMPARE(mode->currentIndex(), 0);
        QVERIFY(!value->isVisible());
        QVERIFY(m_panel->populationSummary().isEmpty());
        QVERIFY(!m_panel->populationEstimate());

        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(m_panel->populationMode(), RiskPanel::PopulationMode::Size);
        QVERIFY(value->isVisible());
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, u"12"_s);
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(m_panel->populationValue(), 12.0);
        QVERIFY(m_panel->populationEstimate());
        const PopulationRiskEstimate e = *m_panel->populationEstimate();
        QCOMPARE(e.populationSize, 12.0);
        QVERIFY(qAbs(*e.zayatz - 44.0 / 23.0) < 1e-9);
        QVERIFY(e.model == PopulationModel::Zayatz || e.model == PopulationModel::Snb);
        QVERIFY(e.uniquesFraction <= 11.0 / 69.0 + 1e-12);
        const QString summary = m_panel->populationSummary();
        QVERIFY2(summary.startsWith(u"About "_s), qPrintable(summary));
        QVERIFY(summary.contains(u"of the population would be unique"_s));
        QVERIFY(summary.contains(u"Journalist risk"_s));
        const QString tip = m_panel->populationSummaryToolTip();
        QVERIFY2(tip.contains(u"above 10 %"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Estimates: Pitman"_s));

        // Fewer people than records: said, no figure.
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, u"3"_s);
        QTest::keyClick(value, Qt::Key_Return);
        QVERIFY(!m_panel->populationEstimate());
        QVERIFY(m_panel->populationSummary().startsWith(u"No population estimate:"_s));

        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(m_panel->populationMode(), RiskPanel::PopulationMode::Fraction);
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, u"100"_s);
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(m_panel->populationValue(), 1.0);
        QVERIFY(m_panel->populationEstimate());
        QVERIFY(qAbs(m_panel->populationEstimate()->uniquesFraction - 2.0 / 6.0) < 1e-6);
        QVERIFY(m_panel->populationSummary().contains(summaryPercent(2.0 / 6.0)));
        // At 100 % the journalist risk is the prosecutor risk: a unique record, 100 %.
        QVERIFY(m_panel->populationSummary().contains(u"highest "_s + summaryPercent(1.0)));
        // Recomputed from the measured classes at once: no new pass.
        QCOMPARE(results.count(), 1);

        // The same project and dataset again: the fraction comes back.
        auto other = std::make_unique<RiskPanel>();
        other->setProject(m_store.get());
        other->setDataset(m_dataset, {u"age"_s}, {});
        QCOMPARE(other->populationMode(), RiskPanel::PopulationMode::Fraction);
        QCOMPARE(other->populationValue(), 1.0);
        auto *otherValue = other->findChild<QDoubleSpinBox *>(u"riskPopulationValue"_s);
        QCOMPARE(otherValue->value(), 100.0);
    }

private:
    // The summary's percentages do not break before the "%".
    static QString summaryPercent(double fraction)
    {
        return percentText(fraction).replace(QLatin1Char(' '), QChar(0x00A0));
    }
    static QString percentText(double fraction)
    {
        return RiskPanel::tr("%1 %").arg(QLocale().toString(100.0 * fraction, 'f', 1));
    }
};

QTEST_MAIN(TestRiskPanel)
#include "test_riskpanel.moc"
