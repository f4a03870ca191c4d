// End-to-end tests of `steward-cli risk` utility figures and of the stored record suppression:
// information loss per field and in total, suppressed cells, and `show --masked`
// leaving suppressed records out, on a six-record table whose figures are computed by hand.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

class TestCliRisk : public QObject {
    Q_OBJECT

private slots:
    void init();
    void lossAndSuppressedCells();
    void storedSuppressionLeavesRecordsOut();
    void populationRisk();
    void populationOptionsAreExclusive();

private:
    CliRun run(const QStringList &args) { return steward::clitest::runCli(args, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliRisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile f(path(u"t.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Bands of 10 years and 3-digit prefixes: masked classes {1,2} {3} {4,5} {6}.
    f.write("id,age,sex,zip,dx\n1,34,M,310012,A\n2,36,M,310013,B\n3,38,F,310014,A\n"
            "4,51,F,320001,C\n5,55,F,320002,C\n6,59,M,320003,A\n");
    f.close();
    m_project = path(u"p.steward"_s);
    QCOMPARE(run({u"init"_s, m_project}).code, 0);
    QCOMPARE(run({u"import"_s, m_project, path(u"t.csv"_s), u"--name"_s, u"t"_s}).code, 0);
    QCOMPARE(run({u"rules"_s, m_project, u"t"_s, u"--set"_s, u"id=drop"_s, u"--set"_s,
                  u"age=bands:width=10"_s, u"--set"_s, u"zip=truncate:keep=3"_s, u"--set"_s,
                  u"dx=suppress"_s})
                 .code,
             0);
}

void TestCliRisk::lossAndSuppressedCells()
{
    const CliRun r = run({u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                          u"--sensitive"_s, u""_s, u"--k"_s, u"2"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
    QCOMPARE(r.json.value(u"classes"_s).toInt(), 4);
    const QJsonObject loss = r.json.value(u"field_loss"_s).toObject();
    QCOMPARE(loss.value(u"age"_s).toDouble(), 0.4); // (3-1)/(6-1) per cell
    QCOMPARE(loss.value(u"zip"_s).toDouble(), 0.4);
    QCOMPARE(loss.value(u"sex"_s).toDouble(), 0.0);
    QCOMPARE(loss.value(u"id"_s).toDouble(), 1.0);
    QCOMPARE(loss.value(u"dx"_s).toDouble(), 1.0);
    QVERIFY(qAbs(r.json.value(u"total_loss"_s).toDouble() - 0.8 / 3.0) < 1e-9);
    QCOMPARE(r.json.value(u"suppressed_cells"_s).toInt(), 6);
    QCOMPARE(r.json.value(u"suppressed_records"_s).toInt(), 0);

    const CliRun text = run({u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                             u"--sensitive"_s, u""_s, u"--k"_s, u"2"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Information loss"));
    QVERIFY(!text.out.contains("310012")); // no cell values in the report
}

void TestCliRisk::storedSuppressionLeavesRecordsOut()
{
    // Height-1 hierarchies: age to decades, zip to 3-digit prefixes, sex to "*".
    QFile age(path(u"age.csv"_s));
    QVERIFY(age.open(QIODevice::WriteOnly));
    age.write("34;30-39;*\n36;30-39;*\n38;30-39;*\n51;50-59;*\n55;50-59;*\n59;50-59;*\n");
    age.close();
    QFile zip(path(u"zip.csv"_s));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write("310012;310;*\n310013;310;*\n310014;310;*\n320001;320;*\n320002;320;*\n320003;320;*\n");
    zip.close();
    QFile sex(path(u"sex.csv"_s));
    QVERIFY(sex.open(QIODevice::WriteOnly));
    sex.write("M;*\nF;*\n");
    sex.close();
    // At k=2 with a 50 % limit the least loss is age and zip at level 1, sex kept, records 3 and 6
    // suppressed (mean loss (0.6+1/3+0.6)/3) rather than sex generalised away too (0.6).
    const CliRun a = run({u"anonymize"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                          u"--k"_s, u"2"_s, u"--max-suppression"_s, u"50"_s, u"--hierarchy"_s,
                          u"age="_s + path(u"age.csv"_s), u"--hierarchy"_s,
                          u"zip="_s + path(u"zip.csv"_s), u"--hierarchy"_s,
                          u"sex="_s + path(u"sex.csv"_s), u"--json"_s});
    QCOMPARE(a.code, 0);
    const int suppressed = a.json.value(u"suppressed"_s).toInt();
    QCOMPARE(suppressed, 2);
    QVERIFY(a.json.value(u"suppression_stored"_s).toBool());

    const CliRun r = run({u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                          u"--sensitive"_s, u""_s, u"--k"_s, u"2"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(u"suppressed_records"_s).toInt(), suppressed);
    QCOMPARE(r.json.value(u"records_below_k"_s).toInt(), 0);
    QVERIFY(r.json.value(u"min_class"_s).toInt() >= 2);

    const CliRun s = run({u"show"_s, m_project, u"t"_s, u"--masked"_s, u"--json"_s});
    QCOMPARE(s.code, 0);
    QCOMPARE(s.json.value(u"suppressed_records"_s).toInt(), suppressed);
    QCOMPARE(s.json.value(u"rows"_s).toArray().size(), 6 - suppressed);
    QCOMPARE(s.json.value(u"row_numbers"_s).toArray().size(), 6 - suppressed);
    const CliRun text = run({u"show"_s, m_project, u"t"_s, u"--masked"_s});
    QVERIFY(text.out.contains("left out by the record suppression"));
}

// The masked classes have sizes 1, 1, 2, 2 (n = 6, u = 4, two sample uniques).
void TestCliRisk::populationRisk()
{
    const QStringList base{u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                           u"--sensitive"_s, u""_s, u"--json"_s};
    // The whole population: the sample uniques are the population uniques (2 of 6), the
    // journalist risk is the prosecutor risk.
    const CliRun all = run(base + QStringList{u"--sampling-fraction"_s, u"1"_s});
    QCOMPARE(all.code, 0);
    QVERIFY(qAbs(all.json.value(u"population_uniques"_s).toDouble() - 2.0 / 6.0) < 1e-6);
    QCOMPARE(all.json.value(u"journalist_risk_max"_s).toDouble(), 1.0);
    QVERIFY(qAbs(all.json.value(u"journalist_risk_avg"_s).toDouble() - 4.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(all.json.value(u"marketer_risk"_s).toDouble() - 4.0 / 6.0) < 1e-9);

    // N = 12 (π = 1/2). Zayatz: H₁(1) = 6/12, H₂(1) = 2·C(10,5)/C(12,6) = 6/11,
    // P = (2/4·1/2) / (2/4·1/2 + 2/4·6/11) = 11/23, uniques 2·(11/23)/(1/2) = 44/23 of 12 people.
    const CliRun half = run(base + QStringList{u"--population-size"_s, u"12"_s});
    QCOMPARE(half.code, 0);
    QCOMPARE(half.json.value(u"population_size"_s).toDouble(), 12.0);
    QCOMPARE(half.json.value(u"sampling_fraction"_s).toDouble(), 0.5);
    const QJsonObject estimates = half.json.value(u"population_estimates"_s).toObject();
    QVERIFY(estimates.contains(u"pitman"_s) && estimates.contains(u"snb"_s));
    QVERIFY(qAbs(estimates.value(u"zayatz"_s).toDouble() - 11.0 / 69.0) < 1e-9);
    // Above 10 % the smaller of Zayatz and SNB.
    const QString model = half.json.value(u"population_model"_s).toString();
    QVERIFY2(model == u"zayatz"_s || model == u"snb"_s, qPrintable(model));
    QVERIFY(half.json.value(u"population_uniques"_s).toDouble() <= 11.0 / 69.0 + 1e-12);
    QCOMPARE(half.json.value(u"population_uniques"_s).toDouble(),
             estimates.value(model).toDouble());
    // A unique whose class has one more member in the population for each sampled one:
    // E[1/F] = −½·ln ½ / ½ = ln 2.
    QVERIFY(qAbs(half.json.value(u"journalist_risk_max"_s).toDouble() - std::log(2.0)) < 1e-9);

    // Without the options the keys are absent (the existing report is unchanged).
    const CliRun none = run(base);
    QCOMPARE(none.code, 0);
    QVERIFY(!none.json.contains(u"population_uniques"_s));

    const CliRun text = run({u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s,
                             u"--sensitive"_s, u""_s, u"--population-size"_s, u"1200"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("Estimated population uniques:"), text.out.constData());
    QVERIFY(text.out.contains("(Pitman)") || text.out.contains("(Zayatz)"));
    QVERIFY(text.out.contains("Journalist risk max"));
    QVERIFY(text.out.contains("1,200"));
}

void TestCliRisk::populationOptionsAreExclusive()
{
    const QStringList base{u"risk"_s, m_project, u"t"_s, u"--quasi"_s, u"age,sex,zip"_s};
    const CliRun both = run(base + QStringList{u"--population-size"_s, u"100"_s,
                                               u"--sampling-fraction"_s, u"0.1"_s});
    QCOMPARE(both.code, 1);
    QVERIFY(both.err.contains("--population-size"));
    QCOMPARE(run(base + QStringList{u"--sampling-fraction"_s, u"0"_s}).code, 1);
    QCOMPARE(run(base + QStringList{u"--sampling-fraction"_s, u"1.5"_s}).code, 1);
    QCOMPARE(run(base + QStringList{u"--sampling-fraction"_s, u"abc"_s}).code, 1);
    QCOMPARE(run(base + QStringList{u"--population-size"_s, u"-4"_s}).code, 1);
    // Fewer people than records measured.
    const CliRun small = run(base + QStringList{u"--population-size"_s, u"3"_s});
    QCOMPARE(small.code, 1);
    QVERIFY(!small.err.contains("310012"));
}

QTEST_GUILESS_MAIN(TestCliRisk)
#include "test_cli_risk.moc"
