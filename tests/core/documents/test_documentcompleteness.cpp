// DocumentCompleteness: what a document still needs, item by item, in document order: required
// fields and clauses (with their conditions), the release settings the document quotes, the
// generated blocks' sources, every rating of the risk register and the action plan's owners and
// dates.

#include "tests/core/documents/DocumentTestSupport.h"
#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentContent.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

namespace {

Release release()
{
    Release r;
    r.id = 1;
    r.name = u"r1"_s;
    r.recipientOrganisation = u"Research Institute"_s;
    r.users = {u"Li Lei"_s};
    r.purpose = u"a study"_s;
    r.legalBasis = LegalBasis::PublicInterestResearch;
    r.retentionMonths = 12;
    r.startDate = QDate(2027, 1, 1);
    r.endDate = QDate(2027, 12, 31);
    r.language = u"en"_s;
    r.policy.ethicsApprovalRequired = false;
    return r;
}

QStringList missingItems(const Completeness &c)
{
    QStringList items;
    for (const MissingItem &m : c.missing)
        items.append(m.item);
    return items;
}

// Every required field of the template filled with a value its format accepts.
DocumentContent filled(const DocumentTemplate &tmpl)
{
    DocumentContent content = DocumentContent::initial(tmpl);
    for (const TemplateSection &s : tmpl.sections) {
        for (const TemplateItem &i : s.items) {
            if (i.type != TemplateItemType::Field)
                continue;
            if (i.format == u"date"_s)
                content.texts.insert(i.key, u"2027-01-15"_s);
            else if (i.format == u"integer"_s)
                content.texts.insert(i.key, u"72"_s);
            else if (!i.choices.isEmpty())
                content.texts.insert(i.key, i.choices.first());
            else if (i.key != u"onward.cross_border"_s)
                content.texts.insert(i.key, u"filled"_s);
        }
    }
    for (RiskEntry &r : content.risks) {
        r.severityBefore = r.severityBefore ? r.severityBefore : 2;
        r.severityAfter = r.severityAfter ? r.severityAfter : 2;
        if (!r.likelihoodDerived) {
            r.likelihoodBefore = r.likelihoodBefore ? r.likelihoodBefore : 2;
            r.likelihoodAfter = r.likelihoodAfter ? r.likelihoodAfter : 1;
        }
    }
    return content;
}

} // namespace

class TestDocumentCompleteness final : public QObject {
    Q_OBJECT

private slots:
    void newAgreementListsItsBlanks()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        const Completeness c =
            DocumentCompleteness::check(t, release(), DocumentContent::initial(t), doctest::facts());
        QVERIFY(!c.complete());
        const QStringList missing = missingItems(c);
        QVERIFY(missing.contains(u"parties.provider_representative"_s));
        QVERIFY(missing.contains(u"breach.hours"_s));
        QVERIFY(!missing.contains(u"purpose.statement"_s)); // untouched clauses have text
        QVERIFY(!missing.contains(u"onward.sub_processors"_s)); // optional
        QVERIFY(!missing.contains(u"legal_basis.ethics_approval"_s)); // policy says not needed
        QVERIFY(!missing.contains(u"legal_basis.consent_evidence"_s)); // not consent
        QCOMPARE(c.required - c.filled, c.missing.size());
        // In document order, with the section's title and the item's label.
        QVERIFY(missing.indexOf(u"parties.provider_representative"_s)
                < missing.indexOf(u"breach.hours"_s));
        const MissingItem &first = c.missing.first();
        QCOMPARE(first.section, u"parties"_s);
        QCOMPARE(first.sectionTitle, t.sections.first().title);
        QVERIFY(!first.label.isEmpty());
    }

    void filledAgreementIsComplete()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        const Completeness c =
            DocumentCompleteness::check(t, release(), filled(t), doctest::facts());
        QVERIFY2(c.complete(), qPrintable(missingItems(c).join(u", "_s)));
        QCOMPARE(c.filled, c.required);
        QCOMPARE(c.fraction(), 1.0);
        QCOMPARE(c.toJson().value(u"complete"_s).toBool(), true);
    }

    void emptiedClauseIsMissing()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        DocumentContent content = filled(t);
        content.texts.insert(u"purpose.no_contact"_s, u"  "_s);
        const Completeness c = DocumentCompleteness::check(t, release(), content, doctest::facts());
        QCOMPARE(missingItems(c), QStringList{u"purpose.no_contact"_s});
    }

    void releaseSettingsTheDocumentNeeds_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<bool>("inAssessment");
        QTest::newRow("recipient") << u"release.recipient"_s << false;
        QTest::newRow("purpose") << u"release.purpose"_s << true;
        QTest::newRow("legal basis") << u"release.legal_basis"_s << true;
        QTest::newRow("users") << u"release.users"_s << false;
        QTest::newRow("retention") << u"release.retention"_s << false;
        QTest::newRow("dates") << u"release.dates"_s << false;
    }

    void releaseSettingsTheDocumentNeeds()
    {
        QFETCH(QString, item);
        QFETCH(bool, inAssessment);
        Release r = release();
        if (item == u"release.recipient"_s)
            r.recipientOrganisation.clear();
        else if (item == u"release.purpose"_s)
            r.purpose = u" "_s;
        else if (item == u"release.legal_basis"_s)
            r.legalBasis.reset();
        else if (item == u"release.users"_s)
            r.users.clear();
        else if (item == u"release.retention"_s)
            r.retentionMonths = 0;
        else
            r.endDate = QDate();
        const DocumentTemplate dsa = doctest::tmpl(DocumentKind::Agreement);
        const Completeness agreement =
            DocumentCompleteness::check(dsa, r, filled(dsa), doctest::facts());
        QCOMPARE(missingItems(agreement), QStringList{item});
        QVERIFY(!agreement.missing.first().label.isEmpty());
        const DocumentTemplate dpia = doctest::tmpl(DocumentKind::Assessment);
        const Completeness assessment =
            DocumentCompleteness::check(dpia, r, filled(dpia), doctest::facts());
        QCOMPARE(missingItems(assessment).contains(item), inAssessment);
    }

    void requiredWhenConditions()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        DocumentContent content = filled(t);
        content.texts.remove(u"legal_basis.ethics_approval"_s);
        content.texts.remove(u"legal_basis.consent_evidence"_s);
        Release r = release();
        QVERIFY(DocumentCompleteness::check(t, r, content, doctest::facts()).complete());

        r.policy.ethicsApprovalRequired = true;
        QCOMPARE(missingItems(DocumentCompleteness::check(t, r, content, doctest::facts())),
                 QStringList{u"legal_basis.ethics_approval"_s});

        r.policy.ethicsApprovalRequired = false;
        r.legalBasis = LegalBasis::Consent;
        QCOMPARE(missingItems(DocumentCompleteness::check(t, r, content, doctest::facts())),
                 QStringList{u"legal_basis.consent_evidence"_s});
    }

    void crossBorderCondition()
    {
        // A template of our own with a clause that is only required for transfers abroad.
        const QByteArray json = R"({"format": "steward-template", "version": 1, "kind": "dsa",
            "language": "en", "title": "T", "sections": [{"key": "onward", "title": "Onward",
            "items": [{"key": "onward.cross_border", "type": "field", "label": "Countries"},
                      {"key": "onward.cross_border_terms", "type": "field", "label": "Terms",
                       "required": true, "requiredWhen": "cross_border"}]}], "phrases": {}})";
        auto t = DocumentTemplate::parse(json, u"t.json"_s);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        Release r = release();
        DocumentContent content;
        QCOMPARE(missingItems(DocumentCompleteness::check(*t, r, content, doctest::facts()))
                     .contains(u"onward.cross_border_terms"_s),
                 false);
        content.texts.insert(u"onward.cross_border"_s, u"Singapore"_s);
        QCOMPARE(missingItems(DocumentCompleteness::check(*t, r, content, doctest::facts()))
                     .contains(u"onward.cross_border_terms"_s),
                 true);
    }

    void datesAndIntegers_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("date ok") << u"validation.decision_date"_s << u"2027-02-28"_s << true;
        QTest::newRow("date impossible") << u"validation.decision_date"_s << u"2027-02-30"_s << false;
        QTest::newRow("date words") << u"validation.decision_date"_s << u"next week"_s << false;
        QTest::newRow("date local") << u"validation.review_date"_s << u"28/02/2027"_s << false;
        QTest::newRow("choice ok") << u"validation.residual_risk"_s << u"not_accepted"_s << true;
        QTest::newRow("choice other") << u"validation.residual_risk"_s << u"fine"_s << false;
    }

    void datesAndIntegers()
    {
        QFETCH(QString, item);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Assessment);
        DocumentContent content = filled(t);
        content.texts.insert(item, value);
        const Completeness c = DocumentCompleteness::check(t, release(), content, doctest::facts());
        QCOMPARE(missingItems(c).contains(item), !ok);
        if (!ok)
            QVERIFY(c.missing.first().label.size() > t.item(item)->label.size());
    }

    void integers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("72") << u"72"_s << true;
        QTest::newRow("zero") << u"0"_s << false;
        QTest::newRow("negative") << u"-24"_s << false;
        QTest::newRow("fraction") << u"1.5"_s << false;
        QTest::newRow("words") << u"three days"_s << false;
    }

    void integers()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement);
        DocumentContent content = filled(t);
        content.texts.insert(u"breach.hours"_s, value);
        QCOMPARE(DocumentCompleteness::check(t, release(), content, doctest::facts()).complete(),
                 ok);
    }

    void generatedBlocksNeedTheirSources()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Assessment);
        const DocumentContent content = filled(t);
        QVERIFY(DocumentCompleteness::check(t, release(), content, doctest::facts()).complete());

        const QStringList none =
            missingItems(DocumentCompleteness::check(t, release(), content, DocumentFacts()));
        QVERIFY(none.contains(u"context.datasets"_s));
        QVERIFY(none.contains(u"data.inventory"_s));
        QVERIFY(none.contains(u"data.annex"_s));
        QVERIFY(none.contains(u"risks.figures"_s));
        // Without figures the derived likelihoods are not rated either.
        QVERIFY(none.contains(u"risk.reidentification.likelihood_before"_s));
        QVERIFY(none.contains(u"risk.reidentification.likelihood_after"_s));
        QVERIFY(!none.contains(u"risk.reidentification.severity_before"_s));

        DocumentFacts unmeasured = doctest::facts();
        unmeasured.datasets.first().after = FactRisk();
        unmeasured.reidentificationBefore = 0;
        unmeasured.reidentificationAfter = 0;
        const QStringList notMeasured =
            missingItems(DocumentCompleteness::check(t, release(), content, unmeasured));
        QVERIFY(!notMeasured.contains(u"data.annex"_s));
        QVERIFY(notMeasured.contains(u"risks.figures"_s));
    }

    void everyRiskRatedBeforeAndAfter()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Assessment);
        DocumentContent content = filled(t);
        content.risks[1].likelihoodAfter = 0;
        RiskEntry own;
        own.key = u"custom.1"_s;
        own.title = u"Linkage"_s;
        own.severityBefore = 3;
        content.risks.append(own);
        const Completeness c = DocumentCompleteness::check(t, release(), content, doctest::facts());
        const QStringList expected = {u"risk.unwanted_modification.likelihood_after"_s,
                                      u"risk.custom.1.likelihood_before"_s,
                                      u"risk.custom.1.severity_after"_s,
                                      u"risk.custom.1.likelihood_after"_s};
        QCOMPARE(missingItems(c), expected);
        QVERIFY(c.missing.at(1).label.contains(u"Linkage"_s));
        QCOMPARE(c.missing.first().section, u"risks"_s);
    }

    void actionRowsNeedOwnerAndDate()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Assessment);
        DocumentContent content = filled(t);
        content.actions = {ActionItem{u"Train the users"_s, u"Steward"_s, QDate(2027, 3, 1)},
                           ActionItem{u"Review access"_s, QString(), QDate()},
                           ActionItem{QString(), QString(), QDate()}};
        const Completeness c = DocumentCompleteness::check(t, release(), content, doctest::facts());
        QCOMPARE(missingItems(c), (QStringList{u"action.2.owner"_s, u"action.2.due"_s}));
    }

    void chineseTemplateWordsTheMissingItems()
    {
        const DocumentTemplate t = doctest::tmpl(DocumentKind::Agreement, u"zh_CN"_s);
        Release r = release();
        r.recipientOrganisation.clear();
        const Completeness c = DocumentCompleteness::check(t, r, filled(t), doctest::facts());
        QCOMPARE(missingItems(c), QStringList{u"release.recipient"_s});
        QVERIFY(c.missing.first().label.contains(u"接收方"_s));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCompleteness)
#include "test_documentcompleteness.moc"
