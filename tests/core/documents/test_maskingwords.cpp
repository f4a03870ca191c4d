// Masking rules in the words of each document language: every operator, its parameters and
// their defaults, the built-in hierarchies by level, and ages read as years.

#include "core/documents/DocumentTemplate.h"
#include "core/documents/MaskingWords.h"

#include <QRegularExpression>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

namespace {

const DocumentTemplate &tmpl(const QString &language)
{
    static QHash<QString, DocumentTemplate> cache;
    if (!cache.contains(language)) {
        Result<DocumentTemplate> loaded = DocumentTemplate::load(DocumentKind::Agreement, language);
        if (!loaded)
            qFatal("template: %s", qPrintable(loaded.error().toString()));
        cache.insert(language, *loaded);
    }
    return cache[language];
}

QString words(const QString &ruleText, const QString &language, const QString &field = {})
{
    Result<MaskRule> rule = MaskRule::parse(ruleText);
    if (!rule)
        qFatal("rule: %s", qPrintable(rule.error().message));
    return MaskingWords::describe(*rule, tmpl(language), field);
}

} // namespace

class TestMaskingWords : public QObject {
    Q_OBJECT

private slots:
    void english_data();
    void english();
    void chinese_data();
    void chinese();
    void everyOperatorHasWordsInBothLanguages();
};

void TestMaskingWords::english_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("keep") << u"keep"_s << QString() << u"released unchanged"_s;
    QTest::newRow("drop") << u"drop"_s << QString() << u"removed (not released)"_s;
    QTest::newRow("redact default") << u"redact"_s << QString() << u"replaced by the fixed text “***”"_s;
    QTest::newRow("redact text") << u"redact:text=[removed]"_s << QString() << u"replaced by the fixed text “[removed]”"_s;
    QTest::newRow("redact empty") << u"redact:text=\"\""_s << QString() << u"emptied (every value replaced by an empty text)"_s;
    QTest::newRow("mask default") << u"mask"_s << QString() << u"partially masked: the first 1 and last 1 characters kept"_s;
    QTest::newRow("mask 3/4") << u"mask:first=3,last=4"_s << QString() << u"partially masked: the first 3 and last 4 characters kept"_s;
    QTest::newRow("mask all") << u"mask:first=0,last=0"_s << QString() << u"fully masked"_s;
    QTest::newRow("pseudonym") << u"pseudonym:prefix=P"_s << QString() << u"keyed pseudonym (HMAC-SHA256)"_s;
    QTest::newRow("bands age") << u"bands:width=5"_s << u"age"_s << u"5-year bands"_s;
    QTest::newRow("bands 年龄") << u"bands:width=5"_s << u"年龄"_s << u"5-year bands"_s;
    QTest::newRow("bands fee") << u"bands:width=100"_s << u"fee"_s << u"bands of 100"_s;
    QTest::newRow("bands passage") << u"bands:width=10"_s << u"passage"_s << u"bands of 10"_s;
    QTest::newRow("bands default") << u"bands"_s << QString() << u"bands of 10"_s;
    QTest::newRow("bands breaks") << u"bands:breaks=\"18,45,65\""_s << u"age"_s
                                  << u"bands with limits at 18, 45, 65, below 18 together, 65 and over together"_s;
    QTest::newRow("bands even breaks") << u"bands:breaks=\"0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75,80,85,90\""_s
                                       << u"年龄"_s << u"5-year bands, 90 and over together"_s;
    QTest::newRow("bands even fee") << u"bands:breaks=\"100,200,300\""_s << u"fee"_s
                                    << u"bands of 100, below 100 together, 300 and over together"_s;
    QTest::newRow("date default") << u"date"_s << QString() << u"year only"_s;
    QTest::newRow("date month") << u"date:to=month"_s << QString() << u"year and month only"_s;
    QTest::newRow("date quarter") << u"date:to=quarter"_s << QString() << u"year and quarter only"_s;
    QTest::newRow("shift") << u"shift:days=15,subject=id"_s << QString()
                           << u"shifted by up to 15 days earlier or later, the same shift for all dates of a person"_s;
    QTest::newRow("shift default") << u"shift:subject=id"_s << QString()
                                   << u"shifted by up to 30 days earlier or later, the same shift for all dates of a person"_s;
    QTest::newRow("topcode") << u"topcode:max=90"_s << QString() << u"values of 90 and over shown as “90+”"_s;
    QTest::newRow("topcode default") << u"topcode"_s << QString() << u"values of 90 and over shown as “90+”"_s;
    QTest::newRow("topcode label") << u"topcode:max=85,label=85 plus"_s << QString() << u"values of 85 and over shown as “85 plus”"_s;
    QTest::newRow("bottomcode") << u"bottomcode:min=1"_s << QString() << u"values of 1 and under shown as “<=1”"_s;
    QTest::newRow("truncate") << u"truncate:keep=3"_s << QString() << u"only the first 3 characters kept (digit codes padded with zeros)"_s;
    QTest::newRow("recode category") << u"recode:table=builtin:icd10-category"_s << QString() << u"ICD-10 category only (3 characters)"_s;
    QTest::newRow("recode chapter") << u"recode:table=builtin:icd10-chapter"_s << QString() << u"ICD-10 chapter only"_s;
    QTest::newRow("recode file") << u"recode:table=map.csv"_s << QString() << u"recoded with a table, unlisted values suppressed"_s;
    QTest::newRow("recode file keep") << u"recode:table=map.csv,unmatched=keep"_s << QString() << u"recoded with a table, unlisted values kept"_s;
    QTest::newRow("interval top") << u"hierarchy:builder=\"interval:5,10;top=90\",level=1"_s << u"age"_s
                                  << u"5-year bands, 90 and over together"_s;
    QTest::newRow("interval level 2") << u"hierarchy:builder=\"interval:5,10;top=90\",level=2"_s << u"age"_s
                                      << u"10-year bands, 90 and over together"_s;
    QTest::newRow("interval all") << u"hierarchy:builder=\"interval:5,10;top=90\",level=3"_s << u"age"_s
                                  << u"fully generalised (every value shown as “*”)"_s;
    QTest::newRow("interval level 0") << u"hierarchy:builder=\"interval:5\",level=0"_s << u"age"_s
                                      << u"not generalised (level 0 of the hierarchy)"_s;
    QTest::newRow("date hierarchy") << u"hierarchy:builder=date,level=3"_s << QString() << u"year only"_s;
    QTest::newRow("date 5-year") << u"hierarchy:builder=date,level=4"_s << QString() << u"5-year periods"_s;
    QTest::newRow("region") << u"hierarchy:builder=region,level=2"_s << QString() << u"province only"_s;
    QTest::newRow("icd10 block") << u"hierarchy:builder=icd10,level=2"_s << QString() << u"ICD-10 block only"_s;
    QTest::newRow("redact") << u"hierarchy:builder=\"redact:4,2\",level=2"_s << QString()
                            << u"only the first 2 characters kept, the rest masked"_s;
    QTest::newRow("groups") << u"hierarchy:builder=\"groups:Surgery=a|b;Medicine=c\",level=1"_s << QString()
                            << u"grouped into: Surgery, Medicine"_s;
    QTest::newRow("flat") << u"hierarchy:builder=flat,level=1"_s << QString() << u"fully generalised (every value shown as “*”)"_s;
    QTest::newRow("stored") << u"hierarchy:level=2"_s << QString() << u"generalised to level 2 of the project's hierarchy for this field"_s;
    QTest::newRow("file") << u"hierarchy:file=h.csv,level=1"_s << QString() << u"generalised to level 1 of a hierarchy file"_s;
    QTest::newRow("scrub") << u"scrub"_s << QString() << u"identifiers in the text replaced by placeholders ([PHONE], [ID], [NAME] …)"_s;
    QTest::newRow("suppress") << u"suppress"_s << QString() << u"every value suppressed (left empty)"_s;
}

void TestMaskingWords::english()
{
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(words(rule, u"en"_s, field), expected);
}

void TestMaskingWords::chinese_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pseudonym") << u"pseudonym"_s << QString() << u"带密钥的假名（HMAC-SHA256）"_s;
    QTest::newRow("drop") << u"drop"_s << QString() << u"删除（不予提供）"_s;
    QTest::newRow("interval top") << u"hierarchy:builder=\"interval:5;top=90\",level=1"_s << u"年龄"_s
                                  << u"按 5 岁分段，90 及以上合并为一组"_s;
    QTest::newRow("date year") << u"date:to=year"_s << QString() << u"仅保留年份"_s;
    QTest::newRow("mask") << u"mask:first=3,last=4"_s << QString() << u"部分遮盖：保留前 3 位和后 4 位字符"_s;
    QTest::newRow("recode") << u"recode:table=builtin:icd10-category"_s << QString() << u"仅保留 ICD-10 类目（前 3 位）"_s;
    QTest::newRow("shift") << u"shift:days=10,subject=id"_s << QString() << u"随机提前或推后不超过 10 天，同一人的所有日期偏移相同"_s;
    QTest::newRow("even breaks") << u"bands:breaks=\"0,10,20,30\""_s << u"年龄"_s << u"按 10 岁分段，30 及以上合并为一组"_s;
    QTest::newRow("breaks") << u"bands:breaks=\"18,65\""_s << QString() << u"按分界点 18、65 分段，低于 18 合并为一组，65 及以上合并为一组"_s;
}

void TestMaskingWords::chinese()
{
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(words(rule, u"zh_CN"_s, field), expected);
}

void TestMaskingWords::everyOperatorHasWordsInBothLanguages()
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    static const QRegularExpression phraseKey(u"^mask\\.[a-z_.0-9]+$"_s);
    for (const QString &name : maskOperatorNames()) {
        QString text = name;
        if (name == u"shift"_s)
            text += u":subject=id"_s;
        else if (name == u"bottomcode"_s)
            text += u":min=1"_s;
        else if (name == u"recode"_s)
            text += u":table=map.csv"_s;
        for (const QString &language : DocumentTemplate::languages()) {
            const QString described = words(text, language);
            QVERIFY2(!described.isEmpty(), qPrintable(name));
            // A missing phrase would show as its key.
            QVERIFY2(!phraseKey.match(described).hasMatch() && !described.contains(u"mask."_s),
                     qPrintable(name + u": "_s + described));
            QVERIFY2(!described.contains(u'%'), qPrintable(name + u": "_s + described));
            if (language == u"zh_CN"_s)
                QVERIFY2(described.contains(han), qPrintable(name + u": "_s + described));
        }
    }
}

QTEST_GUILESS_MAIN(TestMaskingWords)
#include "test_maskingwords.moc"
