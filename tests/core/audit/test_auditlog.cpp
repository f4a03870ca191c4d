#include "core/audit/AuditLog.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreAccess.h"
#include "tests/support/TempProject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace steward;

class TestAuditLog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsEntriesWithIntactChain();
    void loadFindsTheFirstAlteredEntry();
    void lastIdGrowsWithTheTrail();
    void csvHasJsonKeysBomAndQuoting();
    void csvNeutralisesFormulas();
    void writeCsvReplacesTheFileWhole();
    void everyActionCoreWritesHasAName();

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    AuditTrail trail() { return AuditTrail(StoreAccess::db(m_project->store())); }
};

void TestAuditLog::init()
{
    m_project = std::make_unique<testsupport::TempProject>();
}

void TestAuditLog::cleanup()
{
    m_project.reset();
}

void TestAuditLog::loadsEntriesWithIntactChain()
{
    QVERIFY(trail().append(QStringLiteral("dataset.import"), QStringLiteral("inpatient"),
                           QStringLiteral("{\"rows\":20}")));
    AuditLog log(m_project->store());
    const Result<AuditLog::Snapshot> snapshot = log.load();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->entries.size(), 2); // project.create, dataset.import
    QCOMPARE(snapshot->entries.at(1).target, QStringLiteral("inpatient"));
    QVERIFY(snapshot->verification.ok);
    QCOMPARE(snapshot->verification.entries, 2);
    QCOMPARE(snapshot->verification.firstBrokenId, 0);
}

void TestAuditLog::loadFindsTheFirstAlteredEntry()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(trail().append(QStringLiteral("dataset.rename"), QStringLiteral("d%1").arg(i)));
    QVERIFY(StoreAccess::db(m_project->store())
                .exec("UPDATE audit SET target = 'other' WHERE id = 3")
                .ok());
    const Result<AuditLog::Snapshot> snapshot = AuditLog(m_project->store()).load();
    QVERIFY(snapshot);
    QCOMPARE(snapshot->entries.size(), 4); // a broken trail is still listed whole
    QVERIFY(!snapshot->verification.ok);
    QCOMPARE(snapshot->verification.firstBrokenId, 3);
    // The same answer as the check the CLI runs.
    QCOMPARE(m_project->store().verifyAudit()->firstBrokenId, 3);
}

void TestAuditLog::lastIdGrowsWithTheTrail()
{
    AuditLog log(m_project->store());
    QCOMPARE(*log.lastId(), 1);
    QVERIFY(trail().append(QStringLiteral("dataset.delete"), QStringLiteral("d")));
    QCOMPARE(*log.lastId(), 2);
}

void TestAuditLog::csvHasJsonKeysBomAndQuoting()
{
    AuditEntry e;
    e.id = 7;
    e.at = QStringLiteral("2024-01-02T03:04:05.678Z");
    e.user = QStringLiteral("王医生");
    e.action = QStringLiteral("classification.decide");
    e.target = QStringLiteral("住院, 2024");
    e.detail = QStringLiteral("{\"fields\":[\"a\",\"b\"]}");
    e.hash = QStringLiteral("ab12");
    const QByteArray csv = AuditLog::toCsv({e});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.at(0), QByteArray("id,at,user,action,target,detail,hash\r"));
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             QStringLiteral("7,2024-01-02T03:04:05.678Z,王医生,classification.decide,"
                            "\"住院, 2024\",\"{\"\"fields\"\":[\"\"a\"\",\"\"b\"\"]}\",ab12\r"));
}

void TestAuditLog::csvNeutralisesFormulas()
{
    AuditEntry e;
    e.id = 1;
    e.user = QStringLiteral("=HYPERLINK(1)");
    const QByteArray csv = AuditLog::toCsv({e});
    QVERIFY(csv.contains(",'=HYPERLINK(1),"));
}

void TestAuditLog::writeCsvReplacesTheFileWhole()
{
    const QString path = m_project->filePath(QStringLiteral("audit.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(10000, 'x'));
    old.close();
    const Result<AuditLog::Snapshot> snapshot = AuditLog(m_project->store()).load();
    QVERIFY(snapshot);
    QVERIFY(AuditLog::writeCsv(snapshot->entries, path));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), AuditLog::toCsv(snapshot->entries));

    const Status refused = AuditLog::writeCsv(snapshot->entries,
                                              m_project->filePath(QStringLiteral("no/such/dir.csv")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
}

// A new action written by core without a readable name would show its id in the audit view.
void TestAuditLog::everyActionCoreWritesHasAName()
{
    const QDir core(QStringLiteral(STEWARD_TEST_DATA_DIR "/../../core"));
    QVERIFY(core.exists());
    static const QRegularExpression literal(
        QStringLiteral("\"((?:project|dataset|classification|template|dictionary|secret|rules|"
                       "release|agreement|assessment)\\.[a-z_.]+)\""));
    QSet<QString> written;
    QDirIterator it(core.path(), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/core/audit/")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch &m : literal.globalMatch(text))
            written.insert(m.captured(1));
    }
    QVERIFY(written.contains(QStringLiteral("dataset.import")));
    const QStringList known = AuditLog::knownActions();
    for (const QString &action : written) {
        QVERIFY2(known.contains(action), qPrintable(action));
        QVERIFY2(AuditLog::actionName(action) != action, qPrintable(action));
    }
    QCOMPARE(AuditLog::actionName(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
