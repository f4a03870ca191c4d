// The risk panel driven as a steward would: figures of the stored and the masked data appear
// after a background pass, follow a rule change and a new target k typed into the panel, can be
// cancelled, report the stored record suppression to the preview, and feed the charts.

#include "tests/core/CoreTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/risk/RiskCharts.h"
#include "ui/risk/RiskPanel.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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
            m_dataset, RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, 0.5}));
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
            m_dataset, RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, {}}));
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

    void lockedSecretIsExplained()
    {
        QSignalSpy results(m_panel.get(), &RiskPanel::resultChanged);
        m_panel->setRules({{u"id"_s, rule(u"pseudonym"_s)}}, std::nullopt);
        QTRY_VERIFY(!m_panel->isRunning());
        QCOMPARE(results.count(), 0);
        auto *message = m_panel->findChild<QWidget *>(u"riskMessage"_s);
        QVERIFY(message && message->isVisible());
    }
};

QTEST_MAIN(TestRiskPanel)
#include "test_riskpanel.moc"
