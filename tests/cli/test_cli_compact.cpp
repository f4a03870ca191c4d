// End to end: `steward-cli compact` gives the space of a deleted dataset back to the disk, keeps
// what is left, records the sizes in the audit trail and follows the JSON contract.

#include "tests/cli/CliTestSupport.h"
#include "tests/support/TestFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;
using steward::clitest::runCli;

class TestCliCompact final : public QObject {
    Q_OBJECT

private slots:
    void compactShrinksAfterDelete();
    void missingProjectIsBadInput();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList &args) { return runCli(args, m_dir.path()); }
};

void TestCliCompact::compactShrinksAfterDelete()
{
    const QString project = path(u"c.steward"_s);
    QCOMPARE(cli({u"init"_s, project}).code, 0);
    QCOMPARE(cli({u"sample"_s, u"--out"_s, path(u"big.csv"_s), u"--rows"_s, u"20000"_s}).code, 0);
    QCOMPARE(cli({u"sample"_s, u"--out"_s, path(u"small.csv"_s), u"--rows"_s, u"50"_s}).code, 0);
    QCOMPARE(cli({u"import"_s, project, path(u"big.csv"_s), u"--name"_s, u"big"_s}).code, 0);
    QCOMPARE(cli({u"import"_s, project, path(u"small.csv"_s), u"--name"_s, u"small"_s}).code, 0);
    QCOMPARE(cli({u"delete"_s, project, u"big"_s}).code, 0);
    const qint64 afterDelete = QFileInfo(project).size();

    const CliRun compacted = cli({u"compact"_s, project, u"--json"_s});
    QVERIFY2(compacted.code == 0, compacted.err.constData());
    QVERIFY2(compacted.jsonProblem.isEmpty(), qPrintable(compacted.jsonProblem));
    const qint64 before = qint64(compacted.json.value(u"bytes_before"_s).toDouble());
    const qint64 after = qint64(compacted.json.value(u"bytes_after"_s).toDouble());
    QCOMPARE(before, afterDelete);
    QVERIFY2(after * 2 < before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QCOMPARE(QFileInfo(project).size(), after);

    // What is left is intact, and the compaction is on the record.
    const CliRun datasets = cli({u"datasets"_s, project, u"--json"_s});
    QCOMPARE(datasets.code, 0);
    const QJsonArray list = datasets.json.value(u"datasets"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"rows"_s).toInt(), 50);
    const CliRun audit = cli({u"audit"_s, project, u"--verify"_s});
    QVERIFY2(audit.code == 0, audit.err.constData());
    QVERIFY2(audit.out.contains("project.compact"), audit.out.constData());

    // Readable summary without --json.
    const CliRun text = cli({u"compact"_s, project});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("c.steward"), text.out.constData());
}

void TestCliCompact::missingProjectIsBadInput()
{
    const CliRun run = cli({u"compact"_s, path(u"none.steward"_s), u"--json"_s});
    QCOMPARE(run.code, 2);
    QVERIFY(run.json.contains(u"error"_s));
}

QTEST_GUILESS_MAIN(TestCliCompact)
#include "test_cli_compact.moc"
