// Tests of the import pipeline into a project: one transaction per import (refusal, cancel and a
// real kill -9 leave the project exactly as before), header modes, types and missing counts,
// byte-exact cells, replace, progress, and the preview.
#include "core/import/Importer.h"
#include "core/store/AuditTrail.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "tests/support/TestFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace steward;

namespace {

constexpr const char *kChildModeVar = "STEWARD_TEST_CHILD";
constexpr const char *kChildProjectVar = "STEWARD_TEST_PROJECT";
constexpr const char *kChildFileVar = "STEWARD_TEST_FILE";

// Child process: imports a file into the project, reporting progress on stdout.
int runChild()
{
    auto store = ProjectStore::open(qEnvironmentVariable(kChildProjectVar));
    if (!store) {
        std::printf("error %s\n", qPrintable(store.error().toString()));
        return 2;
    }
    ImportOptions options;
    options.datasetName = QStringLiteral("big");
    auto imported =
        importFile(**store, qEnvironmentVariable(kChildFileVar), options, [](const Progress &p) {
            std::printf("progress %lld\n", p.done);
            std::fflush(stdout);
        });
    std::printf(imported ? "done\n" : "failed\n");
    return imported ? 0 : 1;
}

using steward::testsupport::readFile;
using steward::testsupport::writeFile;

// A CSV of `rows` data rows (plus a header) with a recognisable cell per row.
void writeGenerated(const QString &path, qint64 rows, int raggedLine = 0,
                    const QByteArray &marker = "mark-", bool wide = false)
{
    // Wide rows add realistic free text so that a large import outgrows SQLite's page cache.
    const QByteArray widening =
        ",\"\xe6\x82\xa3\xe8\x80\x85\xe8\x87\xaa\xe8\xbf\xb0\xe5\xa4\xb4\xe7\x97\x9b, "
        "3 days; BP 130/85\",\xe6\xb5\x99\xe6\xb1\x9f\xe7\x9c\x81\xe6\x9d\xad"
        "\xe5\xb7\x9e\xe5\xb8\x82 Wensan Road 88 Building 3 Room 1201,"
        "330106198001011234,13800138000,310000,I10,"
        "\xe9\xab\x98\xe8\xa1\x80\xe5\x8e\x8b,4512.37,WBC 6.1 x10^9/L";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk = "id,name,amount,admitted,note,flag";
    chunk += wide ? ",complaint,address,resident_id,mobile,postcode,icd,diagnosis,fee,lab\n" : "\n";
    for (qint64 r = 1; r <= rows; ++r) {
        const qint64 line = r + 1;
        chunk += QByteArray::number(r) + ",\xe5\xbc\xa0\xe4\xb8\x89" + QByteArray::number(r % 97)
            + "," + QByteArray::number(r % 1000) + "." + QByteArray::number(r % 10) + "5,2023-"
            + QByteArray::number(1 + r % 12).rightJustified(2, '0') + "-"
            + QByteArray::number(1 + r % 28).rightJustified(2, '0') + "," + marker
            + QByteArray::number(r) + "," + (r % 2 ? "true" : "false");
        if (wide)
            chunk += widening;
        if (line == raggedLine)
            chunk += ",extra";
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

// Everything a project holds, as one hash: every table's SQL and rows in rowid order.
QByteArray projectDigest(sql::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<std::pair<QString, QString>> tables;
    {
        auto stmt =
            db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (stmt && stmt->step() == sql::Statement::StepResult::Row)
            tables.append({stmt->columnText(0), stmt->columnText(1)});
    }
    for (const auto &[name, sqlText] : tables) {
        hash.addData(name.toUtf8() + '\0' + sqlText.toUtf8() + '\0');
        auto rows = db.prepare(QLatin1String("SELECT * FROM ") + sql::quoteIdentifier(name)
                               + QLatin1String(" ORDER BY rowid"));
        while (rows && rows->step() == sql::Statement::StepResult::Row) {
            for (int c = 0; c < rows->columnCount(); ++c) {
                const std::string_view v = rows->columnUtf8(c);
                hash.addData(rows->isNull(c) ? QByteArrayView("\x01N")
                                             : QByteArrayView(v.data(), qsizetype(v.size())));
                hash.addData(QByteArrayView("\0", 1));
            }
        }
    }
    return hash.result().toHex();
}

// A list of UTF-8 literals (QT_NO_CAST_FROM_ASCII is on).
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QString errorText(const Error &e)
{
    return e.toString();
}

} // namespace

class TestImporter final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ProjectStore> m_store;
    QString path(const QString &name) const { return m_tmp->filePath(name); }
    DatasetInfo importOk(const QString &file, ImportOptions options = {});

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        auto store = ProjectStore::create(path(QStringLiteral("p.steward")));
        QVERIFY(store);
        m_store = std::move(*store);
    }
    void cleanup()
    {
        m_store.reset();
        m_tmp.reset();
    }

    void cellsRoundTripExactly_data();
    void cellsRoundTripExactly();
    void typesAndMissingCounts();
    void headerModes_data();
    void headerModes();
    void storesCatalogAndAudit();
    void refusalLeavesProjectUnchanged_data();
    void refusalLeavesProjectUnchanged();
    void nameTakenIsRefused();
    void cancelLeavesProjectUnchanged();
    void interruptFromAnotherThreadCancels();
    void progressReportsRowsAndEstimate();
    void replaceKeepsIdAndBumpsVersion();
    void previewWritesNothing();
    void previewHeaderProblemsAndLimit();
    void killedImportLeavesProjectAsBefore();
};

DatasetInfo TestImporter::importOk(const QString &file, ImportOptions options)
{
    auto result = importFile(*m_store, file, options);
    if (!result)
        qWarning("import failed: %s", qPrintable(errorText(result.error())));
    return result ? *result : DatasetInfo{};
}

void TestImporter::cellsRoundTripExactly_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<QStringList>>("expected");
    const QString zhang = QStringLiteral("张三");
    QTest::newRow("utf-8, CRLF inside quotes, doubled quotes, spaces")
        << QByteArray("name,note\r\n\xe5\xbc\xa0\xe4\xb8\x89,\"line one\r\nline two\"\r\n"
                      " padded ,\"say \"\"hi\"\", ok\"\r\n")
        << QStringLiteral("utf-8")
        << QList<QStringList>{{zhang, QStringLiteral("line one\r\nline two")},
                              {QStringLiteral(" padded "), QStringLiteral("say \"hi\", ok")}};
    QTest::newRow("utf-8 with BOM, LF")
        << QByteArray("\xef\xbb\xbfname,city\n\xe5\xbc\xa0\xe4\xb8\x89,\xe5\x8c\x97\xe4\xba\xac\n")
        << QStringLiteral("utf-8") << QList<QStringList>{{zhang, QStringLiteral("北京")}};
    QTest::newRow("gb18030") << QByteArray("name,city\n\xd5\xc5\xc8\xfd,\xb1\xb1\xbe\xa9\n")
                             << QStringLiteral("gb18030")
                             << QList<QStringList>{{zhang, QStringLiteral("北京")}};
    QTest::newRow("empty cells stay empty text")
        << QByteArray("a,b,c\n,,\nx,,\n") << QStringLiteral("utf-8")
        << QList<QStringList>{{QString(), QString(), QString()},
                              {QStringLiteral("x"), QString(), QString()}};
}

void TestImporter::cellsRoundTripExactly()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, encoding);
    QFETCH(QList<QStringList>, expected);
    const QString csv = path(QStringLiteral("in.csv"));
    QVERIFY(writeFile(csv, file));
    ImportOptions options;
    options.header = HeaderMode::Present;
    const DatasetInfo info = importOk(csv, options);
    QCOMPARE(info.rowCount, qint64(expected.size()));
    QCOMPARE(info.encoding, encoding);
    auto rows = m_store->rows(info, 0, 100);
    QVERIFY(rows);
    QCOMPARE(*rows, expected);
    // Stored as text, never NULL.
    QCOMPARE(*StoreAccess::db(*m_store).queryInt(
                 QStringLiteral("SELECT count(*) FROM %1 WHERE c1 IS NULL OR typeof(c2) <> 'text'")
                     .arg(info.tableName)
                     .toUtf8()
                     .constData()),
             qint64(0));
}

void TestImporter::typesAndMissingCounts()
{
    const QString csv = path(QStringLiteral("types.csv"));
    writeFile(csv,
              "id,amount,admitted,seen_at,insured,city,blank\n"
              "1,12.5,2024-01-02,2024-01-02 08:30,yes,北京,\n"
              "2,NULL,2024/1/3,2024-01-03T09:00:00,no,不详,\n"
              "3,7,2024年1月4日,,是,上海,N/A\n"
              "-4,0.25,,2024-02-01 10:00:00,否,-,\n");
    const DatasetInfo info = importOk(csv);
    QCOMPARE(info.rowCount, qint64(4));
    const QList<ColumnType> types = {ColumnType::Integer,  ColumnType::Decimal, ColumnType::Date,
                                     ColumnType::DateTime, ColumnType::Boolean, ColumnType::Text,
                                     ColumnType::Text};
    const QList<qint64> missing = {0, 1, 1, 1, 0, 2, 4};
    QCOMPARE(info.columns.size(), types.size());
    for (int c = 0; c < types.size(); ++c) {
        QCOMPARE(info.columns[c].type, types[c]);
        QCOMPARE(info.columns[c].missingCount, missing[c]);
    }
    // The catalog holds the same.
    auto stored = m_store->dataset(info.name);
    QVERIFY(stored);
    for (int c = 0; c < types.size(); ++c) {
        QCOMPARE(stored->columns[c].type, types[c]);
        QCOMPARE(stored->columns[c].missingCount, missing[c]);
    }
    // Custom markers replace the defaults.
    ImportOptions options;
    options.datasetName = QStringLiteral("custom");
    options.missingMarkers = {QStringLiteral("不详")};
    const DatasetInfo custom = importOk(csv, options);
    QCOMPARE(custom.columns[1].missingCount, qint64(0)); // NULL is a value now...
    QCOMPARE(custom.columns[1].type, ColumnType::Text);  // ...and not a number
    QCOMPARE(custom.columns[5].missingCount, qint64(1));
}

void TestImporter::headerModes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<HeaderMode>("mode");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<qint64>("rows");
    const QByteArray named = "name,age\nWang,42\nLi,37\n";
    const QByteArray numeric = "1,42\n2,37\n3,29\n";
    QTest::newRow("auto finds a header")
        << named << HeaderMode::Auto << true << sl({"name", "age"}) << qint64(2);
    QTest::newRow("auto finds none")
        << numeric << HeaderMode::Auto << false << sl({"column_1", "column_2"}) << qint64(3);
    QTest::newRow("present is obeyed")
        << numeric << HeaderMode::Present << true << sl({"1", "42"}) << qint64(2);
    QTest::newRow("absent is obeyed")
        << named << HeaderMode::Absent << false << sl({"column_1", "column_2"}) << qint64(3);
    QTest::newRow("duplicate and empty names made unique")
        << QByteArray("name,name,,x\na,b,c,d\n") << HeaderMode::Present << true
        << sl({"name", "name_2", "column_3", "x"}) << qint64(1);
    QTest::newRow("header only") << QByteArray("name,age\n") << HeaderMode::Present << true
                                 << sl({"name", "age"}) << qint64(0);
}

void TestImporter::headerModes()
{
    QFETCH(QByteArray, file);
    QFETCH(HeaderMode, mode);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, names);
    QFETCH(qint64, rows);
    const QString csv = path(QStringLiteral("h.csv"));
    QVERIFY(writeFile(csv, file));
    ImportOptions options;
    options.header = mode;
    const DatasetInfo info = importOk(csv, options);
    QCOMPARE(info.hasHeader, hasHeader);
    QStringList actual;
    for (const ColumnInfo &c : info.columns)
        actual << c.name;
    QCOMPARE(actual, names);
    QCOMPARE(info.rowCount, rows);
    if (!hasHeader) {
        // The first record is data, in first place.
        auto first = m_store->rows(info, 0, 1);
        QCOMPARE(first->first().first(), QString::fromUtf8(file.left(file.indexOf(','))));
    }
}

void TestImporter::storesCatalogAndAudit()
{
    const QString csv = path(QStringLiteral("admissions 2024.csv"));
    writeGenerated(csv, 100);
    const DatasetInfo info = importOk(csv);
    QCOMPARE(info.name, QStringLiteral("admissions 2024"));
    QCOMPARE(info.sourceFile, QStringLiteral("admissions 2024.csv"));
    QCOMPARE(info.sourceSize, QFileInfo(csv).size());
    QCOMPARE(info.delimiter, QStringLiteral("comma"));
    QCOMPARE(info.version, 1);
    QCOMPARE(info.tableName, DatasetCatalog::tableName(info.id, 1));
    QVERIFY(!info.importedBy.isEmpty());

    auto stored = m_store->dataset(info.name);
    QVERIFY(stored);
    QCOMPARE(stored->id, info.id);
    QCOMPARE(stored->rowCount, qint64(100));
    QCOMPARE(stored->importedAt, info.importedAt);
    QCOMPARE(stored->columns.size(), 6);
    QCOMPARE(stored->columns[0].sourceName, QStringLiteral("id"));

    auto entries = m_store->auditEntries();
    QVERIFY(entries);
    const AuditEntry &last = entries->last();
    QCOMPARE(last.action, QStringLiteral("dataset.import"));
    QCOMPARE(last.target, info.name);
    const QJsonObject detail = QJsonDocument::fromJson(last.detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), info.sourceFile);
    QCOMPARE(detail.value(QStringLiteral("size")).toInteger(), info.sourceSize);
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), qint64(100));
    QCOMPARE(detail.value(QStringLiteral("columns")).toInt(), 6);
    QCOMPARE(detail.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
    QVERIFY(!last.detail.contains(QLatin1String("mark-")));
    QVERIFY(m_store->verifyAudit()->ok);
}

void TestImporter::refusalLeavesProjectUnchanged_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<qint64>("line");
    QTest::newRow("ragged row at line 5000") << QByteArray("ragged") << qint64(5000);
    QTest::newRow("unterminated quote") << QByteArray("quote") << qint64(3002);
    QTest::newRow("empty file") << QByteArray("empty") << qint64(-1);
    QTest::newRow("binary file") << QByteArray("binary") << qint64(-1);
}

void TestImporter::refusalLeavesProjectUnchanged()
{
    QFETCH(QByteArray, kind);
    QFETCH(qint64, line);
    const QString existing = path(QStringLiteral("existing.csv"));
    writeGenerated(existing, 50);
    importOk(existing);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));

    const QString bad = path(QStringLiteral("bad.csv"));
    if (kind == "ragged") {
        writeGenerated(bad, 20000, 5000);
    } else if (kind == "quote") {
        writeGenerated(bad, 3000);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::Append));
        f.write("3001,\"never closed,1,2023-01-01,x,true\n3002,a,1,2023-01-01,x,true\n");
    } else if (kind == "empty") {
        QVERIFY(writeFile(bad, {}));
    } else {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) & 0xff);
        QVERIFY(writeFile(bad, bytes));
    }
    auto result = importFile(*m_store, bad, ImportOptions{});
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QCOMPARE(result.error().file, bad);
    if (line >= 0)
        QCOMPARE(result.error().line, line);
    QVERIFY(!result.error().message.contains(QLatin1String("mark-")));
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);
    QVERIFY(!m_store->hasDataset(QStringLiteral("bad")));
    QVERIFY(DatasetCatalog(StoreAccess::db(*m_store)).orphanTables()->isEmpty());
}

void TestImporter::nameTakenIsRefused()
{
    const QString csv = path(QStringLiteral("visits.csv"));
    writeGenerated(csv, 10);
    importOk(csv);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));
    auto again = importFile(*m_store, csv, ImportOptions{});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::BadInput);
    QCOMPARE(again.error().message, QStringLiteral("a dataset named visits already exists"));
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);

    ImportOptions other;
    other.datasetName = QStringLiteral("visits (copy)");
    QCOMPARE(importOk(csv, other).name, QStringLiteral("visits (copy)"));
}

void TestImporter::cancelLeavesProjectUnchanged()
{
    const QString csv = path(QStringLiteral("big.csv"));
    writeGenerated(csv, 60000);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));
    CancellationToken token;
    qint64 seen = 0;
    auto result = importFile(
        *m_store, csv, ImportOptions{},
        [&](const Progress &p) {
            seen = p.done;
            token.cancel();
        },
        &token);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(seen, qint64(16384)); // cancelled at the first progress report
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);
    QVERIFY(!m_store->hasDataset(QStringLiteral("big")));

    // A token cancelled before the start stops the import before it writes.
    CancellationToken early;
    early.cancel();
    auto none = importFile(*m_store, csv, ImportOptions{}, {}, &early);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Cancelled);
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);
}

void TestImporter::interruptFromAnotherThreadCancels()
{
    // What the GUI's Cancel does besides the token: sqlite3_interrupt() on the import connection.
    const QString csv = path(QStringLiteral("big.csv"));
    writeGenerated(csv, 100000);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    std::thread interrupter([&] {
        while (!started.load() && !finished.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        while (!finished.load()) {
            m_store->interrupt();
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    auto result = importFile(*m_store, csv, ImportOptions{},
                             [&](const Progress &) { started.store(true); });
    finished.store(true);
    interrupter.join();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(sqlite3_get_autocommit(
        StoreAccess::db(*m_store).handle())); // not left inside the transaction
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);
    // The connection is fine afterwards.
    QCOMPARE(importOk(csv).rowCount, qint64(100000));
}

void TestImporter::progressReportsRowsAndEstimate()
{
    const QString csv = path(QStringLiteral("p.csv"));
    writeGenerated(csv, 50000);
    QList<Progress> reports;
    const DatasetInfo info = importOk(csv, ImportOptions{});
    Q_UNUSED(info);
    ImportOptions options;
    options.datasetName = QStringLiteral("second");
    auto result = importFile(*m_store, csv, options, [&](const Progress &p) { reports.append(p); });
    QVERIFY(result);
    QCOMPARE(reports.size(), 4); // 16384, 32768, 49152, and the end
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(reports[i].done, qint64(16384) * (i + 1));
        QVERIFY(reports[i].estimatedTotal >= reports[i].done);
        QVERIFY(reports[i].estimatedTotal < 100000);
    }
    // The reader reads ahead in large chunks, so early estimates are rough; late ones are close.
    QVERIFY2(qAbs(reports[2].estimatedTotal - 50000) < 5000,
             qPrintable(QString::number(reports[2].estimatedTotal)));
    QCOMPARE(reports.last().done, qint64(50000));
    QCOMPARE(reports.last().estimatedTotal, qint64(50000));
}

void TestImporter::replaceKeepsIdAndBumpsVersion()
{
    const QString january = path(QStringLiteral("january.csv"));
    writeGenerated(january, 3000, 0, "JANUARY-ONLY-");
    ImportOptions options;
    options.datasetName = QStringLiteral("monthly");
    const DatasetInfo v1 = importOk(january, options);
    QCOMPARE(v1.version, 1);

    const QString february = path(QStringLiteral("february.csv"));
    QVERIFY(writeFile(february, "id,name,score\n1,a,x\n2,b,y\n"));
    // Without replaceExisting the name is taken.
    QVERIFY(!importFile(*m_store, february, options));
    options.replaceExisting = true;
    auto replaced = importFile(*m_store, february, options);
    QVERIFY2(replaced, qPrintable(replaced ? QString() : errorText(replaced.error())));
    QCOMPARE(replaced->id, v1.id);
    QCOMPARE(replaced->name, QStringLiteral("monthly"));
    QCOMPARE(replaced->version, 2);
    QCOMPARE(replaced->tableName, DatasetCatalog::tableName(v1.id, 2));
    QCOMPARE(replaced->rowCount, qint64(2));
    QCOMPARE(replaced->sourceFile, QStringLiteral("february.csv"));

    auto stored = m_store->dataset(QStringLiteral("monthly"));
    QVERIFY(stored);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->columns.size(), 3);
    QCOMPARE(stored->columns[2].name, QStringLiteral("score"));
    QCOMPARE(m_store->rows(*stored, 0, 10)->at(1), (sl({"2", "b", "y"})));
    QCOMPARE(m_store->datasets()->size(), 1);
    QVERIFY(DatasetCatalog(StoreAccess::db(*m_store)).orphanTables()->isEmpty());
    QCOMPARE(*StoreAccess::db(*m_store).queryInt(
                 QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                     .arg(v1.tableName)
                     .toUtf8()
                     .constData()),
             qint64(0));
    auto entries = m_store->auditEntries();
    QCOMPARE(entries->last().action, QStringLiteral("dataset.replace"));
    QCOMPARE(entries->last().target, QStringLiteral("monthly"));
    // The old cells are gone from the file and its WAL.
    const QString project = m_store->path();
    QVERIFY(
        !(readFile(project) + readFile(project + QLatin1String("-wal"))).contains("JANUARY-ONLY-"));
}

void TestImporter::previewWritesNothing()
{
    const QString csv = path(QStringLiteral("preview.csv"));
    writeGenerated(csv, 500);
    const QStringList filesBefore = QDir(m_tmp->path()).entryList(QDir::Files);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));
    ImportOptions options;
    auto preview = previewImport(csv, options, 20);
    QVERIFY2(preview, qPrintable(preview ? QString() : errorText(preview.error())));
    QCOMPARE(preview->rows.size(), 20);
    QCOMPARE(preview->encoding, QStringLiteral("utf-8"));
    QCOMPARE(preview->delimiter, QLatin1Char(','));
    QVERIFY(preview->hasHeader);
    QVERIFY(preview->sheets.isEmpty());
    QCOMPARE(preview->fileSize, QFileInfo(csv).size());
    QCOMPARE(preview->columnNames, (sl({"id", "name", "amount", "admitted", "note", "flag"})));
    QCOMPARE(preview->columnTypes,
             (QList<ColumnType>{ColumnType::Integer, ColumnType::Text, ColumnType::Decimal,
                                ColumnType::Date, ColumnType::Text, ColumnType::Boolean}));
    QCOMPARE(preview->rows.first().first(), QStringLiteral("1"));
    QCOMPARE(preview->rows.last().first(), QStringLiteral("20"));
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);

    // The options are applied: without a header the first record is a row.
    options.header = HeaderMode::Absent;
    auto raw = previewImport(csv, options, 3);
    QVERIFY(raw);
    QVERIFY(!raw->hasHeader);
    QCOMPARE(raw->rows.first().first(), QStringLiteral("id"));
    QCOMPARE(raw->columnNames.first(), QStringLiteral("column_1"));
    QCOMPARE(raw->columnTypes.first(), ColumnType::Text);
}

void TestImporter::previewHeaderProblemsAndLimit()
{
    const QString csv = path(QStringLiteral("dup.tsv"));
    QVERIFY(writeFile(csv, "name\tname\t\n1\t2\t3\n4\t5\t6\n"));
    ImportOptions options;
    options.header = HeaderMode::Present;
    auto preview = previewImport(csv, options, 100);
    QVERIFY(preview);
    QCOMPARE(preview->delimiter, QLatin1Char('\t'));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->columnNames, (sl({"name", "name_2", "column_3"})));
    QCOMPARE(preview->columnNameProblems.size(), 2);

    auto missing = previewImport(path(QStringLiteral("nope.csv")), options);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
}

void TestImporter::killedImportLeavesProjectAsBefore()
{
    const QString project = m_store->path();
    const QString small = path(QStringLiteral("small.csv"));
    writeGenerated(small, 100);
    importOk(small);
    const QByteArray before = projectDigest(StoreAccess::db(*m_store));
    const QList<DatasetInfo> datasetsBefore = *m_store->datasets();
    m_store.reset(); // close: the child opens the project

    const QString big = path(QStringLiteral("big.csv"));
    writeGenerated(big, 200000, 0, "mark-", true);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildModeVar), QStringLiteral("import"));
    env.insert(QString::fromLatin1(kChildProjectVar), project);
    env.insert(QString::fromLatin1(kChildFileVar), big);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(10000));
    QByteArray output;
    // Kill once the import has outgrown the page cache, so the WAL holds uncommitted pages.
    while (!output.contains("progress 98304") && !output.contains("done")
           && !output.contains("error") && child.waitForReadyRead(30000))
        output += child.readAllStandardOutput();
    QVERIFY2(output.contains("progress 98304"), output.constData());
    child.kill(); // SIGKILL in the middle of the import
    QVERIFY(child.waitForFinished(10000));
    output += child.readAllStandardOutput();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(!output.contains("done"), output.constData());
    QVERIFY(QFileInfo::exists(project + QLatin1String(".lock")));   // left by the dead child
    QVERIFY(QFileInfo(project + QLatin1String("-wal")).size() > 0); // with its uncommitted pages

    auto reopened = ProjectStore::open(project);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : errorText(reopened.error())));
    m_store = std::move(*reopened);
    auto check = StoreAccess::db(*m_store).prepare("PRAGMA quick_check");
    QVERIFY(check && check->step() == sql::Statement::StepResult::Row);
    QCOMPARE(check->columnText(0), QStringLiteral("ok"));
    check = sql::Statement();
    QCOMPARE(projectDigest(StoreAccess::db(*m_store)), before);
    QCOMPARE(m_store->datasets()->size(), datasetsBefore.size());
    QVERIFY(!m_store->hasDataset(QStringLiteral("big")));
    QVERIFY(DatasetCatalog(StoreAccess::db(*m_store)).orphanTables()->isEmpty());
    QVERIFY(m_store->verifyAudit()->ok);
    // And the project works: the import succeeds now.
    ImportOptions options;
    options.datasetName = QStringLiteral("big");
    QCOMPARE(importOk(big, options).rowCount, qint64(200000));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildModeVar))
        return runChild();
    TestImporter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_importer.moc"
