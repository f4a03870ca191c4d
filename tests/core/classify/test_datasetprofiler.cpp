// DatasetProfiler on imported datasets: counts checked against an independent count of the rows,
// missing-value markers, identical results with one or two threads, progress in fields, cancel,
// the one-HIV-code-in-thousands rule end to end, and the main connection staying usable.

#include "core/classify/Classifier.h"
#include "core/classify/DatasetProfiler.h"
#include "core/classify/ValueCounter.h"
#include "core/import/Importer.h"
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <future>
#include <mutex>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (QString c : cells) {
        if (c.contains(u',') || c.contains(u'"')) {
            c.replace(u"\""_s, u"\"\""_s);
            c = u'"' + c + u'"';
        }
        quoted << c;
    }
    return quoted.join(u',').toUtf8() + "\n";
}

// Rows of the counting fixture: repeats, missing markers and empty cells in known places.
QList<QStringList> fixtureRows(int n)
{
    static const QStringList names = {u"王伟"_s, u"李娜"_s, u"张敏"_s, u"刘洋"_s, u"陈静"_s};
    QList<QStringList> rows;
    for (int i = 0; i < n; ++i) {
        const QString name = names[(i * 7) % names.size()];
        QString age = QString::number(18 + (i * 13) % 70);
        if (i % 17 == 0)
            age = u"NULL"_s;
        else if (i % 23 == 0)
            age.clear();
        const QString visit = QDate(2023, 1, 1).addDays((i * 5) % 400).toString(Qt::ISODate);
        QString code = u"I%1.%2"_s.arg(10 + i % 7).arg(i % 3);
        if (i % 29 == 0)
            code = u"不详"_s;
        rows << QStringList{name, age, visit, code};
    }
    return rows;
}

struct Expected {
    qint64 nonEmpty = 0;
    qint64 missing = 0;
    qint64 distinct = 0;
    QString top;
};

// Independent of the profiler: a hash of the stored values, with the default markers.
Expected count(const QList<QStringList> &rows, int column)
{
    QHash<QString, qint64> counts;
    Expected e;
    for (const QStringList &r : rows) {
        const QString v = r[column];
        if (v.trimmed().isEmpty() || v == u"NULL"_s || v == u"不详"_s) {
            ++e.missing;
            continue;
        }
        ++e.nonEmpty;
        ++counts[v];
    }
    e.distinct = counts.size();
    qint64 best = -1;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < e.top)) {
            best = it.value();
            e.top = it.key();
        }
    }
    return e;
}

} // namespace

class TestDatasetProfiler final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ProjectStore> m_store;

    DatasetInfo importRows(const QString &name, const QStringList &header,
                           const QList<QStringList> &rows)
    {
        const QString file = m_tmp->filePath(name + u".csv"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(csvLine(header));
        for (const QStringList &r : rows)
            f.write(csvLine(r));
        f.close();
        ImportOptions options;
        options.datasetName = name;
        auto info = importFile(*m_store, file, options);
        if (!info)
            qFatal("import: %s", qPrintable(info.error().toString()));
        return *info;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto store = ProjectStore::create(m_tmp->filePath(u"p.steward"_s));
        QVERIFY(store);
        m_store = std::move(*store);
    }
    void cleanup()
    {
        m_store.reset();
        m_tmp.reset();
    }

    // The hash table behind the scans: exact counts across growth, empty and large values.
    void valueCounterCountsExactly()
    {
        ValueCounter counter;
        QHash<QByteArray, qint64> expected;
        const QByteArray large(600000, 'x');
        for (int i = 0; i < 50000; ++i) {
            QByteArray v = i % 10 == 0 ? QByteArray() : QByteArray::number((i * 7919) % 20011);
            if (i % 9999 == 0)
                v = large + QByteArray::number(i % 2);
            expected[v] += 1;
            counter.add(std::string_view(v.constData(), size_t(v.size())));
        }
        QCOMPARE(counter.distinct(), expected.size());
        qint64 total = 0;
        for (const ValueCounter::Entry &e : counter.entries()) {
            const QByteArray key(e.value.data(), qsizetype(e.value.size()));
            QVERIFY(expected.contains(key));
            QCOMPARE(e.count, expected.value(key));
            total += e.count;
        }
        QCOMPARE(total, qint64(50000));
    }

    void countsMatchAnIndependentCount_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("min");
        QTest::addColumn<QString>("max");
        QTest::newRow("text with repeats") << 0 << u"text"_s << u"刘洋"_s << u"陈静"_s;
        QTest::newRow("integer with NULL and empty") << 1 << u"integer"_s << u"18"_s << u"87"_s;
        QTest::newRow("dates") << 2 << u"date"_s << u"2023-01-01"_s << u"2024-01-31"_s;
        QTest::newRow("codes with 不详") << 3 << u"text"_s << u"I10.0"_s << u"I16.2"_s;
    }
    void countsMatchAnIndependentCount()
    {
        QFETCH(int, column);
        QFETCH(QString, type);
        QFETCH(QString, min);
        QFETCH(QString, max);
        const QList<QStringList> rows = fixtureRows(3000);
        const DatasetInfo info =
            importRows(u"visits"_s, {u"姓名"_s, u"年龄"_s, u"就诊日期"_s, u"诊断编码"_s}, rows);
        auto profiles = DatasetProfiler().profile(*m_store, info);
        QVERIFY2(profiles, qPrintable(profiles.ok() ? QString() : profiles.error().toString()));
        QCOMPARE(profiles->size(), 4);
        const FieldProfile &p = profiles->at(column);
        const Expected e = count(rows, column);
        QCOMPARE(p.name, info.columns[column].name);
        QCOMPARE(p.type, type);
        QCOMPARE(p.nonEmpty, e.nonEmpty);
        QCOMPARE(p.missing, e.missing);
        QCOMPARE(p.nonEmpty + p.missing, qint64(rows.size()));
        QCOMPARE(p.distinct, e.distinct);
        QCOMPARE(p.min, min);
        QCOMPARE(p.max, max);
        QVERIFY(!p.topValues.isEmpty());
        QCOMPARE(p.topValues.first().value, e.top);
        QCOMPARE(p.sampled, p.nonEmpty); // fewer distinct values than the sample size
    }

    void sameResultWithOneOrTwoThreads()
    {
        const DatasetInfo info =
            importRows(u"visits"_s, {u"姓名"_s, u"年龄"_s, u"就诊日期"_s, u"诊断编码"_s}, fixtureRows(2000));
        DatasetProfilerOptions one;
        one.threads = 1;
        DatasetProfilerOptions two;
        two.threads = 2;
        auto a = DatasetProfiler(DetectorSet::builtin(), one).profile(*m_store, info);
        auto b = DatasetProfiler(DetectorSet::builtin(), two).profile(*m_store, info);
        QVERIFY(a && b);
        QCOMPARE(a->size(), b->size());
        for (int i = 0; i < a->size(); ++i)
            QCOMPARE(QJsonDocument(fieldProfileToJson(a->at(i))).toJson(),
                     QJsonDocument(fieldProfileToJson(b->at(i))).toJson());
    }

    // A column over the memory budget is grouped by SQLite instead: the same profile.
    void groupByFallbackGivesTheSameProfile()
    {
        const DatasetInfo info =
            importRows(u"visits"_s, {u"姓名"_s, u"年龄"_s, u"就诊日期"_s, u"诊断编码"_s}, fixtureRows(3000));
        DatasetProfilerOptions tiny;
        tiny.maxCounterBytes = 1;
        auto hashed = DatasetProfiler().profile(*m_store, info);
        auto grouped = DatasetProfiler(DetectorSet::builtin(), tiny).profile(*m_store, info);
        QVERIFY(hashed && grouped);
        for (int i = 0; i < hashed->size(); ++i)
            QCOMPARE(QJsonDocument(fieldProfileToJson(grouped->at(i))).toJson(),
                     QJsonDocument(fieldProfileToJson(hashed->at(i))).toJson());
    }

    void progressCountsFields()
    {
        const DatasetInfo info =
            importRows(u"visits"_s, {u"姓名"_s, u"年龄"_s, u"就诊日期"_s, u"诊断编码"_s}, fixtureRows(500));
        std::mutex mutex;
        QList<Progress> seen;
        auto profiles = DatasetProfiler().profile(*m_store, info, [&](const Progress &p) {
            std::lock_guard lock(mutex);
            seen << p;
        });
        QVERIFY(profiles);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.first().done, qint64(0));
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].estimatedTotal, qint64(4));
            QCOMPARE(seen[i].done, qint64(i));
        }
    }

    void cancelBeforeStart()
    {
        const DatasetInfo info = importRows(u"d"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, fixtureRows(10));
        CancellationToken token;
        token.cancel();
        auto profiles = DatasetProfiler().profile(*m_store, info, {}, &token);
        QVERIFY(!profiles);
        QCOMPARE(profiles.error().code, ErrorCode::Cancelled);
    }

    void cancelWhileRunning()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 40000; ++i)
            rows << QStringList{QString::number(i), u"v%1"_s.arg(i * 7919 % 100003), u"w%1"_s.arg(i % 977),
                                u"x%1"_s.arg(i), u"y%1"_s.arg(i * 31), u"z%1"_s.arg(i * 17)};
        const DatasetInfo info =
            importRows(u"big"_s, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}, rows);
        CancellationToken token;
        DatasetProfilerOptions options;
        options.threads = 1;
        std::atomic<int> calls{0};
        auto profiles = DatasetProfiler(DetectorSet::builtin(), options)
                            .profile(*m_store, info,
                                     [&](const Progress &p) {
                                         ++calls;
                                         if (p.done >= 1)
                                             token.cancel();
                                     },
                                     &token);
        QVERIFY(!profiles);
        QCOMPARE(profiles.error().code, ErrorCode::Cancelled);
        QVERIFY(calls.load() < 7); // stopped before every field was done
    }

    void emptyDataset()
    {
        const DatasetInfo info = importRows(u"empty"_s, {u"姓名"_s, u"年龄"_s}, {});
        auto profiles = DatasetProfiler().profile(*m_store, info);
        QVERIFY(profiles);
        QCOMPARE(profiles->size(), 2);
        QCOMPARE(profiles->at(0).nonEmpty, qint64(0));
        QCOMPARE(profiles->at(0).distinct, qint64(0));
    }

    // domain.md: one HIV code among thousands of ordinary diagnoses makes the field grade 5.
    void oneHivCodeAmongThousandsTakesGradeFive()
    {
        QList<QStringList> rows;
        const QStringList ordinary = {u"I10"_s, u"E11.9"_s, u"J18.0"_s, u"K35.8"_s, u"I25.1"_s, u"N18.3"_s};
        for (int i = 0; i < 6000; ++i)
            rows << QStringList{QString::number(100000 + i), i == 4321 ? u"B20.1"_s : ordinary[i % ordinary.size()]};
        const DatasetInfo info = importRows(u"dx"_s, {u"病案号"_s, u"主要诊断编码"_s}, rows);
        auto profiles = DatasetProfiler().profile(*m_store, info);
        QVERIFY(profiles);
        const FieldProfile &p = profiles->at(1);
        qint64 sensitive = 0;
        for (qint64 n : p.sensitiveCodes)
            sensitive += n;
        QCOMPARE(sensitive, qint64(1));
        const Suggestion s = Classifier().classify(p);
        QCOMPARE(s.grade, 5);
        QCOMPARE(s.role, FieldRole::Sensitive);
        QVERIFY2(!s.evidence.contains(u"B20.1"_s), qPrintable(s.evidence)); // no cell values
    }

    // Profiling reads on its own connections: the GUI's connection can write meanwhile.
    void mainConnectionStaysUsable()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 30000; ++i)
            rows << QStringList{QString::number(i), u"v%1"_s.arg(i % 5000), u"w%1"_s.arg(i)};
        const DatasetInfo info = importRows(u"d"_s, {u"a"_s, u"b"_s, u"c"_s}, rows);
        importRows(u"other"_s, {u"a"_s}, {{u"1"_s}});
        DatasetProfilerOptions options;
        options.threads = 1;
        std::future<Result<QList<FieldProfile>>> future = std::async(std::launch::async, [&] {
            return DatasetProfiler(DetectorSet::builtin(), options).profile(*m_store, info);
        });
        QVERIFY(m_store->renameDataset(u"other"_s, u"other 2"_s));
        const Result<QList<FieldProfile>> profiles = future.get();
        QVERIFY(profiles);
        QCOMPARE(profiles->at(2).distinct, qint64(30000));
        QVERIFY(m_store->hasDataset(u"other 2"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatasetProfiler)
#include "test_datasetprofiler.moc"
