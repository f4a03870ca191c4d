// The audit trail against someone with the `sqlite3` shell: editing, reordering or removing a
// row in the middle of the trail outside Steward makes `audit --verify` fail (exit 4) and name the
// first entry that no longer chains.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using steward::clitest::CliRun;

class TestCliAuditShell final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void untouchedTrailVerifies();
    void tamperingWithTheShellIsDetected_data();
    void tamperingWithTheShellIsDetected();

private:
    CliRun run(const QStringList &args) { return steward::clitest::runCli(args, m_dir->path()); }
    QString makeProject();
    bool sqlite(const QString &project, const QString &statement);

    QString m_sqlite3;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAuditShell::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed (scripts/install-deps.sh installs it)");
}

void TestCliAuditShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliAuditShell::makeProject()
{
    const QString project = m_dir->filePath(QStringLiteral("p.steward"));
    QFile csv(m_dir->filePath(QStringLiteral("wards.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write("id,ward\n1,A\n2,B\n");
    csv.close();
    // Four entries: create, import, rename, rename back.
    if (run({QStringLiteral("init"), project}).code != 0
        || run({QStringLiteral("import"), project, csv.fileName(), QStringLiteral("--name"),
                QStringLiteral("wards")}).code != 0
        || run({QStringLiteral("rename"), project, QStringLiteral("wards"), QStringLiteral("units")}).code != 0
        || run({QStringLiteral("rename"), project, QStringLiteral("units"), QStringLiteral("wards")}).code != 0)
        return {};
    return project;
}

bool TestCliAuditShell::sqlite(const QString &project, const QString &statement)
{
    QProcess p;
    p.start(m_sqlite3, {project, statement});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestCliAuditShell::untouchedTrailVerifies()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    // Reading with the shell changes nothing.
    QVERIFY(sqlite(project, QStringLiteral("SELECT count(*) FROM audit")));
    const CliRun r = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
}

void TestCliAuditShell::tamperingWithTheShellIsDetected_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("brokenAt");
    QTest::newRow("detail edited") << QStringLiteral("UPDATE audit SET detail = replace(detail, 'wards', 'wardz') WHERE id = 2") << 2;
    QTest::newRow("user edited") << QStringLiteral("UPDATE audit SET user = 'someone else' WHERE id = 3") << 3;
    QTest::newRow("time edited") << QStringLiteral("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2") << 2;
    QTest::newRow("action edited") << QStringLiteral("UPDATE audit SET action = 'dataset.rename' WHERE id = 2") << 2;
    QTest::newRow("row removed") << QStringLiteral("DELETE FROM audit WHERE id = 2") << 3;
    // Recomputing a row's own hash does not help: the next row chains to the old one.
    QTest::newRow("hash rewritten")
        << QStringLiteral("UPDATE audit SET hash = '0000000000000000000000000000000000000000000000000000000000000000' WHERE id = 2")
        << 2;
}

void TestCliAuditShell::tamperingWithTheShellIsDetected()
{
    QFETCH(QString, statement);
    QFETCH(int, brokenAt);
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    QVERIFY(sqlite(project, statement));

    const CliRun r = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QJsonObject error = r.json.value(QStringLiteral("error")).toObject();
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QString::number(brokenAt)),
             qPrintable(error.value(QStringLiteral("message")).toString()));

    const CliRun plain = run({QStringLiteral("audit"), project, QStringLiteral("--verify")});
    QCOMPARE(plain.code, 4);
}

QTEST_GUILESS_MAIN(TestCliAuditShell)
#include "test_cli_audit_shell.moc"
