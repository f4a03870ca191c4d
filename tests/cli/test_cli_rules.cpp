// End-to-end tests of `steward-cli rules` and `show --masked`: the built binary runs
// through QProcess on real files; JSON, exit codes, audit entries and the masked cells are checked
// against the contract (shared/docs/cli.md).

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using steward::clitest::CliRun;

namespace {

QJsonObject ruleOf(const QJsonObject &doc, const QString &field)
{
    for (const QJsonValue &v : doc.value(u"rules"_s).toArray()) {
        if (v.toObject().value(u"field"_s).toString() == field)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliRules : public QObject {
    Q_OBJECT

private slots:
    void init();

    void suggestOnSample();
    void badArgumentsChangeNothing_data();
    void badArgumentsChangeNothing();
    void setAndClear();
    void rulesSurviveReplaceAndGoWithTheDataset();
    void showMaskedHidesResidentIds();
    void showMaskedPassphrase();
    void showMaskedWithoutSecretNeedsNoPassphrase();
    void secretBackupAndRestore();
    void riskOnAdultMatchesAnIndependentCount_data();
    void riskOnAdultMatchesAnIndependentCount();
    void riskErrors();
    void riskCountsMissingMarkersAsOneValue();
    void anonymizeAdultSubset_data();
    void anonymizeAdultSubset();
    void anonymizeErrors();
    void templateAppliedToNextMonth();
    void templateErrorsChangeNothing_data();
    void templateErrorsChangeNothing();
    void presetsSetExpectedRules();

private:
    CliRun run(const QStringList &args, const QString &passphrase = {}, int timeoutMs = 120000);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString sampleProject(int rows);
    QStringList auditActions(const QString &project);

    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestCliRules::run(const QStringList &args, const QString &passphrase, int timeoutMs)
{
    return steward::clitest::runCli(args, m_dir->path(), passphrase, timeoutMs);
}

void TestCliRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliRules::sampleProject(int rows)
{
    const QString project = path(u"p.steward"_s);
    if (run({u"init"_s, project}).code != 0)
        return {};
    if (run({u"sample"_s, u"--out"_s, path(u"s.csv"_s), u"--rows"_s, QString::number(rows)}).code != 0)
        return {};
    if (run({u"import"_s, project, path(u"s.csv"_s), u"--name"_s, u"s"_s}).code != 0)
        return {};
    return project;
}

QStringList TestCliRules::auditActions(const QString &project)
{
    const CliRun r = run({u"audit"_s, project, u"--json"_s});
    QStringList actions;
    for (const QJsonValue &e : r.json.value(u"entries"_s).toArray())
        actions << e.toObject().value(u"action"_s).toString();
    return actions;
}

void TestCliRules::suggestOnSample()
{
    const QString project = sampleProject(2000);
    QVERIFY(!project.isEmpty());
    const CliRun r = run({u"rules"_s, project, u"s"_s, u"--suggest"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const CliRun cls = run({u"classify"_s, project, u"s"_s, u"--json"_s});
    QCOMPARE(cls.code, 0);
    const QJsonArray fields = cls.json.value(u"fields"_s).toArray();
    QCOMPARE(r.json.value(u"rules"_s).toArray().size(), fields.size());
    int pseudonyms = 0;
    int directs = 0;
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        const QJsonObject rule = ruleOf(r.json, f.value(u"name"_s).toString());
        QVERIFY(rule.contains(u"params"_s));
        const QString op = rule.value(u"operator"_s).toString();
        if (f.value(u"role"_s).toString() == u"direct"_s) {
            ++directs;
            QVERIFY2(op == u"drop"_s || op == u"pseudonym"_s, qPrintable(f.value(u"name"_s).toString()));
        }
        if (op == u"pseudonym"_s)
            ++pseudonyms;
    }
    QVERIFY(directs >= 5);
    QCOMPARE(pseudonyms, 1); // the subject key
    QCOMPARE(ruleOf(r.json, u"身份证号"_s).value(u"operator"_s).toString(), u"drop"_s);
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"operator"_s).toString(), u"bands"_s);
    // 5-year bands with 90 and over together (the suggestion top-codes very old ages).
    QVERIFY(ruleOf(r.json, u"年龄"_s).value(u"params"_s).toObject().value(u"breaks"_s).toString()
                .endsWith(u"80,85,90"_s));
    QCOMPARE(ruleOf(r.json, u"邮政编码"_s).value(u"operator"_s).toString(), u"truncate"_s);
    QCOMPARE(ruleOf(r.json, u"性别"_s).value(u"operator"_s).toString(), u"keep"_s);
    QCOMPARE(ruleOf(r.json, u"备注"_s).value(u"operator"_s).toString(), u"scrub"_s);
    QVERIFY(auditActions(project).contains(u"rules.suggest"_s));
}

void TestCliRules::badArgumentsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown field") << QStringList{u"--set"_s, u"nosuch=drop"_s} << 2;
    QTest::newRow("unknown clear") << QStringList{u"--clear"_s, u"nosuch"_s} << 2;
    QTest::newRow("unknown operator") << QStringList{u"--set"_s, u"年龄=blur"_s} << 1;
    QTest::newRow("bad parameter") << QStringList{u"--set"_s, u"年龄=bands:width=x"_s} << 1;
    QTest::newRow("unknown subject")
        << QStringList{u"--set"_s, u"入院日期=shift:days=10,subject=nosuch"_s} << 1;
    QTest::newRow("field twice")
        << QStringList{u"--set"_s, u"年龄=drop"_s, u"--set"_s, u"年龄=keep"_s} << 1;
    QTest::newRow("good then bad")
        << QStringList{u"--set"_s, u"性别=drop"_s, u"--set"_s, u"nosuch=drop"_s} << 2;
}

void TestCliRules::badArgumentsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString project = sampleProject(50);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"年龄=bands:width=10"_s}).code, 0);
    const int auditBefore = int(auditActions(project).size());
    const CliRun r = run(QStringList{u"rules"_s, project, u"s"_s, u"--json"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY(r.err.startsWith("error: "));
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const CliRun after = run({u"rules"_s, project, u"s"_s, u"--json"_s});
    QCOMPARE(ruleOf(after.json, u"年龄"_s).value(u"operator"_s).toString(), u"bands"_s);
    QCOMPARE(ruleOf(after.json, u"性别"_s).value(u"operator"_s).toString(), u"keep"_s);
    QCOMPARE(int(auditActions(project).size()), auditBefore + 0);
}

void TestCliRules::setAndClear()
{
    const QString project = sampleProject(50);
    QVERIFY(!project.isEmpty());
    CliRun r = run({u"rules"_s, project, u"s"_s, u"--json"_s, u"--set"_s,
                    u"入院日期=shift:days=030,subject=住院号"_s, u"--set"_s,
                    u"主要诊断编码=recode:table=builtin:icd10-category"_s, u"--set"_s,
                    u"姓名=redact:text=\"a, \"\"b\"\"\""_s});
    QCOMPARE(r.code, 0);
    QJsonObject shift = ruleOf(r.json, u"入院日期"_s);
    QCOMPARE(shift.value(u"operator"_s).toString(), u"shift"_s);
    QCOMPARE(shift.value(u"params"_s).toObject().value(u"days"_s).toInt(), 30);
    QCOMPARE(shift.value(u"params"_s).toObject().value(u"subject"_s).toString(), u"住院号"_s);
    QCOMPARE(ruleOf(r.json, u"姓名"_s).value(u"params"_s).toObject().value(u"text"_s).toString(),
             u"a, \"b\""_s);
    r = run({u"rules"_s, project, u"s"_s, u"--json"_s, u"--clear"_s, u"入院日期"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(ruleOf(r.json, u"入院日期"_s).value(u"operator"_s).toString(), u"keep"_s);
    QCOMPARE(ruleOf(r.json, u"主要诊断编码"_s).value(u"operator"_s).toString(), u"recode"_s);
    const QStringList actions = auditActions(project);
    QCOMPARE(actions.count(u"rules.set"_s), 2);
    // Text output lists the canonical rule.
    r = run({u"rules"_s, project, u"s"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"recode:table=builtin:icd10-category"_s));
}

void TestCliRules::rulesSurviveReplaceAndGoWithTheDataset()
{
    const QString project = sampleProject(50);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"年龄=topcode:max=80"_s}).code, 0);
    QCOMPARE(run({u"sample"_s, u"--out"_s, path(u"t.csv"_s), u"--rows"_s, u"30"_s, u"--seed"_s,
                  u"7"_s}).code,
             0);
    QCOMPARE(run({u"import"_s, project, path(u"t.csv"_s), u"--name"_s, u"s"_s, u"--replace"_s}).code, 0);
    CliRun r = run({u"rules"_s, project, u"s"_s, u"--json"_s});
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"operator"_s).toString(), u"topcode"_s);
    QCOMPARE(run({u"delete"_s, project, u"s"_s}).code, 0);
    QCOMPARE(run({u"import"_s, project, path(u"t.csv"_s), u"--name"_s, u"s"_s}).code, 0);
    r = run({u"rules"_s, project, u"s"_s, u"--json"_s});
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"operator"_s).toString(), u"keep"_s);
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"stored"_s).toBool(), false);
}

void TestCliRules::showMaskedHidesResidentIds()
{
    const QString project = sampleProject(300);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--suggest"_s}).code, 0);
    const CliRun raw = run({u"show"_s, project, u"s"_s, u"--limit"_s, u"300"_s, u"--json"_s});
    QCOMPARE(raw.code, 0);
    const QJsonArray rawColumns = raw.json.value(u"columns"_s).toArray();
    const qsizetype idColumn = rawColumns.toVariantList().indexOf(u"身份证号"_s);
    QVERIFY(idColumn >= 0);
    QSet<QString> residentIds;
    for (const QJsonValue &row : raw.json.value(u"rows"_s).toArray())
        residentIds.insert(row.toArray().at(idColumn).toString());
    QVERIFY(residentIds.size() > 250);

    const CliRun masked = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--limit"_s, u"300"_s,
                               u"--json"_s},
                              u"correct horse"_s);
    QCOMPARE(masked.code, 0);
    QVERIFY2(masked.jsonProblem.isEmpty(), qPrintable(masked.jsonProblem));
    const QJsonArray columns = masked.json.value(u"columns"_s).toArray();
    QVERIFY(!columns.contains(u"身份证号"_s));
    QVERIFY(!columns.contains(u"姓名"_s));
    QVERIFY(columns.contains(u"住院号"_s));
    const QJsonArray rows = masked.json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 300);
    const qsizetype keyColumn = columns.toVariantList().indexOf(u"住院号"_s);
    const QRegularExpression token(u"^[A-Z2-7]{16}$"_s);
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toArray();
        QCOMPARE(cells.size(), columns.size());
        QVERIFY(token.match(cells.at(keyColumn).toString()).hasMatch());
        for (const QJsonValue &cell : cells) {
            for (const QString &id : std::as_const(residentIds))
                QVERIFY(!cell.toString().contains(id));
        }
    }
    // Same passphrase, same tokens.
    const CliRun again = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--limit"_s, u"300"_s,
                              u"--json"_s},
                             u"correct horse"_s);
    QCOMPARE(again.json.value(u"rows"_s), masked.json.value(u"rows"_s));
    const QStringList actions = auditActions(project);
    QCOMPARE(actions.count(u"secret.create"_s), 1);
    QVERIFY(!QString::fromUtf8(masked.err).contains(u"correct horse"_s));
}

void TestCliRules::secretBackupAndRestore()
{
    const QString pw = u"correct horse"_s;
    const QString a = sampleProject(40);
    QVERIFY(!a.isEmpty());
    QCOMPARE(run({u"secret"_s, a, u"--backup"_s, path(u"none.json"_s), u"--json"_s}, pw).code, 2);
    QVERIFY(!QFileInfo::exists(path(u"none.json"_s)));
    QCOMPARE(run({u"rules"_s, a, u"s"_s, u"--suggest"_s}).code, 0);
    const CliRun maskedA = run({u"show"_s, a, u"s"_s, u"--masked"_s, u"--json"_s}, pw);
    QCOMPARE(maskedA.code, 0);

    const CliRun backup = run({u"secret"_s, a, u"--backup"_s, path(u"b.json"_s), u"--json"_s}, pw);
    QVERIFY2(backup.code == 0, backup.err.constData());
    QCOMPARE(QFileInfo(path(u"b.json"_s)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QString fingerprint = backup.json.value(u"fingerprint"_s).toString();
    QCOMPARE(fingerprint.size(), 16);
    QVERIFY(!QString::fromUtf8(backup.out + backup.err).contains(pw));

    // Another project with the same extract: restored secret, identical pseudonyms.
    const QString b = path(u"b.steward"_s);
    QCOMPARE(run({u"init"_s, b}).code, 0);
    QCOMPARE(run({u"import"_s, b, path(u"s.csv"_s), u"--name"_s, u"s"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, b, u"s"_s, u"--suggest"_s}).code, 0);
    QCOMPARE(run({u"secret"_s, b, u"--restore"_s, path(u"b.json"_s), u"--json"_s}, u"wrong"_s).code, 4);
    const CliRun restore = run({u"secret"_s, b, u"--restore"_s, path(u"b.json"_s), u"--json"_s}, pw);
    QVERIFY2(restore.code == 0, restore.err.constData());
    QCOMPARE(restore.json.value(u"restored"_s).toBool(), true);
    QCOMPARE(restore.json.value(u"fingerprint"_s).toString(), fingerprint);
    const CliRun maskedB = run({u"show"_s, b, u"s"_s, u"--masked"_s, u"--json"_s}, pw);
    QCOMPARE(maskedB.code, 0);
    QCOMPARE(maskedB.json.value(u"rows"_s), maskedA.json.value(u"rows"_s));
    QVERIFY(auditActions(b).contains(u"secret.restore"_s));

    // A project with a different secret is only replaced with --force.
    const QString c = path(u"c.steward"_s);
    QCOMPARE(run({u"init"_s, c}).code, 0);
    QCOMPARE(run({u"import"_s, c, path(u"s.csv"_s), u"--name"_s, u"s"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, c, u"s"_s, u"--suggest"_s}).code, 0);
    const CliRun maskedC = run({u"show"_s, c, u"s"_s, u"--masked"_s, u"--json"_s}, pw);
    QCOMPARE(maskedC.code, 0);
    QVERIFY(maskedC.json.value(u"rows"_s) != maskedA.json.value(u"rows"_s));
    QCOMPARE(run({u"secret"_s, c, u"--restore"_s, path(u"b.json"_s), u"--json"_s}, pw).code, 3);
    QCOMPARE(run({u"show"_s, c, u"s"_s, u"--masked"_s, u"--json"_s}, pw).json.value(u"rows"_s),
             maskedC.json.value(u"rows"_s));
    QCOMPARE(run({u"secret"_s, c, u"--restore"_s, path(u"b.json"_s), u"--force"_s, u"--json"_s}, pw)
                 .json.value(u"replaced"_s).toBool(),
             true);
    QCOMPARE(run({u"show"_s, c, u"s"_s, u"--masked"_s, u"--json"_s}, pw).json.value(u"rows"_s),
             maskedA.json.value(u"rows"_s));
}

void TestCliRules::showMaskedPassphrase()
{
    const QString project = sampleProject(20);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"住院号=pseudonym"_s}).code, 0);
    CliRun r = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--json"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("STEWARD_PASSPHRASE"));
    QVERIFY(!auditActions(project).contains(u"secret.create"_s));
    QFile file(path(u"pass.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("first secret\n");
    file.close();
    r = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--json"_s, u"--passphrase-file"_s,
             path(u"pass.txt"_s)});
    QCOMPARE(r.code, 0);
    r = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--json"_s}, u"wrong"_s);
    QCOMPARE(r.code, 4);
    r = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--json"_s}, u"first secret"_s);
    QCOMPARE(r.code, 0);
}

void TestCliRules::showMaskedWithoutSecretNeedsNoPassphrase()
{
    const QString project = sampleProject(20);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"姓名=drop"_s, u"--set"_s,
                  u"科室=suppress"_s}).code,
             0);
    const CliRun r = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--limit"_s, u"5"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray columns = r.json.value(u"columns"_s).toArray();
    QVERIFY(!columns.contains(u"姓名"_s));
    const qsizetype dept = columns.toVariantList().indexOf(u"科室"_s);
    QVERIFY(dept >= 0);
    const QJsonArray rows = r.json.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue &row : rows)
        QVERIFY(row.toArray().at(dept).isNull());
    QVERIFY(!auditActions(project).contains(u"secret.create"_s));
}

void TestCliRules::riskOnAdultMatchesAnIndependentCount_data()
{
    QTest::addColumn<QStringList>("quasi");
    QTest::addColumn<QString>("sensitive");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("ageBand"); // 0: raw ages; else a bands:width rule on age
    const QStringList all{u"sex"_s, u"age"_s, u"race"_s, u"marital-status"_s, u"education"_s,
                          u"native-country"_s, u"workclass"_s, u"occupation"_s, u"salary-class"_s};
    QTest::newRow("all nine, raw") << all << QString() << 5 << 0;
    QTest::newRow("three, l-diversity") << QStringList{u"age"_s, u"sex"_s, u"race"_s}
                                        << u"occupation"_s << 3 << 0;
    QTest::newRow("masked age bands") << QStringList{u"age"_s, u"sex"_s, u"race"_s}
                                      << u"occupation"_s << 10 << 10;
}

void TestCliRules::riskOnAdultMatchesAnIndependentCount()
{
    QFETCH(QStringList, quasi);
    QFETCH(QString, sensitive);
    QFETCH(int, k);
    QFETCH(int, ageBand);
    const QString project = path(u"a.steward"_s);
    QCOMPARE(run({u"init"_s, project}).code, 0);
    const QString file = QStringLiteral(STEWARD_TEST_DATA_DIR "/adult/adult_subset.csv");
    QCOMPARE(run({u"import"_s, project, file, u"--name"_s, u"adult"_s}).code, 0);
    if (ageBand > 0)
        QCOMPARE(run({u"rules"_s, project, u"adult"_s, u"--set"_s,
                      u"age=bands:width=%1"_s.arg(ageBand)}).code,
                 0);

    // Independent count over the file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(f.readLine().trimmed()).split(u';');
    QHash<QString, int> sizes;
    QHash<QString, QSet<QString>> distinct;
    int records = 0;
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine().trimmed()).split(u';');
        QStringList key;
        for (const QString &q : std::as_const(quasi)) {
            QString v = cells.at(header.indexOf(q));
            if (q == u"age"_s && ageBand > 0) {
                const int low = v.toInt() / ageBand * ageBand;
                v = u"%1-%2"_s.arg(low).arg(low + ageBand - 1);
            }
            key << v;
        }
        const QString joined = key.join(u'\x1f');
        ++sizes[joined];
        if (!sensitive.isEmpty())
            distinct[joined].insert(cells.at(header.indexOf(sensitive)));
        ++records;
    }
    int uniques = 0;
    int smallest = INT_MAX;
    int below = 0;
    for (int size : std::as_const(sizes)) {
        uniques += size == 1;
        smallest = std::min(smallest, size);
        below += size < k ? size : 0;
    }
    qsizetype minL = LLONG_MAX;
    for (const QSet<QString> &values : std::as_const(distinct))
        minL = std::min(minL, values.size());

    QStringList args{u"risk"_s, project, u"adult"_s, u"--json"_s, u"--k"_s, QString::number(k),
                     u"--quasi"_s, quasi.join(u',')};
    if (!sensitive.isEmpty())
        args << u"--sensitive"_s << sensitive;
    else
        args << u"--sensitive"_s << QString();
    if (ageBand == 0)
        args << u"--raw"_s;
    const CliRun r = run(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QJsonObject &j = r.json;
    QCOMPARE(j.value(u"records"_s).toInteger(), records);
    QCOMPARE(j.value(u"classes"_s).toInteger(), sizes.size());
    QCOMPARE(j.value(u"min_class"_s).toInteger(), smallest);
    QCOMPARE(j.value(u"records_below_k"_s).toInteger(), below);
    QCOMPARE(j.value(u"sample_uniques"_s).toDouble(), double(uniques) / records);
    QCOMPARE(j.value(u"prosecutor_risk_max"_s).toDouble(), 1.0 / smallest);
    QCOMPARE(j.value(u"prosecutor_risk_avg"_s).toDouble(), double(sizes.size()) / records);
    QCOMPARE(j.value(u"suppressed_records"_s).toInteger(), 0);
    if (!sensitive.isEmpty())
        QCOMPARE(j.value(u"l_diversity"_s).toObject().value(sensitive).toInteger(), minL);
    else
        QVERIFY(j.value(u"l_diversity"_s).toObject().isEmpty());
    if (quasi.size() == 9)
        QCOMPARE(sizes.size(), 2702); // the figure of the core test (test_risk)
}

void TestCliRules::riskCountsMissingMarkersAsOneValue()
{
    // "", 不详 and NULL all say "unknown": one equivalence class of 3, next to "a" (2) and "b" (1).
    const QString project = path(u"m.steward"_s);
    QCOMPARE(run({u"init"_s, project}).code, 0);
    QFile file(path(u"m.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,zone\n1,a\n2,a\n3,\n4,不详\n5,NULL\n6,b\n");
    file.close();
    QCOMPARE(run({u"import"_s, project, path(u"m.csv"_s), u"--name"_s, u"m"_s}).code, 0);
    const CliRun r = run({u"risk"_s, project, u"m"_s, u"--raw"_s, u"--quasi"_s, u"zone"_s,
                          u"--sensitive"_s, u""_s, u"--k"_s, u"3"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json.value(u"records"_s).toInteger(), 6);
    QCOMPARE(r.json.value(u"classes"_s).toInteger(), 3);
    QCOMPARE(r.json.value(u"min_class"_s).toInteger(), 1);
    QCOMPARE(r.json.value(u"records_below_k"_s).toInteger(), 3); // a (2) and b (1)
}

void TestCliRules::riskErrors()
{
    const QString project = sampleProject(20);
    QVERIFY(!project.isEmpty());
    CliRun r = run({u"risk"_s, project, u"s"_s, u"--quasi"_s, u"nosuch"_s, u"--json"_s});
    QCOMPARE(r.code, 2);
    r = run({u"risk"_s, project, u"s"_s, u"--k"_s, u"0"_s, u"--json"_s});
    QCOMPARE(r.code, 1);
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--suggest"_s}).code, 0);
    // The suggested rules pseudonymise the subject key: the masked risk needs the passphrase.
    r = run({u"risk"_s, project, u"s"_s, u"--json"_s});
    QCOMPARE(r.code, 1);
    r = run({u"risk"_s, project, u"s"_s, u"--json"_s}, u"pw"_s);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"records"_s).toInteger(), 20);
    // Dropped fields leave the analysis.
    QVERIFY(!r.json.value(u"quasi"_s).toArray().contains(u"姓名"_s));
    r = run({u"risk"_s, project, u"s"_s, u"--json"_s, u"--raw"_s});
    QCOMPARE(r.code, 0);
}

void TestCliRules::anonymizeAdultSubset_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("suppression");
    QTest::newRow("k=5, no suppression") << 5 << u"0"_s;
    QTest::newRow("k=5, 5%") << 5 << u"5"_s;
    QTest::newRow("k=2, 1%") << 2 << u"1"_s;
}

void TestCliRules::anonymizeAdultSubset()
{
    QFETCH(int, k);
    QFETCH(QString, suppression);
    const QString project = path(u"a.steward"_s);
    QCOMPARE(run({u"init"_s, project}).code, 0);
    const QString dir = QStringLiteral(STEWARD_TEST_DATA_DIR "/adult/");
    QCOMPARE(run({u"import"_s, project, dir + u"adult_subset.csv"_s, u"--name"_s, u"adult"_s}).code, 0);
    const QStringList quasi{u"sex"_s, u"age"_s, u"race"_s, u"marital-status"_s, u"education"_s,
                            u"native-country"_s, u"workclass"_s, u"occupation"_s, u"salary-class"_s};
    QStringList args{u"anonymize"_s, project, u"adult"_s, u"--json"_s, u"--k"_s, QString::number(k),
                     u"--max-suppression"_s, suppression, u"--quasi"_s, quasi.join(u',')};
    for (const QString &q : quasi)
        args << u"--hierarchy"_s << u"%1=%2adult_hierarchy_%1.csv"_s.arg(q, dir);
    const CliRun r = run(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QJsonObject levels = r.json.value(u"levels"_s).toObject();
    QCOMPARE(levels.size(), quasi.size());
    QVERIFY(r.json.value(u"min_class"_s).toInteger() >= k);
    const double loss = r.json.value(u"loss"_s).toDouble(-1);
    QVERIFY(loss >= 0.0 && loss <= 1.0);
    const qint64 suppressed = r.json.value(u"suppressed"_s).toInteger(-1);
    QVERIFY(suppressed >= 0 && suppressed <= qint64(3016 * suppression.toDouble() / 100.0));

    // The levels became the rules.
    const CliRun rules = run({u"rules"_s, project, u"adult"_s, u"--json"_s});
    for (const QString &q : quasi) {
        const QJsonObject rule = ruleOf(rules.json, q);
        const int level = levels.value(q).toInt();
        QCOMPARE(rule.value(u"operator"_s).toString(), level == 0 ? u"keep"_s : u"hierarchy"_s);
        if (level > 0)
            QCOMPARE(rule.value(u"params"_s).toObject().value(u"level"_s).toInt(), level);
    }
    QVERIFY(auditActions(project).contains(u"rules.set"_s));
    // Without suppression the masked data is k-anonymous as it stands.
    if (suppressed == 0) {
        const CliRun risk = run({u"risk"_s, project, u"adult"_s, u"--json"_s, u"--k"_s,
                                 QString::number(k), u"--quasi"_s, quasi.join(u','),
                                 u"--sensitive"_s, QString()});
        QCOMPARE(risk.code, 0);
        QCOMPARE(risk.json.value(u"min_class"_s).toInteger(), r.json.value(u"min_class"_s).toInteger());
        QCOMPARE(risk.json.value(u"records_below_k"_s).toInteger(), 0);
    }
}

void TestCliRules::anonymizeErrors()
{
    const QString project = sampleProject(20);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"anonymize"_s, project, u"s"_s, u"--json"_s}).code, 1); // --k is required
    QCOMPARE(run({u"anonymize"_s, project, u"s"_s, u"--k"_s, u"5"_s, u"--quasi"_s, u"nosuch"_s,
                  u"--json"_s}).code,
             2);
    QCOMPARE(run({u"anonymize"_s, project, u"s"_s, u"--k"_s, u"5"_s, u"--max-suppression"_s,
                  u"101"_s, u"--json"_s}).code,
             1);
    QCOMPARE(run({u"anonymize"_s, project, u"s"_s, u"--k"_s, u"5"_s, u"--quasi"_s, u"性别"_s,
                  u"--hierarchy"_s, u"性别=missing.csv"_s, u"--json"_s}).code,
             2);
    QVERIFY(!auditActions(project).contains(u"rules.set"_s));
}

// Masking templates: saved on one month's extract, applied to the next one whose
// columns changed; the differences are reported, the rules carried over.
void TestCliRules::templateAppliedToNextMonth()
{
    const QString project = sampleProject(200);
    QVERIFY(!project.isEmpty());
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--suggest"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"年龄=topcode:max=80"_s}).code, 0);
    CliRun r = run({u"rules"_s, project, u"s"_s, u"--save-template"_s, u"monthly"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"template_saved"_s).toObject().value(u"name"_s).toString(), u"monthly"_s);
    QCOMPARE(r.json.value(u"template_saved"_s).toObject().value(u"replaced"_s).toBool(), false);
    QVERIFY(auditActions(project).contains(u"rules.template.save"_s));

    // Next month's extract: 邮政编码 is now called 邮编.
    QCOMPARE(run({u"sample"_s, u"--out"_s, path(u"nov.csv"_s), u"--rows"_s, u"80"_s, u"--seed"_s,
                  u"11"_s}).code,
             0);
    QFile nov(path(u"nov.csv"_s));
    QVERIFY(nov.open(QIODevice::ReadOnly));
    QByteArray content = nov.readAll();
    nov.close();
    const qsizetype headerEnd = content.indexOf('\n');
    QVERIFY(content.left(headerEnd).contains("邮政编码"));
    content.replace(0, headerEnd, content.left(headerEnd).replace("邮政编码", "邮编"));
    QVERIFY(nov.open(QIODevice::WriteOnly | QIODevice::Truncate));
    nov.write(content);
    nov.close();
    QCOMPARE(run({u"import"_s, project, path(u"nov.csv"_s), u"--name"_s, u"nov"_s}).code, 0);

    r = run({u"rules"_s, project, u"nov"_s, u"--template"_s, u"monthly"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QJsonObject applied = r.json.value(u"template"_s).toObject();
    QCOMPARE(applied.value(u"name"_s).toString(), u"monthly"_s);
    QCOMPARE(applied.value(u"missing"_s).toArray(), QJsonArray{u"邮政编码"_s});
    QCOMPARE(applied.value(u"uncovered"_s).toArray(), QJsonArray{u"邮编"_s});
    QCOMPARE(applied.value(u"applied"_s).toInt(), 17);
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"operator"_s).toString(), u"topcode"_s);
    QCOMPARE(ruleOf(r.json, u"住院号"_s).value(u"operator"_s).toString(), u"pseudonym"_s);
    QCOMPARE(ruleOf(r.json, u"身份证号"_s).value(u"operator"_s).toString(), u"drop"_s);
    QCOMPARE(ruleOf(r.json, u"性别"_s).value(u"operator"_s).toString(), u"keep"_s);
    QCOMPARE(ruleOf(r.json, u"性别"_s).value(u"stored"_s).toBool(), true);
    QCOMPARE(ruleOf(r.json, u"邮编"_s).value(u"stored"_s).toBool(), false);
    QVERIFY(auditActions(project).contains(u"rules.template.apply"_s));

    // The text form names the differences too.
    r = run({u"rules"_s, project, u"nov"_s, u"--template"_s, u"monthly"_s});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(u"missing from this dataset: 邮政编码"_s));
    QVERIFY(out.contains(u"does not cover: 邮编"_s));

    // Listing shows how the stored templates fit the dataset.
    r = run({u"rules"_s, project, u"nov"_s, u"--templates"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json.value(u"templates"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"monthly"_s);
    QCOMPARE(list.at(0).toObject().value(u"rules"_s).toInt(), 18);
    QCOMPARE(list.at(0).toObject().value(u"missing"_s).toArray(), QJsonArray{u"邮政编码"_s});

    // To another project through a file, then applied there by name.
    r = run({u"rules"_s, project, u"s"_s, u"--export-template"_s, u"monthly"_s, u"--out"_s,
             path(u"monthly.json"_s), u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo::exists(path(u"monthly.json"_s)));
    const QString other = path(u"other.steward"_s);
    QCOMPARE(run({u"init"_s, other}).code, 0);
    QCOMPARE(run({u"import"_s, other, path(u"s.csv"_s), u"--name"_s, u"s"_s}).code, 0);
    r = run({u"rules"_s, other, u"s"_s, u"--import-template"_s, path(u"monthly.json"_s),
             u"--template"_s, u"monthly"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json.value(u"template_imported"_s).toString(), u"monthly"_s);
    QCOMPARE(r.json.value(u"template"_s).toObject().value(u"missing"_s).toArray(), QJsonArray());
    QCOMPARE(ruleOf(r.json, u"年龄"_s).value(u"operator"_s).toString(), u"topcode"_s);
    // Or straight from the file.
    r = run({u"rules"_s, other, u"s"_s, u"--template"_s, path(u"monthly.json"_s), u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"template"_s).toObject().value(u"file"_s).toString(),
             path(u"monthly.json"_s));

    r = run({u"rules"_s, other, u"s"_s, u"--delete-template"_s, u"monthly"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    r = run({u"rules"_s, other, u"s"_s, u"--templates"_s, u"--json"_s});
    QCOMPARE(r.json.value(u"templates"_s).toArray().size(), 0);
    QVERIFY(auditActions(other).contains(u"rules.template.delete"_s));
}

void TestCliRules::templateErrorsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown template") << QStringList{u"--template"_s, u"nosuch"_s} << 2;
    QTest::newRow("malformed file") << QStringList{u"--template"_s, u"broken.json"_s} << 2;
    QTest::newRow("import malformed") << QStringList{u"--import-template"_s, u"broken.json"_s} << 2;
    QTest::newRow("vanished table") << QStringList{u"--template"_s, u"codes"_s} << 2;
    QTest::newRow("export without out") << QStringList{u"--export-template"_s, u"codes"_s} << 1;
    QTest::newRow("export unknown")
        << QStringList{u"--export-template"_s, u"nosuch"_s, u"--out"_s, u"x.json"_s} << 2;
    QTest::newRow("delete unknown") << QStringList{u"--delete-template"_s, u"nosuch"_s} << 2;
    QTest::newRow("unknown preset") << QStringList{u"--preset"_s, u"gdpr"_s} << 1;
    QTest::newRow("suggest and preset")
        << QStringList{u"--suggest"_s, u"--preset"_s, u"hipaa-safe-harbor"_s} << 1;
    QTest::newRow("subject pseudonym alone") << QStringList{u"--subject-pseudonym"_s} << 1;
    QTest::newRow("save, then bad set")
        << QStringList{u"--save-template"_s, u"again"_s, u"--set"_s, u"年龄=blur"_s} << 1;
}

void TestCliRules::templateErrorsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString project = sampleProject(50);
    QVERIFY(!project.isEmpty());
    QFile table(path(u"codes.csv"_s));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("I10,circulatory\n");
    table.close();
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--set"_s, u"主要诊断编码=recode:table=codes.csv"_s,
                  u"--save-template"_s, u"codes"_s}).code,
             0);
    QCOMPARE(run({u"rules"_s, project, u"s"_s, u"--clear"_s, u"主要诊断编码"_s, u"--set"_s,
                  u"年龄=bands:width=10"_s}).code,
             0);
    QVERIFY(QFile::remove(path(u"codes.csv"_s))); // the template still names it
    QFile broken(path(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"steward-mask-template\", \"version\": 1,\n \"rules\": [}\n");
    broken.close();

    const int auditBefore = int(auditActions(project).size());
    const CliRun r = run(QStringList{u"rules"_s, project, u"s"_s, u"--json"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY(r.err.contains("error: "));
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QVERIFY(r.json.contains(u"error"_s));
    if (args.contains(u"broken.json"_s))
        QVERIFY2(r.err.startsWith("broken.json:2:"), r.err.constData()); // FILE:LINE:COLUMN
    const CliRun after = run({u"rules"_s, project, u"s"_s, u"--templates"_s, u"--json"_s});
    QCOMPARE(ruleOf(after.json, u"年龄"_s).value(u"operator"_s).toString(), u"bands"_s);
    QCOMPARE(after.json.value(u"templates"_s).toArray().size(), 1);
    QCOMPARE(int(auditActions(project).size()), auditBefore);
    QVERIFY(!QFileInfo::exists(path(u"x.json"_s)));
}

void TestCliRules::presetsSetExpectedRules()
{
    const QString project = sampleProject(300);
    QVERIFY(!project.isEmpty());
    CliRun r = run({u"rules"_s, project, u"s"_s, u"--preset"_s, u"hipaa-safe-harbor"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json.value(u"preset"_s).toString(), u"hipaa-safe-harbor"_s);
    auto op = [&r](const QString &field) {
        return ruleOf(r.json, field).value(u"operator"_s).toString();
    };
    auto param = [&r](const QString &field, const QString &name) {
        return ruleOf(r.json, field).value(u"params"_s).toObject().value(name).toVariant().toString();
    };
    for (const QString &f : {u"住院号"_s, u"姓名"_s, u"身份证号"_s, u"联系电话"_s, u"现住址"_s,
                             u"医保卡号"_s})
        QCOMPARE(op(f), u"drop"_s);
    QCOMPARE(op(u"年龄"_s), u"topcode"_s);
    QCOMPARE(param(u"年龄"_s, u"max"_s), u"90"_s);
    QCOMPARE(param(u"年龄"_s, u"label"_s), u"90+"_s);
    QCOMPARE(op(u"出生日期"_s), u"date"_s);
    QCOMPARE(param(u"出生日期"_s, u"to"_s), u"year"_s);
    QCOMPARE(param(u"入院日期"_s, u"to"_s), u"year"_s);
    QCOMPARE(param(u"出院日期"_s, u"to"_s), u"year"_s);
    QCOMPARE(op(u"邮政编码"_s), u"truncate"_s);
    QCOMPARE(param(u"邮政编码"_s, u"keep"_s), u"3"_s);
    QCOMPARE(op(u"备注"_s), u"scrub"_s);
    QCOMPARE(op(u"主要诊断编码"_s), u"keep"_s);
    QVERIFY(auditActions(project).contains(u"rules.preset"_s));

    r = run({u"rules"_s, project, u"s"_s, u"--preset"_s, u"hipaa-safe-harbor"_s,
             u"--subject-pseudonym"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(op(u"住院号"_s), u"pseudonym"_s);
    QCOMPARE(op(u"医保卡号"_s), u"drop"_s);

    r = run({u"rules"_s, project, u"s"_s, u"--preset"_s, u"gbt39725-controlled"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(op(u"住院号"_s), u"pseudonym"_s);
    QCOMPARE(op(u"姓名"_s), u"drop"_s);
    QCOMPARE(op(u"入院日期"_s), u"shift"_s);
    QCOMPARE(param(u"入院日期"_s, u"subject"_s), u"住院号"_s);
    QCOMPARE(op(u"出生日期"_s), u"date"_s);
    QCOMPARE(op(u"年龄"_s), u"bands"_s);
    QVERIFY(param(u"年龄"_s, u"breaks"_s).endsWith(u",85,90"_s));
    QCOMPARE(op(u"身份证号"_s), u"truncate"_s);
    QCOMPARE(op(u"主要诊断编码"_s), u"recode"_s);
    QCOMPARE(param(u"主要诊断编码"_s, u"table"_s), u"builtin:icd10-category"_s);
    QCOMPARE(op(u"备注"_s), u"scrub"_s);

    // The preset's rules mask: 3-character diagnosis categories, no name column.
    const CliRun masked = run({u"show"_s, project, u"s"_s, u"--masked"_s, u"--limit"_s, u"300"_s,
                               u"--json"_s},
                              u"correct horse"_s);
    QVERIFY2(masked.code == 0, masked.err.constData());
    const QVariantList columns = masked.json.value(u"columns"_s).toArray().toVariantList();
    QVERIFY(!columns.contains(u"姓名"_s));
    const qsizetype dx = columns.indexOf(u"主要诊断编码"_s);
    QVERIFY(dx >= 0);
    int coded = 0;
    for (const QJsonValue &row : masked.json.value(u"rows"_s).toArray()) {
        const QString code = row.toArray().at(dx).toString();
        if (!code.isEmpty()) {
            QCOMPARE(code.size(), 3);
            ++coded;
        }
    }
    QVERIFY(coded > 250);
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"
