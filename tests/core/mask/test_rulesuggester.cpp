// RuleSuggester: the suggested masking rule of each field from its role and concept.

#include "core/mask/RuleSuggester.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

FieldClassification field(const QString &name, FieldRole role, const QString &conceptId,
                          const QString &type = u"text"_s)
{
    FieldClassification f;
    f.name = name;
    f.type = type;
    f.hasSuggestion = true;
    f.suggestion.role = role;
    f.suggestion.conceptId = conceptId;
    return f;
}

} // namespace

class TestRuleSuggester final : public QObject {
    Q_OBJECT

private slots:
    void perField_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        const int direct = int(FieldRole::Direct);
        const int quasi = int(FieldRole::Quasi);
        const int sensitive = int(FieldRole::Sensitive);
        const int other = int(FieldRole::Other);
        QTest::newRow("name") << direct << u"person_name"_s << u"text"_s << u"drop"_s;
        QTest::newRow("phone") << direct << u"phone"_s << u"text"_s << u"drop"_s;
        QTest::newRow("email") << direct << u"email"_s << u"text"_s << u"drop"_s;
        QTest::newRow("direct address") << direct << u"address"_s << u"text"_s << u"drop"_s;
        // 5-year bands, 90 and over in one band (">=90"): one rule does bands and top-coding.
        QTest::newRow("age") << quasi << u"age"_s << u"integer"_s
                             << uR"(bands:breaks="0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75,80,85,90")"_s;
        QTest::newRow("birth date") << quasi << u"birth_date"_s << u"date"_s << u"date:to=year"_s;
        QTest::newRow("event date") << quasi << u"event_date"_s << u"date"_s << u"date:to=month"_s;
        QTest::newRow("untyped date") << quasi << QString() << u"datetime"_s << u"date:to=month"_s;
        QTest::newRow("postal code") << quasi << u"postal_code"_s << u"text"_s << u"truncate:keep=3"_s;
        QTest::newRow("district") << quasi << u"district"_s << u"text"_s << u"redact"_s;
        QTest::newRow("masked name") << quasi << u"person_name"_s << u"text"_s << u"drop"_s;
        QTest::newRow("sex") << quasi << u"sex"_s << u"text"_s << u"keep"_s;
        QTest::newRow("department") << other << u"department"_s << u"text"_s << u"keep"_s;
        QTest::newRow("diagnosis code") << sensitive << u"diagnosis_code"_s << u"text"_s << u"keep"_s;
        QTest::newRow("notes") << sensitive << u"notes"_s << u"text"_s << u"scrub"_s;
        QTest::newRow("other") << other << QString() << u"decimal"_s << u"keep"_s;
    }
    void perField()
    {
        QFETCH(int, role);
        QFETCH(QString, conceptId);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const MaskRule rule =
            RuleSuggester::suggestField(field(u"f"_s, FieldRole(role), conceptId, type), u"key"_s);
        QCOMPARE(rule.format(), expected);
    }

    void subjectKeyIsTheFirstPersonKey()
    {
        DatasetClassification c;
        c.fields = {field(u"name"_s, FieldRole::Direct, u"person_name"_s),
                    field(u"mrn"_s, FieldRole::Direct, u"mrn"_s),
                    field(u"id"_s, FieldRole::Direct, u"identity_number"_s),
                    field(u"age"_s, FieldRole::Quasi, u"age"_s)};
        QCOMPARE(RuleSuggester::subjectKey(c), u"mrn"_s);
        const auto rules = RuleSuggester::suggest(c);
        QCOMPARE(rules.size(), 4);
        QCOMPARE(rules.at(0).second.op(), MaskOperator::Drop);
        QCOMPARE(rules.at(1).second.op(), MaskOperator::Pseudonym);
        QCOMPARE(rules.at(2).second.op(), MaskOperator::Drop);
        QCOMPARE(rules.at(3).second.op(), MaskOperator::Bands);
    }

    void confirmedDecisionWins()
    {
        DatasetClassification c;
        FieldClassification f = field(u"id"_s, FieldRole::Direct, u"identity_number"_s);
        f.decision.confirmed = true;
        f.decision.hasValues = true;
        f.decision.role = FieldRole::Other; // the steward says: not an identifier here
        c.fields = {f};
        QCOMPARE(RuleSuggester::subjectKey(c), QString());
        QCOMPARE(RuleSuggester::suggest(c).at(0).second.op(), MaskOperator::Keep);
    }

    void noPersonKeyMeansNoPseudonym()
    {
        DatasetClassification c;
        c.fields = {field(u"name"_s, FieldRole::Direct, u"person_name"_s),
                    field(u"phone"_s, FieldRole::Direct, u"phone"_s)};
        for (const auto &r : RuleSuggester::suggest(c))
            QCOMPARE(r.second.op(), MaskOperator::Drop);
    }
};

QTEST_GUILESS_MAIN(TestRuleSuggester)
#include "test_rulesuggester.moc"
