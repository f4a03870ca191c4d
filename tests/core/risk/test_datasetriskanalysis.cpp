// DatasetRiskAnalysis: risk and information loss of a stored dataset as masked by field rules and
// record suppression, against figures computed by hand on a six-record table.

#include "tests/core/CoreTestSupport.h"
#include "core/import/Importer.h"
#include "core/mask/ProjectSecret.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TempProject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;
using steward::coretest::rule;

namespace {

double lossOf(const DatasetRiskResult &r, const QString &field)
{
    for (const FieldLoss &f : r.fieldLoss) {
        if (f.field == field)
            return f.loss;
    }
    qFatal("no loss for field");
    return -1;
}

} // namespace

class TestDatasetRiskAnalysis final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    DatasetInfo m_dataset;

    DatasetRiskOptions options() const
    {
        DatasetRiskOptions o;
        o.quasi = {u"age"_s, u"sex"_s, u"zip"_s};
        o.sensitive = {u"dx"_s};
        o.k = 2;
        o.rules = coretest::sixRecordRules();
        return o;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_dataset = coretest::importCsv(m_project->store(), m_project->dir(), u"t"_s, coretest::sixRecordTable());
    }
    void cleanup() { m_project.reset(); }

    void maskedFiguresAndLoss()
    {
        DatasetRiskOptions o = options();
        o.withBaseline = true;
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->quasi, QStringList({u"age"_s, u"sex"_s, u"zip"_s}));
        QCOMPARE(r->report.records, 6u);
        QCOMPARE(r->report.classes, 4u);
        QCOMPARE(r->report.minClass, 1u);
        QCOMPARE(r->report.recordsBelowK, 2u);
        QCOMPARE(r->report.sampleUniques, 2.0 / 6.0);
        QCOMPARE(r->report.prosecutorRiskAvg, 4.0 / 6.0);
        QCOMPARE(r->report.lDiversity, std::vector<quint64>{1});
        QCOMPARE(r->report.suppressedRecords, 0u);
        // Each band and each prefix covers 3 of the 6 distinct stored values: (3-1)/(6-1).
        QCOMPARE(lossOf(*r, u"age"_s), 0.4);
        QCOMPARE(lossOf(*r, u"zip"_s), 0.4);
        QCOMPARE(lossOf(*r, u"sex"_s), 0.0);
        QCOMPARE(lossOf(*r, u"id"_s), 1.0);
        QCOMPARE(lossOf(*r, u"dx"_s), 0.0);
        QVERIFY(qAbs(r->totalLoss - 0.8 / 3.0) < 1e-12);
        // The stored data: every age is unique.
        QVERIFY(r->baseline);
        QCOMPARE(r->baseline->classes, 6u);
        QCOMPARE(r->baseline->sampleUniques, 1.0);
    }

    void rawIsTheStoredData()
    {
        DatasetRiskOptions o = options();
        o.masked = false;
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(r);
        QCOMPARE(r->report.classes, 6u);
        QCOMPARE(r->totalLoss, 0.0);
        QCOMPARE(lossOf(*r, u"id"_s), 0.0);
    }

    void recordSuppressionLeavesClassesBelowKOut_data()
    {
        QTest::addColumn<double>("limit");
        QTest::addColumn<bool>("overLimit");
        QTest::newRow("within") << 0.5 << false;
        QTest::newRow("over") << 0.1 << true;
    }
    void recordSuppressionLeavesClassesBelowKOut()
    {
        QFETCH(double, limit);
        QFETCH(bool, overLimit);
        DatasetRiskOptions o = options();
        o.recordSuppression = RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, limit, {}};
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(r);
        QCOMPARE(r->suppressedRecords, 2u);
        QCOMPARE(r->report.suppressedRecords, 2u);
        QCOMPARE(r->report.classes, 2u);
        QCOMPARE(r->report.minClass, 2u);
        QCOMPARE(r->report.recordsBelowK, 0u);
        QCOMPARE(r->report.suppressed, std::vector<uint8_t>({0, 0, 1, 0, 0, 1}));
        QCOMPARE(r->suppressionOverLimit, overLimit);
        // A field the extract no longer has leaves the suppression; it is not an error.
        DatasetRiskOptions gone = o;
        gone.recordSuppression->quasi.append(u"ward"_s);
        auto same = DatasetRiskAnalysis::run(m_project->store(), m_dataset, gone);
        QVERIFY(same);
        QCOMPARE(same->report.suppressed, r->report.suppressed);
        // The two suppressed records lose everything.
        QVERIFY(qAbs(lossOf(*r, u"age"_s) - (4 * 0.4 + 2) / 6.0) < 1e-12);
        QVERIFY(qAbs(lossOf(*r, u"sex"_s) - 2 / 6.0) < 1e-12);
    }

    void recordSuppressionModelsLeaveClassesOut()
    {
        // Masked classes {1,2} (dx A, B), {3}, {4,5} (dx C, C), {6}: distinct 2-diversity of dx
        // also leaves out {4,5}, as the anonymization that stored the model did.
        DatasetRiskOptions o = options();
        o.recordSuppression = RecordSuppression{2, {u"age"_s, u"sex"_s, u"zip"_s}, 1.0, {}};
        SuppressionModel l;
        l.field = u"dx"_s;
        l.l = 2;
        o.recordSuppression->models = {l};
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->report.suppressed, std::vector<uint8_t>({0, 0, 1, 1, 1, 1}));
        QCOMPARE(r->suppressedRecords, 4u);
        QCOMPARE(r->report.lDiversity, std::vector<quint64>{2});
        // Without dx in the measured fields the model still applies (its column is read anyway).
        o.sensitive.clear();
        auto without = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(without);
        QCOMPARE(without->report.suppressed, r->report.suppressed);
        // A model of a field the release no longer has checks nothing.
        o.recordSuppression->models[0].field = u"ward"_s;
        auto gone = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(gone);
        QCOMPARE(gone->report.suppressed, std::vector<uint8_t>({0, 0, 1, 0, 0, 1}));
    }

    void suppressedCellsCountFullLoss()
    {
        DatasetRiskOptions o = options();
        o.rules.append({u"dx"_s, rule(u"suppress"_s)});
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(r);
        QCOMPARE(r->suppressedCells, 6u);
        QCOMPARE(lossOf(*r, u"dx"_s), 1.0);
    }

    // A one-to-one rule loses nothing, except the cells it cannot transform (a date a shift
    // cannot read is suppressed): those count 1 each, and once only in a suppressed record.
    void unreadableDatesOfAShiftCountAsLoss()
    {
        const DatasetInfo visits = coretest::importCsv(
            m_project->store(), m_project->dir(), u"visits"_s,
            "id,admitted,sex\n1,2024-01-05,M\n2,not a date,M\n3,2024-02-01,F\n4,2024-03-09,F\n");
        QByteArray key(32, Qt::Uninitialized);
        for (int i = 0; i < key.size(); ++i)
            key[i] = char(7 * i + 1);
        DatasetRiskOptions o;
        o.quasi = {u"sex"_s};
        o.k = 2;
        o.rules = {{u"admitted"_s, rule(u"shift:days=30,subject=id"_s)}};
        o.environment.secret = *ProjectSecret::fromBytes(key);
        auto r = DatasetRiskAnalysis::run(m_project->store(), visits, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->suppressedCells, 1u);
        QCOMPARE(lossOf(*r, u"admitted"_s), 0.25);
        QCOMPARE(lossOf(*r, u"id"_s), 0.0);
        for (const FieldLoss &f : r->fieldLoss) {
            if (f.field == u"admitted"_s)
                QCOMPARE(f.suppressedCells, 1u);
        }

        // Every record suppressed (classes over the shifted dates are all of size 1): each
        // record loses 1, the unreadable date included, so the loss is 1, not 1.25.
        o.quasi = {u"admitted"_s};
        o.recordSuppression = RecordSuppression{2, {u"admitted"_s}, 1.0, {}};
        auto all = DatasetRiskAnalysis::run(m_project->store(), visits, o);
        QVERIFY(all);
        QCOMPARE(all->suppressedRecords, 4u);
        QCOMPARE(lossOf(*all, u"admitted"_s), 1.0);
        QCOMPARE(lossOf(*all, u"sex"_s), 1.0);
    }

    void droppedQuasiIdentifierLeavesTheAnalysis()
    {
        DatasetRiskOptions o = options();
        o.quasi.append(u"id"_s);
        auto r = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(r);
        QVERIFY(!r->quasi.contains(u"id"_s));
        QCOMPARE(r->report.classes, 4u);
        QVERIFY(qAbs(r->totalLoss - 1.8 / 4.0) < 1e-12); // id counts 1
    }

    void unknownFieldAndCancel()
    {
        DatasetRiskOptions o = options();
        o.quasi.append(u"nope"_s);
        auto bad = DatasetRiskAnalysis::run(m_project->store(), m_dataset, o);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
        CancellationToken token;
        token.cancel();
        auto cancelled = DatasetRiskAnalysis::run(m_project->store(), m_dataset, options(), {}, &token);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void storedRecordSuppressionRoundTrip()
    {
        RecordSuppressionStore store(m_project->store());
        QVERIFY(store.load(m_dataset)->has_value() == false);
        const RecordSuppression s{5, {u"age"_s, u"zip"_s}, 0.02, {}};
        QVERIFY(store.save(m_dataset, s));
        auto loaded = store.load(m_dataset);
        QVERIFY(loaded && *loaded);
        QCOMPARE(**loaded, s);
        QCOMPARE(m_project->store().auditEntries()->last().action, u"rules.suppression"_s);
        QVERIFY(!store.save(m_dataset, RecordSuppression{1, {u"age"_s}, {}, {}}));
        QVERIFY(!store.save(m_dataset, RecordSuppression{3, {u"nope"_s}, {}, {}}));
        QVERIFY(store.save(m_dataset, std::nullopt));
        QVERIFY(!store.load(m_dataset)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDatasetRiskAnalysis)
#include "test_datasetriskanalysis.moc"
