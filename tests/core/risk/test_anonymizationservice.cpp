// AnonymizationService: the search over a stored dataset equals LatticeSearch over the same data
// read independently, its rules and record suppression are stored together by apply(), missing
// markers count as the empty value, and cancelling stores nothing.

#include "tests/core/CoreTestSupport.h"
#include "core/import/Importer.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/risk/AnonymizationService.h"
#include "core/risk/AttributeGeneralization.h"
#include "core/risk/DelimitedTableReader.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/LatticeSearch.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

const QStringList kAdultAttributes = {u"sex"_s,       u"age"_s,            u"race"_s,
                                      u"marital-status"_s, u"education"_s, u"native-country"_s,
                                      u"workclass"_s, u"occupation"_s,     u"salary-class"_s};

using steward::testsupport::adultFile;
using steward::testsupport::writeFile;

QString hierarchyFile(const QString &attribute)
{
    return adultFile(u"adult_hierarchy_%1.csv"_s.arg(attribute));
}

AnonymizationRequest adultRequest(int k, double limit, const QStringList &quasi = kAdultAttributes)
{
    AnonymizationRequest request;
    request.k = k;
    request.suppressionLimit = limit;
    for (const QString &q : quasi)
        request.quasi.append({q, hierarchyFile(q), std::nullopt, 1.0, -1});
    return request;
}

} // namespace

class TestAnonymizationService final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ProjectStore> m_store;
    DatasetInfo m_adult;

    DatasetInfo importCsv(const QString &name, const QByteArray &content)
    {
        return coretest::importCsv(*m_store, m_tmp, name, content);
    }

    // The reference: the same file read directly (not through the project), searched with
    // LatticeSearch.
    static Result<AnonymizationResult> reference(const AnonymizationSettings &settings)
    {
        auto table = DelimitedTableReader::read(adultFile(u"adult_subset.csv"_s), ';',
                                                kAdultAttributes);
        if (!table)
            return table.error();
        std::vector<Hierarchy> hierarchies;
        for (const QString &a : kAdultAttributes) {
            auto h = Hierarchy::load(hierarchyFile(a));
            if (!h)
                return h.error();
            hierarchies.push_back(std::move(*h));
        }
        std::vector<AttributeGeneralization> attributes;
        for (int i = 0; i < kAdultAttributes.size(); ++i) {
            auto g = AttributeGeneralization::create(*table, i, &hierarchies[size_t(i)]);
            if (!g)
                return g.error();
            attributes.push_back(std::move(*g));
        }
        return LatticeSearch::run(*table, attributes, settings);
    }

    void clearStored()
    {
        QList<StoredMaskRule> stored = *MaskRuleStore(*m_store).load(m_adult);
        QStringList fields;
        for (const StoredMaskRule &r : stored)
            fields.append(r.field);
        QVERIFY(MaskRuleStore(*m_store).save(m_adult, {}, fields));
        QVERIFY(RecordSuppressionStore(*m_store).save(m_adult, std::nullopt));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto store = ProjectStore::create(m_tmp.filePath(u"p.steward"_s));
        QVERIFY(store);
        m_store = std::move(*store);
        ImportOptions options;
        options.datasetName = u"adult"_s;
        auto info = importFile(*m_store, adultFile(u"adult_subset.csv"_s), options);
        QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
        m_adult = *info;
        QCOMPARE(m_adult.rowCount, 3016);
    }
    void cleanupTestCase() { m_store.reset(); }

    void equalsLatticeSearch_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("limit");
        QTest::addColumn<bool>("suppresses");
        QTest::addColumn<QList<double>>("weights"); // per attribute in column order; empty: 1
        QTest::addColumn<QList<int>>("maxLevels");  // empty: no cap
        QTest::newRow("k=5, no suppression") << 5 << 0.0 << false << QList<double>{} << QList<int>{};
        QTest::newRow("k=5, 4% suppression") << 5 << 0.04 << true << QList<double>{} << QList<int>{};
        QTest::newRow("k=10, 2% suppression") << 10 << 0.02 << true << QList<double>{} << QList<int>{};
        QTest::newRow("k=5, weights") << 5 << 0.01 << true
                                      << QList<double>{1, 8, 1, 1, 0.5, 1, 2, 1, 0} << QList<int>{};
        QTest::newRow("k=5, age and education capped")
            << 5 << 0.04 << true << QList<double>{} << QList<int>{-1, 3, -1, -1, 1, -1, -1, -1, -1};
    }
    void equalsLatticeSearch()
    {
        QFETCH(int, k);
        QFETCH(double, limit);
        QFETCH(bool, suppresses);
        QFETCH(QList<double>, weights);
        QFETCH(QList<int>, maxLevels);
        AnonymizationSettings settings;
        settings.k = k;
        settings.suppressionLimit = limit;
        settings.weights.assign(weights.cbegin(), weights.cend());
        settings.maxLevels.assign(maxLevels.cbegin(), maxLevels.cend());
        const auto expected = reference(settings);
        QVERIFY2(expected, expected ? "" : qPrintable(expected.error().toString()));
        QVERIFY(expected->found);

        // Given in reverse: the service orders the fields by column.
        AnonymizationRequest request = adultRequest(k, limit);
        for (qsizetype i = 0; i < request.quasi.size(); ++i) {
            if (!weights.isEmpty())
                request.quasi[i].weight = weights.at(i);
            if (!maxLevels.isEmpty())
                request.quasi[i].maxLevel = maxLevels.at(i);
        }
        std::reverse(request.quasi.begin(), request.quasi.end());
        const auto outcome = AnonymizationService::run(*m_store, m_adult, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->quasi, kAdultAttributes);
        const AnonymizationResult &r = outcome->result;
        QVERIFY(r.found);
        QCOMPARE(r.levels, expected->levels);
        QCOMPARE(r.records, quint64(3016));
        QCOMPARE(r.minClass, expected->minClass);
        QVERIFY(r.minClass >= quint64(k));
        QCOMPARE(r.classes, expected->classes);
        QCOMPARE(r.suppressedRecords, expected->suppressedRecords);
        QVERIFY(r.suppressedRecords <= quint64(limit * 3016));
        QCOMPARE(r.loss, expected->loss);
        QCOMPARE(r.suppressedRecords > 0, suppresses);
        for (qsizetype i = 0; i < maxLevels.size(); ++i) {
            if (maxLevels.at(i) >= 0)
                QVERIFY(r.levels[size_t(i)] <= maxLevels.at(i));
        }
        if (!weights.isEmpty() || !maxLevels.isEmpty()) {
            // The row only shows something when the weights or caps change the answer.
            AnonymizationSettings plain;
            plain.k = k;
            plain.suppressionLimit = limit;
            const auto unweighted = reference(plain);
            QVERIFY(unweighted);
            QVERIFY(unweighted->levels != r.levels);
        }

        // The rules: one per field in column order, a hierarchy level or keep.
        QCOMPARE(outcome->rules.size(), kAdultAttributes.size());
        for (int i = 0; i < kAdultAttributes.size(); ++i) {
            const auto &[field, rule] = outcome->rules.at(i);
            QCOMPARE(field, kAdultAttributes.at(i));
            const int level = r.levels[size_t(i)];
            if (level == 0) {
                QCOMPARE(rule, MaskRule(MaskOperator::Keep));
            } else {
                QCOMPARE(rule.op(), MaskOperator::Hierarchy);
                QCOMPARE(rule.param(u"level").toInt(), level);
                QCOMPARE(rule.param(u"file"), QFileInfo(hierarchyFile(field)).absoluteFilePath());
            }
        }
        QCOMPARE(outcome->suppression.has_value(), suppresses);
        if (suppresses) {
            QCOMPARE(outcome->suppression->k, k);
            QCOMPARE(outcome->suppression->quasi, kAdultAttributes);
            QCOMPARE(outcome->suppression->maxFraction, std::optional<double>(limit));
        }
    }

    void applyStoresRulesAndSuppression()
    {
        clearStored();
        const auto withSuppression = AnonymizationService::run(*m_store, m_adult, adultRequest(5, 0.04));
        QVERIFY(withSuppression);
        QVERIFY(withSuppression->suppression);
        const qsizetype auditBefore = m_store->auditEntries()->size();
        QVERIFY(AnonymizationService::apply(*m_store, m_adult, *withSuppression));
        QVERIFY(m_store->auditEntries()->size() > auditBefore);

        const auto rules = MaskRuleStore(*m_store).planRules(m_adult);
        QVERIFY(rules);
        QCOMPARE(*rules, withSuppression->rules);
        int hierarchyRules = 0;
        for (const auto &[field, rule] : *rules)
            hierarchyRules += rule.op() == MaskOperator::Hierarchy ? 1 : 0;
        QVERIFY(hierarchyRules > 0);
        const auto stored = RecordSuppressionStore(*m_store).load(m_adult);
        QVERIFY(stored);
        QCOMPARE(*stored, withSuppression->suppression);

        // A result without suppression clears the stored one (from scratch: the stored rules
        // would otherwise be the floors of the search).
        clearStored();
        const auto without = AnonymizationService::run(*m_store, m_adult, adultRequest(5, 0.0));
        QVERIFY(without);
        QVERIFY(!without->suppression);
        QVERIFY(AnonymizationService::apply(*m_store, m_adult, *without));
        QCOMPARE(*RecordSuppressionStore(*m_store).load(m_adult), std::optional<RecordSuppression>());
        QCOMPARE(*MaskRuleStore(*m_store).planRules(m_adult), without->rules);
    }

    void fieldWithoutHierarchyGetsTheSuggestedOne()
    {
        clearStored();
        AnonymizationRequest request = adultRequest(5, 0.02, {u"sex"_s, u"age"_s, u"race"_s});
        request.quasi[0].hierarchyFile.clear(); // sex: a small vocabulary, value → *
        const auto outcome = AnonymizationService::run(*m_store, m_adult, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->changes.size(), 3);
        QCOMPARE(outcome->changes.at(0).field, u"sex"_s);
        QCOMPARE(outcome->changes.at(0).hierarchy, u"flat"_s);
        const int level = outcome->result.levels[0];
        const MaskRule &rule = outcome->rules.at(0).second;
        if (level == 0) {
            QCOMPARE(rule, MaskRule(MaskOperator::Keep));
        } else {
            QCOMPARE(rule.op(), MaskOperator::Hierarchy);
            QCOMPARE(rule.param(u"builder"), u"flat"_s);
        }
        QVERIFY(outcome->result.minClass >= 5);
        // Everything generalised or not, the classes before cover every record.
        quint64 before = 0;
        for (const auto &[size, count] : outcome->classSizesBefore)
            before += size * count;
        QCOMPARE(before, outcome->result.records);
    }

    void storedRuleIsTheFloor()
    {
        // Birth dates cut to the year by the steward; k=1 needs no generalisation at all.
        QByteArray csv = "birth,sex,dx\n";
        for (int i = 0; i < 24; ++i)
            csv += QByteArray::number(1970 + i % 4) + "-0" + QByteArray::number(1 + i % 9) + "-1"
                   + QByteArray::number(i % 10) + "," + (i % 2 ? "M" : "F") + ","
                   + QByteArray(1, char('A' + i % 3)) + "\n";
        const DatasetInfo d = importCsv(u"births"_s, csv);
        const MaskRule year = coretest::rule(u"date:to=year"_s);
        QVERIFY(MaskRuleStore(*m_store).save(d, {{u"birth"_s, year}}));
        AnonymizationRequest request;
        request.k = 1;
        request.quasi = {{u"birth"_s, {}, std::nullopt, 1.0, -1}, {u"sex"_s, {}, std::nullopt, 1.0, -1}};
        auto outcome = AnonymizationService::run(*m_store, d, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        const AnonymizationFieldChange &birth = outcome->changes.at(0);
        QCOMPARE(birth.field, u"birth"_s);
        QVERIFY(birth.floor >= 1); // the year is coarser than the day
        QCOMPARE(birth.level, birth.floor);
        QCOMPARE(birth.previous, std::optional<MaskRule>(year));
        QCOMPARE(birth.rule, year);
        QVERIFY(!birth.replaced);
        QCOMPARE(outcome->rules.at(0).second, year);
        QCOMPARE(outcome->changes.at(1).previous, std::optional<MaskRule>());
        QCOMPARE(outcome->changes.at(1).rule, MaskRule(MaskOperator::Keep));

        // A higher k generalises beyond the floor: a hierarchy rule replaces the stored one.
        request.k = 12;
        outcome = AnonymizationService::run(*m_store, d, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(outcome->changes.at(0).level > outcome->changes.at(0).floor
                || outcome->changes.at(1).level > 0);
        for (const AnonymizationFieldChange &c : outcome->changes) {
            QVERIFY(c.level >= c.floor);
            if (c.replaced)
                QCOMPARE(c.rule.op(), MaskOperator::Hierarchy);
        }

        // A cap below the floor cannot be honoured.
        request.quasi[0].maxLevel = 0;
        const auto capped = AnonymizationService::run(*m_store, d, request);
        QVERIFY(!capped);
        QCOMPARE(capped.error().code, ErrorCode::Usage);

        // A dropped field stays dropped: its floor is the top.
        QVERIFY(MaskRuleStore(*m_store).save(d, {{u"birth"_s, MaskRule(MaskOperator::Drop)}}));
        request.quasi[0].maxLevel = -1;
        request.k = 1;
        outcome = AnonymizationService::run(*m_store, d, request);
        QVERIFY(outcome);
        QCOMPARE(outcome->rules.at(0).second, MaskRule(MaskOperator::Drop));
        QCOMPARE(outcome->changes.at(0).floor, outcome->changes.at(0).level);
        QVERIFY(outcome->changes.at(0).floor > 0);
    }

    void finerRuleIsReplacedAtItsFloor()
    {
        // Bands of 7 years do not nest in intervals of 10 or 20: only the top holds them, and
        // keeping the bands there would publish smaller classes than the search measured.
        QByteArray csv = "age,sex\n";
        for (int i = 0; i < 30; ++i)
            csv += QByteArray::number(20 + i) + "," + (i % 2 ? "M" : "F") + "\n";
        const DatasetInfo d = importCsv(u"ages"_s, csv);
        QVERIFY(MaskRuleStore(*m_store).save(d, {{u"age"_s, coretest::rule(u"bands:width=7"_s)}}));
        auto spec = HierarchySpec::parse(u"interval:10,20"_s);
        QVERIFY(spec);
        AnonymizationRequest request;
        request.k = 2;
        request.quasi = {{u"age"_s, {}, *spec, 1.0, -1}, {u"sex"_s, {}, std::nullopt, 1.0, -1}};
        const auto outcome = AnonymizationService::run(*m_store, d, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        const AnonymizationFieldChange &age = outcome->changes.at(0);
        QCOMPARE(age.floor, 3); // * (the top of 10 → 20 → *)
        QCOMPARE(age.level, 3);
        QVERIFY(age.replaced);
        QCOMPARE(age.rule.op(), MaskOperator::Hierarchy);
        QCOMPARE(age.rule.param(u"builder"), u"interval:10,20"_s);
        QCOMPARE(age.rule.param(u"level"), u"3"_s);
    }

    void sensitiveModelsAndRiskCeilings()
    {
        clearStored();
        AnonymizationRequest request = adultRequest(2, 0.05, {u"sex"_s, u"age"_s, u"race"_s});
        request.maxRisk = 0.1; // k = 10
        SensitiveModel l;
        l.kind = SensitiveModel::Kind::DistinctL;
        l.l = 2;
        request.sensitive.append({u"occupation"_s, l});
        const auto outcome = AnonymizationService::run(*m_store, m_adult, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(outcome->result.minClass >= 10);
        QCOMPARE(outcome->result.sensitiveAchieved.size(), size_t(1));
        QVERIFY(outcome->result.sensitiveAchieved[0] >= 2.0);
        if (outcome->suppression) {
            QCOMPARE(outcome->suppression->k, 10);
            QCOMPARE(outcome->suppression->models.size(), 1);
            QCOMPARE(outcome->suppression->models.at(0).field, u"occupation"_s);
            QCOMPARE(outcome->suppression->models.at(0).kind, SuppressionModel::Kind::DistinctL);
        }

        request.sensitive[0].name = u"age"_s; // a quasi-identifier
        const auto both = AnonymizationService::run(*m_store, m_adult, request);
        QVERIFY(!both);
        QCOMPARE(both.error().code, ErrorCode::Usage);
        request.sensitive[0].name = u"occupation"_s;
        request.maxRisk = 0.0;
        QCOMPARE(AnonymizationService::run(*m_store, m_adult, request).error().code, ErrorCode::Usage);
    }

    void missingMarkersAreTheEmptyValue()
    {
        // "NULL" is an import missing marker: the search sees it as the empty value, which the
        // hierarchy generalises through its row for "".
        QByteArray csv = "ward,sex\n";
        for (int i = 0; i < 12; ++i)
            csv += QByteArray(i % 3 == 0 ? "NULL" : (i % 3 == 1 ? "A1" : "B2")) + ","
                   + (i % 2 ? "M" : "F") + "\n";
        const DatasetInfo d = importCsv(u"wards"_s, csv);
        QCOMPARE(m_store->rows(d, 0, 1)->at(0).at(0), u"NULL"_s); // stored as written
        const QString h = m_tmp.filePath(u"ward.csv"_s);
        QVERIFY(writeFile(h, "A1;A;*\nB2;B;*\n;?;*\n"));
        AnonymizationRequest request;
        request.k = 2;
        request.quasi = {{u"ward"_s, h, std::nullopt, 1.0, -1}, {u"sex"_s, {}, std::nullopt, 1.0, -1}};
        const auto outcome = AnonymizationService::run(*m_store, d, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->result.records, quint64(12));
        QCOMPARE(outcome->result.levels, (std::vector<int>{0, 0}));
        QCOMPARE(outcome->result.classes, quint64(6));

        // Without a row for the empty value the hierarchy does not cover the data.
        QVERIFY(writeFile(h, "A1;A;*\nB2;B;*\n"));
        const auto bad = AnonymizationService::run(*m_store, d, request);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("quasi");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("limit");
        QTest::addColumn<int>("code");
        QTest::newRow("no field") << QStringList{} << 5 << 0.0 << int(ErrorCode::Usage);
        QTest::newRow("unknown field") << QStringList{u"nosuch"_s} << 5 << 0.0 << int(ErrorCode::BadInput);
        QTest::newRow("twice") << QStringList{u"age"_s, u"age"_s} << 5 << 0.0 << int(ErrorCode::Usage);
        QTest::newRow("k=0") << QStringList{u"age"_s} << 0 << 0.0 << int(ErrorCode::Usage);
        QTest::newRow("limit>1") << QStringList{u"age"_s} << 5 << 1.5 << int(ErrorCode::Usage);
        // Even everything generalised to * is one class of 3016 < k, and nothing may be suppressed.
        QTest::newRow("unreachable") << QStringList{u"age"_s} << 4000 << 0.0 << int(ErrorCode::BadInput);
    }
    void errors()
    {
        QFETCH(QStringList, quasi);
        QFETCH(int, k);
        QFETCH(double, limit);
        QFETCH(int, code);
        const auto outcome = AnonymizationService::run(*m_store, m_adult, adultRequest(k, limit, quasi));
        QVERIFY(!outcome);
        QCOMPARE(int(outcome.error().code), code);
    }

    void missingHierarchyFileFails()
    {
        AnonymizationRequest request = adultRequest(5, 0.0, {u"age"_s});
        request.quasi[0].hierarchyFile = m_tmp.filePath(u"nosuch.csv"_s);
        const auto outcome = AnonymizationService::run(*m_store, m_adult, request);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::BadInput);
    }

    void applyRefusesAnotherVersion()
    {
        const auto outcome = AnonymizationService::run(*m_store, m_adult, adultRequest(5, 0.0));
        QVERIFY(outcome);
        DatasetInfo newer = m_adult;
        ++newer.version;
        const Status s = AnonymizationService::apply(*m_store, newer, *outcome);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadInput);
    }

    void progressCoversRowsThenSearch()
    {
        QList<Progress> reports;
        const auto outcome = AnonymizationService::run(
            *m_store, m_adult, adultRequest(5, 0.0), [&reports](const Progress &p) { reports.append(p); });
        QVERIFY(outcome);
        QVERIFY(!reports.isEmpty());
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).done >= reports.at(i - 1).done);
        QCOMPARE(reports.last().estimatedTotal, 2 * m_adult.rowCount);
        QCOMPARE(reports.last().done, reports.last().estimatedTotal);
    }

    void cancelStoresNothing_data()
    {
        QTest::addColumn<bool>("before");
        QTest::newRow("cancelled before") << true;
        QTest::newRow("cancelled while running") << false;
    }
    void cancelStoresNothing()
    {
        QFETCH(bool, before);
        clearStored();
        const qsizetype auditBefore = m_store->auditEntries()->size();
        CancellationToken token;
        if (before)
            token.cancel();
        // Cancel at the first report (the rows read so far).
        const auto outcome = AnonymizationService::run(
            *m_store, m_adult, adultRequest(5, 0.04), [&token](const Progress &) { token.cancel(); },
            &token);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QVERIFY(MaskRuleStore(*m_store).load(m_adult)->isEmpty());
        QCOMPARE(*RecordSuppressionStore(*m_store).load(m_adult), std::optional<RecordSuppression>());
        QCOMPARE(m_store->auditEntries()->size(), auditBefore);
    }
};

QTEST_GUILESS_MAIN(TestAnonymizationService)
#include "test_anonymizationservice.moc"
