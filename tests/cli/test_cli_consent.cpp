// End to end: `steward-cli consent attach|show|detach` follow the contract (docs/cli.md): counts by
// status, a GB18030 register with Chinese headers, the subject field chosen from the
// classification, a malformed register reported with file, line and column and changing nothing,
// and every change in the audit trail.

#include "tests/cli/CliTestSupport.h"
#include "tests/support/TestFiles.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;
using steward::clitest::runCli;

class TestCliConsent final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void attachShowDetach();
    void subjectFromClassification();
    void malformedRegisterChangesNothing();
    void usageAndUnknownDataset();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    CliRun cli(const QStringList &args) { return runCli(args, m_dir->path()); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return steward::testsupport::writeFixture(*m_dir, name, bytes);
    }
};

void TestCliConsent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = path(u"c.steward"_s);
    QCOMPARE(cli({u"init"_s, m_project}).code, 0);
    write(u"inpatient.csv"_s, "mrn,age,sex\nM1,34,M\nM2,36,F\nM3,51,F\nM4,55,M\n");
    QCOMPARE(cli({u"import"_s, m_project, path(u"inpatient.csv"_s), u"--name"_s, u"inpatient"_s}).code, 0);
}

void TestCliConsent::attachShowDetach()
{
    const CliRun none = cli({u"consent"_s, u"show"_s, m_project, u"inpatient"_s, u"--json"_s});
    QVERIFY2(none.code == 0, none.err.constData());
    QCOMPARE(none.json.value(u"attached"_s).toBool(), false);
    QCOMPARE(none.json.value(u"subjects"_s).toInt(), 0);

    const QString text = u"病案号\t状态\t用途\t日期\n"
                         u"m1\t同意\t科研；教学\t2024-01-02\n"
                         u"M2\t撤回\t\t2024-01-03\n"
                         u"M3\t拒绝\t\t2024-01-03\n"
                         u"M9\t同意\t*\t2024-01-04\n"_s;
    const QString file = write(u"同意登记.tsv"_s, steward::testsupport::encode(text, "GB18030"));
    const CliRun attached = cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, file,
                                 u"--subject"_s, u"mrn"_s, u"--encoding"_s, u"gb18030"_s, u"--json"_s});
    QVERIFY2(attached.code == 0, attached.err.constData());
    QVERIFY2(attached.jsonProblem.isEmpty(), qPrintable(attached.jsonProblem));
    QCOMPARE(attached.json.value(u"subjects"_s).toInt(), 4);
    QCOMPARE(attached.json.value(u"granted"_s).toInt(), 2);
    QCOMPARE(attached.json.value(u"withdrawn"_s).toInt(), 1);
    QCOMPARE(attached.json.value(u"refused"_s).toInt(), 1);
    QCOMPARE(attached.json.value(u"subject_field"_s).toString(), u"mrn"_s);
    QCOMPARE(attached.json.value(u"file"_s).toString(), u"同意登记.tsv"_s);
    QCOMPARE(attached.json.value(u"sha256"_s).toString().toLatin1(),
             steward::testsupport::sha256(file));

    const CliRun shown = cli({u"consent"_s, u"show"_s, m_project, u"inpatient"_s, u"--json"_s});
    QVERIFY2(shown.code == 0, shown.err.constData());
    QCOMPARE(shown.json.value(u"attached"_s).toBool(), true);
    for (const char *key : {"subjects", "granted", "withdrawn", "refused"})
        QCOMPARE(shown.json.value(QLatin1String(key)), attached.json.value(QLatin1String(key)));

    const CliRun readable = cli({u"consent"_s, u"show"_s, m_project, u"inpatient"_s});
    QCOMPARE(readable.code, 0);
    QVERIFY2(readable.out.contains("granted 2"), readable.out.constData());

    const CliRun detached = cli({u"consent"_s, u"detach"_s, m_project, u"inpatient"_s, u"--json"_s});
    QVERIFY2(detached.code == 0, detached.err.constData());
    QCOMPARE(detached.json.value(u"detached"_s).toBool(), true);
    QCOMPARE(cli({u"consent"_s, u"show"_s, m_project, u"inpatient"_s, u"--json"_s})
                 .json.value(u"attached"_s).toBool(),
             false);
    QCOMPARE(cli({u"consent"_s, u"detach"_s, m_project, u"inpatient"_s}).code, 2);

    const CliRun audit = cli({u"audit"_s, m_project, u"--verify"_s});
    QVERIFY2(audit.code == 0, audit.err.constData());
    QVERIFY(audit.out.contains("consent.attach"));
    QVERIFY(audit.out.contains("consent.detach"));
    QVERIFY(!audit.out.contains("M9"));
}

void TestCliConsent::subjectFromClassification()
{
    const QString file = write(u"consent.csv"_s, "patient_id,status,scope\nM1,granted,research\n");
    // Never classified: the field must be named.
    const CliRun unnamed = cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, file});
    QCOMPARE(unnamed.code, 2);
    QVERIFY2(unnamed.err.contains("--subject"), unnamed.err.constData());
    QCOMPARE(cli({u"classify"_s, m_project, u"inpatient"_s}).code, 0);
    const CliRun chosen = cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, file, u"--json"_s});
    QVERIFY2(chosen.code == 0, chosen.err.constData());
    QCOMPARE(chosen.json.value(u"subject_field"_s).toString(), u"mrn"_s);
    QCOMPARE(chosen.json.value(u"granted"_s).toInt(), 1);
}

void TestCliConsent::malformedRegisterChangesNothing()
{
    const QString good = write(u"good.csv"_s, "subject,status,scope\nM1,granted,research\n");
    QCOMPARE(cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, good, u"--subject"_s, u"mrn"_s}).code, 0);
    const QString bad = write(u"bad.csv"_s, "subject,status,scope\nM1,granted,research\nM2,SECRETVALUE,research\n");
    const CliRun failed = cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, bad,
                               u"--subject"_s, u"mrn"_s, u"--json"_s});
    QCOMPARE(failed.code, 2);
    const QJsonObject error = failed.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"line"_s).toInt(), 3);
    QCOMPARE(error.value(u"column"_s).toInt(), 2);
    QVERIFY(error.value(u"file"_s).toString().endsWith(u"bad.csv"_s));
    QVERIFY(!failed.out.contains("SECRETVALUE"));
    QVERIFY(!failed.err.contains("SECRETVALUE"));
    const CliRun text = cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, bad, u"--subject"_s, u"mrn"_s});
    QVERIFY2(text.err.contains("bad.csv:3:2"), text.err.constData());

    const CliRun shown = cli({u"consent"_s, u"show"_s, m_project, u"inpatient"_s, u"--json"_s});
    QCOMPARE(shown.json.value(u"file"_s).toString(), u"good.csv"_s);
    QCOMPARE(shown.json.value(u"granted"_s).toInt(), 1);
}

void TestCliConsent::usageAndUnknownDataset()
{
    QCOMPARE(cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s}).code, 1);
    const QString any = write(u"any.csv"_s, "subject,status,scope\nM1,granted,research\n");
    QCOMPARE(cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, any, u"--subject"_s, u"mrn"_s,
                  u"--encoding"_s, u"latin-9"_s}).code, 1);
    const QString file = write(u"consent.csv"_s, "subject,status,scope\nM1,granted,research\n");
    QCOMPARE(cli({u"consent"_s, u"attach"_s, m_project, u"nosuch"_s, file, u"--subject"_s, u"mrn"_s}).code, 2);
    QCOMPARE(cli({u"consent"_s, u"attach"_s, m_project, u"inpatient"_s, file, u"--subject"_s, u"nope"_s}).code, 2);
    const CliRun help = cli({u"help"_s, u"consent"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("attach"));
    QVERIFY(help.out.contains("detach"));
}

QTEST_GUILESS_MAIN(TestCliConsent)
#include "test_cli_consent.moc"
