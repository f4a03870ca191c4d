// End-to-end tests of `steward-cli profile`, `classify` and `dictionary`: the built binary runs
// through QProcess on real files, and its JSON, exit codes, audit entries and files are checked
// against the contract (shared/docs/cli.md) and the detection quality users rely on.

#include "tests/cli/CliTestSupport.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using steward::clitest::CliRun;

namespace {

using steward::testsupport::strings;

QJsonObject fieldNamed(const QJsonObject &doc, const QString &name)
{
    for (const QJsonValue &v : doc.value(u"fields"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = header.join(u',').toUtf8() + "\n";
    for (const QStringList &r : rows)
        out += r.join(u',').toUtf8() + "\n";
    return out;
}

// An English-header extract: MRN, diagnosis code (one HIV code when asked), department, and
// optionally an email column.
QByteArray englishExtract(int n, bool hiv, bool email, int seed)
{
    static const QStringList codes = {u"I10"_s, u"E11.9"_s, u"J18.0"_s, u"K35.8"_s, u"I25.1"_s};
    static const QStringList departments = {u"Cardiology"_s, u"Respiratory"_s, u"Surgery"_s};
    QStringList header{u"MRN"_s, u"Diagnosis Code"_s, u"Department"_s};
    if (email)
        header << u"Email"_s;
    QList<QStringList> rows;
    for (int i = 0; i < n; ++i) {
        QStringList r{u"MRN%1"_s.arg(700000 + seed * 10000 + i), codes[(i + seed) % codes.size()],
                      departments[(i + seed) % departments.size()]};
        if (hiv && i == n / 3)
            r[1] = u"B20.1"_s;
        if (email)
            r << u"patient%1@example.org"_s.arg(i + seed * 10000);
        rows << r;
    }
    return csv(header, rows);
}

// The second quality-bar dataset: English headers, semicolons, a BOM, CRLF, US phone
// numbers, SSNs, emails, MRNs and free-text notes that sometimes hold a phone or an email.
QByteArray usExtract(int n)
{
    static const QStringList first = {u"James"_s, u"Mary"_s, u"John"_s, u"Patricia"_s, u"Robert"_s,
                                      u"Jennifer"_s, u"Michael"_s, u"Linda"_s, u"William"_s, u"Susan"_s};
    static const QStringList last = {u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s,
                                     u"Garcia"_s, u"Miller"_s, u"Davis"_s, u"Wilson"_s, u"Taylor"_s};
    static const QStringList codes = {u"I10"_s, u"E11.9"_s, u"J18.9"_s, u"K35.80"_s, u"M54.5"_s, u"N39.0"_s};
    static const QStringList departments = {u"Cardiology"_s, u"Oncology"_s, u"Emergency"_s, u"Orthopedics"_s};
    quint64 state = 20240917;
    auto next = [&state](int below) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return int((state >> 33) % quint64(below));
    };
    QString out = QChar(0xFEFF)
        + u"MRN;Patient Name;DOB;Sex;Age;SSN;Phone;Email;ZIP;Admission Date;Department;Diagnosis;"
          "Total Charges;Notes\r\n"_s;
    for (int i = 0; i < n; ++i) {
        const QString fn = first[next(first.size())];
        const QString ln = last[next(last.size())];
        const int year = 1930 + next(85);
        const QString phone = u"(%1) %2-%3"_s.arg(201 + next(700)).arg(200 + next(800)).arg(1000 + next(9000));
        const QString email = u"%1.%2%3@example.com"_s.arg(fn.toLower(), ln.toLower()).arg(next(1000));
        QString note;
        switch (next(4)) {
        case 0: note = u"Patient stable, discharged home with follow-up in 2 weeks."_s; break;
        case 1: note = u"Call back at %1 if symptoms worsen."_s.arg(phone); break;
        case 2: note = u"Family contact %1 informed about discharge."_s.arg(email); break;
        default: note = u"Reviewed labs; no change to medication, continue current plan."_s; break;
        }
        const QStringList row{
            u"MRN%1"_s.arg(1000000 + i), fn + u' ' + ln,
            u"%1-%2-%3"_s.arg(year).arg(1 + next(12), 2, 10, QLatin1Char('0')).arg(1 + next(28), 2, 10, QLatin1Char('0')),
            next(2) ? u"M"_s : u"F"_s, QString::number(2024 - year),
            u"%1-%2-%3"_s.arg(100 + next(700)).arg(10 + next(90)).arg(1000 + next(9000)), phone, email,
            QString::number(10000 + next(90000)),
            u"2024-%1-%2"_s.arg(1 + next(12), 2, 10, QLatin1Char('0')).arg(1 + next(28), 2, 10, QLatin1Char('0')),
            departments[next(departments.size())], codes[next(codes.size())],
            u"%1.%2"_s.arg(500 + next(90000)).arg(next(100), 2, 10, QLatin1Char('0')),
            u'"' + note + u'"'};
        out += row.join(u';') + u"\r\n"_s;
    }
    return out.toUtf8();
}

struct Expect {
    QString field;
    QStringList roles;
    int minGrade;
    int maxGrade;
};

// Checks the suggestions of a `classify --json` document against the expectations: at least
// 95% right roles and grades, and never a direct identifier suggested as `other`.
void checkQualityBar(const QJsonObject &doc, const QList<Expect> &expected)
{
    const QJsonArray fields = doc.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), expected.size());
    int rightRole = 0;
    int rightGrade = 0;
    QStringList problems;
    for (const Expect &e : expected) {
        const QJsonObject f = fieldNamed(doc, e.field);
        QVERIFY2(!f.isEmpty(), qPrintable(e.field));
        for (const char *key : {"name", "role", "grade", "category", "confidence", "evidence", "confirmed"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        const QString role = f.value(u"role"_s).toString();
        const int grade = f.value(u"grade"_s).toInt();
        if (e.roles.contains(role))
            ++rightRole;
        else
            problems << u"%1: role %2"_s.arg(e.field, role);
        if (grade >= e.minGrade && grade <= e.maxGrade)
            ++rightGrade;
        else
            problems << u"%1: grade %2"_s.arg(e.field).arg(grade);
        if (e.roles == QStringList{u"direct"_s})
            QVERIFY2(role != u"other"_s, qPrintable(e.field)); // never a direct identifier as other
        QVERIFY(!f.value(u"confirmed"_s).toBool());
        const double confidence = f.value(u"confidence"_s).toDouble(-1);
        QVERIFY(confidence >= 0.0 && confidence <= 1.0);
        QVERIFY(!f.value(u"evidence"_s).toString().isEmpty());
    }
    QVERIFY2(rightRole * 100 >= 95 * int(expected.size()), qPrintable(problems.join(u"; "_s)));
    QVERIFY2(rightGrade * 100 >= 95 * int(expected.size()), qPrintable(problems.join(u"; "_s)));
    if (!problems.isEmpty())
        qWarning("within the bar, but: %s", qPrintable(problems.join(u"; "_s)));
}

} // namespace

class TestCliClassify : public QObject {
    Q_OBJECT

private slots:
    void init();

    void helpTexts_data();
    void helpTexts();
    void qualityBarOnSample();
    void qualityBarOnUsExtract();
    void profileJson();
    void profileUsesTheImportsMissingMarkers();
    void projectRuleFileTeachesLocalFormats();
    void oneHivCodeTakesGradeFive();
    void overrideNeedsReason_data();
    void overrideNeedsReason();
    void failingAfterTheAnalysisChangesNothing_data();
    void failingAfterTheAnalysisChangesNothing();
    void decisionsAreAudited();
    void confirmAllGivesDatasetGrade();
    void decisionsSurviveReplace();
    void applyFromAnotherDataset();
    void templateFiles();
    void dictionaryFiles();
    void dictionaryUsage_data();
    void dictionaryUsage();
    void textOutput();

private:
    CliRun run(const QStringList &args, int timeoutMs = 120000);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString makeProject();
    void importFile(const QString &project, const QString &file, const QString &name,
                    bool replace = false);
    void writeFile(const QString &name, const QByteArray &bytes);
    QStringList auditActions(const QString &project);
    void failsOnFreshDatasetKeepingNothing(const QStringList &args, int code);

    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestCliClassify::run(const QStringList &args, int timeoutMs)
{
    return steward::clitest::runCli(args, m_dir->path(), {}, timeoutMs);
}

void TestCliClassify::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCliClassify::makeProject()
{
    const QString project = path(u"p.steward"_s);
    const CliRun r = run({u"init"_s, project, u"--json"_s});
    if (r.code != 0)
        qWarning("init failed: %s", r.err.constData());
    return r.code == 0 ? project : QString();
}

void TestCliClassify::importFile(const QString &project, const QString &file, const QString &name,
                                 bool replace)
{
    QStringList args{u"import"_s, project, file, u"--name"_s, name, u"--json"_s};
    if (replace)
        args << u"--replace"_s;
    const CliRun r = run(args);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliClassify::writeFile(const QString &name, const QByteArray &bytes)
{
    QVERIFY(steward::testsupport::writeFile(path(name), bytes));
}

QStringList TestCliClassify::auditActions(const QString &project)
{
    const CliRun r = run({u"audit"_s, project, u"--json"_s});
    QStringList actions;
    for (const QJsonValue &e : r.json.value(u"entries"_s).toArray())
        actions << e.toObject().value(u"action"_s).toString();
    return actions;
}

void TestCliClassify::helpTexts_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("profile") << u"profile"_s << QStringList{u"--refresh"_s, u"--rules"_s};
    QTest::newRow("classify") << u"classify"_s
                              << QStringList{u"--auto"_s, u"--set"_s, u"--reason"_s, u"--confirm"_s,
                                             u"--reopen"_s, u"--from"_s, u"--template"_s,
                                             u"--save-template"_s, u"--rules"_s};
    QTest::newRow("dictionary") << u"dictionary"_s << QStringList{u"--out"_s, u"--format"_s};
}

void TestCliClassify::helpTexts()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const CliRun r = run({u"help"_s, command});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(u"Usage: steward-cli "_s + command), qPrintable(text));
    for (const QString &option : options)
        QVERIFY2(text.contains(u"\n  "_s + option), qPrintable(option));
    QCOMPARE(run({command, u"--help"_s}).out, r.out);
}

// The quality bar on `sample` output, end to end: at least 95% of the fields get the
// right role and a grade in the expected range (domain.md), and no direct identifier is `other`.
void TestCliClassify::qualityBarOnSample()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    const QString file = path(u"sample.csv"_s);
    QCOMPARE(run({u"sample"_s, u"--out"_s, file, u"--rows"_s, u"5000"_s, u"--seed"_s, u"11"_s}).code, 0);
    importFile(project, file, u"inpatients"_s);

    const CliRun r = run({u"classify"_s, project, u"inpatients"_s, u"--auto"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QList<Expect> expected = {
        {u"住院号"_s, {u"direct"_s}, 4, 4},
        {u"姓名"_s, {u"direct"_s}, 4, 4},
        {u"性别"_s, {u"quasi"_s}, 2, 3},
        {u"出生日期"_s, {u"quasi"_s}, 3, 4},
        {u"年龄"_s, {u"quasi"_s}, 2, 3},
        {u"身份证号"_s, {u"direct"_s}, 4, 4},
        {u"联系电话"_s, {u"direct"_s}, 4, 4},
        {u"现住址"_s, {u"direct"_s}, 4, 4},
        {u"邮政编码"_s, {u"quasi"_s}, 2, 3},
        {u"医保卡号"_s, {u"direct"_s}, 4, 4},
        {u"入院日期"_s, {u"quasi"_s}, 3, 3},
        {u"出院日期"_s, {u"quasi"_s}, 3, 3},
        {u"科室"_s, {u"other"_s}, 1, 2},
        {u"主要诊断编码"_s, {u"sensitive"_s}, 5, 5}, // the sample holds HIV and other grade-5 codes
        {u"主要诊断名称"_s, {u"sensitive"_s}, 5, 5},
        {u"总费用"_s, {u"other"_s}, 2, 3},
        {u"检验结果"_s, {u"sensitive"_s, u"other"_s}, 2, 5},
        {u"备注"_s, {u"sensitive"_s}, 3, 5}, // phone numbers and diagnoses in the notes
    };
    checkQualityBar(r.json, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.json.value(u"dataset_grade"_s), QJsonValue()); // nothing confirmed yet
    QCOMPARE(r.json.value(u"suggested_grade"_s).toInt(), 5);
    QCOMPARE(r.json.value(u"needs_decision"_s).toArray().size(), 18);
}

void TestCliClassify::qualityBarOnUsExtract()
{
    const QString project = makeProject();
    writeFile(u"us.csv"_s, usExtract(3000));
    importFile(project, path(u"us.csv"_s), u"us"_s);
    const CliRun r = run({u"classify"_s, project, u"us"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    const QList<Expect> expected = {
        {u"MRN"_s, {u"direct"_s}, 4, 4},
        {u"Patient Name"_s, {u"direct"_s}, 4, 4},
        {u"DOB"_s, {u"quasi"_s}, 3, 4},
        {u"Sex"_s, {u"quasi"_s}, 2, 3},
        {u"Age"_s, {u"quasi"_s}, 2, 3},
        {u"SSN"_s, {u"direct"_s}, 4, 4},
        {u"Phone"_s, {u"direct"_s}, 4, 4},
        {u"Email"_s, {u"direct"_s}, 4, 4},
        {u"ZIP"_s, {u"quasi"_s}, 2, 3},
        {u"Admission Date"_s, {u"quasi"_s}, 3, 3},
        {u"Department"_s, {u"other"_s}, 1, 2},
        {u"Diagnosis"_s, {u"sensitive"_s}, 2, 3}, // ordinary diagnoses only
        {u"Total Charges"_s, {u"other"_s}, 2, 3},
        {u"Notes"_s, {u"sensitive"_s}, 3, 4}, // free text holding phones and emails
    };
    checkQualityBar(r.json, expected);
}

void TestCliClassify::profileJson()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(400, false, true, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const CliRun r = run({u"profile"_s, project, u"e"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"cached"_s).toBool(), false);
    const QJsonArray fields = r.json.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 4);
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"name", "type", "non_empty", "distinct", "sampled", "detectors"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(u"non_empty"_s).toInteger(), 400);
        const QJsonObject detectors = f.value(u"detectors"_s).toObject();
        for (auto it = detectors.begin(); it != detectors.end(); ++it)
            QVERIFY(it.value().toDouble() > 0.0 && it.value().toDouble() <= 1.0); // fractions
    }
    const QJsonObject email = fieldNamed(r.json, u"Email"_s);
    QCOMPARE(email.value(u"distinct"_s).toInteger(), 400);
    QVERIFY(email.value(u"detectors"_s).toObject().value(u"email"_s).toDouble() > 0.99);
    QCOMPARE(fieldNamed(r.json, u"Department"_s).value(u"distinct"_s).toInteger(), 3);
    // The second run comes from the cache; --refresh profiles again.
    QCOMPARE(run({u"profile"_s, project, u"e"_s, u"--json"_s}).json.value(u"cached"_s).toBool(), true);
    QCOMPARE(run({u"profile"_s, project, u"e"_s, u"--refresh"_s, u"--json"_s}).json.value(u"cached"_s).toBool(),
             false);
    const CliRun missing = run({u"profile"_s, project, u"nope"_s, u"--json"_s});
    QCOMPARE(missing.code, 2);
    QCOMPARE(missing.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"bad_input"_s);
}

void TestCliClassify::profileUsesTheImportsMissingMarkers()
{
    // "?" is not a default marker, "NULL" is: imported with --missing "?", the profile counts
    // what the import counted ("?" missing, "NULL" a value), not the defaults.
    const QString project = makeProject();
    writeFile(u"m.csv"_s, "id,code\n1,A\n2,?\n3,?\n4,NULL\n"_ba);
    const CliRun imported = run({u"import"_s, project, path(u"m.csv"_s), u"--name"_s, u"m"_s,
                                 u"--missing"_s, u"?"_s, u"--json"_s});
    QVERIFY2(imported.code == 0, imported.err.constData());
    importFile(project, path(u"m.csv"_s), u"d"_s);
    const CliRun custom = run({u"profile"_s, project, u"m"_s, u"--json"_s});
    QCOMPARE(custom.code, 0);
    QCOMPARE(fieldNamed(custom.json, u"code"_s).value(u"non_empty"_s).toInteger(), 2); // A, NULL
    const CliRun defaults = run({u"profile"_s, project, u"d"_s, u"--json"_s});
    QCOMPARE(defaults.code, 0);
    QCOMPARE(fieldNamed(defaults.json, u"code"_s).value(u"non_empty"_s).toInteger(), 3); // A, ?, ?
}

void TestCliClassify::projectRuleFileTeachesLocalFormats()
{
    // "ZY" + 8 digits under a header no built-in rule knows: not a direct identifier until the
    // project's rule file (PROJECT.rules.json, loaded by the CLI and the GUI) names the format.
    const QString project = makeProject();
    QByteArray csv = "Kennung,Ward\n";
    for (int i = 0; i < 300; ++i)
        csv += "ZY" + QByteArray::number(20240000 + (i % 40) * 7) + ",W" + QByteArray::number(i % 4) + "\n";
    writeFile(u"z.csv"_s, csv);
    importFile(project, path(u"z.csv"_s), u"z"_s);
    const CliRun before = run({u"classify"_s, project, u"z"_s, u"--json"_s});
    QCOMPARE(before.code, 0);
    QVERIFY(fieldNamed(before.json, u"Kennung"_s).value(u"role"_s).toString() != u"direct"_s);

    writeFile(u"p.steward.rules.json"_s, R"({
  "steward_rules": 1,
  "concepts": [{"id": "inpatient_no", "headers": ["Kennung"]}],
  "detectors": [{"id": "zy_inpatient", "concept": "inpatient_no",
                 "label": {"en": "ZY inpatient numbers", "zh": "ZY住院号"},
                 "patterns": [{"regex": "ZY\\d{8}", "length": [10, 10], "first": ["Z"]}],
                 "specificity": 0.95}]
})"_ba);
    const CliRun after = run({u"classify"_s, project, u"z"_s, u"--auto"_s, u"--json"_s});
    QVERIFY2(after.code == 0, after.err.constData());
    QCOMPARE(fieldNamed(after.json, u"Kennung"_s).value(u"role"_s).toString(), u"direct"_s);

    writeFile(u"p.steward.rules.json"_s, "{\n  \"steward_rules\": 1,\n  \"concepts\": [\n"_ba);
    const CliRun broken = run({u"classify"_s, project, u"z"_s, u"--auto"_s, u"--json"_s});
    QCOMPARE(broken.code, 2);
    QVERIFY(broken.json.value(u"error"_s).toObject().value(u"file"_s).toString().endsWith(u"p.steward.rules.json"_s));
}

void TestCliClassify::oneHivCodeTakesGradeFive()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(3000, true, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const CliRun r = run({u"classify"_s, project, u"e"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject dx = fieldNamed(r.json, u"Diagnosis Code"_s);
    QCOMPARE(dx.value(u"role"_s).toString(), u"sensitive"_s);
    QCOMPARE(dx.value(u"grade"_s).toInt(), 5);
    QVERIFY(!dx.value(u"evidence"_s).toString().contains(u"B20.1"_s)); // ranges, never cell values
    QCOMPARE(r.json.value(u"suggested_grade"_s).toInt(), 5);
    // Never profiled before: classify profiled it and said so on stderr.
    QVERIFY(r.err.contains("profiled"));
}

void TestCliClassify::overrideNeedsReason_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("--set without --reason") << QStringList{u"--set"_s, u"Department=quasi:3"_s} << 1;
    QTest::newRow("empty --reason") << QStringList{u"--set"_s, u"Department=quasi:3"_s, u"--reason"_s, u" "_s} << 1;
    QTest::newRow("bad role") << QStringList{u"--set"_s, u"Department=secret:3"_s, u"--reason"_s, u"r"_s} << 1;
    QTest::newRow("bad grade") << QStringList{u"--set"_s, u"Department=quasi:6"_s, u"--reason"_s, u"r"_s} << 1;
    QTest::newRow("bad category") << QStringList{u"--set"_s, u"Department=quasi:3:finance"_s, u"--reason"_s, u"r"_s}
                                  << 1;
    QTest::newRow("no =") << QStringList{u"--set"_s, u"Department"_s, u"--reason"_s, u"r"_s} << 1;
    QTest::newRow("unknown field") << QStringList{u"--set"_s, u"Nope=quasi:3"_s, u"--reason"_s, u"r"_s} << 2;
    QTest::newRow("unknown field to confirm") << QStringList{u"--confirm"_s, u"Nope"_s} << 2;
    QTest::newRow("field twice") << QStringList{u"--confirm"_s, u"MRN"_s, u"--confirm"_s, u"MRN"_s} << 1;
    QTest::newRow("--from and --template") << QStringList{u"--from"_s, u"x"_s, u"--template"_s, u"t.json"_s} << 1;
    QTest::newRow("unknown --from") << QStringList{u"--from"_s, u"nope"_s} << 2;
    QTest::newRow("missing template") << QStringList{u"--template"_s, u"nope.json"_s} << 2;
}

// A failing classify changes nothing: not even the profile cache of a never-profiled dataset.
void TestCliClassify::overrideNeedsReason()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    failsOnFreshDatasetKeepingNothing(QStringList{u"classify"_s} + args, code);
}

// Runs COMMAND (its first word, then the project, dataset "e" and --json, then the rest) on a
// never-profiled dataset: it must fail with CODE, one line of error, and leave no audit entry and
// no profile behind.
void TestCliClassify::failsOnFreshDatasetKeepingNothing(const QStringList &args, int code)
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(200, false, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const QStringList before = auditActions(project);
    QStringList command{args.first(), project, u"e"_s, u"--json"_s};
    command += args.mid(1);
    const CliRun r = run(command);
    QCOMPARE(r.code, code);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QVERIFY(r.json.contains(u"error"_s));
    QVERIFY(r.err.contains("error: "));
    QCOMPARE(r.err.count('\n'), 1); // one line
    QCOMPARE(auditActions(project), before);
    QCOMPARE(run({u"profile"_s, project, u"e"_s, u"--json"_s}).json.value(u"cached"_s).toBool(), false);
}

// Commands that analyse a never-profiled dataset first and fail afterwards keep nothing of the
// analysis either: the analysis and what follows it are one transaction.
void TestCliClassify::failingAfterTheAnalysisChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("dictionary to a missing folder")
        << QStringList{u"dictionary"_s, u"--out"_s, u"no/such/folder/d.csv"_s} << 2;
    QTest::newRow("anonymize weight of a field that is not quasi")
        << QStringList{u"anonymize"_s, u"--k"_s, u"3"_s, u"--weight"_s, u"MRN=2"_s} << 1;
    QTest::newRow("rules suggest then a rule that does not compile")
        << QStringList{u"rules"_s, u"--suggest"_s, u"--set"_s, u"Department=shift"_s} << 1;
}

void TestCliClassify::failingAfterTheAnalysisChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    failsOnFreshDatasetKeepingNothing(args, code);
}

void TestCliClassify::decisionsAreAudited()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(200, false, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const CliRun r = run({u"classify"_s, project, u"e"_s, u"--set"_s, u"Department=quasi:3:health_resource"_s,
                          u"--reason"_s, u"only three departments, one of them tiny"_s, u"--confirm"_s,
                          u"MRN"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject dept = fieldNamed(r.json, u"Department"_s);
    QCOMPARE(dept.value(u"role"_s).toString(), u"quasi"_s);
    QCOMPARE(dept.value(u"grade"_s).toInt(), 3);
    QCOMPARE(dept.value(u"category"_s).toString(), u"health_resource"_s);
    QCOMPARE(dept.value(u"confirmed"_s).toBool(), true);
    QCOMPARE(dept.value(u"decision"_s).toString(), u"overridden"_s);
    QCOMPARE(dept.value(u"reason"_s).toString(), u"only three departments, one of them tiny"_s);
    QVERIFY(!dept.value(u"decided_by"_s).toString().isEmpty());
    QVERIFY(!dept.value(u"decided_at"_s).toString().isEmpty());
    QCOMPARE(fieldNamed(r.json, u"MRN"_s).value(u"decision"_s).toString(), u"confirmed"_s);
    QCOMPARE(strings(r.json.value(u"needs_decision"_s).toArray()), QStringList{u"Diagnosis Code"_s});

    const CliRun audit = run({u"audit"_s, project, u"--verify"_s, u"--json"_s});
    QCOMPARE(audit.code, 0);
    const QJsonArray entries = audit.json.value(u"entries"_s).toArray();
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"classification.decide"_s);
    QCOMPARE(last.value(u"target"_s).toString(), u"e"_s);
    QVERIFY(!last.value(u"user"_s).toString().isEmpty());
    QVERIFY(!last.value(u"at"_s).toString().isEmpty());
    const QString detail = QString::fromUtf8(QJsonDocument(last.value(u"detail"_s).toObject()).toJson());
    QVERIFY2(detail.contains(u"only three departments"_s), qPrintable(detail));
    QVERIFY(!detail.contains(u"MRN7"_s)); // no cell values
    QCOMPARE(entries[entries.size() - 2].toObject().value(u"action"_s).toString(), u"classification.analyze"_s);
}

void TestCliClassify::confirmAllGivesDatasetGrade()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(300, true, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const CliRun r = run({u"classify"_s, project, u"e"_s, u"--set"_s, u"Department=other:1"_s, u"--reason"_s,
                          u"public list"_s, u"--confirm"_s, u"all"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json.value(u"needs_decision"_s).toArray().isEmpty());
    QCOMPARE(r.json.value(u"dataset_grade"_s).toInt(), 5);
    QCOMPARE(fieldNamed(r.json, u"Department"_s).value(u"grade"_s).toInt(), 1);
    for (const QJsonValue &v : r.json.value(u"fields"_s).toArray())
        QVERIFY(v.toObject().value(u"confirmed"_s).toBool());
}

void TestCliClassify::decisionsSurviveReplace()
{
    const QString project = makeProject();
    writeFile(u"jan.csv"_s, englishExtract(500, false, false, 0));
    importFile(project, path(u"jan.csv"_s), u"extract"_s);
    QCOMPARE(run({u"classify"_s, project, u"extract"_s, u"--confirm"_s, u"all"_s, u"--json"_s}).code, 0);

    // Same shape next month: every decision stands.
    writeFile(u"feb.csv"_s, englishExtract(600, false, false, 1));
    importFile(project, path(u"feb.csv"_s), u"extract"_s, true);
    CliRun r = run({u"classify"_s, project, u"extract"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
    QVERIFY(r.json.value(u"needs_decision"_s).toArray().isEmpty());
    for (const QJsonValue &v : r.json.value(u"fields"_s).toArray())
        QVERIFY(v.toObject().value(u"confirmed"_s).toBool());

    // An HIV code arrives: only the diagnosis needs a decision again.
    writeFile(u"mar.csv"_s, englishExtract(600, true, false, 2));
    importFile(project, path(u"mar.csv"_s), u"extract"_s, true);
    r = run({u"classify"_s, project, u"extract"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(strings(r.json.value(u"needs_decision"_s).toArray()), QStringList{u"Diagnosis Code"_s});
    const QJsonObject dx = fieldNamed(r.json, u"Diagnosis Code"_s);
    QVERIFY(dx.value(u"stale"_s).toBool());
    QVERIFY(!dx.value(u"stale_reason"_s).toString().isEmpty());
    QCOMPARE(dx.value(u"suggested"_s).toObject().value(u"grade"_s).toInt(), 5);
}

void TestCliClassify::applyFromAnotherDataset()
{
    const QString project = makeProject();
    writeFile(u"jan.csv"_s, englishExtract(400, false, false, 0));
    importFile(project, path(u"jan.csv"_s), u"january"_s);
    QCOMPARE(run({u"classify"_s, project, u"january"_s, u"--set"_s, u"Department=quasi:3"_s, u"--reason"_s,
                  u"small units"_s, u"--confirm"_s, u"all"_s})
                 .code,
             0);
    writeFile(u"feb.csv"_s, englishExtract(400, true, true, 1));
    importFile(project, path(u"feb.csv"_s), u"february"_s);
    const CliRun r = run({u"classify"_s, project, u"february"_s, u"--from"_s, u"january"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(strings(r.json.value(u"applied"_s).toArray()), (QStringList{u"MRN"_s, u"Department"_s}));
    QCOMPARE(strings(r.json.value(u"changed"_s).toArray()), QStringList{u"Diagnosis Code"_s});
    QCOMPARE(strings(r.json.value(u"added"_s).toArray()), QStringList{u"Email"_s});
    QCOMPARE(strings(r.json.value(u"needs_decision"_s).toArray()),
             (QStringList{u"Diagnosis Code"_s, u"Email"_s}));
    const QJsonObject dept = fieldNamed(r.json, u"Department"_s);
    QCOMPARE(dept.value(u"decision"_s).toString(), u"overridden"_s);
    QCOMPARE(dept.value(u"reason"_s).toString(), u"small units"_s);
    QCOMPARE(dept.value(u"origin"_s).toString(), u"dataset:january"_s);
    QVERIFY(fieldNamed(r.json, u"Diagnosis Code"_s).contains(u"previous"_s));
    QVERIFY(auditActions(project).contains(u"classification.apply"_s));
}

void TestCliClassify::templateFiles()
{
    const QString project = makeProject();
    writeFile(u"jan.csv"_s, englishExtract(400, false, false, 0));
    importFile(project, path(u"jan.csv"_s), u"january"_s);
    const QString tmpl = path(u"monthly.json"_s);
    CliRun r = run({u"classify"_s, project, u"january"_s, u"--confirm"_s, u"all"_s, u"--save-template"_s, tmpl,
                    u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"template_file"_s).toString(), tmpl);
    QFile f(tmpl);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(saved.value(u"format"_s).toString(), u"steward-classification-template"_s);
    QCOMPARE(saved.value(u"fields"_s).toArray().size(), 3);

    writeFile(u"feb.csv"_s, englishExtract(400, false, true, 1));
    importFile(project, path(u"feb.csv"_s), u"february"_s);
    r = run({u"classify"_s, project, u"february"_s, u"--template"_s, tmpl, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(strings(r.json.value(u"needs_decision"_s).toArray()), QStringList{u"Email"_s});
    QCOMPARE(fieldNamed(r.json, u"MRN"_s).value(u"origin"_s).toString(), u"template:january"_s);

    writeFile(u"broken.json"_s, "{\n \"format\": \"steward-classification-template\",\n ]");
    const QStringList before = auditActions(project);
    r = run({u"classify"_s, project, u"february"_s, u"--template"_s, path(u"broken.json"_s), u"--json"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"line"_s).toInt(), 3);
    QVERIFY(r.err.startsWith(path(u"broken.json"_s).toUtf8() + ":3:"));
    QCOMPARE(auditActions(project), before);
}

void TestCliClassify::dictionaryFiles()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(300, true, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    QCOMPARE(run({u"classify"_s, project, u"e"_s, u"--set"_s, u"Department=quasi:3"_s, u"--reason"_s,
                  u"small, rare units"_s})
                 .code,
             0);
    const QString out = path(u"dict.csv"_s);
    CliRun r = run({u"dictionary"_s, project, u"e"_s, u"--out"_s, out, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"file"_s).toString(), out);
    QCOMPARE(r.json.value(u"fields"_s).toInt(), 3);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(u"field,type,role,category,grade,confidence,evidence,decision,reason,decided_by,decided_at"_s));
    QVERIFY(lines[2].startsWith(u"Diagnosis Code,text,sensitive,health_status,5,"_s));
    QVERIFY2(lines[3].startsWith(u"Department,text,quasi,"_s), qPrintable(lines[3]));
    QVERIFY(lines[3].contains(u",overridden,\"small, rare units\","_s));
    QCOMPARE(auditActions(project).last(), u"dictionary.export"_s);

    const QString json = path(u"dict.json"_s);
    r = run({u"dictionary"_s, project, u"e"_s, u"--out"_s, json, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"format"_s).toString(), u"json"_s);
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(j.readAll()).object();
    const QJsonArray fields = doc.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 3);
    const QJsonObject dept = fields[2].toObject();
    QCOMPARE(dept.value(u"field"_s).toString(), u"Department"_s);
    QCOMPARE(dept.value(u"decision"_s).toString(), u"overridden"_s);
    QCOMPARE(dept.value(u"reason"_s).toString(), u"small, rare units"_s);
    QVERIFY(!dept.value(u"decided_by"_s).toString().isEmpty());
    QCOMPARE(doc.value(u"grade"_s).toInt(), 3);
}

void TestCliClassify::dictionaryUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no --out") << QStringList{} << 1;
    QTest::newRow("bad format") << QStringList{u"--out"_s, u"d.xml"_s, u"--format"_s, u"xml"_s} << 1;
    QTest::newRow("unwritable") << QStringList{u"--out"_s, u"no/such/dir/d.csv"_s} << 2;
}

void TestCliClassify::dictionaryUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(50, false, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    const QStringList before = auditActions(project);
    const CliRun r = run(QStringList{u"dictionary"_s, project, u"e"_s, u"--json"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY(r.json.contains(u"error"_s));
    QCOMPARE(auditActions(project), before);
}

void TestCliClassify::textOutput()
{
    const QString project = makeProject();
    writeFile(u"e.csv"_s, englishExtract(100, false, false, 0));
    importFile(project, path(u"e.csv"_s), u"e"_s);
    CliRun r = run({u"classify"_s, project, u"e"_s, u"--confirm"_s, u"MRN"_s});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"Dataset grade: 4"_s), qPrintable(text));
    QVERIFY(text.contains(u"2 of 3 fields need a decision"_s));
    QVERIFY(text.contains(u"Direct identifier"_s));
    QVERIFY(text.contains(u"Department"_s));
    r = run({u"profile"_s, project, u"e"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"from the project's cache"_s));
    r = run({u"dictionary"_s, project, u"e"_s, u"--out"_s, u"d.json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(u"Wrote the data dictionary"_s));
}

QTEST_GUILESS_MAIN(TestCliClassify)
#include "test_cli_classify.moc"
