// The command-line tool's error paths under a Chinese locale: every message must come out in
// Chinese. A string looked up in a context the catalogue lacks (a context lupdate filed under
// another name, or a new string nobody translated) stays English and fails here.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using steward::clitest::CliRun;

namespace {

// Runs steward-cli as a Chinese-speaking user would (LANG/LC_ALL zh_CN.UTF-8).
CliRun runChinese(const QStringList &args, const QString &workingDirectory,
                  const QString &passphrase = {})
{
    return steward::clitest::runCli(args, workingDirectory, passphrase, 120000,
                                    u"zh_CN.UTF-8"_s);
}

// An English sentence fragment: three or more words of Latin letters separated by single spaces
// ("must be at least"). Quoted text (names, a command to run) and the operating system's own
// error texts (which follow the C library's locale, not Steward's catalogue) are left out; file
// paths, option and field names of the test data are single tokens.
QString englishIn(QString text)
{
    static const QRegularExpression quoted(u"\"[^\"]*\"|“[^”]*”"_s);
    text.remove(quoted);
    for (const QString &system : {u"No such file or directory"_s, u"Permission denied"_s,
                                  u"Is a directory"_s, u"Not a directory"_s})
        text.remove(system);
    static const QRegularExpression words(u"[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){2,}"_s);
    const QRegularExpressionMatch m = words.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestCliTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void errorsAreChinese_data();
    void errorsAreChinese();
    void wrongPassphraseIsChinese();

private:
    CliRun run(const QStringList &args, const QString &passphrase = {})
    {
        return steward::clitest::runCli(args, m_dir->path(), passphrase);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTranslations::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(u"t.csv"_s, "id,age,sex,zip,dx\n1,34,M,310012,A\n2,36,M,310013,B\n3,38,F,310014,A\n"
                      "4,51,F,320001,C\n5,55,F,320002,C\n6,59,M,320003,A\n");
    write(u"unterminated.csv"_s, "a,b\n1,\"open\n2,3\n");
    write(u"binary.csv"_s, QByteArray("a,b\n1,2\n\0\0\0\x01\x02\0\0", 15));
    write(u"ragged.csv"_s, "a,b\n1,2\n3,4,5\n");
    write(u"hierarchy.csv"_s, "34;30-39;*\n36;30-39\n");
    write(u"sex-partial.csv"_s, "M;*\n");
    write(u"not-a-project.steward"_s, "this is not a database\n");
    write(u"bad-rules.json"_s, "{\"format\": \"something else\"}\n");
    QCOMPARE(run({u"init"_s, path(u"p.steward"_s)}).code, 0);
    QCOMPARE(run({u"import"_s, path(u"p.steward"_s), path(u"t.csv"_s), u"--name"_s, u"t"_s}).code,
             0);
    // A dropped field is generalised to the top at least: a cap of 0 is below its floor.
    QCOMPARE(run({u"rules"_s, path(u"p.steward"_s), u"t"_s, u"--set"_s, u"id=drop"_s}).code, 0);
    // A public release of six records: far below its minimum k.
    QCOMPARE(run({u"release"_s, u"create"_s, path(u"p.steward"_s), u"r"_s, u"--dataset"_s, u"t"_s,
                  u"--mode"_s, u"public"_s})
                 .code,
             0);
}

void TestCliTranslations::errorsAreChinese_data()
{
    const QString p = path(u"p.steward"_s);
    const QString data = QStringLiteral(STEWARD_TEST_DATA_DIR);
    QTest::addColumn<QStringList>("args");

    // Files that cannot be imported.
    QTest::newRow("missing file") << QStringList{u"import"_s, p, path(u"none.csv"_s)};
    QTest::newRow("unterminated quote")
        << QStringList{u"import"_s, p, path(u"unterminated.csv"_s), u"--name"_s, u"u"_s};
    QTest::newRow("binary file")
        << QStringList{u"import"_s, p, path(u"binary.csv"_s), u"--name"_s, u"b"_s};
    QTest::newRow("ragged records")
        << QStringList{u"import"_s, p, path(u"ragged.csv"_s), u"--name"_s, u"r"_s};
    QTest::newRow("dataset exists")
        << QStringList{u"import"_s, p, path(u"t.csv"_s), u"--name"_s, u"t"_s};
    QTest::newRow("corrupt xlsx")
        << QStringList{u"import"_s, p, data + u"/xlsx/corrupt.xlsx"_s, u"--name"_s, u"c"_s};
    QTest::newRow("encrypted xlsx")
        << QStringList{u"import"_s, p, data + u"/xlsx/encrypted.xlsx"_s, u"--name"_s, u"e"_s};
    QTest::newRow("no such sheet") << QStringList{u"import"_s, p, data + u"/xlsx/basic.xlsx"_s,
                                                  u"--sheet"_s, u"nosuch"_s, u"--name"_s, u"s"_s};
    QTest::newRow("bad encoding option")
        << QStringList{u"import"_s, p, path(u"t.csv"_s), u"--encoding"_s, u"latin-9"_s};
    // Projects and datasets that are not there.
    QTest::newRow("not a project") << QStringList{u"datasets"_s, path(u"not-a-project.steward"_s)};
    QTest::newRow("missing dataset") << QStringList{u"show"_s, p, u"nosuch"_s};
    QTest::newRow("unknown option") << QStringList{u"show"_s, p, u"t"_s, u"--bogus"_s};
    // Rules and classification that cannot be applied.
    QTest::newRow("invalid rule") << QStringList{u"rules"_s, p, u"t"_s, u"--set"_s, u"age=bogus"_s};
    QTest::newRow("invalid rule parameter")
        << QStringList{u"rules"_s, p, u"t"_s, u"--set"_s, u"age=bands:width=-3"_s};
    QTest::newRow("invalid classification")
        << QStringList{u"classify"_s, p, u"t"_s, u"--set"_s, u"age=quasi:9"_s};
    // Risk and anonymisation requests the core refuses.
    QTest::newRow("risk k 0") << QStringList{u"risk"_s, p, u"t"_s, u"--quasi"_s, u"age,sex"_s,
                                             u"--k"_s, u"0"_s, u"--raw"_s};
    QTest::newRow("anonymize k 0") << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"0"_s,
                                                  u"--quasi"_s, u"age,sex"_s};
    // Values the command passes on and AnonymizationService refuses.
    QTest::newRow("anonymize infinite weight")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age,sex"_s,
                       u"--weight"_s, u"age=inf"_s};
    QTest::newRow("anonymize weight not a number")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age,sex"_s,
                       u"--weight"_s, u"age=nan"_s};
    // Ages are unique: kept as they are (level 0) no class reaches 2.
    QTest::newRow("anonymize quasi twice")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age,age"_s,
                       u"--max-level"_s, u"age=0"_s};
    QTest::newRow("anonymize bad hierarchy")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--hierarchy"_s, u"age="_s + path(u"hierarchy.csv"_s)};
    QTest::newRow("anonymize missing hierarchy")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--hierarchy"_s, u"age="_s + path(u"none.csv"_s)};
    QTest::newRow("anonymize bad l")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--l"_s, u"dx=two"_s};
    QTest::newRow("anonymize bad t")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--t"_s, u"dx=2"_s};
    QTest::newRow("anonymize bad max risk")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--max-risk"_s, u"0"_s};
    QTest::newRow("anonymize sensitive quasi")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age"_s,
                       u"--l"_s, u"age=2"_s};
    QTest::newRow("anonymize bad builder")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"zip"_s,
                       u"--hierarchy"_s, u"zip=redact:2,4"_s};
    QTest::newRow("anonymize l unreachable")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"2"_s, u"--quasi"_s, u"age,sex"_s,
                       u"--l"_s, u"dx=4"_s};
    QTest::newRow("anonymize below floor")
        << QStringList{u"anonymize"_s, p, u"t"_s, u"--k"_s, u"1"_s, u"--quasi"_s, u"id"_s,
                       u"--max-level"_s, u"id=0"_s};
    QTest::newRow("hierarchy two actions")
        << QStringList{u"hierarchy"_s, p, u"t"_s, u"zip"_s, u"--builder"_s, u"flat"_s,
                       u"--clear"_s};
    QTest::newRow("hierarchy import and out")
        << QStringList{u"hierarchy"_s, p, u"t"_s, u"zip"_s, u"--import"_s, u"a.csv"_s,
                       u"--out"_s, u"b.csv"_s};
    QTest::newRow("hierarchy bad builder")
        << QStringList{u"hierarchy"_s, p, u"t"_s, u"zip"_s, u"--builder"_s, u"redact:2,4"_s};
    QTest::newRow("hierarchy unknown field")
        << QStringList{u"hierarchy"_s, p, u"t"_s, u"nosuch"_s};
    QTest::newRow("hierarchy import uncovered")
        << QStringList{u"hierarchy"_s, p, u"t"_s, u"sex"_s, u"--import"_s,
                       path(u"sex-partial.csv"_s)};
    // Files that cannot be written.
    QTest::newRow("sample unwritable")
        << QStringList{u"sample"_s, u"--out"_s, path(u"no/such/folder/s.csv"_s)};
    // Releases and their documents.
    QTest::newRow("release without subcommand") << QStringList{u"release"_s};
    QTest::newRow("release create without dataset")
        << QStringList{u"release"_s, u"create"_s, p, u"x"_s, u"--mode"_s, u"public"_s};
    QTest::newRow("release unknown setting")
        << QStringList{u"release"_s, u"set"_s, p, u"r"_s, u"colour=blue"_s};
    QTest::newRow("release loosened without reason")
        << QStringList{u"release"_s, u"set"_s, p, u"r"_s, u"min_k=2"_s};
    QTest::newRow("missing release") << QStringList{u"release"_s, u"show"_s, p, u"nosuch"_s};
    QTest::newRow("release violates its policy") << QStringList{u"release"_s, u"check"_s, p, u"r"_s};
    QTest::newRow("dsa nothing to do") << QStringList{u"dsa"_s, p, u"r"_s};
    QTest::newRow("dsa unknown item")
        << QStringList{u"dsa"_s, p, u"r"_s, u"--set"_s, u"no.such.item=x"_s};
    QTest::newRow("dpia import not a document")
        << QStringList{u"dpia"_s, p, u"r"_s, u"--import"_s, path(u"bad-rules.json"_s)};
}

void TestCliTranslations::errorsAreChinese()
{
    QFETCH(QStringList, args);
    const CliRun r = runChinese(args, m_dir->path());
    QVERIFY(!r.crashed);
    QVERIFY2(r.code != 0, r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(hasChinese(err), qPrintable(err));
    const QString english = englishIn(err);
    QVERIFY2(english.isEmpty(), qPrintable(u"English in “%1”: %2"_s.arg(err.trimmed(), english)));
}

// A passphrase that does not open the project's secret.
void TestCliTranslations::wrongPassphraseIsChinese()
{
    const QString p = path(u"p.steward"_s);
    QCOMPARE(run({u"rules"_s, p, u"t"_s, u"--set"_s, u"id=pseudonym"_s}).code, 0);
    QCOMPARE(run({u"show"_s, p, u"t"_s, u"--masked"_s}, u"correct horse"_s).code, 0);
    const CliRun r = runChinese({u"show"_s, p, u"t"_s, u"--masked"_s}, m_dir->path(), u"wrong"_s);
    QCOMPARE(r.code, 4);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(hasChinese(err), qPrintable(err));
    const QString english = englishIn(err);
    QVERIFY2(english.isEmpty(), qPrintable(u"English in “%1”: %2"_s.arg(err.trimmed(), english)));
}

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "test_cli_translations.moc"
