// DocumentJson: the exchange file written for offline editing reads back to the same content;
// malformed JSON and content that does not fit are refused with the line and column of the fault.

#include "tests/core/documents/DocumentTestSupport.h"
#include "core/common/JsonPositions.h"
#include "core/documents/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

DocumentState state(DocumentKind kind, const DocumentContent &content)
{
    DocumentState s;
    s.release.id = 1;
    s.release.name = u"r1"_s;
    s.release.recipientOrganisation = u"Research Institute"_s;
    s.release.purpose = u"a study"_s;
    s.release.language = u"en"_s;
    s.kind = kind;
    s.version.kind = kind;
    s.version.version = 3;
    s.version.savedBy = u"steward"_s;
    s.version.savedAt = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    s.version.content = content;
    s.version.facts = doctest::facts();
    s.currentFacts = doctest::facts();
    return s;
}

// A content with something in every editable place.
DocumentContent edited(const DocumentTemplate &t)
{
    DocumentContent c = DocumentContent::initial(t);
    if (t.kind == DocumentKind::Agreement) {
        c.texts.insert(u"purpose.statement"_s, u"Only for the readmission study. 仅用于研究。"_s);
        c.texts.insert(u"breach.hours"_s, u"48"_s);
        c.texts.insert(u"onward.sub_processors"_s, u"None.\nNot any."_s);
        return c;
    }
    c.texts.insert(u"context.processing"_s, u"Rewritten context."_s);
    c.texts.insert(u"context.dpo"_s, u"Ms. Zhao"_s);
    c.texts.insert(u"validation.decision_date"_s, u"2027-02-01"_s);
    c.texts.insert(u"validation.residual_risk"_s, u"accepted"_s);
    c.checks.insert(u"measures.contract"_s, true);
    c.checks.insert(u"measures.pseudonymisation"_s, false); // against the project's pre-tick
    c.risks[0].severityAfter = 1;
    c.risks[0].impacts = u"Own words on impacts."_s;
    c.risks[3].severityBefore = 3;
    RiskEntry own;
    own.key = u"custom.1"_s;
    own.title = u"Linkage with registries"_s;
    own.severityBefore = 2;
    own.likelihoodBefore = 3;
    c.risks.append(own);
    c.actions = {ActionItem{u"Train the users"_s, u"Steward"_s, QDate(2027, 3, 1)},
                 ActionItem{u"Review access"_s, QString(), QDate()}};
    return c;
}

// The JSON text with one member of one item replaced (by key), re-serialised indented.
QByteArray withItemMember(const QByteArray &json, const QString &itemKey, const QString &member,
                          const QJsonValue &value)
{
    QJsonObject top = QJsonDocument::fromJson(json).object();
    QJsonArray sections = top.value(u"sections"_s).toArray();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QJsonObject section = sections.at(i).toObject();
        QJsonArray items = section.value(u"items"_s).toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            QJsonObject item = items.at(j).toObject();
            if (item.value(u"key"_s).toString() == itemKey) {
                item.insert(member, value);
                items.replace(j, item);
            }
        }
        section.insert(u"items"_s, items);
        sections.replace(i, section);
    }
    top.insert(u"sections"_s, sections);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

// 1-based line and column of the first occurrence of `needle` in `text` (characters).
std::pair<qint64, qint64> positionOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        qFatal("needle not found: %s", needle.constData());
    return JsonPositions::lineColumn(text, at);
}

} // namespace

class TestDocumentJson final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        QTest::newRow("dsa en") << int(DocumentKind::Agreement) << u"en"_s;
        QTest::newRow("dsa zh_CN") << int(DocumentKind::Agreement) << u"zh_CN"_s;
        QTest::newRow("dpia en") << int(DocumentKind::Assessment) << u"en"_s;
        QTest::newRow("dpia zh_CN") << int(DocumentKind::Assessment) << u"zh_CN"_s;
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const DocumentTemplate t = doctest::tmpl(DocumentKind(kind), language);
        const DocumentState s = state(DocumentKind(kind), edited(t));
        const QByteArray json = DocumentJson::write(s, t);
        auto back = DocumentJson::read(json, u"doc.json"_s, t, s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->texts, s.version.content.texts);
        QCOMPARE(back->checks, s.version.content.checks);
        QCOMPARE(back->risks, s.version.content.risks);
        QCOMPARE(back->actions, s.version.content.actions);
        QVERIFY(*back == s.version.content);

        // What the file shows: header, filled clause text, generated blocks for reference.
        const QJsonObject top = QJsonDocument::fromJson(json).object();
        QCOMPARE(top.value(u"format"_s).toString(), u"steward-document"_s);
        QCOMPARE(top.value(u"format_version"_s).toInt(), 1);
        QCOMPARE(top.value(u"kind"_s).toString(), documentKindName(DocumentKind(kind)));
        QCOMPARE(top.value(u"language"_s).toString(), language);
        QCOMPARE(top.value(u"version"_s).toInt(), 3);
        QVERIFY(top.value(u"facts"_s).isObject());
        QVERIFY(json.contains("\"generator\": \"annex\""));
        QVERIFY(json.contains("bands:width=5"));
    }

    void untouchedClausesStayUntouched()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        const DocumentState s = state(DocumentKind::Agreement, DocumentContent::initial(t));
        const QByteArray json = DocumentJson::write(s, t);
        // The clause shows the release's values filled in…
        QVERIFY(json.contains("Research Institute"));
        // …and reads back as untouched, so it keeps following the release.
        auto back = DocumentJson::read(json, u"doc.json"_s, t, s);
        QVERIFY(back);
        QVERIFY(back->texts.isEmpty());

        // A clause rewritten offline is the person's text from now on.
        auto changed = DocumentJson::read(
            withItemMember(json, u"purpose.no_contact"_s, u"text"_s, u"Never contact anyone."_s),
            u"doc.json"_s, t, s);
        QVERIFY(changed);
        QCOMPARE(changed->texts.value(u"purpose.no_contact"_s), u"Never contact anyone."_s);
        // A whole number may be written as a JSON number.
        auto hours = DocumentJson::read(
            withItemMember(json, u"breach.hours"_s, u"value"_s, 48), u"doc.json"_s, t, s);
        QVERIFY(hours);
        QCOMPARE(hours->texts.value(u"breach.hours"_s), u"48"_s);
        auto badHours = DocumentJson::read(
            withItemMember(json, u"breach.hours"_s, u"value"_s, 4.5), u"doc.json"_s, t, s);
        QVERIFY(!badHours);
        // Generated blocks are read-only: what the file says of them is ignored.
        auto generated = DocumentJson::read(
            withItemMember(json, u"data.annex"_s, u"content"_s, u"tampered"_s), u"doc.json"_s, t, s);
        QVERIFY(generated);
        QVERIFY(generated->texts.isEmpty());
    }

    void malformedJsonHasLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"x\"\n  \"kind\": 1\n}") << 3 << 3;
        QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << 1 << 7;
        QTest::newRow("after chinese") << QByteArray("{\n\"k\": \"中文\" ]\n}") << 2 << 11;
        QTest::newRow("missing colon after chinese") << QByteArray("{\"中\" 1}") << 1 << 6;
        QTest::newRow("extra comma") << QByteArray("{\"a\": 1,}") << 1 << 9;
        QTest::newRow("bad number") << QByteArray("[1,\n -]") << 2 << 2;
        QTest::newRow("trailing garbage") << QByteArray("{}\n  x") << 2 << 3;
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc") << 1 << 11;
        QTest::newRow("unterminated") << QByteArray("{\"a\": [1, 2") << 1 << 12;
    }

    void malformedJsonHasLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        const DocumentState s = state(DocumentKind::Agreement, DocumentContent::initial(t));
        auto r = DocumentJson::read(json, u"in.json"_s, t, s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QCOMPARE(r.error().file, u"in.json"_s);
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);
    }

    void semanticErrorsPointAtTheValue_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<int>("shift"); // from the needle's start to the value
        QTest::newRow("unknown key") << u"context.dpo"_s << u"key"_s
                                     << QJsonValue(u"context.nobody"_s)
                                     << QByteArray("\"context.nobody\"") << 0;
        QTest::newRow("wrong type") << u"context.dpo"_s << u"value"_s << QJsonValue(987654321)
                                    << QByteArray("987654321") << 0;
        QTest::newRow("check type") << u"measures.contract"_s << u"checked"_s
                                    << QJsonValue(u"yes"_s) << QByteArray("\"yes\"") << 0;
        QTest::newRow("bad date") << u"validation.review_date"_s << u"value"_s
                                  << QJsonValue(u"2027-02-30"_s) << QByteArray("\"2027-02-30\"") << 0;
        QTest::newRow("bad choice") << u"validation.residual_risk"_s << u"value"_s
                                    << QJsonValue(u"maybe"_s) << QByteArray("\"maybe\"") << 0;
        QJsonArray risks{QJsonObject{{u"key"_s, u"disappearance"_s}, {u"severity_before"_s, 7}}};
        QTest::newRow("rating 7") << u"risks.register"_s << u"risks"_s << QJsonValue(risks)
                                  << QByteArray("\"severity_before\": 7") << 19;
        QJsonArray actions{QJsonObject{{u"action"_s, u"x"_s}, {u"due"_s, u"tomorrow"_s}}};
        QTest::newRow("action due") << u"risk_map.actions"_s << u"actions"_s << QJsonValue(actions)
                                    << QByteArray("\"tomorrow\"") << 0;
    }

    void semanticErrorsPointAtTheValue()
    {
        QFETCH(QString, item);
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, needle);
        QFETCH(int, shift);
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Assessment);
        const DocumentState s = state(DocumentKind::Assessment, edited(t));
        const QByteArray json = withItemMember(DocumentJson::write(s, t), item, member, value);
        auto r = DocumentJson::read(json, u"in.json"_s, t, s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QCOMPARE(r.error().file, u"in.json"_s);
        const auto [line, column] = positionOf(json, needle);
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column + shift);
        // Never the offending text itself (it may be personal data) — except an item key.
        if (member != u"key"_s && member != u"risks"_s)
            QVERIFY(!r.error().message.contains(QString::fromUtf8(needle)));
    }

    void wrongFormatOrKind()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        const DocumentState s = state(DocumentKind::Agreement, DocumentContent::initial(t));
        const QByteArray json = DocumentJson::write(s, t);
        QByteArray other = json;
        other.replace("\"kind\": \"dsa\"", "\"kind\": \"dpia\"");
        auto r = DocumentJson::read(other, u"in.json"_s, t, s);
        QVERIFY(!r);
        const auto [line, column] = positionOf(other, "\"dpia\"");
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);

        auto notObject = DocumentJson::read("[1, 2]", u"in.json"_s, t, s);
        QVERIFY(!notObject);
        auto noFormat = DocumentJson::read("{\"kind\": \"dsa\"}", u"in.json"_s, t, s);
        QVERIFY(!noFormat);
    }

    void positionsIndexEveryValue()
    {
        const QByteArray text = "{\n  \"a\": [1, {\"b/c\": \"中\"}],\n  \"d\": null\n}";
        const JsonPositions positions(text);
        QCOMPARE(positions.valueAt(QString()), std::make_pair(qint64(1), qint64(1)));
        QCOMPARE(positions.valueAt(u"/a"_s), std::make_pair(qint64(2), qint64(8)));
        QCOMPARE(positions.valueAt(u"/a/1"_s), std::make_pair(qint64(2), qint64(12)));
        QCOMPARE(positions.nameAt(u"/a/1/b~1c"_s), std::make_pair(qint64(2), qint64(13)));
        QCOMPARE(positions.valueAt(u"/a/1/b~1c"_s), std::make_pair(qint64(2), qint64(20)));
        QCOMPARE(positions.valueAt(u"/d"_s), std::make_pair(qint64(3), qint64(8)));
        // An absent value falls back to the nearest enclosing one.
        QCOMPARE(positions.valueAt(u"/a/1/zzz"_s), std::make_pair(qint64(2), qint64(12)));
        QCOMPARE(JsonPositions::child(u"/x"_s, u"a/b~"_s), u"/x/a~1b~0"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocumentJson)
#include "test_documentjson.moc"
