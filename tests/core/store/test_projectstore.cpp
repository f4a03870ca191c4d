// Tests of the project file: creation, refusal of foreign/newer/corrupt files without touching
// them, the in-use lock (with a real second process), migrations, datasets and secure delete.
#include "core/store/AuditTrail.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/DatasetWriter.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "tests/support/TestFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace steward;

namespace {

// --- child process modes (the test executable re-runs itself) ------------------------------
constexpr const char *kChildModeVar = "STEWARD_TEST_CHILD";
constexpr const char *kChildProjectVar = "STEWARD_TEST_PROJECT";

// Opens the project, says so on stdout, and holds it until stdin closes (or it is killed).
int runChild()
{
    const QString path = qEnvironmentVariable(kChildProjectVar);
    auto store = ProjectStore::open(path);
    if (!store) {
        std::printf("error %s\n", qPrintable(store.error().toString()));
        return store.error().exitCode();
    }
    std::printf("opened\n");
    std::fflush(stdout);
    char buffer[256];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {}
    return 0;
}

// --- helpers -------------------------------------------------------------------------------
using steward::testsupport::readFile;
using steward::testsupport::sha256;

int permissions(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// The cell text of row r, column c of the helper datasets.
std::string cellText(const QByteArray &marker, qint64 r, int c)
{
    if (c == 0)
        return (marker + QByteArray::number(r)).toStdString();
    if (c == 1)
        return QStringLiteral("张三%1").arg(r).toUtf8().toStdString();
    return QByteArray::number(r * 7 + c).toStdString();
}

// Writes a dataset through the same store classes the importer uses, in one transaction.
#define QVERIFY_V1(statement)                                                                      \
    do {                                                                                           \
        if (!(statement))                                                                          \
            qFatal("v1 catalog insert failed");                                                    \
    } while (false)

DatasetInfo addDataset(sql::Database &db, const QString &name, qint64 rows, int columns,
                       const QByteArray &marker = "cell-")
{
    sql::Transaction txn(db);
    DatasetCatalog catalog(db);
    DatasetInfo info;
    info.id = *catalog.nextId();
    info.name = name;
    info.version = 1;
    info.tableName = DatasetCatalog::tableName(info.id, info.version);
    info.sourceFile = name + QLatin1String(".csv");
    info.encoding = QStringLiteral("utf-8");
    info.delimiter = QStringLiteral("comma");
    info.importedAt = QDateTime::currentDateTimeUtc();
    info.importedBy = QStringLiteral("tester");
    auto writer = DatasetWriter::create(db, info.tableName, columns);
    if (!writer)
        qFatal("create: %s", qPrintable(writer.error().message));
    std::vector<std::string> owned(static_cast<size_t>(columns));
    std::vector<std::string_view> cells(static_cast<size_t>(columns));
    for (qint64 r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            owned[size_t(c)] = cellText(marker, r, c);
            cells[size_t(c)] = owned[size_t(c)];
        }
        if (Status s = writer->append(cells); !s)
            qFatal("append: %s", qPrintable(s.error().message));
    }
    info.rowCount = writer->rowCount();
    for (int c = 0; c < columns; ++c)
        info.columns.append(ColumnInfo{c, QStringLiteral("col%1").arg(c + 1),
                                       QStringLiteral("col%1").arg(c + 1),
                                       c >= 2 ? ColumnType::Integer : ColumnType::Text, 0});
    if (*db.queryInt("SELECT count(*) FROM pragma_table_info('datasets') "
                     "WHERE name = 'missing_markers'") == 0) {
        // A schema v1 project (for the migration tests): the catalog as v1 wrote it.
        QVERIFY_V1(db.exec(QStringLiteral(
            "INSERT INTO datasets (id, name, table_name, row_count, source_file, encoding, "
            "delimiter, has_header, version, imported_at, imported_by) VALUES (%1, '%2', '%3', "
            "%4, '%2.csv', 'utf-8', 'comma', 1, 1, '2026-01-01T00:00:00Z', 'tester')")
                             .arg(info.id).arg(name, info.tableName).arg(info.rowCount)));
        for (const ColumnInfo &c : info.columns)
            QVERIFY_V1(db.exec(QStringLiteral("INSERT INTO dataset_columns (dataset_id, position, "
                                              "name, source_name, type, missing_count) VALUES "
                                              "(%1, %2, '%3', '%3', '%4', 0)")
                                   .arg(info.id).arg(c.position).arg(c.name, columnTypeName(c.type))));
    } else if (Status s = catalog.insert(info); !s) {
        qFatal("insert: %s", qPrintable(s.error().message));
    }
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("dataset.import"), name); !s)
        qFatal("audit: %s", qPrintable(s.error().message));
    if (Status s = txn.commit(); !s)
        qFatal("commit: %s", qPrintable(s.error().message));
    return info;
}

// PRAGMA quick_check's first row, reading the file as immutable (creates no -wal/-shm).
QByteArray quickCheckImmutable(const QString &path)
{
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?immutable=1";
    sqlite3 *db = nullptr;
    QByteArray result = "cannot open";
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK) {
            const int rc = sqlite3_step(stmt);
            result = rc == SQLITE_ROW
                ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
                : QByteArray(sqlite3_errstr(rc));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return result;
}

// A connection that does not take part in Steward's locking, as another program would open it.
sql::Database rawOpen(const QString &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    if (!db)
        qFatal("raw open: %s", qPrintable(db.error().message));
    return std::move(*db);
}

QString rawText(sql::Database &db, const char *query)
{
    auto stmt = db.prepare(query);
    if (!stmt || stmt->step() != sql::Statement::StepResult::Row)
        return {};
    return stmt->columnText(0);
}

QStringList tableNames(sql::Database &db)
{
    QStringList names;
    auto stmt = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (stmt && stmt->step() == sql::Statement::StepResult::Row)
        names << stmt->columnText(0);
    return names;
}

} // namespace

class TestProjectStore final : public QObject {
    Q_OBJECT

private:
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString projectPath(const QString &name = QStringLiteral("p.steward")) const
    {
        return m_tmp->filePath(name);
    }
    // Makes one kind of file that open() must refuse; returns its path.
    QString makeRefusedFile(const QString &kind, std::optional<sql::Database> *keepOpen);
    QProcess *startHolder(const QString &path);

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }
    void cleanup() { m_tmp.reset(); }

    void createAndReopen();
    void createRefusesExistingFile();
    void createdFilesAreOwnerOnly();
    void refusesWithoutModifying_data();
    void refusesWithoutModifying();
    void refusesMissingFile();
    void refusesWriteProtectedFile();
    void inUseInSameProcess();
    void inUseByChildProcess();
    void staleLockOfKilledProcessIsTakenOver();
    void migratesVersionZeroFile();
    void migratesVersionOneProject();
    void classificationRowsFollowTheirDataset();
    void failingMigrationChangesNothing();
    void missingMigrationStepFails();
    void datasetsListed();
    void rowsPageByRowid_data();
    void rowsPageByRowid();
    void renameDataset_data();
    void renameDataset();
    void deleteDatasetLeavesNoTrace();
    void secondaryConnectionSharesTheProject();
};

QProcess *TestProjectStore::startHolder(const QString &path)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildModeVar), QStringLiteral("hold"));
    env.insert(QString::fromLatin1(kChildProjectVar), path);
    process->setProcessEnvironment(env);
    process->start(QCoreApplication::applicationFilePath(), {});
    if (!process->waitForStarted(10000))
        return process;
    while (!process->canReadLine() && process->waitForReadyRead(10000)) {}
    return process;
}

void TestProjectStore::createAndReopen()
{
    const QString path = projectPath();
    {
        auto store = ProjectStore::create(path, QStringLiteral("住院数据 2024"));
        QVERIFY2(store, qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->title(), QStringLiteral("住院数据 2024"));
        QCOMPARE((*store)->path(), path);
        sql::Database &db = StoreAccess::db(**store);
        QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(ProjectStore::kSchemaVersion));
        QCOMPARE(*db.queryInt("PRAGMA application_id"), qint64(ProjectStore::kApplicationId));
        QCOMPARE(rawText(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(*db.queryInt("PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(*db.queryInt("PRAGMA secure_delete"), qint64(1));
        QCOMPARE(*db.queryInt("PRAGMA synchronous"), qint64(1)); // NORMAL
        QVERIFY(!(*store)->meta(QStringLiteral("created_at")).isEmpty());
        QVERIFY(!(*store)->meta(QStringLiteral("created_by")).isEmpty());
        QVERIFY(
            (*store)->meta(QStringLiteral("created_with")).startsWith(QLatin1String("steward ")));
        QVERIFY(QFileInfo::exists(path + QLatin1String(".lock")));
        auto entries = (*store)->auditEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("project.create"));
        QCOMPARE(entries->first().target, QStringLiteral("p.steward"));
    }
    QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));

    auto reopened = ProjectStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QCOMPARE((*reopened)->title(), QStringLiteral("住院数据 2024"));
    auto list = (*reopened)->datasets();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    auto verified = (*reopened)->verifyAudit();
    QVERIFY(verified && verified->ok);
}

void TestProjectStore::createRefusesExistingFile()
{
    const QString path = projectPath(QStringLiteral("existing.steward"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    auto store = ProjectStore::create(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::BadInput);
    QCOMPARE(store.error().file, path);
    QCOMPARE(readFile(path), QByteArray("precious"));

    // A leftover WAL of some earlier file must not be applied to a new project.
    const QString other = projectPath(QStringLiteral("fresh.steward"));
    {
        QFile f(other + QLatin1String("-wal"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("stale");
    }
    auto refused = ProjectStore::create(other);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY(!QFileInfo::exists(other));
}

void TestProjectStore::createdFilesAreOwnerOnly()
{
    // With an empty umask SQLite would create 0644 files: the 0600 comes from create().
    const mode_t saved = ::umask(0);
    const QString path = projectPath();
    auto store = ProjectStore::create(path);
    ::umask(saved);
    QVERIFY(store);
    addDataset(StoreAccess::db(**store), QStringLiteral("d"), 100, 3); // the WAL now holds pages
    QCOMPARE(permissions(path), 0600);
    QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")));
    QCOMPARE(permissions(path + QLatin1String("-wal")), 0600);
    QCOMPARE(permissions(path + QLatin1String("-shm")), 0600);
}

QString TestProjectStore::makeRefusedFile(const QString &kind,
                                          std::optional<sql::Database> *keepOpen)
{
    const QString path = projectPath(kind + QLatin1String(".steward"));
    auto writeFile = [&](const QByteArray &bytes) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
    };
    if (kind == QLatin1String("text")) {
        writeFile("name,age\nWang,42\n");
    } else if (kind == QLatin1String("empty")) {
        writeFile({});
    } else if (kind == QLatin1String("truncated-header")) {
        writeFile(QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\x01'));
    } else if (kind == QLatin1String("foreign-sqlite")) {
        sql::Database db = rawOpen(path);
        (void)db.exec("CREATE TABLE patients(name TEXT); INSERT INTO patients VALUES ('x');");
    } else if (kind == QLatin1String("foreign-sqlite-wal")) {
        sql::Database db = rawOpen(path);
        (void)db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    } else if (kind == QLatin1String("newer")) {
        {
            auto store = ProjectStore::create(path);
        }
        sql::Database db = rawOpen(path);
        (void)db.exec(QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::kSchemaVersion + 1));
    } else if (kind == QLatin1String("newer-in-wal")) {
        // Another program holds the file open with the newer schema committed only to the WAL.
        {
            auto store = ProjectStore::create(path);
        }
        sql::Database db = rawOpen(path);
        (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = %1;")
                          .arg(ProjectStore::kSchemaVersion + 1));
        keepOpen->emplace(std::move(db));
    } else if (kind == QLatin1String("corrupt")) {
        {
            auto store = ProjectStore::create(path);
            addDataset(StoreAccess::db(**store), QStringLiteral("d"), 20000, 6);
        }
        const qint64 pageSize = 8192;
        const qint64 pages = QFileInfo(path).size() / pageSize;
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            qFatal("cannot open fixture");
        // Overwrite the b-tree page header and cell pointers of a page in the middle of the file.
        f.seek((pages / 2) * pageSize);
        f.write(QByteArray(64, '\xff'));
        f.close();
        // Precondition: SQLite itself sees the damage (read without creating -wal/-shm).
        if (quickCheckImmutable(path) == "ok")
            qFatal("the corrupt fixture passes quick_check");
    }
    return path;
}

void TestProjectStore::refusesWithoutModifying_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain text") << "text"
                                << "not a Steward project";
    QTest::newRow("empty file") << "empty"
                                << "not a Steward project";
    QTest::newRow("sqlite magic, truncated") << "truncated-header"
                                             << "not a Steward project";
    QTest::newRow("sqlite without application id") << "foreign-sqlite"
                                                   << "not a Steward project";
    QTest::newRow("sqlite in WAL mode without application id") << "foreign-sqlite-wal"
                                                               << "not a Steward project";
    QTest::newRow("newer schema")
        << "newer"
        << QStringLiteral("written by a newer version of Steward (schema %1); this version reads "
                          "schema %2 or older")
               .arg(ProjectStore::kSchemaVersion + 1)
               .arg(ProjectStore::kSchemaVersion);
    QTest::newRow("newer schema, committed to the WAL only")
        << "newer-in-wal"
        << QStringLiteral("written by a newer version of Steward (schema %1)")
               .arg(ProjectStore::kSchemaVersion + 1);
    QTest::newRow("corrupt b-tree page") << "corrupt"
                                         << "the project file is damaged";
}

void TestProjectStore::refusesWithoutModifying()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    std::optional<sql::Database> keepOpen;
    const QString path = makeRefusedFile(kind, &keepOpen);
    const QString wal = path + QLatin1String("-wal");
    const QString shm = path + QLatin1String("-shm");
    const bool walBefore = QFileInfo::exists(wal);
    const QByteArray before = sha256(path);
    const QByteArray walHashBefore = sha256(wal);
    QVERIFY(!before.isEmpty() || kind == QLatin1String("empty"));

    auto store = ProjectStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::BadInput);
    QCOMPARE(store.error().file, path);
    QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));

    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo::exists(wal), walBefore);
    if (walBefore)
        QCOMPARE(sha256(wal), walHashBefore);
    else
        QVERIFY(!QFileInfo::exists(shm));
    QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
}

void TestProjectStore::refusesMissingFile()
{
    auto store = ProjectStore::open(projectPath(QStringLiteral("missing.steward")));
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::BadInput);
    QVERIFY(!QFileInfo::exists(projectPath(QStringLiteral("missing.steward"))));
}

void TestProjectStore::refusesWriteProtectedFile()
{
    if (::geteuid() == 0)
        QSKIP("root can write to write-protected files");
    const QString path = projectPath();
    { QVERIFY(ProjectStore::create(path)); }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = sha256(path);
    auto store = ProjectStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::BadInput);
    QVERIFY2(store.error().message.contains(QLatin1String("write-protected")),
             qPrintable(store.error().message));
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
}

void TestProjectStore::inUseInSameProcess()
{
    const QString path = projectPath();
    auto first = ProjectStore::create(path);
    QVERIFY(first);
    auto second = ProjectStore::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::BadInput);
    QVERIFY2(
        second.error().message.contains(QStringLiteral("in use by another Steward process (PID %1")
                                            .arg(QCoreApplication::applicationPid())),
        qPrintable(second.error().message));
    // The first store is unaffected.
    QVERIFY((*first)->datasets());
}

void TestProjectStore::inUseByChildProcess()
{
    const QString path = projectPath();
    {
        QVERIFY(ProjectStore::create(path));
    }
    QProcess *child = startHolder(path);
    QCOMPARE(child->readLine().trimmed(), QByteArray("opened"));

    auto refused = ProjectStore::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QCOMPARE(refused.error().file, path);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("in use by another Steward process (PID %1 on host ")
                     .arg(child->processId())),
             qPrintable(refused.error().message));

    child->closeWriteChannel(); // the child closes the project and exits
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(path + QLatin1String(".lock")));
    auto opened = ProjectStore::open(path);
    QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().toString()));
}

void TestProjectStore::staleLockOfKilledProcessIsTakenOver()
{
    const QString path = projectPath();
    {
        QVERIFY(ProjectStore::create(path));
    }
    QProcess *child = startHolder(path);
    QCOMPARE(child->readLine().trimmed(), QByteArray("opened"));
    child->kill(); // SIGKILL: no cleanup
    QVERIFY(child->waitForFinished(10000));
    QVERIFY(QFileInfo::exists(path + QLatin1String(".lock")));

    auto opened = ProjectStore::open(path);
    QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(*StoreAccess::db(**opened).queryInt("PRAGMA user_version"),
             qint64(ProjectStore::kSchemaVersion));
}

void TestProjectStore::migratesVersionZeroFile()
{
    const QString path = projectPath();
    {
        sql::Database db = rawOpen(path);
        QVERIFY(db.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::kApplicationId)));
    }
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.ok() ? QString() : store.error().toString()));
    sql::Database &db = StoreAccess::db(**store);
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(ProjectStore::kSchemaVersion));
    QCOMPARE(tableNames(db),
             (QStringList{QStringLiteral("audit"), QStringLiteral("classification_templates"),
                          QStringLiteral("consent_records"), QStringLiteral("consent_registers"),
                          QStringLiteral("dataset_columns"), QStringLiteral("datasets"),
                          QStringLiteral("field_classifications"),
                          QStringLiteral("field_hierarchies"), QStringLiteral("field_profiles"),
                          QStringLiteral("mask_rules"), QStringLiteral("mask_templates"),
                          QStringLiteral("project"), QStringLiteral("record_suppression"),
                          QStringLiteral("release_datasets"),
                          QStringLiteral("release_decisions"), QStringLiteral("release_documents"),
                          QStringLiteral("release_exports"), QStringLiteral("release_submissions"),
                          QStringLiteral("releases"), QStringLiteral("trusted_keys")}));
    QCOMPARE(rawText(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
}

// A project written by schema v1 (the first release's format) opens: it is migrated to the current schema in place,
// keeping its datasets, cells and audit chain.
void TestProjectStore::migratesVersionOneProject()
{
    const QString path = projectPath();
    {
        sql::Database db = rawOpen(path);
        QVERIFY(db.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(db.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::kApplicationId)));
        QVERIFY(Migrations::run(db, {Migrations::schema().first()}, 1));
        QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(1));
        QVERIFY(ProjectStore::appendAudit(db, QStringLiteral("project.create"), QStringLiteral("p")));
        addDataset(db, QStringLiteral("visits"), 30, 3);
        QVERIFY(!tableNames(db).contains(QStringLiteral("field_classifications")));
    }
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.ok() ? QString() : store.error().toString()));
    sql::Database &db = StoreAccess::db(**store);
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(ProjectStore::kSchemaVersion));
    QVERIFY(tableNames(db).contains(QStringLiteral("field_profiles")));
    QVERIFY(tableNames(db).contains(QStringLiteral("record_suppression")));
    QVERIFY(tableNames(db).contains(QStringLiteral("field_classifications")));
    QVERIFY(tableNames(db).contains(QStringLiteral("classification_templates")));
    auto visits = (*store)->dataset(QStringLiteral("visits"));
    QVERIFY(visits);
    QCOMPARE(visits->rowCount, qint64(30));
    QCOMPARE((*store)->rows(*visits, 0, 30)->size(), 30);
    QVERIFY((*store)->verifyAudit()->ok);
    QCOMPARE((*store)->auditEntries()->size(), 2);
    // The migrated project works as a new one: rename and delete, rows of the new tables go too.
    QVERIFY(db.exec("INSERT INTO field_classifications (dataset_id, field) VALUES (1, 'col1')"));
    QVERIFY((*store)->renameDataset(QStringLiteral("visits"), QStringLiteral("visits 2024")));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_classifications"), qint64(1));
    QVERIFY((*store)->deleteDataset(QStringLiteral("visits 2024")));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_classifications"), qint64(0));
    store->reset();
    auto again = ProjectStore::open(path); // already current: opens without migrating
    QVERIFY(again);
    QCOMPARE(*StoreAccess::db(**again).queryInt("PRAGMA user_version"),
             qint64(ProjectStore::kSchemaVersion));
}

// The profile cache is per dataset version (a replace drops it); classifications are keyed by
// field name and stay across versions; both go with the dataset.
void TestProjectStore::classificationRowsFollowTheirDataset()
{
    auto store = ProjectStore::create(projectPath());
    QVERIFY(store);
    sql::Database &db = StoreAccess::db(**store);
    DatasetInfo info = addDataset(db, QStringLiteral("d"), 5, 2);
    addDataset(db, QStringLiteral("other"), 5, 2);
    QVERIFY(db.exec("INSERT INTO field_profiles VALUES (1, 1, 0, 'col1', '{}', 'now');"
                    "INSERT INTO field_profiles VALUES (2, 1, 0, 'col1', '{}', 'now');"
                    "INSERT INTO field_classifications (dataset_id, field, confirmed) VALUES (1, 'col1', 1);"
                    "INSERT INTO field_classifications (dataset_id, field, confirmed) VALUES (2, 'col1', 1);"));
    QCOMPARE(info.id, qint64(1));
    // A replace (as the importer does it) rewrites the catalog row with the next version.
    info.version = 2;
    QVERIFY(DatasetCatalog(db).update(info));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_profiles WHERE dataset_id = 1"), qint64(0));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_classifications WHERE dataset_id = 1"), qint64(1));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_profiles WHERE dataset_id = 2"), qint64(1));
    // Rewriting the row without a new version keeps the cache.
    QVERIFY(db.exec("INSERT INTO field_profiles VALUES (1, 2, 0, 'col1', '{}', 'now')"));
    QVERIFY(DatasetCatalog(db).update(info));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_profiles WHERE dataset_id = 1"), qint64(1));
    QVERIFY((*store)->deleteDataset(QStringLiteral("d")));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_profiles WHERE dataset_id = 1"), qint64(0));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_classifications WHERE dataset_id = 1"), qint64(0));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM field_classifications WHERE dataset_id = 2"), qint64(1));
}

void TestProjectStore::failingMigrationChangesNothing()
{
    const QString path = projectPath(QStringLiteral("v0.db"));
    sql::Database db = rawOpen(path);
    QVERIFY(db.exec("CREATE TABLE keep(x); INSERT INTO keep VALUES (1);"));
    const QList<Migration> migrations = {
        Migration{0, 1, "CREATE TABLE a(x); INSERT INTO a VALUES (1);", {}},
        Migration{1, 2, "CREATE TABLE b(x); INSERT INTO no_such_table VALUES (1);", {}},
    };
    Status s = Migrations::run(db, migrations, 2);
    QVERIFY(!s);
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(0));
    QCOMPARE(tableNames(db), QStringList{QStringLiteral("keep")});

    // A step written as code fails the same way.
    const QList<Migration> withCode = {
        Migration{0, 1, "CREATE TABLE a(x);", {}},
        Migration{
            1, 2, nullptr,
            [](sql::Database &) -> Status { return Error::internal(QStringLiteral("boom")); }},
    };
    QVERIFY(!Migrations::run(db, withCode, 2));
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(0));
    QCOMPARE(tableNames(db), QStringList{QStringLiteral("keep")});

    // And the good list applies both steps at once.
    const QList<Migration> good = {migrations.first(), Migration{1, 2, "CREATE TABLE b(x);", {}}};
    QVERIFY(Migrations::run(db, good, 2));
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(2));
    QCOMPARE(tableNames(db),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("keep")}));
}

void TestProjectStore::missingMigrationStepFails()
{
    sql::Database db = rawOpen(projectPath(QStringLiteral("gap.db")));
    const QList<Migration> gap = {Migration{0, 1, "CREATE TABLE a(x);", {}},
                                  Migration{2, 3, "CREATE TABLE c(x);", {}}};
    QVERIFY(!Migrations::run(db, gap, 3));
    QCOMPARE(*db.queryInt("PRAGMA user_version"), qint64(0));
    QVERIFY(tableNames(db).isEmpty());
}

void TestProjectStore::datasetsListed()
{
    auto store = ProjectStore::create(projectPath());
    QVERIFY(store);
    addDataset(StoreAccess::db(**store), QStringLiteral("visits"), 10, 4);
    addDataset(StoreAccess::db(**store), QStringLiteral("admissions"), 3, 2);
    auto list = (*store)->datasets();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("admissions")); // ordered by name
    QCOMPARE(list->at(1).rowCount, qint64(10));
    QCOMPARE(list->at(1).columns.size(), 4);
    QCOMPARE(list->at(1).columns.at(2).type, ColumnType::Integer);
    QVERIFY((*store)->hasDataset(QStringLiteral("visits")));
    QVERIFY(!(*store)->hasDataset(QStringLiteral("Visits")));
    auto one = (*store)->dataset(QStringLiteral("admissions"));
    QVERIFY(one);
    QCOMPARE(one->columns.size(), 2);
    QCOMPARE(one->tableName, DatasetCatalog::tableName(one->id, 1));
    QCOMPARE(one->sourceFile, QStringLiteral("admissions.csv"));
    QVERIFY(one->importedAt.isValid());
    auto missing = (*store)->dataset(QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
}

void TestProjectStore::rowsPageByRowid_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("first window") << qint64(0) << 10 << 10;
    QTest::newRow("middle") << qint64(500) << 25 << 25;
    QTest::newRow("tail shorter than limit") << qint64(995) << 10 << 5;
    QTest::newRow("last row") << qint64(999) << 1 << 1;
    QTest::newRow("past the end") << qint64(1000) << 10 << 0;
    QTest::newRow("zero limit") << qint64(0) << 0 << 0;
    QTest::newRow("negative offset") << qint64(-1) << 10 << 0;
}

void TestProjectStore::rowsPageByRowid()
{
    QFETCH(qint64, offset);
    QFETCH(int, limit);
    QFETCH(int, expected);
    auto store = ProjectStore::create(projectPath());
    QVERIFY(store);
    const DatasetInfo info = addDataset(StoreAccess::db(**store), QStringLiteral("d"), 1000, 3);
    auto rows = (*store)->rows(info, offset, limit);
    QVERIFY(rows);
    QCOMPARE(rows->size(), expected);
    for (int i = 0; i < rows->size(); ++i) {
        const qint64 r = offset + i;
        QCOMPARE(rows->at(i).size(), 3);
        for (int c = 0; c < 3; ++c)
            QCOMPARE(rows->at(i).at(c), QString::fromStdString(cellText("cell-", r, c)));
    }
}

void TestProjectStore::renameDataset_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    QTest::newRow("to a free name") << "visits"
                                    << "visits 2024-01" << true;
    QTest::newRow("to Chinese") << "visits"
                                << "住院记录" << true;
    QTest::newRow("to itself") << "visits"
                               << "visits" << true;
    QTest::newRow("to a taken name") << "visits"
                                     << "labs" << false;
    QTest::newRow("to empty") << "visits"
                              << "  " << false;
    QTest::newRow("unknown source") << "nope"
                                    << "x" << false;
}

void TestProjectStore::renameDataset()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    auto store = ProjectStore::create(projectPath());
    QVERIFY(store);
    const DatasetInfo visits = addDataset(StoreAccess::db(**store), QStringLiteral("visits"), 5, 2);
    addDataset(StoreAccess::db(**store), QStringLiteral("labs"), 5, 2);
    const qint64 auditBefore = (*store)->auditEntries()->size();

    Status s = (*store)->renameDataset(from, to);
    QCOMPARE(s.ok(), ok);
    auto entries = (*store)->auditEntries();
    if (!ok) {
        QCOMPARE(s.error().code, ErrorCode::BadInput);
        QVERIFY((*store)->hasDataset(QStringLiteral("visits")));
        QVERIFY((*store)->hasDataset(QStringLiteral("labs")));
        QCOMPARE(entries->size(), auditBefore);
        return;
    }
    auto renamed = (*store)->dataset(to);
    QVERIFY(renamed);
    QCOMPARE(renamed->id, visits.id);
    QCOMPARE(renamed->rowCount, visits.rowCount);
    QCOMPARE((*store)->rows(*renamed, 0, 5)->size(), 5);
    if (from != to) {
        QVERIFY(!(*store)->hasDataset(from));
        QCOMPARE(entries->size(), auditBefore + 1);
        QCOMPARE(entries->last().action, QStringLiteral("dataset.rename"));
        QCOMPARE(entries->last().target, to);
    }
    QVERIFY((*store)->verifyAudit()->ok);
}

void TestProjectStore::deleteDatasetLeavesNoTrace()
{
    const QString path = projectPath();
    const QByteArray marker = "QZX-PATIENT-7a1f-";
    auto store = ProjectStore::create(path);
    QVERIFY(store);
    addDataset(StoreAccess::db(**store), QStringLiteral("keep"), 50, 3, "keep-");
    const DatasetInfo doomed =
        addDataset(StoreAccess::db(**store), QStringLiteral("doomed"), 20000, 4, marker);
    auto bytes = [&] { return readFile(path) + readFile(path + QLatin1String("-wal")); };
    QVERIFY(bytes().contains(marker)); // precondition: the cells are somewhere in the files

    QVERIFY((*store)->deleteDataset(QStringLiteral("doomed")));
    QVERIFY(!(*store)->hasDataset(QStringLiteral("doomed")));
    QVERIFY((*store)->hasDataset(QStringLiteral("keep")));
    QVERIFY(!tableNames(StoreAccess::db(**store)).contains(doomed.tableName));
    QCOMPARE(*StoreAccess::db(**store).queryInt(
                 "SELECT count(*) FROM dataset_columns WHERE dataset_id = 2"),
             qint64(0));
    QCOMPARE(QFileInfo(path + QLatin1String("-wal")).size(), qint64(0));
    QVERIFY(!bytes().contains(marker));
    QVERIFY(bytes().contains("keep-1"));
    auto entries = (*store)->auditEntries();
    QCOMPARE(entries->last().action, QStringLiteral("dataset.delete"));
    QCOMPARE(entries->last().target, QStringLiteral("doomed"));
    QVERIFY(!entries->last().detail.contains(QLatin1String(marker)));

    Status again = (*store)->deleteDataset(QStringLiteral("doomed"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::BadInput);
    store->reset();
    QVERIFY(!readFile(path).contains(marker));
}

void TestProjectStore::secondaryConnectionSharesTheProject()
{
    auto store = ProjectStore::create(projectPath());
    QVERIFY(store);
    auto worker = (*store)->openSecondary();
    QVERIFY2(worker, qPrintable(worker.ok() ? QString() : worker.error().toString()));
    QCOMPARE(*StoreAccess::db(**worker).queryInt("PRAGMA secure_delete"), qint64(1));
    QCOMPARE(rawText(StoreAccess::db(**worker), "PRAGMA journal_mode"), QStringLiteral("wal"));
    addDataset(StoreAccess::db(**worker), QStringLiteral("from worker"), 7, 2);
    QVERIFY((*store)->hasDataset(QStringLiteral("from worker")));
    worker->reset();
    // Closing the secondary connection does not release the project lock.
    QVERIFY(QFileInfo::exists(projectPath() + QLatin1String(".lock")));
    QVERIFY(!ProjectStore::open(projectPath()));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildModeVar))
        return runChild();
    TestProjectStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_projectstore.moc"
