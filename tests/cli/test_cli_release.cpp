// End-to-end tests of `steward-cli release`: create, list, show, set, delete with their JSON and
// exit codes; loosening a policy value needs a reason (refused without one, nothing changed;
// audited with one); the policy check per sharing mode on the sample extract; the gates of
// `release status`; the subcommand help.

#include "tests/cli/CliTestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;

QStringList names(const QJsonArray &array, const QString &key)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(key).toString());
    return list;
}

} // namespace

class TestCliRelease final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void createListShow();
    void createErrors_data();
    void createErrors();
    void setTightenAndLoosen();
    void setErrors();
    void deleteDraft();
    void checkPerMode_data();
    void checkPerMode();
    void checkText();
    void status();

private:
    CliRun run(const QStringList &args)
    {
        return steward::clitest::runCli(args, m_dir->path(), kPassphrase);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QJsonObject show(const QString &release)
    {
        const CliRun r = run({u"release"_s, u"show"_s, m_project, release, u"--json"_s});
        if (r.code != 0)
            qWarning("show failed: %s", r.err.constData());
        return r.json;
    }
    int auditCount(const QString &action)
    {
        const CliRun r = run({u"audit"_s, m_project, u"--json"_s});
        int n = 0;
        for (const QJsonValue &v : r.json.value(u"entries"_s).toArray())
            n += v.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        return n;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliRelease::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(u"p.steward"_s);
    QCOMPARE(run({u"sample"_s, u"--out"_s, path(u"s.csv"_s), u"--rows"_s, u"1000"_s}).code, 0);
    QCOMPARE(run({u"init"_s, m_project}).code, 0);
    QCOMPARE(run({u"import"_s, m_project, path(u"s.csv"_s), u"--name"_s, u"inpatient"_s}).code, 0);
    QCOMPARE(run({u"classify"_s, m_project, u"inpatient"_s, u"--auto"_s}).code, 0);
    const CliRun rules = run({u"rules"_s, m_project, u"inpatient"_s, u"--suggest"_s});
    QVERIFY2(rules.code == 0, rules.err.constData());
}

void TestCliRelease::help()
{
    const CliRun group = run({u"help"_s, u"release"_s});
    QCOMPARE(group.code, 0);
    const QString text = QString::fromUtf8(group.out);
    for (const QString &sub : {u"create"_s, u"list"_s, u"show"_s, u"set"_s, u"delete"_s,
                               u"check"_s, u"status"_s})
        QVERIFY2(text.contains(u"\n  release "_s + sub + u' '), qPrintable(sub));
    QCOMPARE(run({u"release"_s, u"--help"_s}).out, group.out);

    const CliRun create = run({u"help"_s, u"release"_s, u"create"_s});
    QCOMPARE(create.code, 0);
    QVERIFY(create.out.startsWith("Usage: steward-cli release create PROJECT NAME"));
    QCOMPARE(run({u"release"_s, u"create"_s, u"--help"_s}).out, create.out);
    for (const char *option : {"--dataset", "--mode", "--recipient", "--purpose", "--legal-basis",
                               "--lang", "--reason"})
        QVERIFY2(create.out.contains(QByteArray("\n  ") + option), option);
    const CliRun set = run({u"help"_s, u"release"_s, u"set"_s});
    QVERIFY(set.out.startsWith("Usage: steward-cli release set PROJECT NAME KEY=VALUE..."));

    const CliRun missing = run({u"release"_s, u"--json"_s});
    QCOMPARE(missing.code, 1);
    QCOMPARE(missing.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"usage"_s);
    QCOMPARE(run({u"release"_s, u"frobnicate"_s, m_project}).code, 1);
}

void TestCliRelease::createListShow()
{
    const CliRun empty = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
    QCOMPARE(empty.code, 0);
    QCOMPARE(empty.json.value(u"releases"_s).toArray().size(), 0);

    const CliRun r = run({u"release"_s, u"create"_s, m_project, u"study"_s, u"--dataset"_s,
                          u"inpatient"_s, u"--mode"_s, u"bilateral"_s, u"--recipient"_s,
                          u"Fudan School of Public Health"_s, u"--purpose"_s,
                          u"Readmission study"_s, u"--legal-basis"_s, u"public_interest_research"_s,
                          u"--lang"_s, u"en"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"release"_s).toString(), u"study"_s);
    QCOMPARE(r.json.value(u"state"_s).toString(), u"draft"_s);
    const QJsonObject policy = r.json.value(u"policy"_s).toObject();
    QCOMPARE(policy.value(u"min_k"_s).toInt(), 5);
    QCOMPARE(policy.value(u"max_unmasked_grade"_s).toInt(), 3);
    QCOMPARE(policy.value(u"max_prosecutor_risk"_s).toDouble(), 0.2);
    QCOMPARE(auditCount(u"release.create"_s), 1);

    const CliRun list = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray releases = list.json.value(u"releases"_s).toArray();
    QCOMPARE(releases.size(), 1);
    const QJsonObject first = releases.first().toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"study"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(first.value(u"mode"_s).toString(), u"bilateral"_s);
    QCOMPARE(first.value(u"recipient"_s).toString(), u"Fudan School of Public Health"_s);
    QVERIFY(first.value(u"exports"_s).isArray());
    QCOMPARE(first.value(u"exports"_s).toArray().size(), 0);

    const QJsonObject shown = show(u"study"_s);
    QCOMPARE(shown.value(u"release"_s).toString(), u"study"_s);
    QCOMPARE(shown.value(u"purpose"_s).toString(), u"Readmission study"_s);
    QCOMPARE(shown.value(u"legal_basis"_s).toString(), u"public_interest_research"_s);
    QCOMPARE(shown.value(u"lang"_s).toString(), u"en"_s);
    QCOMPARE(shown.value(u"datasets"_s).toArray().first().toString(), u"inpatient"_s);

    const CliRun text = run({u"release"_s, u"show"_s, m_project, u"study"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Fudan School of Public Health"));
    const CliRun listText = run({u"release"_s, u"list"_s, m_project});
    QVERIFY(listText.out.contains("study"));
}

void TestCliRelease::createErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no dataset") << QStringList{u"--mode"_s, u"public"_s} << 1;
    QTest::newRow("no mode") << QStringList{u"--dataset"_s, u"inpatient"_s} << 1;
    QTest::newRow("unknown mode") << QStringList{u"--dataset"_s, u"inpatient"_s, u"--mode"_s, u"open"_s} << 1;
    QTest::newRow("unknown legal basis")
        << QStringList{u"--dataset"_s, u"inpatient"_s, u"--mode"_s, u"public"_s,
                       u"--legal-basis"_s, u"whim"_s} << 1;
    QTest::newRow("unknown language")
        << QStringList{u"--dataset"_s, u"inpatient"_s, u"--mode"_s, u"public"_s, u"--lang"_s, u"fr"_s} << 1;
    QTest::newRow("unknown dataset") << QStringList{u"--dataset"_s, u"outpatient"_s, u"--mode"_s, u"public"_s} << 2;
    QTest::newRow("looser policy without reason")
        << QStringList{u"--dataset"_s, u"inpatient"_s, u"--mode"_s, u"public"_s, u"--set"_s, u"min_k=2"_s} << 3;
}

void TestCliRelease::createErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const CliRun r = run(QStringList{u"release"_s, u"create"_s, m_project, u"other"_s} + args
                         + QStringList{u"--json"_s});
    QCOMPARE(r.code, code);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QVERIFY(r.json.contains(u"error"_s));
    QVERIFY(r.err.startsWith("error: "));
    const CliRun list = run({u"release"_s, u"list"_s, m_project, u"--json"_s});
    QVERIFY(!names(list.json.value(u"releases"_s).toArray(), u"name"_s).contains(u"other"_s));
}

void TestCliRelease::setTightenAndLoosen()
{
    // Tightening: no reason needed.
    const CliRun tighten = run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k=10"_s,
                                u"recipient=Fudan University"_s, u"retention_months=36"_s, u"--json"_s});
    QVERIFY2(tighten.code == 0, tighten.err.constData());
    QCOMPARE(tighten.json.value(u"policy"_s).toObject().value(u"min_k"_s).toInt(), 10);
    QCOMPARE(tighten.json.value(u"recipient"_s).toString(), u"Fudan University"_s);
    QCOMPARE(tighten.json.value(u"retention_months"_s).toInt(), 36);
    const QJsonArray changed = tighten.json.value(u"changed"_s).toArray();
    QVERIFY(changed.contains(u"min_k"_s));
    QVERIFY(changed.contains(u"recipient"_s));
    QCOMPARE(tighten.json.value(u"loosened"_s).toArray().size(), 0);
    const int updates = auditCount(u"release.update"_s);
    QVERIFY(updates >= 1);

    // Loosening without a reason: refused, nothing changed, nothing audited.
    const CliRun refused = run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k=3"_s,
                                u"purpose=Something else"_s, u"--json"_s});
    QCOMPARE(refused.code, 3);
    QCOMPARE(refused.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"policy"_s);
    QVERIFY(refused.err.contains("min_k"));
    QJsonObject shown = show(u"study"_s);
    QCOMPARE(shown.value(u"policy"_s).toObject().value(u"min_k"_s).toInt(), 10);
    QCOMPARE(shown.value(u"purpose"_s).toString(), u"Readmission study"_s);
    QCOMPARE(auditCount(u"release.update"_s), updates);

    // With a reason: changed, and the reason is in the audit entry.
    const CliRun loosened = run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k=3"_s,
                                 u"--reason"_s, u"enclave review agreed with the ethics board"_s,
                                 u"--json"_s});
    QVERIFY2(loosened.code == 0, loosened.err.constData());
    QCOMPARE(loosened.json.value(u"loosened"_s).toArray(), QJsonArray{u"min_k"_s});
    QCOMPARE(show(u"study"_s).value(u"policy"_s).toObject().value(u"min_k"_s).toInt(), 3);
    QCOMPARE(auditCount(u"release.update"_s), updates + 1);
    const CliRun audit = run({u"audit"_s, m_project, u"--json"_s});
    QVERIFY(QJsonDocument(audit.json).toJson().contains("enclave review agreed with the ethics board"));

    // Back to the mode's default (tightening again).
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k=5"_s}).code, 0);
}

void TestCliRelease::setErrors()
{
    QJsonObject before = show(u"study"_s);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s, u"colour=blue"_s}).code, 1);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k"_s}).code, 1);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s, u"min_k=many"_s}).code, 1);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s, u"start=tomorrow"_s}).code, 1);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"study"_s}).code, 1);
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"nosuch"_s, u"purpose=x"_s}).code, 2);
    QJsonObject after = show(u"study"_s);
    before.remove(u"updated_at"_s);
    after.remove(u"updated_at"_s);
    QCOMPARE(after, before);
}

void TestCliRelease::deleteDraft()
{
    QCOMPARE(run({u"release"_s, u"create"_s, m_project, u"scratch"_s, u"--dataset"_s,
                  u"inpatient"_s, u"--mode"_s, u"public"_s})
                 .code,
             0);
    const CliRun r = run({u"release"_s, u"delete"_s, m_project, u"scratch"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"release"_s).toString(), u"scratch"_s);
    QCOMPARE(r.json.value(u"deleted"_s).toBool(), true);
    QCOMPARE(run({u"release"_s, u"show"_s, m_project, u"scratch"_s}).code, 2);
    QCOMPARE(run({u"release"_s, u"delete"_s, m_project, u"scratch"_s}).code, 2);
    QCOMPARE(auditCount(u"release.delete"_s), 1);
}

void TestCliRelease::checkPerMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("code");
    // The sample as `rules --suggest` masks it: direct identifiers dropped or pseudonymised,
    // but classes far below the 20 a public release needs.
    QTest::newRow("public") << u"public"_s << 3;
    QTest::newRow("multilateral") << u"multilateral"_s << 3;
}

void TestCliRelease::checkPerMode()
{
    QFETCH(QString, mode);
    QFETCH(int, code);
    const QString name = u"check-"_s + mode;
    QCOMPARE(run({u"release"_s, u"create"_s, m_project, name, u"--dataset"_s, u"inpatient"_s,
                  u"--mode"_s, mode})
                 .code,
             0);
    const CliRun r = run({u"release"_s, u"check"_s, m_project, name, u"--json"_s});
    QCOMPARE(r.code, code);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"ok"_s).toBool(), code == 0);
    const QJsonArray violations = r.json.value(u"violations"_s).toArray();
    QCOMPARE(violations.isEmpty(), code == 0);
    for (const QJsonValue &v : violations) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"rule"_s, u"dataset"_s, u"field"_s, u"detail"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        QVERIFY(!o.value(u"detail"_s).toString().isEmpty());
    }
    if (mode == u"public"_s)
        QVERIFY(names(violations, u"rule"_s).contains(u"min_k"_s));
}

void TestCliRelease::checkText()
{
    // A release that passes: the sample generalised to k = 5 with anonymize, in a controlled
    // (enclave) release, whose policy allows free text and asks k = 3, and which lets the
    // grade-5 diagnoses leave unmasked (the study's outcome; a loosening with its reason).
    const CliRun anonymized = run({u"anonymize"_s, m_project, u"inpatient"_s, u"--k"_s, u"5"_s,
                                   u"--max-suppression"_s, u"10"_s});
    QVERIFY2(anonymized.code == 0, anonymized.err.constData());
    QCOMPARE(run({u"release"_s, u"create"_s, m_project, u"enclave"_s, u"--dataset"_s,
                  u"inpatient"_s, u"--mode"_s, u"controlled"_s})
                 .code,
             0);
    const CliRun graded = run({u"release"_s, u"check"_s, m_project, u"enclave"_s, u"--json"_s});
    QCOMPARE(graded.code, 3);
    QStringList rules = names(graded.json.value(u"violations"_s).toArray(), u"rule"_s);
    rules.removeDuplicates();
    QCOMPARE(rules, QStringList{u"unmasked_grade"_s});
    QCOMPARE(run({u"release"_s, u"set"_s, m_project, u"enclave"_s, u"max_unmasked_grade=5"_s,
                  u"--reason"_s, u"diagnoses are the outcome; enclave access only"_s})
                 .code,
             0);
    const CliRun ok = run({u"release"_s, u"check"_s, m_project, u"enclave"_s, u"--json"_s});
    QVERIFY2(ok.code == 0, QJsonDocument(ok.json).toJson().constData());
    QCOMPARE(ok.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(ok.json.value(u"violations"_s).toArray().size(), 0);
    const CliRun okText = run({u"release"_s, u"check"_s, m_project, u"enclave"_s});
    QCOMPARE(okText.code, 0);
    QVERIFY(okText.err.isEmpty());

    // Text: one line per violation on stdout, the refusal on stderr.
    const CliRun json = run({u"release"_s, u"check"_s, m_project, u"check-public"_s, u"--json"_s});
    QCOMPARE(json.code, 3);
    const CliRun text = run({u"release"_s, u"check"_s, m_project, u"check-public"_s});
    QCOMPARE(text.code, 3);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), json.json.value(u"violations"_s).toArray().size());
    QVERIFY(text.err.startsWith("error: "));
    QCOMPARE(text.err.count('\n'), 1);

    // Keyed pseudonyms of direct identifiers change no figure: no passphrase is asked for, and
    // the verdict is the same.
    const CliRun noPassphrase = steward::clitest::runCli(
        {u"release"_s, u"check"_s, m_project, u"check-public"_s, u"--json"_s}, m_dir->path());
    QCOMPARE(noPassphrase.code, 3);
    QCOMPARE(noPassphrase.json.value(u"violations"_s), json.json.value(u"violations"_s));

    // A date shift of a quasi-identifier does: without the passphrase, exit 1 saying how to give it.
    const QString shifted = path(u"shifted.steward"_s);
    QCOMPARE(run({u"init"_s, shifted}).code, 0);
    QCOMPARE(run({u"import"_s, shifted, path(u"s.csv"_s), u"--name"_s, u"inpatient"_s}).code, 0);
    QCOMPARE(run({u"classify"_s, shifted, u"inpatient"_s, u"--auto"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, shifted, u"inpatient"_s, u"--set"_s, u"入院日期=shift:subject=住院号"_s}).code, 0);
    QCOMPARE(run({u"release"_s, u"create"_s, shifted, u"s"_s, u"--dataset"_s, u"inpatient"_s,
                  u"--mode"_s, u"controlled"_s}).code, 0);
    const CliRun locked = steward::clitest::runCli(
        {u"release"_s, u"check"_s, shifted, u"s"_s}, m_dir->path());
    QCOMPARE(locked.code, 1);
    QVERIFY(locked.err.contains("--passphrase-file"));
}

void TestCliRelease::status()
{
    const CliRun r = run({u"release"_s, u"status"_s, m_project, u"check-public"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"state"_s).toString(), u"draft"_s);
    const QJsonArray gates = r.json.value(u"gates"_s).toArray();
    QCOMPARE(names(gates, u"name"_s),
             (QStringList{u"datasets"_s, u"classification"_s, u"direct_identifiers"_s,
                          u"grade_ceiling"_s, u"risk"_s, u"consent"_s, u"dsa_complete"_s,
                          u"dsa_up_to_date"_s, u"dpia_complete"_s, u"dpia_up_to_date"_s,
                          u"approvals"_s}));
    QHash<QString, bool> ok;
    for (const QJsonValue &v : gates) {
        const QJsonObject gate = v.toObject();
        QVERIFY(gate.value(u"ok"_s).isBool());
        QVERIFY(!gate.value(u"detail"_s).toString().isEmpty());
        ok.insert(gate.value(u"name"_s).toString(), gate.value(u"ok"_s).toBool());
    }
    // The data gates say what release check says; nothing is filled in yet, nothing saved,
    // nothing approved.
    QVERIFY(!(ok[u"direct_identifiers"_s] && ok[u"grade_ceiling"_s] && ok[u"risk"_s]));
    QVERIFY(ok[u"datasets"_s]);
    QVERIFY(ok[u"consent"_s]);
    QCOMPARE(ok[u"dsa_complete"_s], false);
    QCOMPARE(ok[u"dsa_up_to_date"_s], true);
    QCOMPARE(ok[u"approvals"_s], false);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), false);

    const CliRun passing = run({u"release"_s, u"status"_s, m_project, u"enclave"_s, u"--json"_s});
    QCOMPARE(passing.code, 0);
    for (const QJsonValue &v : passing.json.value(u"gates"_s).toArray()) {
        const QJsonObject gate = v.toObject();
        const QString name = gate.value(u"name"_s).toString();
        if (name == u"datasets"_s || name == u"direct_identifiers"_s || name == u"grade_ceiling"_s
            || name == u"risk"_s)
            QVERIFY2(gate.value(u"ok"_s).toBool(), qPrintable(name));
    }

    const CliRun text = run({u"release"_s, u"status"_s, m_project, u"check-public"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("dsa_complete"));
}

QTEST_GUILESS_MAIN(TestCliRelease)
#include "test_cli_release.moc"
