// End-to-end tests of `steward-cli anonymize` with built-in hierarchies, privacy models and floors,
// and of `steward-cli hierarchy`: a realistic extract reaches k=5 without any hierarchy file, a
// field's stored generalising rule is never weakened, and every new option's errors have the
// exit codes of docs/cli.md.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

class TestCliAnonymize : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sampleReachesKWithoutFiles();
    void storedRuleIsTheFloor();
    void sensitiveModelsAndRiskCeilings();
    void optionErrors_data();
    void optionErrors();
    void hierarchyCommand();
    void hierarchyImport();
    void hierarchyErrors_data();
    void hierarchyErrors();

private:
    CliRun run(const QStringList &args) { return steward::clitest::runCli(args, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliAnonymize::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(STEWARD_CLI_PATH)), STEWARD_CLI_PATH);
}

void TestCliAnonymize::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Twelve patients: birth dates within two years, sex, a postal code and a diagnosis.
    write(u"t.csv"_s,
          "id,birth,sex,zip,dx,los\n"
          "1,1980-01-05,M,310012,A,3\n2,1980-02-11,M,310013,B,5\n3,1980-03-20,F,310014,A,2\n"
          "4,1980-04-02,F,310015,C,8\n5,1980-05-17,M,310016,B,4\n6,1980-06-30,F,310017,A,6\n"
          "7,1981-01-09,M,320001,C,1\n8,1981-02-14,F,320002,A,9\n9,1981-03-03,M,320003,B,2\n"
          "10,1981-04-22,F,320004,C,7\n11,1981-05-08,M,320005,A,3\n12,1981-06-19,F,320006,B,5\n");
    m_project = path(u"p.steward"_s);
    QCOMPARE(run({u"init"_s, m_project}).code, 0);
    QCOMPARE(run({u"import"_s, m_project, path(u"t.csv"_s), u"--name"_s, u"t"_s}).code, 0);
}

void TestCliAnonymize::sampleReachesKWithoutFiles()
{
    // What a new user does: a realistic extract, classified and confirmed, no hierarchy file.
    QCOMPARE(run({u"sample"_s, u"--out"_s, path(u"s.csv"_s), u"--rows"_s, u"5000"_s}).code, 0);
    QCOMPARE(run({u"import"_s, m_project, path(u"s.csv"_s), u"--name"_s, u"inp"_s}).code, 0);
    QCOMPARE(run({u"classify"_s, m_project, u"inp"_s, u"--auto"_s}).code, 0);
    QCOMPARE(run({u"classify"_s, m_project, u"inp"_s, u"--confirm"_s, u"all"_s}).code, 0);
    const CliRun a = run({u"anonymize"_s, m_project, u"inp"_s, u"--k"_s, u"5"_s,
                          u"--max-suppression"_s, u"5"_s, u"--json"_s});
    QVERIFY2(a.code == 0, a.err.constData());
    QVERIFY(a.json.value(u"min_class"_s).toInt() >= 5);
    QVERIFY(a.json.value(u"suppressed"_s).toInt() <= 250);
    const QJsonObject hierarchies = a.json.value(u"hierarchies"_s).toObject();
    QVERIFY(hierarchies.size() >= 4);
    const QJsonArray changes = a.json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), hierarchies.size());

    const CliRun rules = run({u"rules"_s, m_project, u"inp"_s, u"--json"_s});
    QCOMPARE(rules.code, 0);
    int builderRules = 0;
    for (const QJsonValue &r : rules.json.value(u"rules"_s).toArray()) {
        const QJsonObject rule = r.toObject();
        if (rule.value(u"operator"_s).toString() == u"hierarchy"_s
            && rule.value(u"params"_s).toObject().contains(u"builder"_s))
            ++builderRules;
    }
    QVERIFY(builderRules > 0);

    // The released data measures as the search found it.
    QStringList quasi;
    for (auto it = hierarchies.begin(); it != hierarchies.end(); ++it)
        quasi.append(it.key());
    const CliRun risk = run({u"risk"_s, m_project, u"inp"_s, u"--quasi"_s, quasi.join(u','),
                             u"--sensitive"_s, u""_s, u"--k"_s, u"5"_s, u"--json"_s});
    QCOMPARE(risk.code, 0);
    QCOMPARE(risk.json.value(u"records_below_k"_s).toInt(), 0);
    QCOMPARE(risk.json.value(u"suppressed_records"_s).toInt(), a.json.value(u"suppressed"_s).toInt());
}

void TestCliAnonymize::storedRuleIsTheFloor()
{
    // The steward cut the birth date to the year; k=1 needs nothing, yet the year must stay.
    QCOMPARE(run({u"rules"_s, m_project, u"t"_s, u"--set"_s, u"birth=date:to=year"_s}).code, 0);
    const CliRun a = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                          u"--k"_s, u"1"_s, u"--json"_s});
    QVERIFY2(a.code == 0, a.err.constData());
    const QJsonArray changes = a.json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 2);
    const QJsonObject birth = changes.at(0).toObject();
    QCOMPARE(birth.value(u"field"_s).toString(), u"birth"_s);
    QCOMPARE(birth.value(u"previous"_s).toString(), u"date:to=year"_s);
    QCOMPARE(birth.value(u"rule"_s).toString(), u"date:to=year"_s);
    QVERIFY(birth.value(u"floor"_s).toInt() >= 1);
    QCOMPARE(birth.value(u"level"_s).toInt(), birth.value(u"floor"_s).toInt());
    QCOMPARE(birth.value(u"replaced"_s).toBool(), false);
    QCOMPARE(changes.at(1).toObject().value(u"previous"_s), QJsonValue(QJsonValue::Null));

    const CliRun text = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                             u"--k"_s, u"1"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("birth: kept: date:to=year"), text.out.constData());

    const CliRun show = run({u"show"_s, m_project, u"t"_s, u"--masked"_s, u"--json"_s});
    QCOMPARE(show.code, 0);
    const QStringList columns = [&] {
        QStringList c;
        for (const QJsonValue &v : show.json.value(u"columns"_s).toArray())
            c.append(v.toString());
        return c;
    }();
    const qsizetype b = columns.indexOf(u"birth"_s);
    QVERIFY(b >= 0);
    for (const QJsonValue &row : show.json.value(u"rows"_s).toArray()) {
        const QString cell = row.toArray().at(b).toString();
        QVERIFY2(cell.size() == 4, qPrintable(cell)); // the year, never the full date
    }

    // k=6 generalises further: the result replaces the rule and says what it replaces.
    const CliRun higher = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                               u"--k"_s, u"6"_s});
    QCOMPARE(higher.code, 0);
    QVERIFY2(higher.out.contains("birth: date:to=year → hierarchy"), higher.out.constData());

    // A cap below the floor is a usage error.
    QCOMPARE(run({u"rules"_s, m_project, u"t"_s, u"--set"_s, u"birth=date:to=year"_s}).code, 0);
    const CliRun capped = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                               u"--k"_s, u"1"_s, u"--max-level"_s, u"birth=0"_s});
    QCOMPARE(capped.code, 1);
}

void TestCliAnonymize::sensitiveModelsAndRiskCeilings()
{
    // Distinct 2-diversity of the diagnosis: every class kept has two diagnoses at least.
    const CliRun l = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex,zip"_s,
                          u"--k"_s, u"2"_s, u"--l"_s, u"dx=2"_s, u"--max-suppression"_s, u"20"_s,
                          u"--json"_s});
    QVERIFY2(l.code == 0, l.err.constData());
    QVERIFY(l.json.value(u"sensitive"_s).toObject().value(u"dx"_s).toDouble() >= 2.0);
    const QJsonObject model = l.json.value(u"sensitive_models"_s).toArray().at(0).toObject();
    QCOMPARE(model.value(u"field"_s).toString(), u"dx"_s);
    QCOMPARE(model.value(u"model"_s).toString(), u"distinct"_s);
    QVERIFY(l.json.contains(u"average_risk"_s));
    const CliRun risk = run({u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex,zip"_s,
                             u"--sensitive"_s, u"dx"_s, u"--k"_s, u"2"_s, u"--json"_s});
    QCOMPARE(risk.code, 0);
    QCOMPARE(risk.json.value(u"suppressed_records"_s).toInt(), l.json.value(u"suppressed"_s).toInt());
    QVERIFY(risk.json.value(u"l_diversity"_s).toObject().value(u"dx"_s).toInt() >= 2);

    // t-closeness of the length of stay (numeric: ordered distance by default).
    const CliRun t = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                          u"--k"_s, u"2"_s, u"--t"_s, u"los=0.5"_s, u"--json"_s});
    QVERIFY2(t.code == 0, t.err.constData());
    QVERIFY(t.json.value(u"sensitive"_s).toObject().value(u"los"_s).toDouble() <= 0.5);

    // A ceiling of 1/4 on the highest risk is k=4.
    const CliRun ceiling = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                                u"--k"_s, u"1"_s, u"--max-risk"_s, u"0.25"_s, u"--json"_s});
    QVERIFY2(ceiling.code == 0, ceiling.err.constData());
    QVERIFY(ceiling.json.value(u"min_class"_s).toInt() >= 4);
    const CliRun average = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"birth,sex"_s,
                                u"--k"_s, u"1"_s, u"--max-average-risk"_s, u"0.2"_s, u"--json"_s});
    QVERIFY2(average.code == 0, average.err.constData());
    QVERIFY(average.json.value(u"average_risk"_s).toDouble() <= 0.2 + 1e-9);
}

void TestCliAnonymize::optionErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::newRow("l not a number") << QStringList{u"--l"_s, u"dx=two"_s} << 1;
    QTest::newRow("l below 1") << QStringList{u"--l"_s, u"dx=0.5"_s} << 1;
    QTest::newRow("l unknown model") << QStringList{u"--l"_s, u"dx=2:other"_s} << 1;
    QTest::newRow("recursive without c") << QStringList{u"--l"_s, u"dx=2:recursive"_s} << 1;
    QTest::newRow("t above 1") << QStringList{u"--t"_s, u"los=1.5"_s} << 1;
    QTest::newRow("t unknown distance") << QStringList{u"--t"_s, u"los=0.2:near"_s} << 1;
    QTest::newRow("t without field") << QStringList{u"--t"_s, u"0.2"_s} << 1;
    QTest::newRow("max-risk 0") << QStringList{u"--max-risk"_s, u"0"_s} << 1;
    QTest::newRow("max-risk above 1") << QStringList{u"--max-risk"_s, u"2"_s} << 1;
    QTest::newRow("max-average-risk text") << QStringList{u"--max-average-risk"_s, u"low"_s} << 1;
    QTest::newRow("bad builder") << QStringList{u"--hierarchy"_s, u"zip=redact:2,4"_s} << 1;
    QTest::newRow("sensitive is quasi") << QStringList{u"--l"_s, u"sex=2"_s} << 1;
    QTest::newRow("unknown sensitive field") << QStringList{u"--l"_s, u"nosuch=2"_s} << 2;
    QTest::newRow("missing hierarchy file") << QStringList{u"--hierarchy"_s, u"zip=nosuch.csv"_s} << 2;
    QTest::newRow("l unreachable") << QStringList{u"--l"_s, u"dx=4"_s} << 2;
}

void TestCliAnonymize::optionErrors()
{
    QFETCH(QStringList, options);
    QFETCH(int, code);
    const CliRun r = run(QStringList{u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s,
                                     u"birth,sex,zip"_s, u"--k"_s, u"2"_s, u"--json"_s}
                         + options);
    QCOMPARE(r.code, code);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"exit_code"_s).toInt(), code);
    // Nothing stored by a failing run.
    const CliRun rules = run({u"rules"_s, m_project, u"t"_s, u"--json"_s});
    for (const QJsonValue &v : rules.json.value(u"rules"_s).toArray())
        QVERIFY(!v.toObject().value(u"stored"_s).toBool());
}

void TestCliAnonymize::hierarchyCommand()
{
    // Without a stored one: the suggestion, not stored.
    const CliRun suggested = run({u"hierarchy"_s, m_project, u"t"_s, u"birth"_s, u"--json"_s});
    QVERIFY2(suggested.code == 0, suggested.err.constData());
    QCOMPARE(suggested.json.value(u"source"_s).toString(), u"suggested"_s);
    QCOMPARE(suggested.json.value(u"stored"_s).toBool(), false);
    QCOMPARE(suggested.json.value(u"builder"_s).toString(), u"date"_s);
    QCOMPARE(suggested.json.value(u"records"_s).toInt(), 12);
    const QJsonArray levels = suggested.json.value(u"levels"_s).toArray();
    QVERIFY(levels.size() >= 3);
    // Every level covers all the records; the top is one value.
    for (const QJsonValue &level : levels) {
        int records = 0;
        for (const QJsonValue &v : level.toObject().value(u"values"_s).toArray())
            records += v.toObject().value(u"records"_s).toInt();
        QCOMPARE(records, 12);
    }
    QCOMPARE(levels.last().toObject().value(u"values"_s).toArray().size(), 1);
    QCOMPARE(suggested.json.value(u"rows"_s).toArray().size(), 12);

    // --builder stores it (audited), --out writes the file.
    const CliRun set = run({u"hierarchy"_s, m_project, u"t"_s, u"zip"_s, u"--builder"_s,
                            u"redact:4,2"_s, u"--out"_s, path(u"zip.csv"_s), u"--json"_s});
    QVERIFY2(set.code == 0, set.err.constData());
    QCOMPARE(set.json.value(u"stored"_s).toBool(), true);
    QFile out(path(u"zip.csv"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray csv = out.readAll();
    QVERIFY2(csv.contains("310012;3100**;31****;*"), csv.constData());
    const CliRun shown = run({u"hierarchy"_s, m_project, u"t"_s, u"zip"_s, u"--json"_s});
    QCOMPARE(shown.json.value(u"source"_s).toString(), u"stored"_s);
    QCOMPARE(shown.json.value(u"spec"_s).toString(), u"redact:4,2"_s);
    const CliRun audit = run({u"audit"_s, m_project, u"--json"_s});
    QVERIFY(QJsonDocument(audit.json).toJson().contains("hierarchy.set"));

    // anonymize uses the stored hierarchy.
    const CliRun a = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"zip"_s, u"--k"_s,
                          u"6"_s, u"--json"_s});
    QVERIFY2(a.code == 0, a.err.constData());
    QCOMPARE(a.json.value(u"hierarchies"_s).toObject().value(u"zip"_s).toString(), u"redact:4,2"_s);
    QCOMPARE(a.json.value(u"levels"_s).toObject().value(u"zip"_s).toInt(), 1); // 3100** and 3200**: six each

    // Text output: a table with the records each generalised value covers.
    const CliRun text = run({u"hierarchy"_s, m_project, u"t"_s, u"zip"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("31**** (6)"), text.out.constData());

    // --clear removes it (audited); the suggestion is shown again.
    const CliRun cleared = run({u"hierarchy"_s, m_project, u"t"_s, u"zip"_s, u"--clear"_s});
    QCOMPARE(cleared.code, 0);
    QCOMPARE(run({u"hierarchy"_s, m_project, u"t"_s, u"zip"_s, u"--json"_s}).json.value(u"source"_s).toString(),
             u"suggested"_s);
    QVERIFY(QJsonDocument(run({u"audit"_s, m_project, u"--json"_s}).json).toJson().contains("hierarchy.clear"));
}

void TestCliAnonymize::hierarchyImport()
{
    write(u"sex.csv"_s, "M;*\nF;*\n");
    const CliRun imported = run({u"hierarchy"_s, m_project, u"t"_s, u"sex"_s, u"--import"_s,
                                 path(u"sex.csv"_s), u"--json"_s});
    QVERIFY2(imported.code == 0, imported.err.constData());
    QCOMPARE(imported.json.value(u"source"_s).toString(), u"file"_s);
    QCOMPARE(imported.json.value(u"builder"_s).toString(), u"table"_s);
    const CliRun a = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"sex"_s, u"--k"_s,
                          u"7"_s, u"--json"_s});
    QVERIFY2(a.code == 0, a.err.constData());
    const QJsonObject change = a.json.value(u"changes"_s).toArray().at(0).toObject();
    QCOMPARE(change.value(u"rule"_s).toString(), u"hierarchy:level=1"_s);
    QCOMPARE(a.json.value(u"hierarchies"_s).toObject().value(u"sex"_s).toString(), u"stored"_s);
    const CliRun show = run({u"show"_s, m_project, u"t"_s, u"--masked"_s, u"--json"_s});
    QCOMPARE(show.code, 0);

    // A file missing a value of the data: exit 2, the message names no value.
    write(u"bad.csv"_s, "M;*\n");
    const CliRun bad = run({u"hierarchy"_s, m_project, u"t"_s, u"sex"_s, u"--import"_s,
                            path(u"bad.csv"_s)});
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.contains("F"));
}

void TestCliAnonymize::hierarchyErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("two actions") << QStringList{u"zip"_s, u"--builder"_s, u"flat"_s, u"--clear"_s} << 1;
    QTest::newRow("import and out") << QStringList{u"zip"_s, u"--import"_s, u"a.csv"_s, u"--out"_s, u"b.csv"_s} << 1;
    QTest::newRow("clear and out") << QStringList{u"zip"_s, u"--clear"_s, u"--out"_s, u"b.csv"_s} << 1;
    QTest::newRow("bad builder") << QStringList{u"zip"_s, u"--builder"_s, u"nosuch:1"_s} << 1;
    QTest::newRow("unknown field") << QStringList{u"nosuch"_s} << 2;
    QTest::newRow("unknown field, builder") << QStringList{u"nosuch"_s, u"--builder"_s, u"flat"_s} << 2;
    QTest::newRow("missing file") << QStringList{u"zip"_s, u"--import"_s, u"nosuch.csv"_s} << 2;
}

void TestCliAnonymize::hierarchyErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const CliRun r = run(QStringList{u"hierarchy"_s, m_project, u"t"_s} + args + QStringList{u"--json"_s});
    QCOMPARE(r.code, code);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"exit_code"_s).toInt(), code);
}

QTEST_GUILESS_MAIN(TestCliAnonymize)
#include "test_cli_anonymize.moc"
