// End-to-end tests of steward-cli: the built binary runs through QProcess on real files in a
// temporary directory, and its stdout, stderr, JSON and exit codes are checked against the
// contract (shared/docs/cli.md).

#include "tests/cli/CliTestSupport.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "tests/support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace steward;

using steward::clitest::CliRun;

namespace {

// Independent RFC 4180 reader for checking what `show` prints against the sample file.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            quoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            quoted = false;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

using steward::testsupport::sha256;
using steward::testsupport::strings;

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpTexts_data();
    void helpTexts();
    void generalHelp();
    void version();

    void usageErrors_data();
    void usageErrors();

    void sample();
    void importFormats_data();
    void importFormats();
    void lifecycle();
    void replaceKeepsVersions();
    void showTextAndPaging();

    void badInput_data();
    void badInput();
    void badProject_data();
    void badProject();
    void projectInUse();
    void unknownDataset_data();
    void unknownDataset();
    void maskedWithoutRulesKeepsEverything();
    void auditDetectsTampering();
    void textOutputSaysOneEntry();
    void sigintCancelsImport();

private:
    CliRun run(const QStringList &args, int timeoutMs = 120000);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString makeProject(const QString &name = QStringLiteral("p.steward"));
    QString makeSample(const QString &name, int rows, quint64 seed, bool gb18030 = false);
    void writeFile(const QString &name, const QByteArray &bytes);
    QJsonArray datasets(const QString &project);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_commands;
};

CliRun TestCli::run(const QStringList &args, int timeoutMs)
{
    return steward::clitest::runCli(args, m_dir->path(), {}, timeoutMs);
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(STEWARD_CLI_PATH)), STEWARD_CLI_PATH);
    m_commands = {QStringLiteral("init"),   QStringLiteral("sample"),   QStringLiteral("import"),
                  QStringLiteral("preview"), QStringLiteral("sheets"),  QStringLiteral("datasets"),
                  QStringLiteral("show"),   QStringLiteral("rename"),   QStringLiteral("delete"),
                  QStringLiteral("audit"),  QStringLiteral("profile"),  QStringLiteral("classify"),
                  QStringLiteral("keygen"), QStringLiteral("trust add"), QStringLiteral("trust list"),
                  QStringLiteral("trust remove"),
                  QStringLiteral("dictionary"), QStringLiteral("rules"), QStringLiteral("risk"),
                  QStringLiteral("anonymize"), QStringLiteral("hierarchy"), QStringLiteral("secret"),
                  QStringLiteral("compact"), QStringLiteral("release create"),
                  QStringLiteral("release list"), QStringLiteral("release show"),
                  QStringLiteral("release set"), QStringLiteral("release delete"),
                  QStringLiteral("release check"), QStringLiteral("release status"),
                  QStringLiteral("release submit"), QStringLiteral("release decide"),
                  QStringLiteral("release report"), QStringLiteral("review"),
                  QStringLiteral("export"), QStringLiteral("verify"),
                  QStringLiteral("dsa"), QStringLiteral("dpia"),
                  QStringLiteral("consent attach"), QStringLiteral("consent show"),
                  QStringLiteral("consent detach")};
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCli::makeProject(const QString &name)
{
    const QString project = path(name);
    const CliRun r = run({QStringLiteral("init"), project, QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("init failed: %s", r.err.constData());
    return r.code == 0 ? project : QString();
}

QString TestCli::makeSample(const QString &name, int rows, quint64 seed, bool gb18030)
{
    const QString file = path(name);
    QStringList args{QStringLiteral("sample"), QStringLiteral("--out"), file, QStringLiteral("--rows"),
                     QString::number(rows), QStringLiteral("--seed"), QString::number(seed)};
    if (gb18030)
        args << QStringLiteral("--encoding") << QStringLiteral("gb18030");
    const CliRun r = run(args);
    if (r.code != 0)
        qWarning("sample failed: %s", r.err.constData());
    return r.code == 0 ? file : QString();
}

void TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    QVERIFY(testsupport::writeFile(path(name), bytes));
}

QJsonArray TestCli::datasets(const QString &project)
{
    const CliRun r = run({QStringLiteral("datasets"), project, QStringLiteral("--json")});
    if (r.code != 0 || !r.jsonProblem.isEmpty())
        qWarning("datasets failed: %s", r.err.constData());
    return r.json.value(QStringLiteral("datasets")).toArray();
}

// ---------------------------------------------------------------------------------------------
// Help

void TestCli::helpTexts_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("init") << QStringLiteral("init") << QStringList{QStringLiteral("--title")};
    QTest::newRow("sample") << QStringLiteral("sample")
                            << QStringList{QStringLiteral("--out"), QStringLiteral("--rows"),
                                           QStringLiteral("--seed"), QStringLiteral("--encoding")};
    QTest::newRow("import") << QStringLiteral("import")
                            << QStringList{QStringLiteral("--name"), QStringLiteral("--encoding"),
                                           QStringLiteral("--delimiter"), QStringLiteral("--no-header"),
                                           QStringLiteral("--sheet"), QStringLiteral("--replace"),
                                           QStringLiteral("--missing")};
    QTest::newRow("preview") << QStringLiteral("preview")
                             << QStringList{QStringLiteral("--encoding"), QStringLiteral("--rows")};
    QTest::newRow("sheets") << QStringLiteral("sheets") << QStringList{};
    QTest::newRow("datasets") << QStringLiteral("datasets") << QStringList{};
    QTest::newRow("show") << QStringLiteral("show")
                          << QStringList{QStringLiteral("--offset"), QStringLiteral("--limit"),
                                         QStringLiteral("--masked")};
    QTest::newRow("rename") << QStringLiteral("rename") << QStringList{};
    QTest::newRow("delete") << QStringLiteral("delete") << QStringList{};
    QTest::newRow("audit") << QStringLiteral("audit") << QStringList{QStringLiteral("--verify")};
    QTest::newRow("dsa") << QStringLiteral("dsa")
                         << QStringList{QStringLiteral("--pdf"), QStringLiteral("--html"),
                                        QStringLiteral("--json-file"), QStringLiteral("--lang"),
                                        QStringLiteral("--import"), QStringLiteral("--set"),
                                        QStringLiteral("--completeness"), QStringLiteral("--refresh"),
                                        QStringLiteral("--versions"), QStringLiteral("--restore")};
    QTest::newRow("dpia") << QStringLiteral("dpia")
                          << QStringList{QStringLiteral("--pdf"), QStringLiteral("--completeness")};
}

void TestCli::helpTexts()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const CliRun viaHelp = run({QStringLiteral("help"), command});
    const CliRun viaOption = run({command, QStringLiteral("--help")});
    QCOMPARE(viaHelp.code, 0);
    QCOMPARE(viaOption.code, 0);
    QCOMPARE(viaHelp.out, viaOption.out);
    const QString text = QString::fromUtf8(viaHelp.out);
    QVERIFY2(text.startsWith(QStringLiteral("Usage: steward-cli ") + command), qPrintable(text));
    for (const QString &option : options + QStringList{QStringLiteral("--json"), QStringLiteral("--help")})
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  (-h, )?") + QRegularExpression::escape(option) + QStringLiteral("\\b"))
                     .match(text).hasMatch(),
                 qPrintable(option));
    QVERIFY(text.contains(QStringLiteral("Exit codes:")));

    const CliRun json = run({QStringLiteral("help"), command, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QVERIFY2(json.jsonProblem.isEmpty(), qPrintable(json.jsonProblem));
    QCOMPARE(json.json.value(QStringLiteral("command")).toString(), command);
    QStringList names;
    for (const QJsonValue &o : json.json.value(QStringLiteral("options")).toArray())
        names << o.toObject().value(QStringLiteral("name")).toString();
    for (const QString &option : options)
        QVERIFY(names.contains(option));
}

void TestCli::generalHelp()
{
    const CliRun r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString &command : std::as_const(m_commands))
        QVERIFY2(text.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')), qPrintable(command));
    QCOMPARE(run({QStringLiteral("help")}).out, r.out);

    const CliRun json = run({QStringLiteral("--help"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QVERIFY(json.jsonProblem.isEmpty());
    QCOMPARE(json.json.value(QStringLiteral("commands")).toArray().size(), m_commands.size());
}

void TestCli::version()
{
    const CliRun r = run({QStringLiteral("--version"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json.value(QStringLiteral("version")).toString(), QStringLiteral(STEWARD_VERSION));
}

// ---------------------------------------------------------------------------------------------
// Usage errors: exit 1, one line on stderr, the JSON error document on stdout.

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("help for unknown command") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("datasets"), QStringLiteral("x.steward"),
                                                   QStringLiteral("--frobnicate")};
    QTest::newRow("abbreviated option") << QStringList{QStringLiteral("init"), QStringLiteral("x.steward"),
                                                       QStringLiteral("--tit"), QStringLiteral("T")};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("import"), QStringLiteral("x.steward")};
    QTest::newRow("too many arguments") << QStringList{QStringLiteral("datasets"), QStringLiteral("a"),
                                                       QStringLiteral("b")};
    QTest::newRow("option without value") << QStringList{QStringLiteral("sample"), QStringLiteral("--out")};
    QTest::newRow("option followed by option") << QStringList{QStringLiteral("init"), QStringLiteral("x.steward"),
                                                              QStringLiteral("--title"), QStringLiteral("--help")};
    QTest::newRow("option twice") << QStringList{QStringLiteral("sample"), QStringLiteral("--out"),
                                                 QStringLiteral("a.csv"), QStringLiteral("--out"),
                                                 QStringLiteral("b.csv")};
    QTest::newRow("sample without --out") << QStringList{QStringLiteral("sample")};
    QTest::newRow("rows not a number") << QStringList{QStringLiteral("sample"), QStringLiteral("--out"),
                                                      QStringLiteral("a.csv"), QStringLiteral("--rows"),
                                                      QStringLiteral("many")};
    QTest::newRow("negative rows") << QStringList{QStringLiteral("sample"), QStringLiteral("--out"),
                                                  QStringLiteral("a.csv"), QStringLiteral("--rows=-5")};
    QTest::newRow("bad sample encoding") << QStringList{QStringLiteral("sample"), QStringLiteral("--out"),
                                                        QStringLiteral("a.csv"), QStringLiteral("--encoding"),
                                                        QStringLiteral("latin1")};
    QTest::newRow("bad import encoding") << QStringList{QStringLiteral("import"), QStringLiteral("p.steward"),
                                                        QStringLiteral("a.csv"), QStringLiteral("--encoding"),
                                                        QStringLiteral("ebcdic")};
    QTest::newRow("bad delimiter") << QStringList{QStringLiteral("import"), QStringLiteral("p.steward"),
                                                  QStringLiteral("a.csv"), QStringLiteral("--delimiter"),
                                                  QStringLiteral("colon")};
    QTest::newRow("negative offset") << QStringList{QStringLiteral("show"), QStringLiteral("p.steward"),
                                                    QStringLiteral("d"), QStringLiteral("--offset=-1")};
    QTest::newRow("flag with value") << QStringList{QStringLiteral("audit"), QStringLiteral("p.steward"),
                                                    QStringLiteral("--verify=yes")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun text = run(args);
    QCOMPARE(text.code, 1);
    QVERIFY(text.out.isEmpty());
    const QList<QByteArray> lines = text.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("error: "), text.err.constData());

    const CliRun json = run(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.code, 1);
    QVERIFY2(json.jsonProblem.isEmpty(), qPrintable(json.jsonProblem + QString::fromUtf8(json.out)));
    const QJsonObject error = json.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(json.json.keys(), QStringList{QStringLiteral("error")});
    // Nothing was created by a failing command.
    QVERIFY(!QFile::exists(path(QStringLiteral("a.csv"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.steward"))));
}

// ---------------------------------------------------------------------------------------------
// sample, import, datasets, show, rename, delete, audit

void TestCli::sample()
{
    const QString file = path(QStringLiteral("s.csv"));
    const CliRun r = run({QStringLiteral("sample"), QStringLiteral("--out"), file, QStringLiteral("--rows"),
                          QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("9"),
                          QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.jsonProblem.isEmpty());
    QCOMPARE(r.json.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(r.json.value(QStringLiteral("rows")).toInteger(), 250);
    QVERIFY(r.err.isEmpty());
    const QByteArray first = sha256(file);
    QVERIFY(!first.isEmpty());
    // Deterministic, and the same as a second run.
    QCOMPARE(run({QStringLiteral("sample"), QStringLiteral("--out"), file, QStringLiteral("--rows"),
                  QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("9")})
                 .code,
             0);
    QCOMPARE(sha256(file), first);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(f.readAll())).size(), 251);

    // A folder that does not exist: a failure, no JSON success document.
    const CliRun bad = run({QStringLiteral("sample"), QStringLiteral("--out"), path(QStringLiteral("no/such/dir.csv")),
                            QStringLiteral("--json")});
    QVERIFY(bad.code != 0);
    QVERIFY(bad.json.contains(QStringLiteral("error")));
}

void TestCli::importFormats_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("firstColumn");

    QTest::newRow("utf-8 sample") << QStringLiteral("utf8") << QStringList{} << qint64(1500) << 18
                                  << QStringLiteral("utf-8") << QStringLiteral("comma") << QStringLiteral("住院号");
    QTest::newRow("gb18030 sample") << QStringLiteral("gb18030") << QStringList{} << qint64(1500) << 18
                                    << QStringLiteral("gb18030") << QStringLiteral("comma") << QStringLiteral("住院号");
    QTest::newRow("gb18030 sample, encoding given") << QStringLiteral("gb18030")
                                                    << QStringList{QStringLiteral("--encoding"), QStringLiteral("gb18030")}
                                                    << qint64(1500) << 18 << QStringLiteral("gb18030")
                                                    << QStringLiteral("comma") << QStringLiteral("住院号");
    QTest::newRow("tsv") << QStringLiteral("tsv") << QStringList{} << qint64(3) << 3 << QStringLiteral("utf-8")
                         << QStringLiteral("tab") << QStringLiteral("姓名");
    QTest::newRow("tsv without header") << QStringLiteral("tsv") << QStringList{QStringLiteral("--no-header")}
                                        << qint64(4) << 3 << QStringLiteral("utf-8") << QStringLiteral("tab")
                                        << QStringLiteral("column_1");
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringList{} << qint64(4) << 16 << QStringLiteral("xlsx")
                          << QString() << QStringLiteral("姓名");
    QTest::newRow("xlsx second sheet") << QStringLiteral("xlsx-sheets")
                                       << QStringList{QStringLiteral("--sheet"), QStringLiteral("Visits")}
                                       << qint64(3) << 2 << QStringLiteral("xlsx") << QString()
                                       << QStringLiteral("visit");
}

void TestCli::importFormats()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, extra);
    QFETCH(qint64, rows);
    QFETCH(int, columns);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, firstColumn);

    // The file and the records `show` must print.
    QString file;
    QList<QStringList> expected; // data records, when known
    const QString tsv = QStringLiteral("姓名\t年龄\t备注\n张三\t45\t青霉素过敏\n欧阳娜娜\t8\t\n李四\t67\t复查，门诊随访\n");
    if (kind == QLatin1String("utf8") || kind == QLatin1String("gb18030")) {
        file = makeSample(kind + QStringLiteral(".csv"), 1500, 4, kind == QLatin1String("gb18030"));
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringDecoder decoder(kind == QLatin1String("gb18030") ? "GB18030" : "UTF-8");
        expected = parseCsv(decoder.decode(f.readAll()));
        expected.removeFirst();
    } else if (kind == QLatin1String("tsv")) {
        writeFile(QStringLiteral("patients.tsv"), tsv.toUtf8());
        file = path(QStringLiteral("patients.tsv"));
        for (const QString &line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            expected << line.split(QLatin1Char('\t'));
        if (!extra.contains(QStringLiteral("--no-header")))
            expected.removeFirst();
    } else {
        const QString name = kind == QLatin1String("xlsx") ? QStringLiteral("basic.xlsx") : QStringLiteral("two-sheets.xlsx");
        const QString fixture = QStringLiteral(STEWARD_TEST_DATA_DIR "/xlsx/") + name;
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        file = path(name);
        QVERIFY(QFile::copy(fixture, file));
    }

    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    const CliRun imported = run(QStringList{QStringLiteral("import"), project, file, QStringLiteral("--name"),
                                            QStringLiteral("d"), QStringLiteral("--json")}
                                + extra);
    QVERIFY2(imported.code == 0, imported.err.constData());
    QVERIFY2(imported.jsonProblem.isEmpty(), qPrintable(imported.jsonProblem));
    QVERIFY(imported.err.isEmpty()); // stderr is not a terminal: no progress
    const QJsonObject &j = imported.json;
    QCOMPARE(j.value(QStringLiteral("dataset")).toString(), QStringLiteral("d"));
    QCOMPARE(j.value(QStringLiteral("rows")).toInteger(), rows);
    const QJsonArray cols = j.value(QStringLiteral("columns")).toArray();
    QCOMPARE(cols.size(), columns);
    QCOMPARE(cols.first().toObject().value(QStringLiteral("name")).toString(), firstColumn);
    for (const QJsonValue &c : cols) {
        const QString type = c.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(QStringList({QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("date"),
                              QStringLiteral("datetime"), QStringLiteral("boolean"), QStringLiteral("text")})
                     .contains(type),
                 qPrintable(type));
    }
    QCOMPARE(j.value(QStringLiteral("encoding")).toString(), encoding);
    QCOMPARE(j.value(QStringLiteral("delimiter")).toString(), delimiter);

    if (kind == QLatin1String("utf8") || kind == QLatin1String("gb18030")) {
        QHash<QString, QString> types;
        for (const QJsonValue &c : cols)
            types.insert(c.toObject().value(QStringLiteral("name")).toString(),
                         c.toObject().value(QStringLiteral("type")).toString());
        QCOMPARE(types.value(QStringLiteral("出生日期")), QStringLiteral("date"));
        QCOMPARE(types.value(QStringLiteral("入院日期")), QStringLiteral("date"));
        QCOMPARE(types.value(QStringLiteral("年龄")), QStringLiteral("integer"));
        QCOMPARE(types.value(QStringLiteral("总费用")), QStringLiteral("decimal"));
        QCOMPARE(types.value(QStringLiteral("姓名")), QStringLiteral("text"));
        QCOMPARE(types.value(QStringLiteral("备注")), QStringLiteral("text"));
    }

    // datasets lists it.
    const QJsonArray list = datasets(project);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("d"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("rows")).toInteger(), rows);
    QCOMPARE(list.first().toObject().value(QStringLiteral("columns")).toInt(), columns);

    // show gives the cells back exactly, Chinese text, quotes and line breaks included.
    const CliRun shown = run({QStringLiteral("show"), project, QStringLiteral("d"), QStringLiteral("--json")});
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.jsonProblem.isEmpty(), qPrintable(shown.jsonProblem));
    const QJsonArray shownRows = shown.json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(shownRows.size(), std::min<qint64>(rows, 100));
    QCOMPARE(strings(shown.json.value(QStringLiteral("columns")).toArray()).size(), columns);
    if (!expected.isEmpty()) {
        for (qsizetype i = 0; i < shownRows.size(); ++i)
            QCOMPARE(strings(shownRows[i].toArray()), expected[i]);
    }
    if (kind == QLatin1String("xlsx"))
        QCOMPARE(shownRows.first().toArray().first().toString(), QStringLiteral("张三"));
}

void TestCli::lifecycle()
{
    const QString file = makeSample(QStringLiteral("inpatients.csv"), 300, 2);
    QVERIFY(!file.isEmpty());
    const QString project = path(QStringLiteral("life.steward"));

    const CliRun created = run({QStringLiteral("init"), project, QStringLiteral("--title"), QStringLiteral("住院数据"),
                                QStringLiteral("--json")});
    QCOMPARE(created.code, 0);
    QCOMPARE(created.json.value(QStringLiteral("project")).toString(), project);
    QVERIFY(created.json.value(QStringLiteral("schema_version")).toInt() >= 1);
    QCOMPARE(QFile::permissions(project) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // init refuses an existing file.
    const QByteArray before = sha256(project);
    const CliRun again = run({QStringLiteral("init"), project, QStringLiteral("--json")});
    QCOMPARE(again.code, 2);
    QCOMPARE(again.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("bad_input"));
    QCOMPARE(sha256(project), before);

    QCOMPARE(datasets(project).size(), 0);
    const CliRun imported = run({QStringLiteral("import"), project, file, QStringLiteral("--json")});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.json.value(QStringLiteral("dataset")).toString(), QStringLiteral("inpatients"));

    // Importing under an existing name without --replace fails and changes nothing.
    const QJsonArray listed = datasets(project);
    const CliRun clash = run({QStringLiteral("import"), project, file, QStringLiteral("--json")});
    QCOMPARE(clash.code, 2);
    QVERIFY(clash.json.contains(QStringLiteral("error")));
    QCOMPARE(datasets(project), listed);

    const CliRun renamed = run({QStringLiteral("rename"), project, QStringLiteral("inpatients"),
                                QStringLiteral("住院病人"), QStringLiteral("--json")});
    QCOMPARE(renamed.code, 0);
    QCOMPARE(renamed.json.value(QStringLiteral("dataset")).toString(), QStringLiteral("住院病人"));
    QCOMPARE(datasets(project).first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("住院病人"));
    QCOMPARE(run({QStringLiteral("show"), project, QStringLiteral("住院病人"), QStringLiteral("--limit"),
                  QStringLiteral("1"), QStringLiteral("--json")})
                 .json.value(QStringLiteral("rows"))
                 .toArray()
                 .size(),
             1);

    const CliRun text = run({QStringLiteral("datasets"), project});
    QCOMPARE(text.code, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("住院病人")));

    const CliRun deleted = run({QStringLiteral("delete"), project, QStringLiteral("住院病人"), QStringLiteral("--json")});
    QCOMPARE(deleted.code, 0);
    QCOMPARE(deleted.json.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(datasets(project).size(), 0);

    const CliRun audit = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(audit.code, 0);
    QVERIFY2(audit.jsonProblem.isEmpty(), qPrintable(audit.jsonProblem));
    QCOMPARE(audit.json.value(QStringLiteral("ok")).toBool(), true);
    QStringList actions;
    for (const QJsonValue &e : audit.json.value(QStringLiteral("entries")).toArray()) {
        actions << e.toObject().value(QStringLiteral("action")).toString();
        QVERIFY(!e.toObject().value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(!e.toObject().value(QStringLiteral("at")).toString().isEmpty());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("project.create"), QStringLiteral("dataset.import"),
                                   QStringLiteral("dataset.rename"), QStringLiteral("dataset.delete")}));
    // The audit detail never holds cell values: no name from the sample appears in it.
    QVERIFY(!audit.out.contains(QStringLiteral("男").toUtf8()));

    const CliRun auditText = run({QStringLiteral("audit"), project});
    QCOMPARE(auditText.code, 0);
    QVERIFY(QString::fromUtf8(auditText.out).contains(QStringLiteral("dataset.import")));
}

void TestCli::replaceKeepsVersions()
{
    const QString first = makeSample(QStringLiteral("jan.csv"), 120, 1);
    const QString second = makeSample(QStringLiteral("feb.csv"), 80, 2);
    const QString project = makeProject();
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !project.isEmpty());
    QCOMPARE(run({QStringLiteral("import"), project, first, QStringLiteral("--name"), QStringLiteral("extract")}).code, 0);
    const CliRun replaced = run({QStringLiteral("import"), project, second, QStringLiteral("--name"),
                                 QStringLiteral("extract"), QStringLiteral("--replace"), QStringLiteral("--json")});
    QCOMPARE(replaced.code, 0);
    QCOMPARE(replaced.json.value(QStringLiteral("rows")).toInteger(), 80);
    QCOMPARE(replaced.json.value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray list = datasets(project);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("rows")).toInteger(), 80);
}

void TestCli::showTextAndPaging()
{
    const QString file = makeSample(QStringLiteral("page.csv"), 2500, 6);
    const QString project = makeProject();
    QVERIFY(!file.isEmpty() && !project.isEmpty());
    QCOMPARE(run({QStringLiteral("import"), project, file, QStringLiteral("--name"), QStringLiteral("d")}).code, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> records = parseCsv(QString::fromUtf8(f.readAll()));
    records.removeFirst();

    struct Page { qint64 offset; qint64 limit; qint64 expected; };
    for (const Page page : {Page{0, 0, 0}, Page{7, 3, 3}, Page{999, 1002, 1002}, Page{2490, 100, 10},
                            Page{2500, 5, 0}, Page{100000, 5, 0}}) {
        const CliRun r = run({QStringLiteral("show"), project, QStringLiteral("d"), QStringLiteral("--offset"),
                              QString::number(page.offset), QStringLiteral("--limit"), QString::number(page.limit),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QJsonArray rows = r.json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), page.expected);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(strings(rows[i].toArray()), records[page.offset + i]);
    }

    // Text mode: a header line with the column names, then one line per row.
    const CliRun text = run({QStringLiteral("show"), project, QStringLiteral("d"), QStringLiteral("--offset"),
                             QStringLiteral("10"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(text.code, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 1 + 5);
    QVERIFY(lines[1].contains(QStringLiteral("身份证号")));
    QVERIFY(lines[2].contains(records[10][1])); // the name in row 11
    QVERIFY(lines[2].trimmed().startsWith(QStringLiteral("11 ")));
}

// ---------------------------------------------------------------------------------------------
// Failures

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("line"); // expected line, 0 = any positive line
    const QByteArray secret = QStringLiteral("王秘密,13800138000").toUtf8();
    QTest::newRow("ragged row") << QByteArray("name,phone\r\n" + secret + "\r\n" + secret + ",extra\r\n") << QStringList{} << 3;
    QTest::newRow("unterminated quote") << QByteArray("name,phone\n" + secret + "\n\"" + secret + "\n" + secret + "\n")
                                        << QStringList{} << 0;
    QTest::newRow("empty file") << QByteArray() << QStringList{} << -1;
    QTest::newRow("binary file") << QByteArray("\x00\x01\x02\xff\xfe\x00\x00\x13PK\x00\x00", 12).repeated(200)
                                 << QStringList{} << -1;
    QTest::newRow("corrupt xlsx") << QByteArray() << QStringList{QStringLiteral("corrupt.xlsx")} << -1;
}

void TestCli::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, extra);
    QFETCH(int, line);
    QString name = QStringLiteral("bad.csv");
    if (!extra.isEmpty()) {
        name = extra.first();
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA_DIR "/xlsx/") + name, path(name)));
    } else {
        writeFile(name, bytes);
    }
    const QString file = path(name);
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    const QString good = makeSample(QStringLiteral("good.csv"), 50, 1);
    QCOMPARE(run({QStringLiteral("import"), project, good}).code, 0);
    const QJsonArray before = datasets(project);
    QCOMPARE(before.size(), 1);

    const CliRun text = run({QStringLiteral("import"), project, file, QStringLiteral("--name"), QStringLiteral("bad")});
    QCOMPARE(text.code, 2);
    QVERIFY(text.out.isEmpty());
    const QString err = QString::fromUtf8(text.err).trimmed();
    QCOMPARE(err.count(QLatin1Char('\n')), 0);
    if (line >= 0) {
        const QRegularExpression located(QStringLiteral("^") + QRegularExpression::escape(file)
                                         + QStringLiteral(":(\\d+):(\\d+): error: "));
        const QRegularExpressionMatch m = located.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        if (line > 0)
            QCOMPARE(m.captured(1).toInt(), line);
        QVERIFY(m.captured(2).toInt() > 0);
    } else {
        QVERIFY2(err.startsWith(file + QStringLiteral(":")) || err.startsWith(QStringLiteral("error: ")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("error: ")));
    }
    // Never a cell value in an error.
    QVERIFY(!err.contains(QStringLiteral("王秘密")));
    QVERIFY(!err.contains(QStringLiteral("13800138000")));

    const CliRun json = run({QStringLiteral("import"), project, file, QStringLiteral("--name"), QStringLiteral("bad"),
                             QStringLiteral("--json")});
    QCOMPARE(json.code, 2);
    QVERIFY2(json.jsonProblem.isEmpty(), qPrintable(json.jsonProblem));
    const QJsonObject error = json.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_input"));
    if (line >= 0) {
        QCOMPARE(error.value(QStringLiteral("file")).toString(), file);
        QVERIFY(error.value(QStringLiteral("line")).toInteger() > 0);
        QVERIFY(error.value(QStringLiteral("column")).toInteger() > 0);
        if (line > 0)
            QCOMPARE(error.value(QStringLiteral("line")).toInteger(), line);
    }
    QVERIFY(!json.out.contains(QStringLiteral("王秘密").toUtf8()));

    // The project is unchanged.
    QCOMPARE(datasets(project), before);
    const CliRun audit = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(audit.code, 0);
    QCOMPARE(audit.json.value(QStringLiteral("entries")).toArray().size(), 2); // create, import
}

void TestCli::badProject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << QStringLiteral("missing");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("other sqlite database") << QStringLiteral("sqlite");
    QTest::newRow("newer schema") << QStringLiteral("newer");
}

void TestCli::badProject()
{
    QFETCH(QString, kind);
    const QString project = path(QStringLiteral("x.steward"));
    if (kind == QLatin1String("text")) {
        writeFile(QStringLiteral("x.steward"), "name,age\nzhang,3\n");
    } else if (kind == QLatin1String("sqlite")) {
        auto db = sql::Database::open(project, sql::Database::Mode::ReadWriteCreate);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);").ok());
    } else if (kind == QLatin1String("newer")) {
        QCOMPARE(makeProject(QStringLiteral("x.steward")), project);
        auto db = sql::Database::open(project, sql::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("PRAGMA user_version = 999").ok());
    }
    const QByteArray before = sha256(project);
    const QString sample = makeSample(QStringLiteral("s.csv"), 10, 1);
    const QList<QStringList> commands{
        {QStringLiteral("datasets"), project},
        {QStringLiteral("show"), project, QStringLiteral("d")},
        {QStringLiteral("import"), project, sample},
        {QStringLiteral("audit"), project},
    };
    for (const QStringList &args : commands) {
        const CliRun r = run(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == 2, qPrintable(args.first() + QLatin1Char(' ') + QString::number(r.code)));
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_input"));
        QVERIFY(r.err.contains("error: "));
        if (kind == QLatin1String("newer"))
            QVERIFY2(r.err.contains("newer"), r.err.constData());
    }
    QCOMPARE(sha256(project), before); // never modified
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFile::exists(project));
}

void TestCli::projectInUse()
{
    const QString project = makeProject();
    QVERIFY(!project.isEmpty());
    {
        auto held = ProjectStore::open(project); // this process holds the project open
        QVERIFY(held.ok());
        const CliRun r = run({QStringLiteral("datasets"), project, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("in use"), r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_input"));
    }
    QCOMPARE(run({QStringLiteral("datasets"), project}).code, 0);
}

void TestCli::unknownDataset_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("PROJECT"), QStringLiteral("nope")};
    QTest::newRow("rename") << QStringList{QStringLiteral("rename"), QStringLiteral("PROJECT"), QStringLiteral("nope"),
                                           QStringLiteral("other")};
    QTest::newRow("delete") << QStringList{QStringLiteral("delete"), QStringLiteral("PROJECT"), QStringLiteral("nope")};
}

void TestCli::unknownDataset()
{
    QFETCH(QStringList, args);
    const QString project = makeProject();
    const QString sample = makeSample(QStringLiteral("s.csv"), 10, 1);
    QVERIFY(!project.isEmpty() && !sample.isEmpty());
    QCOMPARE(run({QStringLiteral("import"), project, sample, QStringLiteral("--name"), QStringLiteral("d")}).code, 0);
    const QJsonArray before = datasets(project);
    args.replaceInStrings(QStringLiteral("PROJECT"), project);
    args.replaceInStrings(QStringLiteral("SAMPLE"), sample);
    const CliRun r = run(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("nope")));
    QVERIFY(r.err.startsWith("error: "));
    QCOMPARE(datasets(project), before);
}

void TestCli::maskedWithoutRulesKeepsEverything()
{
    // Without masking rules every field is kept: the masked rows are the stored ones.
    const QString project = makeProject();
    const QString sample = makeSample(QStringLiteral("s.csv"), 10, 1);
    QCOMPARE(run({QStringLiteral("import"), project, sample, QStringLiteral("--name"), QStringLiteral("d")}).code, 0);
    const CliRun r = run({QStringLiteral("show"), project, QStringLiteral("d"), QStringLiteral("--masked"),
                          QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.jsonProblem.isEmpty());
    const CliRun raw = run({QStringLiteral("show"), project, QStringLiteral("d"), QStringLiteral("--json")});
    QCOMPARE(r.json.value(QStringLiteral("columns")), raw.json.value(QStringLiteral("columns")));
    QCOMPARE(r.json.value(QStringLiteral("rows")), raw.json.value(QStringLiteral("rows")));
}

void TestCli::auditDetectsTampering()
{
    const QString project = makeProject();
    const QString sample = makeSample(QStringLiteral("s.csv"), 10, 1);
    QCOMPARE(run({QStringLiteral("import"), project, sample}).code, 0);
    QCOMPARE(run({QStringLiteral("audit"), project, QStringLiteral("--verify")}).code, 0);
    {
        auto db = sql::Database::open(project, sql::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("UPDATE audit SET user = 'mallory' WHERE id = 1").ok());
    }
    const CliRun listed = run({QStringLiteral("audit"), project, QStringLiteral("--json")});
    QCOMPARE(listed.code, 0); // without --verify the trail is listed, and reported as broken
    QCOMPARE(listed.json.value(QStringLiteral("ok")).toBool(), false);

    const CliRun verified = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(verified.code, 4);
    QVERIFY2(verified.jsonProblem.isEmpty(), qPrintable(verified.jsonProblem));
    QCOMPARE(verified.json.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(verified.json.value(QStringLiteral("broken_at")).toInteger(), 1);
    QCOMPARE(verified.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("verification"));
    QVERIFY(verified.err.startsWith("error: "));
}

// English text output uses the plural forms of the English catalogue: "1 entry", "2 entries"
// (the C locale of the tests gets English too).
void TestCli::textOutputSaysOneEntry()
{
    const QString project = makeProject();
    const CliRun one = run({QStringLiteral("audit"), project, QStringLiteral("--verify")});
    QCOMPARE(one.code, 0);
    QVERIFY2(one.out.contains("Hash chain intact (1 entry checked)."), one.out.constData());
    const QString sample = makeSample(QStringLiteral("s.csv"), 10, 1);
    QCOMPARE(run({QStringLiteral("import"), project, sample}).code, 0);
    const CliRun two = run({QStringLiteral("audit"), project, QStringLiteral("--verify")});
    QCOMPARE(two.code, 0);
    QVERIFY2(two.out.contains("Hash chain intact (2 entries checked)."), two.out.constData());
}

void TestCli::sigintCancelsImport()
{
    const QString big = makeSample(QStringLiteral("big.csv"), 300000, 3);
    const QString project = makeProject();
    QVERIFY(!big.isEmpty() && !project.isEmpty());
    const QByteArray before = run({QStringLiteral("datasets"), project, QStringLiteral("--json")}).out;

    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(STEWARD_CLI_PATH), {QStringLiteral("import"), project, big, QStringLiteral("--json")});
    QVERIFY(process.waitForStarted());
    // Interrupt once the import is writing: its uncommitted pages spill into the WAL.
    const QString wal = project + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(wal).size() < 512 * 1024 && process.state() == QProcess::Running && timer.elapsed() < 60000)
        QTest::qWait(10);
    QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be interrupted");
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QJsonObject error = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("cancelled"));
    QVERIFY(!process.readAllStandardError().isEmpty());

    QCOMPARE(run({QStringLiteral("datasets"), project, QStringLiteral("--json")}).out, before);
    const CliRun audit = run({QStringLiteral("audit"), project, QStringLiteral("--verify"), QStringLiteral("--json")});
    QCOMPARE(audit.code, 0);
    QCOMPARE(audit.json.value(QStringLiteral("entries")).toArray().size(), 1); // only the creation
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
