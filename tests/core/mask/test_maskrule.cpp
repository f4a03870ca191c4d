// Masking rules: the command-line syntax OPERATOR[:K=V,…] (quoted values), FIELD=OPERATOR
// assignments, JSON round trip and the errors that name the parameter.

#include "core/mask/MaskRule.h"

#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace Qt::Literals::StringLiterals;

using Params = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(MaskOperator)

class TestMaskRule : public QObject {
    Q_OBJECT

private slots:
    void parsesValidRules_data();
    void parsesValidRules();
    void formatRoundTrips_data();
    void formatRoundTrips();
    void rejectsInvalidRules_data();
    void rejectsInvalidRules();
    void errorsNeverQuoteValues();
    void parsesAssignments_data();
    void parsesAssignments();
    void rejectsBadAssignments();
    void jsonRoundTrips_data();
    void jsonRoundTrips();
    void jsonUsesNumbersForNumericParams();
    void jsonAcceptsNumbersArraysAndStrings();
    void jsonRejectsMalformed_data();
    void jsonRejectsMalformed();
    void operatorNamesAreTheContract();
    void secretNeedingOperators();
};

void TestMaskRule::parsesValidRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MaskOperator>("op");
    QTest::addColumn<Params>("params");

    QTest::newRow("keep") << u"keep"_s << MaskOperator::Keep << Params{};
    QTest::newRow("upper case, spaces") << u"  KEEP "_s << MaskOperator::Keep << Params{};
    QTest::newRow("trailing colon") << u"drop:"_s << MaskOperator::Drop << Params{};
    QTest::newRow("redact") << u"redact:text=[removed]"_s << MaskOperator::Redact
                            << Params{{u"text"_s, u"[removed]"_s}};
    QTest::newRow("redact quoted comma")
        << uR"(redact:text="a, b")"_s << MaskOperator::Redact << Params{{u"text"_s, u"a, b"_s}};
    QTest::newRow("redact doubled quotes")
        << uR"(redact:text="say ""no""")"_s << MaskOperator::Redact
        << Params{{u"text"_s, uR"(say "no")"_s}};
    QTest::newRow("redact empty quoted")
        << uR"(redact:text="")"_s << MaskOperator::Redact << Params{{u"text"_s, QString()}};
    QTest::newRow("redact empty unquoted")
        << u"redact:text="_s << MaskOperator::Redact << Params{{u"text"_s, QString()}};
    QTest::newRow("redact chinese")
        << u"redact:text=已删除"_s << MaskOperator::Redact << Params{{u"text"_s, u"已删除"_s}};
    QTest::newRow("mask") << u"mask:first=3,last=4,char=#"_s << MaskOperator::Mask
                          << Params{{u"first"_s, u"3"_s}, {u"last"_s, u"4"_s}, {u"char"_s, u"#"_s}};
    QTest::newRow("mask spaces around") << u"mask: first = 3 , last=4"_s << MaskOperator::Mask
                                        << Params{{u"first"_s, u"3"_s}, {u"last"_s, u"4"_s}};
    QTest::newRow("mask full-width char")
        << u"mask:char=＊"_s << MaskOperator::Mask << Params{{u"char"_s, u"＊"_s}};
    QTest::newRow("mask quoted comma char")
        << uR"(mask:char=",")"_s << MaskOperator::Mask << Params{{u"char"_s, u","_s}};
    QTest::newRow("mask canonical number")
        << u"mask:first=03"_s << MaskOperator::Mask << Params{{u"first"_s, u"3"_s}};
    QTest::newRow("pseudonym") << u"pseudonym"_s << MaskOperator::Pseudonym << Params{};
    QTest::newRow("pseudonym prefix")
        << u"pseudonym:prefix=P-"_s << MaskOperator::Pseudonym << Params{{u"prefix"_s, u"P-"_s}};
    QTest::newRow("bands width") << u"bands:width=10"_s << MaskOperator::Bands
                                 << Params{{u"width"_s, u"10"_s}};
    QTest::newRow("bands decimal width")
        << u"bands:width=0.5"_s << MaskOperator::Bands << Params{{u"width"_s, u"0.5"_s}};
    QTest::newRow("bands breaks") << uR"(bands:breaks="18,40,65")"_s << MaskOperator::Bands
                                  << Params{{u"breaks"_s, u"18,40,65"_s}};
    QTest::newRow("bands one break")
        << u"bands:breaks=18"_s << MaskOperator::Bands << Params{{u"breaks"_s, u"18"_s}};
    QTest::newRow("bands breaks spaced")
        << uR"(bands:breaks=" 18, 40 ,65.5")"_s << MaskOperator::Bands
        << Params{{u"breaks"_s, u"18,40,65.5"_s}};
    QTest::newRow("date") << u"date:to=quarter"_s << MaskOperator::Date
                          << Params{{u"to"_s, u"quarter"_s}};
    QTest::newRow("date upper") << u"date:to=MONTH"_s << MaskOperator::Date
                                << Params{{u"to"_s, u"month"_s}};
    QTest::newRow("shift") << u"shift:days=180,subject=身份证号"_s << MaskOperator::Shift
                           << Params{{u"days"_s, u"180"_s}, {u"subject"_s, u"身份证号"_s}};
    QTest::newRow("shift quoted subject")
        << uR"(shift:subject="id, patient")"_s << MaskOperator::Shift
        << Params{{u"subject"_s, u"id, patient"_s}};
    QTest::newRow("topcode") << u"topcode:max=90,label=90+"_s << MaskOperator::TopCode
                             << Params{{u"max"_s, u"90"_s}, {u"label"_s, u"90+"_s}};
    QTest::newRow("bottomcode negative")
        << u"bottomcode:min=-5.5"_s << MaskOperator::BottomCode << Params{{u"min"_s, u"-5.5"_s}};
    QTest::newRow("truncate") << u"truncate:keep=3"_s << MaskOperator::Truncate
                              << Params{{u"keep"_s, u"3"_s}};
    QTest::newRow("recode builtin")
        << u"recode:table=builtin:icd10-chapter"_s << MaskOperator::Recode
        << Params{{u"table"_s, u"builtin:icd10-chapter"_s}};
    QTest::newRow("recode file unmatched")
        << u"recode:table=/tmp/t.csv,unmatched=keep"_s << MaskOperator::Recode
        << Params{{u"table"_s, u"/tmp/t.csv"_s}, {u"unmatched"_s, u"keep"_s}};
    QTest::newRow("hierarchy") << u"hierarchy:file=h.csv,level=2"_s << MaskOperator::Hierarchy
                               << Params{{u"file"_s, u"h.csv"_s}, {u"level"_s, u"2"_s}};
    QTest::newRow("hierarchy level 0")
        << u"hierarchy:level=0,file=h.csv"_s << MaskOperator::Hierarchy
        << Params{{u"level"_s, u"0"_s}, {u"file"_s, u"h.csv"_s}};
    QTest::newRow("scrub") << u"scrub"_s << MaskOperator::Scrub << Params{};
    QTest::newRow("suppress") << u"suppress"_s << MaskOperator::Suppress << Params{};
}

void TestMaskRule::parsesValidRules()
{
    QFETCH(QString, text);
    QFETCH(MaskOperator, op);
    QFETCH(Params, params);
    const Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY2(rule.ok(), rule.ok() ? "" : qPrintable(rule.error().message));
    QCOMPARE(rule->op(), op);
    QCOMPARE(rule->params(), params);
}

void TestMaskRule::formatRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("plain") << u"keep"_s << u"keep"_s;
    QTest::newRow("case and spaces") << u" Bands : width = 10 "_s << u"bands:width=10"_s;
    QTest::newRow("comma quoted") << uR"(redact:text="a,b")"_s << uR"(redact:text="a,b")"_s;
    QTest::newRow("quote doubled") << uR"(redact:text="x""y")"_s << uR"(redact:text="x""y")"_s;
    QTest::newRow("empty quoted") << u"redact:text="_s << uR"(redact:text="")"_s;
    QTest::newRow("leading space kept") << uR"(redact:text=" x")"_s << uR"(redact:text=" x")"_s;
    QTest::newRow("breaks") << uR"(bands:breaks="18, 40,65")"_s << uR"(bands:breaks="18,40,65")"_s;
    QTest::newRow("numbers canonical")
        << u"shift:days=030,subject=id"_s << u"shift:days=30,subject=id"_s;
    QTest::newRow("unicode") << u"shift:subject=身份证号"_s << u"shift:subject=身份证号"_s;
    QTest::newRow("order kept") << u"mask:char=x,first=2"_s << u"mask:char=x,first=2"_s;
}

void TestMaskRule::formatRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY(rule.ok());
    QCOMPARE(rule->format(), formatted);
    const Result<MaskRule> again = MaskRule::parse(rule->format());
    QVERIFY(again.ok());
    QVERIFY(*again == *rule);
}

void TestMaskRule::rejectsInvalidRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // what the message must name

    QTest::newRow("empty") << QString() << u"operator"_s;
    QTest::newRow("unknown operator") << u"blur"_s << u"blur"_s;
    QTest::newRow("keep takes none") << u"keep:x=1"_s << u"keep"_s;
    QTest::newRow("unknown param") << u"bands:widht=10"_s << u"widht"_s;
    QTest::newRow("unknown param lists allowed") << u"bands:widht=10"_s << u"width, breaks"_s;
    QTest::newRow("no value") << u"bands:width"_s << u"width"_s;
    QTest::newRow("no name") << u"bands:=10"_s << u"parameter name"_s;
    QTest::newRow("trailing comma") << u"bands:width=10,"_s << u"after ','"_s;
    QTest::newRow("duplicate") << u"mask:first=1,first=2"_s << u"twice"_s;
    QTest::newRow("unclosed quote") << uR"(redact:text="abc)"_s << u"not closed"_s;
    QTest::newRow("text after quote") << uR"(redact:text="a"b)"_s << u"text"_s;
    QTest::newRow("stray quote") << uR"(redact:text=a"b)"_s << u"text"_s;
    QTest::newRow("width zero") << u"bands:width=0"_s << u"width"_s;
    QTest::newRow("width negative") << u"bands:width=-5"_s << u"width"_s;
    QTest::newRow("width text") << u"bands:width=ten"_s << u"width"_s;
    QTest::newRow("width and breaks") << uR"(bands:width=5,breaks="1,2")"_s << u"not both"_s;
    QTest::newRow("breaks unordered") << uR"(bands:breaks="40,18")"_s << u"breaks"_s;
    QTest::newRow("breaks repeated") << uR"(bands:breaks="18,18")"_s << u"breaks"_s;
    QTest::newRow("breaks empty item") << uR"(bands:breaks="18,,40")"_s << u"breaks"_s;
    QTest::newRow("first fraction") << u"mask:first=1.5"_s << u"first"_s;
    QTest::newRow("first negative") << u"mask:first=-1"_s << u"first"_s;
    QTest::newRow("char two") << u"mask:char=ab"_s << u"char"_s;
    QTest::newRow("char empty") << u"mask:char="_s << u"char"_s;
    QTest::newRow("date to") << u"date:to=week"_s << u"year, month, quarter"_s;
    QTest::newRow("days zero") << u"shift:days=0"_s << u"days"_s;
    QTest::newRow("days huge") << u"shift:days=100000"_s << u"days"_s;
    QTest::newRow("subject empty") << u"shift:subject="_s << u"subject"_s;
    QTest::newRow("max inf") << u"topcode:max=inf"_s << u"max"_s;
    QTest::newRow("min nan") << u"bottomcode:min=nan"_s << u"min"_s;
    QTest::newRow("keep text") << u"truncate:keep=all"_s << u"keep"_s;
    QTest::newRow("table empty") << u"recode:table="_s << u"table"_s;
    QTest::newRow("unmatched") << u"recode:table=t.csv,unmatched=drop"_s << u"unmatched"_s;
    QTest::newRow("level negative") << u"hierarchy:file=h.csv,level=-1"_s << u"level"_s;
}

void TestMaskRule::rejectsInvalidRules()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error().code, ErrorCode::Usage);
    QVERIFY2(rule.error().message.contains(mentions), qPrintable(rule.error().message));
}

void TestMaskRule::errorsNeverQuoteValues()
{
    // Parameter values may be copied from data (a redaction text, a label): messages name the
    // parameter and the operator, never the value.
    const QStringList texts = {u"mask:char=张三"_s, u"bands:width=13800138000x"_s,
                               u"topcode:max=330106199001011234X"_s, u"date:to=2024-01-02"_s};
    for (const QString &text : texts) {
        const Result<MaskRule> rule = MaskRule::parse(text);
        QVERIFY(!rule.ok());
        const QString value = text.mid(text.indexOf(u'=') + 1);
        QVERIFY2(!rule.error().message.contains(value), qPrintable(rule.error().message));
    }
}

void TestMaskRule::parsesAssignments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");

    QTest::newRow("simple") << u"age=bands:width=5"_s << u"age"_s << u"bands:width=5"_s;
    QTest::newRow("chinese") << u"出院日期=shift:days=30,subject=身份证号"_s << u"出院日期"_s
                             << u"shift:days=30,subject=身份证号"_s;
    QTest::newRow("spaces") << u" patient name = drop"_s << u"patient name"_s << u"drop"_s;
    QTest::newRow("field with equals") << u"a=b=keep"_s << u"a=b"_s << u"keep"_s;
    QTest::newRow("field with colon") << u"x:y=pseudonym"_s << u"x:y"_s << u"pseudonym"_s;
}

void TestMaskRule::parsesAssignments()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const auto parsed = MaskRule::parseAssignment(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->first, field);
    QCOMPARE(parsed->second.format(), rule);
}

void TestMaskRule::rejectsBadAssignments()
{
    QVERIFY(!MaskRule::parseAssignment(u"keep").ok());
    QVERIFY(!MaskRule::parseAssignment(u"=keep").ok());
    const auto bad = MaskRule::parseAssignment(u"age=bands:width=x");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Usage);
    QVERIFY(bad.error().message.contains(u"width"_s));
    // Positions count in the whole assignment.
    const auto unclosed = MaskRule::parseAssignment(uR"(f=redact:text="x)");
    QVERIFY(!unclosed.ok());
    QVERIFY2(unclosed.error().message.contains(u"15"_s), qPrintable(unclosed.error().message));
}

void TestMaskRule::jsonRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = {u"keep"_s,
                               u"drop"_s,
                               uR"(redact:text="a,""b""")"_s,
                               u"mask:first=3,last=4,char=＊"_s,
                               u"pseudonym:prefix=P"_s,
                               uR"(bands:breaks="18,40.5,65")"_s,
                               u"bands:width=0.25"_s,
                               u"date:to=month"_s,
                               u"shift:days=30,subject=身份证号"_s,
                               u"topcode:max=90,label=90+"_s,
                               u"bottomcode:min=-3,label=low"_s,
                               u"truncate:keep=2"_s,
                               u"recode:table=builtin:icd10-category,unmatched=keep"_s,
                               u"hierarchy:file=a/b.csv,level=3"_s,
                               u"scrub"_s,
                               u"suppress"_s};
    for (const QString &text : texts)
        QTest::newRow(qPrintable(text)) << text;
}

void TestMaskRule::jsonRoundTrips()
{
    QFETCH(QString, text);
    const Result<MaskRule> rule = MaskRule::parse(text);
    QVERIFY(rule.ok());
    const QByteArray json = QJsonDocument(rule->toJson()).toJson(QJsonDocument::Compact);
    const Result<MaskRule> back = MaskRule::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(*back == *rule);
    QCOMPARE(back->format(), rule->format());
}

void TestMaskRule::jsonUsesNumbersForNumericParams()
{
    const Result<MaskRule> rule = MaskRule::parse(u"mask:first=3,char=x");
    QVERIFY(rule.ok());
    const QJsonObject json = rule->toJson();
    QCOMPARE(json.value(u"operator"_s).toString(), u"mask"_s);
    const QJsonObject params = json.value(u"params"_s).toObject();
    QVERIFY(params.value(u"first"_s).isDouble());
    QCOMPARE(params.value(u"first"_s).toDouble(), 3.0);
    QVERIFY(params.value(u"char"_s).isString());
    QVERIFY(MaskRule().toJson().value(u"params"_s).toObject().isEmpty());
}

void TestMaskRule::jsonAcceptsNumbersArraysAndStrings()
{
    const auto parse = [](const char *json) {
        return MaskRule::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    };
    Result<MaskRule> a = parse(R"({"operator": "bands", "params": {"breaks": [18, 40, 65]}})");
    QVERIFY(a.ok());
    QCOMPARE(a->format(), uR"(bands:breaks="18,40,65")"_s);
    Result<MaskRule> b
        = parse(R"({"operator": "shift", "params": {"days": "30", "subject": "id"}})");
    QVERIFY(b.ok());
    QCOMPARE(b->format(), u"shift:days=30,subject=id"_s);
    Result<MaskRule> c = parse(R"({"operator": "SCRUB"})");
    QVERIFY(c.ok());
    QCOMPARE(c->op(), MaskOperator::Scrub);
    // Parameters come out in the operator's order whatever the JSON key order.
    Result<MaskRule> d = parse(R"({"operator": "mask", "params": {"last": 2, "first": 1}})");
    QVERIFY(d.ok());
    QCOMPARE(d->format(), u"mask:first=1,last=2"_s);
}

void TestMaskRule::jsonRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no operator") << QByteArray(R"({"params": {}})");
    QTest::newRow("operator number") << QByteArray(R"({"operator": 3})");
    QTest::newRow("unknown operator") << QByteArray(R"({"operator": "blur"})");
    QTest::newRow("params array") << QByteArray(R"({"operator": "keep", "params": []})");
    QTest::newRow("param bool") << QByteArray(R"({"operator": "mask", "params": {"first": true}})");
    QTest::newRow("param unknown")
        << QByteArray(R"({"operator": "mask", "params": {"middle": 1}})");
    QTest::newRow("breaks strings")
        << QByteArray(R"({"operator": "bands", "params": {"breaks": ["a"]}})");
    QTest::newRow("width bad") << QByteArray(R"({"operator": "bands", "params": {"width": -1}})");
}

void TestMaskRule::jsonRejectsMalformed()
{
    QFETCH(QByteArray, json);
    const Result<MaskRule> rule = MaskRule::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error().code, ErrorCode::BadInput);
}

void TestMaskRule::operatorNamesAreTheContract()
{
    QCOMPARE(maskOperatorNames(),
             (QStringList{u"keep"_s, u"drop"_s, u"redact"_s, u"mask"_s, u"pseudonym"_s, u"bands"_s,
                          u"date"_s, u"shift"_s, u"topcode"_s, u"bottomcode"_s, u"truncate"_s,
                          u"recode"_s, u"hierarchy"_s, u"scrub"_s, u"suppress"_s}));
    for (const QString &name : maskOperatorNames())
        QCOMPARE(maskOperatorName(*maskOperatorFromName(name)), name);
    QVERIFY(!maskOperatorFromName(u"").has_value());
}

void TestMaskRule::secretNeedingOperators()
{
    QVERIFY(MaskRule(MaskOperator::Pseudonym).needsSecret());
    QVERIFY(MaskRule(MaskOperator::Shift).needsSecret());
    QVERIFY(!MaskRule(MaskOperator::Date).needsSecret());
    QVERIFY(!MaskRule().needsSecret());
    QCOMPARE(MaskRule().op(), MaskOperator::Keep);
}

QTEST_GUILESS_MAIN(TestMaskRule)
#include "test_maskrule.moc"
