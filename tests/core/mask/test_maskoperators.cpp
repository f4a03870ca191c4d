// Masking operators, per operator and data-driven: what each does to ordinary, empty, missing,
// malformed and Unicode values; keyed pseudonyms (normalisation of IDs and phones, known answers
// from an independent HMAC), per-subject date shifts keeping intervals, ICD-10 recoding, value
// hierarchies, free-text scrubbing, and the plan/worker around them.

#include "tests/core/CoreTestSupport.h"
#include "core/import/TypeInference.h"
#include "core/mask/DateShiftMasker.h"
#include "core/import/DateText.h"
#include "core/mask/HmacSha256.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskWorker.h"
#include "core/mask/ScrubMasker.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace steward;
using steward::coretest::rule;
using namespace Qt::Literals::StringLiterals;

namespace {

// A suppressed cell in the expected outputs.
const QString kNull = u"<null>"_s;

ProjectSecret fixedSecret(char seed = 0)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        bytes[i] = char(i + seed);
    return *ProjectSecret::fromBytes(bytes);
}

MaskEnvironment environment(const QString &baseDirectory = {})
{
    MaskEnvironment env;
    env.secret = fixedSecret();
    env.baseDirectory = baseDirectory;
    return env;
}

QString text(const MaskedCell &cell)
{
    if (cell.isSuppressed())
        return kNull;
    return QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
}

using steward::testsupport::utf8;

// Masks the rows of a table (columns named in `columns`) and returns the output rows.
QList<QStringList> maskTable(const QStringList &columns,
                             const QList<std::pair<QString, MaskRule>> &rules,
                             const QList<QStringList> &rows, MaskStats *stats = nullptr,
                             const MaskEnvironment &env = environment())
{
    Result<MaskPlan> plan = MaskPlan::compile(columns, rules, env);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error().toString()));
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    if (!worker)
        qFatal("worker: %s", qPrintable(worker.error().toString()));
    QList<QStringList> out;
    for (const QStringList &row : rows) {
        std::vector<std::string> storage;
        for (const QString &cell : row)
            storage.push_back(utf8(cell));
        const std::vector<std::string_view> views(storage.begin(), storage.end());
        QStringList masked;
        for (const MaskedCell &cell : worker->maskRow(views))
            masked << text(cell);
        out << masked;
    }
    if (stats)
        *stats = worker->stats();
    return out;
}

// One column "v" masked by `ruleText`, value by value.
QStringList maskColumn(const QString &ruleText, const QStringList &values,
                       MaskStats *stats = nullptr, const MaskEnvironment &env = environment())
{
    QList<QStringList> rows;
    for (const QString &v : values)
        rows << QStringList{v};
    QStringList out;
    for (const QStringList &row : maskTable({u"v"_s}, {{u"v"_s, rule(ruleText)}}, rows, stats, env))
        out << row.value(0);
    return out;
}

QString maskOne(const QString &ruleText, const QString &value,
                const MaskEnvironment &env = environment())
{
    return maskColumn(ruleText, {value}, nullptr, env).value(0);
}

// Independent reference for pseudonyms: Qt's HMAC and a plain base32.
QString base32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    int buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | (uchar(c));
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    return out;
}

QString expectedToken(const QByteArray &normalized, const ProjectSecret &secret = fixedSecret())
{
    const QByteArray key = secret.deriveKey("steward/pseudonym/v1");
    return base32(
        QMessageAuthenticationCode::hash(normalized, key, QCryptographicHash::Sha256).left(10));
}

int expectedOffset(const QByteArray &subject, int days)
{
    const QByteArray key = fixedSecret().deriveKey("steward/date-shift/v1");
    const QByteArray mac
        = QMessageAuthenticationCode::hash(subject, key, QCryptographicHash::Sha256);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | uchar(mac[i]);
    const quint64 r = h % (2 * quint64(days));
    return r < quint64(days) ? -int(r + 1) : int(r - quint64(days) + 1);
}

qint64 dayNumber(const QString &date)
{
    const std::string bytes = utf8(date);
    const std::optional<DateText> parsed = DateText::parse(bytes);
    return parsed ? parsed->dayNumber() : -1;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    return testsupport::writeFixture(dir, name, content);
}

} // namespace

class TestMaskOperators : public QObject {
    Q_OBJECT

private slots:
    void emptyAndMissingStayAsTheyAre_data();
    void emptyAndMissingStayAsTheyAre();
    void keep();
    void drop();
    void redact_data();
    void redact();
    void partialMask_data();
    void partialMask();

    void pseudonymKnownAnswer();
    void pseudonymTokenShape();
    void pseudonymEqualTokens_data();
    void pseudonymEqualTokens();
    void pseudonymDistinctTokens_data();
    void pseudonymDistinctTokens();
    void pseudonymStableAcrossFieldsAndPlans();
    void pseudonymDependsOnSecret();

    void bands_data();
    void bands();
    void date_data();
    void date();
    void dateMalformedIsSuppressedAndCounted();
    void dateFormsAreTheImporters_data();
    void dateFormsAreTheImporters();

    void shiftKnownOffsetAndForm_data();
    void shiftKnownOffsetAndForm();
    void shiftPreservesIntervalsWithinSubject();
    void shiftOffsetsStayWithinRange();
    void shiftWithoutSubjectOrDate();
    void shiftNeedsSubject();

    void topAndBottomCoding_data();
    void topAndBottomCoding();
    void truncate_data();
    void truncate();
    void recodeIcd10_data();
    void recodeIcd10();
    void recodeTableFile();
    void recodeTableErrors();
    void hierarchy_data();
    void hierarchy();
    void hierarchyErrors();
    void scrub_data();
    void scrub();
    void scrubPlaceholders();
    void suppress();

    void planErrors();
    void planNeedsSecret();
    void rowsShorterThanColumns();
    void threadsGiveTheSameResult();
    void hmacMatchesRfc4231();
};

// --- every operator ---------------------------------------------------------------------------

void TestMaskOperators::emptyAndMissingStayAsTheyAre_data()
{
    QTest::addColumn<QString>("rule");
    const QStringList rules = {u"keep"_s,
                               u"redact"_s,
                               u"mask"_s,
                               u"pseudonym"_s,
                               u"bands"_s,
                               u"date"_s,
                               u"shift:subject=v"_s,
                               u"topcode"_s,
                               u"bottomcode:min=1"_s,
                               u"truncate"_s,
                               u"recode:table=builtin:icd10-category"_s,
                               u"scrub"_s,
                               u"suppress"_s};
    for (const QString &r : rules)
        QTest::newRow(qPrintable(r)) << r;
}

void TestMaskOperators::emptyAndMissingStayAsTheyAre()
{
    QFETCH(QString, rule);
    MaskStats stats;
    const QStringList out = maskColumn(
        rule, {QString(), u"   "_s, u"\u3000"_s, u"NULL"_s, u" 不详 "_s, u"N/A"_s}, &stats);
    QCOMPARE(out, (QStringList{QString(), QString(), QString(), u"NULL"_s, u" 不详 "_s, u"N/A"_s}));
    QCOMPARE(stats.rows, 6);
    QCOMPARE(stats.columns[0].values, 6);
    QCOMPARE(stats.columns[0].empty, 3);
    QCOMPARE(stats.columns[0].missing, 3);
    QCOMPARE(stats.columns[0].suppressed, 0);
}

void TestMaskOperators::keep()
{
    const QStringList values = {u"张三"_s, u" padded "_s, u"😀 emoji"_s, u"2024-01-02"_s};
    QCOMPARE(maskColumn(u"keep"_s, values), values);
}

void TestMaskOperators::drop()
{
    const QStringList columns = {u"name"_s, u"age"_s, u"note"_s};
    Result<MaskPlan> plan
        = MaskPlan::compile(columns, {{u"name"_s, rule(u"drop"_s)}}, environment());
    QVERIFY(plan.ok());
    QCOMPARE(plan->outputColumnNames(), (QStringList{u"age"_s, u"note"_s}));
    QCOMPARE(plan->outputColumns(), (std::vector<int>{1, 2}));
    const QList<QStringList> out
        = maskTable(columns, {{u"name"_s, rule(u"drop"_s)}}, {{u"张三"_s, u"45"_s, u"x"_s}});
    QCOMPARE(out, (QList<QStringList>{{u"45"_s, u"x"_s}}));
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    const std::string value = "张三";
    QVERIFY(worker->maskCell(0, {value, "45", "x"}).isSuppressed());
}

void TestMaskOperators::redact_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << u"redact"_s << u"张三"_s << u"***"_s;
    QTest::newRow("text") << u"redact:text=[removed]"_s << u"secret"_s << u"[removed]"_s;
    QTest::newRow("chinese text") << u"redact:text=已删除"_s << u"13800138000"_s << u"已删除"_s;
    QTest::newRow("quoted comma") << uR"(redact:text="a, b")"_s << u"x"_s << u"a, b"_s;
    QTest::newRow("empty text") << u"redact:text="_s << u"x"_s << QString();
    QTest::newRow("empty value") << u"redact"_s << QString() << QString();
}

void TestMaskOperators::redact()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(rule, value), expected);
}

void TestMaskOperators::partialMask_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name 3") << u"mask"_s << u"张三丰"_s << u"张*丰"_s;
    QTest::newRow("name 2") << u"mask"_s << u"张三"_s << u"张*"_s;
    QTest::newRow("one char") << u"mask"_s << u"王"_s << u"*"_s;
    QTest::newRow("minority name") << u"mask"_s << u"买买提·艾力"_s << u"买****力"_s;
    QTest::newRow("phone") << u"mask:first=3,last=4"_s << u"13800138000"_s << u"138****8000"_s;
    QTest::newRow("id") << u"mask:first=6,last=0"_s << u"110105198503121234"_s
                        << u"110105************"_s;
    QTest::newRow("char unicode") << u"mask:char=＊"_s << u"abcd"_s << u"a＊＊d"_s;
    QTest::newRow("char comma") << uR"(mask:char=",")"_s << u"abc"_s << u"a,c"_s;
    QTest::newRow("emoji counts one") << u"mask:first=1,last=0"_s << u"😀😀😀"_s << u"😀**"_s;
    QTest::newRow("trimmed") << u"mask"_s << u"  abc  "_s << u"a*c"_s;
    QTest::newRow("nothing kept") << u"mask:first=0,last=0,char=x"_s << u"abc"_s << u"xxx"_s;
    QTest::newRow("kept ends shrink") << u"mask:first=5,last=5"_s << u"abcd"_s << u"abc*"_s;
    QTest::newRow("last only") << u"mask:first=0,last=2"_s << u"abcd"_s << u"**cd"_s;
}

void TestMaskOperators::partialMask()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(rule, value), expected);
}

// --- pseudonym --------------------------------------------------------------------------------

void TestMaskOperators::pseudonymKnownAnswer()
{
    QCOMPARE(maskOne(u"pseudonym"_s, u"张三"_s), expectedToken("张三"));
    QCOMPARE(maskOne(u"pseudonym"_s, u"11010519491231002X"_s), expectedToken("11010519491231002X"));
    QCOMPARE(maskOne(u"pseudonym"_s, u"+86 138 0013 8000"_s), expectedToken("13800138000"));
    QCOMPARE(maskOne(u"pseudonym:prefix=P-"_s, u"A1"_s), u"P-"_s + expectedToken("A1"));
}

void TestMaskOperators::pseudonymTokenShape()
{
    const QStringList out
        = maskColumn(u"pseudonym"_s, {u"a"_s, u"张三"_s, u"😀"_s, u"x"_s.repeated(1000)});
    static const QRegularExpression shape(u"^[A-Z2-7]{16}$"_s);
    for (const QString &token : out)
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
    QCOMPARE(QSet<QString>(out.begin(), out.end()).size(), 4);
}

void TestMaskOperators::pseudonymEqualTokens_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::newRow("ID check character case")
        << QStringList{u"11010519491231002X"_s, u"11010519491231002x"_s, u" 11010519491231002x "_s};
    QTest::newRow("ID full-width")
        << QStringList{u"11010519491231002X"_s, u"１１０１０５１９４９１２３１００２Ｘ"_s};
    QTest::newRow("mobile variants")
        << QStringList{u"13800138000"_s,     u"+86 138 0013 8000"_s,      u"+86-138-0013-8000"_s,
                       u"+8613800138000"_s,  u"0086 13800138000"_s,       u"008613800138000"_s,
                       u"138-0013-8000"_s,   u"138 0013 8000"_s,          u"(+86) 138 0013 8000"_s,
                       u"　13800138000　"_s, u"１３８００１３８０００"_s, u"138.0013.8000"_s};
    QTest::newRow("landline variants")
        << QStringList{u"057188881234"_s,     u"0571-88881234"_s,     u"0571-8888-1234"_s,
                       u"(0571) 8888 1234"_s, u"+86 571 8888 1234"_s, u"+86-0571-88881234"_s,
                       u"0086 571 88881234"_s};
    QTest::newRow("trimmed") << QStringList{u"张三"_s, u" 张三 "_s, u"\u00a0张三\u3000"_s};
}

void TestMaskOperators::pseudonymEqualTokens()
{
    QFETCH(QStringList, values);
    const QStringList out = maskColumn(u"pseudonym"_s, values);
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out[i] == out[0], qPrintable(values[i]));
}

void TestMaskOperators::pseudonymDistinctTokens_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("other person") << u"张三"_s << u"张四"_s;
    QTest::newRow("case of names kept") << u"Zhang San"_s << u"zhang san"_s;
    QTest::newRow("inner space kept") << u"张 三"_s << u"张三"_s;
    QTest::newRow("date forms not phones") << u"2024-01-02"_s << u"20240102"_s;
    QTest::newRow("decimal not a phone") << u"1.3800138000"_s << u"13800138000"_s;
    QTest::newRow("other country") << u"+1 415 555 0100"_s << u"14155550100"_s;
    QTest::newRow("ID digits") << u"110105194912310021"_s << u"110105194912310022"_s;
}

void TestMaskOperators::pseudonymDistinctTokens()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QStringList out = maskColumn(u"pseudonym"_s, {a, b});
    QVERIFY(out[0] != out[1]);
}

void TestMaskOperators::pseudonymStableAcrossFieldsAndPlans()
{
    // The same person in the ID field and the insurance field, in two datasets (two plans):
    // one token, so linkage survives.
    const QStringList columns = {u"身份证号"_s, u"医保卡号"_s};
    const QList<std::pair<QString, MaskRule>> rules
        = {{u"身份证号"_s, rule(u"pseudonym"_s)}, {u"医保卡号"_s, rule(u"pseudonym"_s)}};
    const QList<QStringList> a
        = maskTable(columns, rules, {{u"11010519491231002X"_s, u"11010519491231002x"_s}});
    const QList<QStringList> b
        = maskTable({u"id"_s}, {{u"id"_s, rule(u"pseudonym"_s)}}, {{u"11010519491231002X"_s}});
    QCOMPARE(a[0][0], a[0][1]);
    QCOMPARE(a[0][0], b[0][0]);
}

void TestMaskOperators::pseudonymDependsOnSecret()
{
    MaskEnvironment other = environment();
    other.secret = fixedSecret(1);
    const QString a = maskOne(u"pseudonym"_s, u"张三"_s);
    const QString b = maskOne(u"pseudonym"_s, u"张三"_s, other);
    QVERIFY(a != b);
    QCOMPARE(b, expectedToken("张三", fixedSecret(1)));
}

// --- numbers and dates ------------------------------------------------------------------------

void TestMaskOperators::bands_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default width 10") << u"bands"_s << u"42"_s << u"40-49"_s;
    QTest::newRow("lower bound") << u"bands:width=10"_s << u"40"_s << u"40-49"_s;
    QTest::newRow("decimal value") << u"bands:width=10"_s << u"49.9"_s << u"40-49"_s;
    QTest::newRow("zero") << u"bands:width=5"_s << u"0"_s << u"0-4"_s;
    QTest::newRow("negative") << u"bands:width=10"_s << u"-3"_s << u"-10--1"_s;
    QTest::newRow("exponent") << u"bands:width=10"_s << u"1e2"_s << u"100-109"_s;
    QTest::newRow("spaces") << u"bands:width=5"_s << u" 7 "_s << u"5-9"_s;
    QTest::newRow("width 1") << u"bands:width=1"_s << u"7"_s << u"7"_s;
    QTest::newRow("fractional width") << u"bands:width=0.5"_s << u"1.2"_s << u"[1,1.5)"_s;
    QTest::newRow("fractional tidy") << u"bands:width=0.1"_s << u"0.35"_s << u"[0.3,0.4)"_s;
    QTest::newRow("breaks below") << uR"(bands:breaks="18,40,65")"_s << u"5"_s << u"<18"_s;
    QTest::newRow("breaks first") << uR"(bands:breaks="18,40,65")"_s << u"18"_s << u"18-39"_s;
    QTest::newRow("breaks inner") << uR"(bands:breaks="18,40,65")"_s << u"64.5"_s << u"40-64"_s;
    QTest::newRow("breaks top") << uR"(bands:breaks="18,40,65")"_s << u"65"_s << u">=65"_s;
    QTest::newRow("breaks fractional")
        << uR"(bands:breaks="0.5,1.5")"_s << u"1"_s << u"[0.5,1.5)"_s;
    QTest::newRow("breaks one apart") << uR"(bands:breaks="1,2,3")"_s << u"2"_s << u"2"_s;
    QTest::newRow("not a number") << u"bands"_s << u"forty"_s << kNull;
    QTest::newRow("unit suffix") << u"bands"_s << u"42岁"_s << kNull;
    QTest::newRow("thousands separator") << u"bands"_s << u"1,000"_s << kNull;
    QTest::newRow("inf") << u"bands"_s << u"inf"_s << kNull;
    QTest::newRow("hex") << u"bands"_s << u"0x10"_s << kNull;
}

void TestMaskOperators::bands()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(rule, value), expected);
}

void TestMaskOperators::date_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("quarter");
    QTest::newRow("iso") << u"2024-03-05"_s << u"2024"_s << u"2024-03"_s << u"2024-Q1"_s;
    QTest::newRow("slash short") << u"2024/3/5"_s << u"2024"_s << u"2024-03"_s << u"2024-Q1"_s;
    QTest::newRow("dots") << u"2024.04.01"_s << u"2024"_s << u"2024-04"_s << u"2024-Q2"_s;
    QTest::newRow("chinese") << u"2024年7月1日"_s << u"2024"_s << u"2024-07"_s << u"2024-Q3"_s;
    QTest::newRow("compact") << u"20241231"_s << u"2024"_s << u"2024-12"_s << u"2024-Q4"_s;
    QTest::newRow("datetime space")
        << u"2023-09-30 08:30"_s << u"2023"_s << u"2023-09"_s << u"2023-Q3"_s;
    QTest::newRow("datetime T Z") << u"2023-10-01T23:59:59Z"_s << u"2023"_s << u"2023-10"_s
                                  << u"2023-Q4"_s;
    QTest::newRow("datetime offset")
        << u"2023-10-01 08:30:00.123+08:00"_s << u"2023"_s << u"2023-10"_s << u"2023-Q4"_s;
    QTest::newRow("trimmed") << u" 1999-02-28 "_s << u"1999"_s << u"1999-02"_s << u"1999-Q1"_s;
    QTest::newRow("leap day") << u"2000-02-29"_s << u"2000"_s << u"2000-02"_s << u"2000-Q1"_s;
    QTest::newRow("year 1") << u"0001-01-01"_s << u"0001"_s << u"0001-01"_s << u"0001-Q1"_s;
    QTest::newRow("impossible day") << u"2023-02-29"_s << kNull << kNull << kNull;
    QTest::newRow("month 13") << u"2024-13-01"_s << kNull << kNull << kNull;
    QTest::newRow("mixed separators") << u"2024-03/05"_s << kNull << kNull << kNull;
    QTest::newRow("day first") << u"05/03/2024"_s << kNull << kNull << kNull;
    QTest::newRow("compact out of range") << u"18991231"_s << kNull << kNull << kNull;
    QTest::newRow("year month only") << u"2024-03"_s << kNull << kNull << kNull;
    QTest::newRow("bad time") << u"2024-03-05 25:00"_s << kNull << kNull << kNull;
    QTest::newRow("words") << u"昨天"_s << kNull << kNull << kNull;
    QTest::newRow("number") << u"45"_s << kNull << kNull << kNull;
}

void TestMaskOperators::date()
{
    QFETCH(QString, value);
    QFETCH(QString, year);
    QFETCH(QString, month);
    QFETCH(QString, quarter);
    QCOMPARE(maskOne(u"date"_s, value), year);
    QCOMPARE(maskOne(u"date:to=year"_s, value), year);
    QCOMPARE(maskOne(u"date:to=month"_s, value), month);
    QCOMPARE(maskOne(u"date:to=quarter"_s, value), quarter);
}

void TestMaskOperators::dateMalformedIsSuppressedAndCounted()
{
    MaskStats stats;
    const QStringList out = maskColumn(
        u"date:to=month"_s, {u"2024-01-15"_s, u"2024-02-30"_s, u"soon"_s, QString()}, &stats);
    QCOMPARE(out, (QStringList{u"2024-01"_s, kNull, kNull, QString()}));
    QCOMPARE(stats.columns[0].suppressed, 2);
    QCOMPARE(stats.columns[0].unreadable, 2);
    QCOMPARE(stats.columns[0].empty, 1);
}

void TestMaskOperators::dateFormsAreTheImporters_data()
{
    QTest::addColumn<QString>("value");
    const QStringList values = {
        u"2024-01-02"_s,
        u"2024-1-2"_s,
        u"2024/01/02"_s,
        u"2024/1/2"_s,
        u"2024.1.2"_s,
        u"2024年1月2日"_s,
        u"2024年01月02日"_s,
        u"20240102"_s,
        u"19000101"_s,
        u"21001231"_s,
        u"18991231"_s,
        u"21010101"_s,
        u"20240230"_s,
        u"9999-12-31"_s,
        u"0000-01-01"_s,
        u"0001-01-01"_s,
        u"2024-02-29"_s,
        u"2023-02-29"_s,
        u"2024-01-02 08:00"_s,
        u"2024-01-02T8:05"_s,
        u"2024-01-02 08:00:59.123456789"_s,
        u"2024-01-02 08:00:59.1234567890"_s,
        u"2024-01-02T08:00Z"_s,
        u"2024-01-02T08:00+08"_s,
        u"2024-01-02T08:00+0800"_s,
        u"2024-01-02T08:00-08:00"_s,
        u"2024年1月2日 08:00"_s,
        u"20240102 08:00"_s,
        u"2024-01-02 24:00"_s,
        u"2024-01-02 08:60"_s,
        u"2024-01-02 8:5"_s,
        u"2024-01-02 08:00:60"_s,
        u"2024-01-02  08:00"_s,
        u"2024-01-02x"_s,
        u"2024-01/02"_s,
        u"2024-001-02"_s,
        u"24-01-02"_s,
        u"2024-01"_s,
        u"202401021"_s,
        u"01/02/2024"_s,
        u"2024年1月2"_s,
        u"2024-01-02T"_s,
        u"2024-01-02T08:00+15"_s,
    };
    for (const QString &v : values)
        QTest::newRow(qPrintable(v)) << v;
}

void TestMaskOperators::dateFormsAreTheImporters()
{
    // `date` and `shift` read exactly what the importer types as date or datetime (they also
    // trim surrounding white space, which the importer's typing does not: tested above).
    QFETCH(QString, value);
    const std::string bytes = utf8(value);
    const bool importer = TypeInference::isDate(bytes) || TypeInference::isDateTime(bytes);
    QCOMPARE(DateText::parse(bytes).has_value(), importer);
}

// --- shift ------------------------------------------------------------------------------------

void TestMaskOperators::shiftKnownOffsetAndForm_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("pattern"); // the shifted value's form
    QTest::newRow("iso") << u"2024-03-05"_s << uR"(^\d{4}-\d{2}-\d{2}$)"_s;
    QTest::newRow("slash unpadded") << u"2024/3/15"_s << uR"(^\d{4}/\d{1,2}/\d{1,2}$)"_s;
    QTest::newRow("dots") << u"2024.03.15"_s << uR"(^\d{4}\.\d{2}\.\d{2}$)"_s;
    QTest::newRow("chinese") << u"2024年3月15日"_s << uR"(^\d{4}年\d{1,2}月\d{1,2}日$)"_s;
    QTest::newRow("compact") << u"20240315"_s << uR"(^\d{8}$)"_s;
    QTest::newRow("datetime keeps time")
        << u"2024-03-15 08:30:00"_s << uR"(^\d{4}-\d{2}-\d{2} 08:30:00$)"_s;
    QTest::newRow("T Z") << u"2024-03-15T23:59Z"_s << uR"(^\d{4}-\d{2}-\d{2}T23:59Z$)"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << uR"(^\d{4}-\d{2}-\d{2}$)"_s;
    QTest::newRow("year end") << u"2023-12-31"_s << uR"(^\d{4}-\d{2}-\d{2}$)"_s;
}

void TestMaskOperators::shiftKnownOffsetAndForm()
{
    QFETCH(QString, date);
    QFETCH(QString, pattern);
    const QList<QStringList> out
        = maskTable({u"id"_s, u"d"_s}, {{u"d"_s, rule(u"shift:days=30,subject=id"_s)}},
                    {{u"11010519491231002x"_s, date}});
    const QString shifted = out[0][1];
    QVERIFY2(QRegularExpression(pattern).match(shifted).hasMatch(), qPrintable(shifted));
    // The subject key is normalised like a pseudonym (x → X) before hashing.
    const int offset = expectedOffset("11010519491231002X", 30);
    QCOMPARE(dayNumber(shifted) - dayNumber(date), qint64(offset));
    QCOMPARE(out[0][0], u"11010519491231002x"_s); // the subject column itself is kept
}

void TestMaskOperators::shiftPreservesIntervalsWithinSubject()
{
    const QStringList columns = {u"id"_s, u"admitted"_s, u"discharged"_s, u"born"_s};
    const MaskRule shift = rule(u"shift:days=60,subject=id"_s);
    const QList<std::pair<QString, MaskRule>> rules
        = {{u"admitted"_s, shift}, {u"discharged"_s, shift}, {u"born"_s, shift}};
    const QList<QStringList> rows = {
        {u"A-1"_s, u"2024-01-10"_s, u"2024-01-17"_s, u"1960-05-05"_s},
        {u"B-2"_s, u"2024-01-10"_s, u"2024-02-02"_s, u"1971-12-31"_s},
        {u"A-1"_s, u"2024-06-01"_s, u"2024/6/3"_s, u"1960年5月5日"_s}, // readmission, other forms
        {u"C-3"_s, u"2020-02-28"_s, u"2020-03-01 10:00"_s, u"19500101"_s},
        {u" A-1 "_s, u"20240901"_s, u"2024-09-30"_s,
         u"1960-05-05"_s}, // subject spelled with spaces
    };
    const QList<QStringList> out = maskTable(columns, rules, rows);
    QCOMPARE(out.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qint64 stay0 = dayNumber(rows[r][2]) - dayNumber(rows[r][1]);
        const qint64 stay1 = dayNumber(out[r][2]) - dayNumber(out[r][1]);
        QCOMPARE(stay1, stay0);
        const qint64 age0 = dayNumber(rows[r][1]) - dayNumber(rows[r][3]);
        QCOMPARE(dayNumber(out[r][1]) - dayNumber(out[r][3]), age0);
        QVERIFY(dayNumber(out[r][1]) != dayNumber(rows[r][1]));
    }
    // Across the rows of one subject the intervals hold too (same offset everywhere).
    const qint64 offsetA = dayNumber(out[0][1]) - dayNumber(rows[0][1]);
    QCOMPARE(dayNumber(out[2][1]) - dayNumber(rows[2][1]), offsetA);
    QCOMPARE(dayNumber(out[4][1]) - dayNumber(rows[4][1]), offsetA);
    QCOMPARE(dayNumber(out[2][3]), dayNumber(out[0][3]));
    QCOMPARE(offsetA, qint64(expectedOffset("A-1", 60)));
}

void TestMaskOperators::shiftOffsetsStayWithinRange()
{
    QList<QStringList> rows;
    for (int i = 0; i < 400; ++i)
        rows << QStringList{u"patient-%1"_s.arg(i), u"2024-06-15"_s};
    for (int days : {1, 7, 365}) {
        const QList<QStringList> out = maskTable(
            {u"id"_s, u"d"_s}, {{u"d"_s, rule(u"shift:subject=id,days=%1"_s.arg(days))}}, rows);
        int earlier = 0;
        int later = 0;
        for (const QStringList &row : out) {
            const qint64 offset = dayNumber(row[1]) - dayNumber(u"2024-06-15"_s);
            QVERIFY(offset != 0);
            QVERIFY(offset >= -days && offset <= days);
            (offset < 0 ? earlier : later)++;
        }
        QVERIFY(earlier > 100 && later > 100);
    }
    // Default: ±30 days.
    const QList<QStringList> out
        = maskTable({u"id"_s, u"d"_s}, {{u"d"_s, rule(u"shift:subject=id"_s)}}, rows);
    for (const QStringList &row : out)
        QVERIFY(qAbs(dayNumber(row[1]) - dayNumber(u"2024-06-15"_s)) <= 30);
    QCOMPARE(DateShiftMasker::offsetFor(0, 30), -1);
    QCOMPARE(DateShiftMasker::offsetFor(29, 30), -30);
    QCOMPARE(DateShiftMasker::offsetFor(30, 30), 1);
    QCOMPARE(DateShiftMasker::offsetFor(59, 30), 30);
}

void TestMaskOperators::shiftWithoutSubjectOrDate()
{
    MaskStats stats;
    const QList<QStringList> out
        = maskTable({u"id"_s, u"d"_s}, {{u"d"_s, rule(u"shift:subject=id"_s)}},
                    {{QString(), u"2024-01-01"_s}, // no subject: suppressed
                     {u"不详"_s, u"2024-01-01"_s}, // missing subject: suppressed
                     {u"A"_s, u"2024-02-30"_s}, // malformed date: suppressed
                     {u"A"_s, QString()}, // empty date stays empty
                     {u"A"_s, u"0001-01-01"_s}}, // may leave the calendar
                    &stats);
    QCOMPARE(out[0][1], kNull);
    QCOMPARE(out[1][1], kNull);
    QCOMPARE(out[2][1], kNull);
    QCOMPARE(out[3][1], QString());
    const int offset = expectedOffset("A", 30);
    QCOMPARE(out[4][1],
             offset < 0 ? kNull : u"0001-01-%1"_s.arg(1 + offset, 2, 10, QLatin1Char('0')));
    QCOMPARE(stats.columns[1].unreadable, offset < 0 ? 4 : 3);
}

void TestMaskOperators::shiftNeedsSubject()
{
    Result<MaskPlan> none
        = MaskPlan::compile({u"d"_s}, {{u"d"_s, rule(u"shift"_s)}}, environment());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::Usage);
    QVERIFY(none.error().message.contains(u"subject"_s));
    Result<MaskPlan> unknown
        = MaskPlan::compile({u"d"_s}, {{u"d"_s, rule(u"shift:subject=patient"_s)}}, environment());
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"patient"_s));
}

// --- coding, truncation, recoding ---------------------------------------------------------------

void TestMaskOperators::topAndBottomCoding_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below default max") << u"topcode"_s << u"89"_s << u"89"_s;
    QTest::newRow("at default max") << u"topcode"_s << u"90"_s << u"90+"_s;
    QTest::newRow("above") << u"topcode"_s << u"103"_s << u"90+"_s;
    QTest::newRow("decimal") << u"topcode"_s << u"89.9"_s << u"89.9"_s;
    QTest::newRow("kept trimmed") << u"topcode"_s << u" 45 "_s << u"45"_s;
    QTest::newRow("custom") << u"topcode:max=100000,label=>=100k"_s << u"250000.50"_s
                            << u">=100k"_s;
    QTest::newRow("custom label chinese")
        << u"topcode:max=80,label=80岁及以上"_s << u"85"_s << u"80岁及以上"_s;
    QTest::newRow("top not a number") << u"topcode"_s << u"九十"_s << kNull;
    QTest::newRow("bottom at min") << u"bottomcode:min=18"_s << u"18"_s << u"<=18"_s;
    QTest::newRow("bottom below") << u"bottomcode:min=18"_s << u"3"_s << u"<=18"_s;
    QTest::newRow("bottom above") << u"bottomcode:min=18"_s << u"19"_s << u"19"_s;
    QTest::newRow("bottom label") << u"bottomcode:min=1,label=<1"_s << u"0.5"_s << u"<1"_s;
    QTest::newRow("bottom negative") << u"bottomcode:min=-10"_s << u"-20"_s << u"<=-10"_s;
}

void TestMaskOperators::topAndBottomCoding()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(rule, value), expected);
}

void TestMaskOperators::truncate_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postal default 3") << u"truncate"_s << u"310012"_s << u"310000"_s;
    QTest::newRow("postal 2") << u"truncate:keep=2"_s << u"310012"_s << u"310000"_s;
    QTest::newRow("postal trimmed") << u"truncate:keep=3"_s << u" 100101 "_s << u"100000"_s;
    QTest::newRow("short digits") << u"truncate:keep=3"_s << u"12"_s << u"12"_s;
    QTest::newRow("id province") << u"truncate:keep=2"_s << u"330106199001011234"_s << u"330000"_s;
    QTest::newRow("id city") << u"truncate:keep=4"_s << u"330106199001011234"_s << u"330100"_s;
    QTest::newRow("id county") << u"truncate:keep=6"_s << u"330106199001011234"_s << u"330106"_s;
    QTest::newRow("id keep more") << u"truncate:keep=10"_s << u"11010519491231002x"_s
                                  << u"110105"_s;
    QTest::newRow("id keep 0") << u"truncate:keep=0"_s << u"11010519491231002X"_s << u"000000"_s;
    QTest::newRow("address") << u"truncate:keep=6"_s << u"浙江省杭州市西湖区文三路1号"_s
                             << u"浙江省杭州市"_s;
    QTest::newRow("text short") << u"truncate:keep=6"_s << u"杭州"_s << u"杭州"_s;
    QTest::newRow("code with letters") << u"truncate:keep=2"_s << u"SW1A 1AA"_s << u"SW"_s;
}

void TestMaskOperators::truncate()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(rule, value), expected);
}

void TestMaskOperators::recodeIcd10_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("chapter");
    QTest::newRow("subcategory") << u"I21.901"_s << u"I21"_s << u"I00-I99"_s;
    QTest::newRow("lower case") << u"i21.9"_s << u"I21"_s << u"I00-I99"_s;
    QTest::newRow("no dot") << u"I219"_s << u"I21"_s << u"I00-I99"_s;
    QTest::newRow("national extension") << u" E11.900x001 "_s << u"E11"_s << u"E00-E90"_s;
    QTest::newRow("dagger") << u"A17.0†"_s << u"A17"_s << u"A00-B99"_s;
    QTest::newRow("asterisk") << u"G01*"_s << u"G01"_s << u"G00-G99"_s;
    QTest::newRow("category only") << u"C50"_s << u"C50"_s << u"C00-D48"_s;
    QTest::newRow("neoplasm D") << u"D48.9"_s << u"D48"_s << u"C00-D48"_s;
    QTest::newRow("between chapters") << u"D49"_s << u"D49"_s << u"C00-D48"_s;
    QTest::newRow("blood") << u"D50.0"_s << u"D50"_s << u"D50-D89"_s;
    QTest::newRow("ear") << u"H60.3"_s << u"H60"_s << u"H60-H95"_s;
    QTest::newRow("eye") << u"H59"_s << u"H59"_s << u"H00-H59"_s;
    QTest::newRow("pregnancy") << u"O80"_s << u"O80"_s << u"O00-O99"_s;
    QTest::newRow("injury T") << u"T14.9"_s << u"T14"_s << u"S00-T98"_s;
    QTest::newRow("special U") << u"U07.1"_s << u"U07"_s << u"U00-U85"_s;
    QTest::newRow("external V") << u"V89.2"_s << u"V89"_s << u"V01-Y98"_s;
    QTest::newRow("external Y") << u"Y09"_s << u"Y09"_s << u"V01-Y98"_s;
    QTest::newRow("HIV Z21") << u"Z21"_s << u"Z21"_s << u"Z00-Z99"_s;
    QTest::newRow("first") << u"A00.0"_s << u"A00"_s << u"A00-B99"_s;
    QTest::newRow("text") << u"急性心肌梗死"_s << kNull << kNull;
    QTest::newRow("too short") << u"I2"_s << kNull << kNull;
    QTest::newRow("digit first") << u"121.9"_s << kNull << kNull;
    QTest::newRow("code and words") << u"I21.9 急性心梗"_s << kNull << kNull;
}

void TestMaskOperators::recodeIcd10()
{
    QFETCH(QString, value);
    QFETCH(QString, category);
    QFETCH(QString, chapter);
    QCOMPARE(maskOne(u"recode:table=builtin:icd10-category"_s, value), category);
    QCOMPARE(maskOne(u"recode:table=builtin:icd10-chapter"_s, value), chapter);
    const QString kept = category == kNull ? value.trimmed() : category;
    QCOMPARE(maskOne(u"recode:table=builtin:icd10-category,unmatched=keep"_s, value), kept);
}

void TestMaskOperators::recodeTableFile()
{
    QTemporaryDir dir;
    writeFile(dir, u"sex.csv"_s, "男,M\r\n女,F\n\"未说明, 其他\",X\n");
    writeFile(dir, u"dept.tsv"_s, "原科室\t新科室\n心内科\t内科\n心内科\t内科\n");
    const MaskEnvironment env = environment(dir.path());
    QCOMPARE(maskColumn(u"recode:table=sex.csv"_s, {u"男"_s, u" 女 "_s, u"未说明, 其他"_s, u"?"_s},
                        nullptr, env),
             (QStringList{u"M"_s, u"F"_s, u"X"_s, kNull}));
    QCOMPARE(maskColumn(u"recode:table=sex.csv,unmatched=keep"_s, {u"?"_s}, nullptr, env),
             QStringList{u"?"_s});
    // A header row only maps its own title; repeated identical rows are fine.
    QCOMPARE(maskColumn(u"recode:table=dept.tsv"_s, {u"心内科"_s}, nullptr, env),
             QStringList{u"内科"_s});
    // Absolute paths ignore the base directory.
    QCOMPARE(maskColumn(u"recode:table=\"%1\""_s.arg(dir.filePath(u"sex.csv"_s)), {u"女"_s}),
             QStringList{u"F"_s});
}

void TestMaskOperators::recodeTableErrors()
{
    QTemporaryDir dir;
    const QString conflict = writeFile(dir, u"conflict.csv"_s, "a,1\nb,2\na,3\n");
    const QString wide = writeFile(dir, u"wide.csv"_s, "a;1;x\nb;2;y\n");
    const auto compile = [&](const QString &ruleText) {
        return MaskPlan::compile({u"v"_s}, {{u"v"_s, rule(ruleText)}}, environment(dir.path()));
    };
    Result<MaskPlan> a = compile(u"recode:table=conflict.csv"_s);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::BadInput);
    QCOMPARE(a.error().file, conflict);
    QCOMPARE(a.error().line, 3);
    Result<MaskPlan> b = compile(u"recode:table=wide.csv"_s);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().file, wide);
    Result<MaskPlan> c = compile(u"recode:table=missing.csv"_s);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::BadInput);
    Result<MaskPlan> d = compile(u"recode:table=builtin:icd11"_s);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, ErrorCode::Usage);
    QVERIFY(d.error().message.contains(u"icd10-category"_s));
    Result<MaskPlan> e = compile(u"recode"_s);
    QVERIFY(!e.ok());
    QVERIFY(e.error().message.contains(u"table"_s));
}

void TestMaskOperators::hierarchy_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("level 0") << 0 << u"西湖区"_s << u"西湖区"_s;
    QTest::newRow("level 1") << 1 << u"西湖区"_s << u"杭州市"_s;
    QTest::newRow("level 2") << 2 << u"鄞州区"_s << u"浙江省"_s;
    QTest::newRow("level 3") << 3 << u"海淀区"_s << u"*"_s;
    QTest::newRow("trimmed") << 1 << u" 鄞州区 "_s << u"宁波市"_s;
    QTest::newRow("unlisted") << 1 << u"浦东新区"_s << kNull;
}

void TestMaskOperators::hierarchy()
{
    QFETCH(int, level);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir, u"district.csv"_s,
              "西湖区;杭州市;浙江省;*\n上城区;杭州市;浙江省;*\n鄞州区;宁波市;浙江省;*\n海淀区;"
              "北京市;北京市;*\n");
    QCOMPARE(maskOne(u"hierarchy:file=district.csv,level=%1"_s.arg(level), value,
                     environment(dir.path())),
             expected);
}

void TestMaskOperators::hierarchyErrors()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"h.csv"_s, "a;x;*\nb;y\n");
    writeFile(dir, u"ok.csv"_s, "a;x;*\n");
    const auto compile = [&](const QString &ruleText) {
        return MaskPlan::compile({u"v"_s}, {{u"v"_s, rule(ruleText)}}, environment(dir.path()));
    };
    Result<MaskPlan> ragged = compile(u"hierarchy:file=h.csv"_s);
    QVERIFY(!ragged.ok());
    QCOMPARE(ragged.error().file, path);
    QCOMPARE(ragged.error().line, 2);
    Result<MaskPlan> deep = compile(u"hierarchy:file=ok.csv,level=3"_s);
    QVERIFY(!deep.ok());
    QCOMPARE(deep.error().code, ErrorCode::Usage);
    QVERIFY(deep.error().message.contains(u"level"_s));
    QVERIFY(compile(u"hierarchy:file=ok.csv,level=2"_s).ok());
    QVERIFY(!compile(u"hierarchy"_s).ok());
    QCOMPARE(compile(u"hierarchy:file=none.csv"_s).error().code, ErrorCode::BadInput);
    // The adult hierarchies bundled with the tests load and generalise.
    QCOMPARE(maskOne(u"hierarchy:file=adult_hierarchy_age.csv,level=1"_s, u"39"_s,
                     environment(QStringLiteral(STEWARD_TEST_DATA_DIR "/adult"))),
             u"35-39"_s);
}

void TestMaskOperators::scrub_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no identifier")
        << u"患者入院后完善相关检查, 予抗感染治疗"_s << u"患者入院后完善相关检查, 予抗感染治疗"_s;
    QTest::newRow("mobile") << u"家属陪同, 联系电话13812345678"_s << u"家属陪同, 联系电话[PHONE]"_s;
    QTest::newRow("mobile spaced +86")
        << u"call +86 138 1234 5678 today"_s << u"call [PHONE] today"_s;
    QTest::newRow("two phones") << u"13812345678或13987654321"_s << u"[PHONE]或[PHONE]"_s;
    QTest::newRow("landline") << u"单位电话0571-88881234。"_s << u"单位电话[PHONE]。"_s;
    QTest::newRow("resident id") << u"身份证110105198503121234已核对"_s << u"身份证[ID]已核对"_s;
    QTest::newRow("id bad checksum kept")
        << u"编号110105198503121235"_s << u"编号110105198503121235"_s;
    QTest::newRow("email") << u"邮箱 li.wei@example.com 已登记"_s << u"邮箱 [EMAIL] 已登记"_s;
    QTest::newRow("name after label") << u"患者：张伟，男，45岁"_s << u"患者：[NAME]，男，45岁"_s;
    QTest::newRow("record number") << u"住院号: 2400012345 转入"_s << u"住院号: [RECORD_NO] 转入"_s;
    QTest::newRow("emoji kept") << u"😀 电话13812345678 😀"_s << u"😀 电话[PHONE] 😀"_s;
    QTest::newRow("multiline") << u"术后第5天拆线\n联系13812345678"_s
                               << u"术后第5天拆线\n联系[PHONE]"_s;
    QTest::newRow("date not an identifier") << u"2024-03-05复查"_s << u"2024-03-05复查"_s;
}

void TestMaskOperators::scrub()
{
    QFETCH(QString, note);
    QFETCH(QString, expected);
    QCOMPARE(maskOne(u"scrub"_s, note), expected);
}

void TestMaskOperators::scrubPlaceholders()
{
    QCOMPARE(ScrubMasker::placeholderFor(u"phone"_s), u"[PHONE]"_s);
    QCOMPARE(ScrubMasker::placeholderFor(u"identity_number"_s), u"[ID]"_s);
    QCOMPARE(ScrubMasker::placeholderFor(u"bank_card"_s), u"[BANK_CARD]"_s);
}

void TestMaskOperators::suppress()
{
    MaskStats stats;
    QCOMPARE(maskColumn(u"suppress"_s, {u"a"_s, QString(), u"张三"_s, u"不详"_s}, &stats),
             (QStringList{kNull, QString(), kNull, u"不详"_s}));
    QCOMPARE(stats.columns[0].suppressed, 2);
    QCOMPARE(stats.columns[0].unreadable, 0);
}

// --- plan and worker --------------------------------------------------------------------------

void TestMaskOperators::planErrors()
{
    const QStringList columns = {u"a"_s, u"b"_s};
    Result<MaskPlan> unknown
        = MaskPlan::compile(columns, {{u"c"_s, rule(u"keep"_s)}}, environment());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::Usage);
    QVERIFY(unknown.error().message.contains(u"'c'"_s));
    Result<MaskPlan> twice = MaskPlan::compile(
        columns, {{u"a"_s, rule(u"keep"_s)}, {u"a"_s, rule(u"drop"_s)}}, environment());
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().message.contains(u"'a'"_s));
    Result<MaskPlan> bottom
        = MaskPlan::compile(columns, {{u"a"_s, rule(u"bottomcode"_s)}}, environment());
    QVERIFY(!bottom.ok());
    QVERIFY(bottom.error().message.contains(u"min"_s));
    // Columns without a rule are kept.
    Result<MaskPlan> plan = MaskPlan::compile(columns, {}, environment());
    QVERIFY(plan.ok());
    QCOMPARE(plan->rule(1).op(), MaskOperator::Keep);
    QCOMPARE(plan->outputColumnNames(), columns);
}

void TestMaskOperators::planNeedsSecret()
{
    const QList<std::pair<QString, MaskRule>> rules = {{u"a"_s, rule(u"pseudonym"_s)}};
    QVERIFY(MaskPlan::needsSecret(rules));
    QVERIFY(!MaskPlan::needsSecret({{u"a"_s, rule(u"date"_s)}}));
    MaskEnvironment noSecret;
    Result<MaskPlan> plan = MaskPlan::compile({u"a"_s}, rules, noSecret);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::Usage);
    QVERIFY(plan.error().message.contains(u"secret"_s));
    QVERIFY(plan.error().message.contains(u"'a'"_s));
    QVERIFY(MaskPlan::compile({u"a"_s}, {{u"a"_s, rule(u"date"_s)}}, noSecret).ok());
}

void TestMaskOperators::rowsShorterThanColumns()
{
    Result<MaskPlan> plan
        = MaskPlan::compile({u"a"_s, u"b"_s, u"c"_s}, {{u"c"_s, rule(u"redact"_s)}}, environment());
    Result<MaskWorker> worker = MaskWorker::create(*plan);
    const std::vector<MaskedCell> &cells = worker->maskRow({"x"});
    QCOMPARE(cells.size(), size_t(3));
    QCOMPARE(text(cells[0]), u"x"_s);
    QCOMPARE(text(cells[1]), QString());
    QCOMPARE(text(cells[2]), QString());
    QCOMPARE(worker->stats().columns[2].empty, 1);
}

void TestMaskOperators::threadsGiveTheSameResult()
{
    const QStringList columns = {u"id"_s, u"phone"_s, u"d"_s, u"note"_s};
    const QList<std::pair<QString, MaskRule>> rules = {{u"id"_s, rule(u"pseudonym"_s)},
                                                       {u"phone"_s, rule(u"pseudonym"_s)},
                                                       {u"d"_s, rule(u"shift:subject=id"_s)},
                                                       {u"note"_s, rule(u"scrub"_s)}};
    Result<MaskPlan> plan = MaskPlan::compile(columns, rules, environment());
    QVERIFY(plan.ok());
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 2000; ++i) {
        rows.push_back({"ID" + std::to_string(i % 700), "+86 138 " + std::to_string(10000000 + i),
                        "2024-01-" + std::to_string(10 + i % 20),
                        "电话1381234" + std::to_string(5000 + i)});
    }
    const auto run = [&](std::vector<std::string> *out) {
        Result<MaskWorker> worker = MaskWorker::create(*plan);
        for (const auto &row : rows) {
            const std::vector<std::string_view> views(row.begin(), row.end());
            std::string joined;
            for (const MaskedCell &cell : worker->maskRow(views))
                joined.append(cell.text).append("|");
            out->push_back(joined);
        }
    };
    std::vector<std::string> single;
    run(&single);
    std::vector<std::string> a;
    std::vector<std::string> b;
    std::thread ta(run, &a);
    std::thread tb(run, &b);
    ta.join();
    tb.join();
    QVERIFY(a == single);
    QVERIFY(b == single);
}

void TestMaskOperators::hmacMatchesRfc4231()
{
    Result<HmacSha256> mac = HmacSha256::create("Jefe");
    QVERIFY(mac.ok());
    HmacSha256::Digest digest;
    QVERIFY(mac->compute("what do ya want for nothing?", digest));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(digest.data()), 32).toHex();
    QCOMPARE(hex, QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    // Reused context and a clone give the same digest again.
    HmacSha256::Digest again;
    QVERIFY(mac->compute("what do ya want for nothing?", again));
    QVERIFY(again == digest);
    Result<HmacSha256> copy = mac->clone();
    QVERIFY(copy.ok());
    QVERIFY(copy->compute("what do ya want for nothing?", again));
    QVERIFY(again == digest);
}

QTEST_GUILESS_MAIN(TestMaskOperators)
#include "test_maskoperators.moc"
