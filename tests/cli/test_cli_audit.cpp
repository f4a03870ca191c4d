// End-to-end tests of `steward-cli audit --csv`: the built binary writes the same CSV as the GUI's
// export (core's AuditLog), also for a tampered trail, and refuses what it cannot write.

#include "tests/cli/CliTestSupport.h"

#include "core/audit/AuditLog.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using steward::clitest::CliRun;

class TestCliAudit final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void csvMatchesJsonAndCore();
    void csvOfBrokenChainIsWrittenThenVerifyFails();
    void csvErrors();

private:
    CliRun run(const QStringList &args) { return steward::clitest::runCli(args, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString makeProject();
    static QByteArray readAll(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliAudit::makeProject()
{
    const QString project = path(QStringLiteral("p.steward"));
    if (run({QStringLiteral("init"), project}).code != 0)
        return {};
    QFile csv(path(QStringLiteral("wards.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("id,ward\n1,A\n2,B\n");
    csv.close();
    if (run({QStringLiteral("import"), project, csv.fileName()}).code != 0)
        return {};
    return project;
}

QByteArray TestCliAudit::readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCliAudit::csvMatchesJsonAndCore()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    const QString out = path(QStringLiteral("audit.csv"));
    const CliRun r = run({QStringLiteral("audit"), project, QStringLiteral("--csv"), out,
                          QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(QStringLiteral("csv")).toString(), out);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);

    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("id,at,user,action,target,detail,hash"));
    const QJsonArray entries = r.json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(lines.size(), entries.size() + 1);
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        QVERIFY(lines.at(i + 1).startsWith(QByteArray::number(e.value(QStringLiteral("id")).toInteger()) + ','));
        QVERIFY(lines.at(i + 1).contains(e.value(QStringLiteral("action")).toString().toUtf8()));
        QVERIFY(lines.at(i + 1).trimmed().endsWith(e.value(QStringLiteral("hash")).toString().toUtf8()));
    }

    // The same bytes as core writes for the project (what the GUI exports without a filter).
    {
        auto store = steward::ProjectStore::open(project);
        QVERIFY(store.ok());
        const auto snapshot = steward::AuditLog(**store).load();
        QVERIFY(snapshot.ok());
        QCOMPARE(bytes, steward::AuditLog::toCsv(snapshot->entries));
    }

    // Text mode says where the entries went instead of listing them.
    const CliRun text = run({QStringLiteral("audit"), project, QStringLiteral("--csv"),
                             path(QStringLiteral("again.csv"))});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("Wrote 2 audit entries to"), text.out.constData());
    QVERIFY(text.out.contains("Hash chain intact"));
}

void TestCliAudit::csvOfBrokenChainIsWrittenThenVerifyFails()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    {
        auto db = steward::sql::Database::open(project, steward::sql::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("UPDATE audit SET user = 'mallory' WHERE id = 2").ok());
    }
    const QString out = path(QStringLiteral("broken.csv"));
    const CliRun r = run({QStringLiteral("audit"), project, QStringLiteral("--verify"),
                          QStringLiteral("--csv"), out, QStringLiteral("--json")});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.json.value(QStringLiteral("broken_at")).toInteger(), 2);
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.contains(",mallory,dataset.import,"));
}

void TestCliAudit::csvErrors()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    const CliRun empty = run({QStringLiteral("audit"), project, QStringLiteral("--csv="),
                              QStringLiteral("--json")});
    QCOMPARE(empty.code, 1);
    QVERIFY(empty.err.startsWith("error: "));

    const CliRun unwritable = run({QStringLiteral("audit"), project, QStringLiteral("--csv"),
                                   path(QStringLiteral("no/such/dir/a.csv"))});
    QCOMPARE(unwritable.code, 2);
    QVERIFY2(unwritable.err.contains("error: "), unwritable.err.constData()); // "FILE: error: …"
    QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/a.csv"))));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
