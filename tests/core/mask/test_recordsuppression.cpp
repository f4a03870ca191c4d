// RecordSuppression JSON: the sensitive models of an anonymization round-trip, what older versions
// wrote (no "models") still loads, and malformed models are refused; the store keeps them.

#include "tests/core/CoreTestSupport.h"

#include "core/mask/RecordSuppression.h"
#include "core/mask/RecordSuppressionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

class TestRecordSuppression final : public QObject {
    Q_OBJECT

private slots:
    void modelsRoundTrip()
    {
        RecordSuppression s;
        s.k = 5;
        s.quasi = {u"age"_s, u"sex"_s};
        s.maxFraction = 0.05;
        SuppressionModel distinct;
        distinct.field = u"诊断"_s;
        distinct.l = 3;
        SuppressionModel recursive;
        recursive.field = u"dx"_s;
        recursive.kind = SuppressionModel::Kind::RecursiveCL;
        recursive.l = 2;
        recursive.c = 4;
        SuppressionModel t;
        t.field = u"los"_s;
        t.kind = SuppressionModel::Kind::TCloseness;
        t.t = 0.15;
        t.ordered = true;
        s.models = {distinct, recursive, t};
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(u"models"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"models"_s).toArray().at(2).toObject().value(u"model"_s).toString(),
                 u"t"_s);
        QCOMPARE(RecordSuppression::fromJson(json), std::optional<RecordSuppression>(s));
    }

    void oldJsonLoads()
    {
        const QJsonObject old = QJsonDocument::fromJson(
                                    R"({"k": 3, "quasi": ["age"], "max_fraction": 0.01})")
                                    .object();
        const auto s = RecordSuppression::fromJson(old);
        QVERIFY(s);
        QVERIFY(s->models.isEmpty());
        QVERIFY(!s->toJson().contains(u"models"_s)); // written as before when there are none
    }

    void malformedModels_data()
    {
        QTest::addColumn<QByteArray>("models");
        QTest::newRow("not an array") << QByteArray(R"("distinct")");
        QTest::newRow("no field") << QByteArray(R"([{"model": "distinct", "l": 2}])");
        QTest::newRow("unknown model") << QByteArray(R"([{"field": "dx", "model": "delta"}])");
        QTest::newRow("l below 1") << QByteArray(R"([{"field": "dx", "model": "entropy", "l": 0.5}])");
        QTest::newRow("t above 1") << QByteArray(R"([{"field": "dx", "model": "t", "t": 2}])");
        QTest::newRow("ordered not a bool")
            << QByteArray(R"([{"field": "dx", "model": "t", "ordered": "yes"}])");
    }
    void malformedModels()
    {
        QFETCH(QByteArray, models);
        const QJsonObject json =
            QJsonDocument::fromJson(R"({"k": 3, "quasi": ["age"], "models": )" + models + "}")
                .object();
        QVERIFY(!json.isEmpty());
        QVERIFY(!RecordSuppression::fromJson(json));
    }

    void storeKeepsModels()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(u"p.steward"_s));
        QVERIFY(store);
        const DatasetInfo d = coretest::importCsv(**store, dir, u"t"_s, coretest::sixRecordTable());
        RecordSuppression s;
        s.k = 2;
        s.quasi = {u"age"_s};
        SuppressionModel m;
        m.field = u"dx"_s;
        m.kind = SuppressionModel::Kind::EntropyL;
        m.l = 1.5;
        s.models = {m};
        QVERIFY(RecordSuppressionStore(**store).save(d, s));
        QCOMPARE(*RecordSuppressionStore(**store).load(d), std::optional<RecordSuppression>(s));
        const auto entries = (*store)->auditEntries();
        QVERIFY(entries->last().detail.contains(u"\"model\":\"entropy\""_s));

        m.field = u"nosuch"_s;
        s.models = {m};
        const Status bad = RecordSuppressionStore(**store).save(d, s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRecordSuppression)
#include "test_recordsuppression.moc"
