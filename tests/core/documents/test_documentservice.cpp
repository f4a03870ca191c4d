// DocumentService: every change to a document is a new version with its audit entry, in one
// transaction; unchanged content writes nothing; people's text survives a refresh; a change of the
// project's facts shows as "out of date" until refreshed; `--set` and `--import` change nothing on
// error.

#include "tests/core/documents/DocumentTestSupport.h"
#include "tests/support/TempProject.h"
#include "core/documents/DocumentJson.h"
#include "core/documents/DocumentService.h"
#include "core/store/AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace steward;

class TestDocumentService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProject> m_project;
    Release m_release;

    DocumentService service() { return DocumentService(m_project->store()); }
    int versionCount(DocumentKind kind)
    {
        auto v = service().versions(m_release, kind);
        if (!v)
            qFatal("versions: %s", qPrintable(v.error().message));
        return int(v->size());
    }
    QJsonObject lastAuditDetail(QString *action = nullptr)
    {
        auto entries = m_project->store().auditEntries();
        if (!entries || entries->isEmpty())
            return {};
        if (action)
            *action = entries->last().action;
        return QJsonDocument::fromJson(entries->last().detail.toUtf8()).object();
    }
    DocumentContent latestContent(DocumentKind kind)
    {
        auto s = service().state(m_release, kind, doctest::facts());
        if (!s)
            qFatal("state: %s", qPrintable(s.error().message));
        return s->version.content;
    }

private slots:
    void init()
    {
        m_project = std::make_unique<testsupport::TempProject>();
        m_release = doctest::storeRelease(m_project->store(), u"r1"_s);
    }
    void cleanup() { m_project.reset(); }

    void neverSavedIsVersionZeroWithTheStandardRisks()
    {
        auto state = service().state(m_release, DocumentKind::Assessment, doctest::facts());
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->version.version, 0);
        QVERIFY(!state->outOfDate);
        QCOMPARE(state->version.facts, doctest::facts());
        QCOMPARE(state->version.content.risks.size(), 6);
        QCOMPARE(state->version.content.risks.at(3).key, u"reidentification"_s);
        QVERIFY(state->version.content.risks.at(3).likelihoodDerived);
        QCOMPARE(versionCount(DocumentKind::Assessment), 0);
        QVERIFY(state->completeness.required > 0);
    }

    void versionsIncreaseAndRestoreBringsTextBack()
    {
        const DocumentFacts facts = doctest::facts();
        DocumentContent content = latestContent(DocumentKind::Agreement);
        content.texts.insert(u"purpose.statement"_s, u"First wording."_s);
        auto v1 = service().save(m_release, DocumentKind::Agreement, content, facts);
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().message));
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->action, u"edit"_s);
        QVERIFY(!v1->savedBy.isEmpty());
        QCOMPARE(v1->savedAt.timeSpec(), Qt::UTC);

        QString action;
        QJsonObject detail = lastAuditDetail(&action);
        QCOMPARE(action, u"document.save"_s);
        QCOMPARE(detail.value(u"release"_s).toString(), u"r1"_s);
        QCOMPARE(detail.value(u"kind"_s).toString(), u"dsa"_s);
        QCOMPARE(detail.value(u"version"_s).toInt(), 1);
        QCOMPARE(detail.value(u"action"_s).toString(), u"edit"_s);
        QCOMPARE(detail.value(u"keys"_s).toArray(), QJsonArray{u"purpose.statement"_s});
        // Keys only: the text people wrote stays out of the audit trail.
        QVERIFY(!QJsonDocument(detail).toJson().contains("First wording"));

        content.texts.insert(u"purpose.statement"_s, u"Second wording."_s);
        auto v2 = service().save(m_release, DocumentKind::Agreement, content, facts);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);

        // The same content again is no new version and no audit entry.
        const int auditBefore = int(m_project->auditActions().size());
        auto same = service().save(m_release, DocumentKind::Agreement, content, facts);
        QVERIFY(same);
        QCOMPARE(same->version, 2);
        QCOMPARE(versionCount(DocumentKind::Agreement), 2);
        QCOMPARE(int(m_project->auditActions().size()), auditBefore);

        auto restored = service().restore(m_release, DocumentKind::Agreement, 1, facts);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->action, u"restore"_s);
        QCOMPARE(restored->restoredFrom, 1);
        QCOMPARE(restored->content.texts.value(u"purpose.statement"_s), u"First wording."_s);
        QCOMPARE(lastAuditDetail().value(u"restored_from"_s).toInt(), 1);

        auto list = service().versions(m_release, DocumentKind::Agreement);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->first().version, 3); // newest first
        QCOMPARE(list->last().content.texts.value(u"purpose.statement"_s), u"First wording."_s);
        auto v2again = service().version(m_release, DocumentKind::Agreement, 2);
        QVERIFY(v2again);
        QCOMPARE(v2again->content.texts.value(u"purpose.statement"_s), u"Second wording."_s);

        auto missing = service().restore(m_release, DocumentKind::Agreement, 9, facts);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
        QCOMPARE(versionCount(DocumentKind::Agreement), 3);
        // The other document of the release is untouched.
        QCOMPARE(versionCount(DocumentKind::Assessment), 0);
    }

    void ruleChangeMakesTheDocumentOutOfDateAndRefreshKeepsEditedText()
    {
        const DocumentFacts before = doctest::facts(u"bands:width=5"_s);
        DocumentContent content = latestContent(DocumentKind::Agreement);
        content.texts.insert(u"data.minimisation"_s, u"Our own minimisation clause."_s);
        QVERIFY(service().save(m_release, DocumentKind::Agreement, content, before));

        auto unchanged = service().state(m_release, DocumentKind::Agreement, before);
        QVERIFY(unchanged);
        QVERIFY(!unchanged->outOfDate);
        QVERIFY(unchanged->changes.isEmpty());

        // The age rule changed in the project.
        const DocumentFacts after = doctest::facts(u"bands:width=10"_s);
        auto stale = service().state(m_release, DocumentKind::Agreement, after);
        QVERIFY(stale);
        QVERIFY(stale->outOfDate);
        QVERIFY(!stale->changes.isEmpty());
        QVERIFY2(stale->changes.join(u'\n').contains(u"age"_s),
                 qPrintable(stale->changes.join(u'\n')));
        QCOMPARE(stale->version.facts, before); // the document still quotes what it quoted

        auto refreshed = service().refresh(m_release, DocumentKind::Agreement, after);
        QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().message));
        QCOMPARE(refreshed->version, 2);
        QCOMPARE(refreshed->action, u"refresh"_s);
        QCOMPARE(refreshed->facts, after);
        QCOMPARE(refreshed->content.texts.value(u"data.minimisation"_s),
                 u"Our own minimisation clause."_s);
        QString action;
        lastAuditDetail(&action);
        QCOMPARE(action, u"document.refresh"_s);

        auto fresh = service().state(m_release, DocumentKind::Agreement, after);
        QVERIFY(fresh);
        QVERIFY(!fresh->outOfDate);
        QVERIFY(fresh->changes.isEmpty());
        QCOMPARE(fresh->version.facts.fields.at(1).rule, u"bands:width=10"_s);

        // Refreshing what is up to date writes nothing.
        auto again = service().refresh(m_release, DocumentKind::Agreement, after);
        QVERIFY(again);
        QCOMPARE(again->version, 2);
        QCOMPARE(versionCount(DocumentKind::Agreement), 2);

        // Saving keeps the facts the document quotes, whatever the project says now.
        content.texts.insert(u"data.linkage"_s, u"No linkage."_s);
        auto saved = service().save(m_release, DocumentKind::Agreement, content, before);
        QVERIFY(saved);
        QCOMPARE(saved->facts, after);
    }

    void setEveryKeyForm()
    {
        const DocumentFacts facts = doctest::facts();
        const QList<std::pair<QString, QString>> assignments = {
            {u"context.processing"_s, u"Clause rewritten."_s},
            {u"context.dpo"_s, u"Ms. Zhao"_s},
            {u"validation.decision_date"_s, u"2027-02-01"_s},
            {u"validation.residual_risk"_s, u"accepted"_s},
            {u"measures.contract"_s, u"true"_s},
            {u"measures.pseudonymisation"_s, u"false"_s},
            {u"risk.illegitimate_access.severity_after"_s, u"2"_s},
            {u"risk.reidentification.severity_after"_s, u"3"_s},
            {u"risk.onward_sharing.measures"_s, u"Contract clause 7."_s},
            {u"risk.custom.1.title"_s, u"Linkage with registries"_s},
            {u"risk.custom.1.likelihood_before"_s, u"3"_s},
            {u"action.1.action"_s, u"Train the users"_s},
            {u"action.1.owner"_s, u"Data steward"_s},
            {u"action.1.due"_s, u"2027-03-01"_s},
            {u"action.2.action"_s, u"Review access"_s},
        };
        auto v = service().set(m_release, DocumentKind::Assessment, assignments, facts);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->version, 1);
        QCOMPARE(v->action, u"set"_s);
        const DocumentContent &c = v->content;
        QCOMPARE(c.texts.value(u"context.processing"_s), u"Clause rewritten."_s);
        QCOMPARE(c.texts.value(u"context.dpo"_s), u"Ms. Zhao"_s);
        QCOMPARE(c.texts.value(u"validation.decision_date"_s), u"2027-02-01"_s);
        QCOMPARE(c.checks.value(u"measures.contract"_s), true);
        QCOMPARE(c.checks.value(u"measures.pseudonymisation"_s, true), false);
        QCOMPARE(c.risks.at(0).severityAfter, 2);
        QCOMPARE(c.risks.at(3).severityAfter, 3);
        QCOMPARE(c.risks.at(4).measures, u"Contract clause 7."_s);
        QCOMPARE(c.risks.size(), 7);
        QCOMPARE(c.risks.last().key, u"custom.1"_s);
        QCOMPARE(c.risks.last().title, u"Linkage with registries"_s);
        QCOMPARE(c.risks.last().likelihoodBefore, 3);
        QCOMPARE(c.actions.size(), 2);
        QCOMPARE(c.actions.at(0).owner, u"Data steward"_s);
        QCOMPARE(c.actions.at(0).due, QDate(2027, 3, 1));
        QCOMPARE(c.actions.at(1).action, u"Review access"_s);
        // What was stored reads back the same (the storage form keeps every member).
        auto stored = service().version(m_release, DocumentKind::Assessment, 1);
        QVERIFY(stored);
        QVERIFY(stored->content == c);
        QCOMPARE(stored->facts, facts);
        QCOMPARE(stored->action, u"set"_s);
        const QJsonArray keys = lastAuditDetail().value(u"keys"_s).toArray();
        QVERIFY(keys.contains(u"context.dpo"_s));
        QVERIFY(keys.contains(u"risk.custom.1"_s));
        QVERIFY(keys.contains(u"action.1"_s));
        QCOMPARE(lastAuditDetail().value(u"action"_s).toString(), u"set"_s);

        // An empty field value clears the field.
        auto cleared = service().set(m_release, DocumentKind::Assessment,
                                     {{u"context.dpo"_s, QString()}}, facts);
        QVERIFY(cleared);
        QVERIFY(!cleared->content.texts.contains(u"context.dpo"_s));
    }

    void setErrorsChangeNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown item") << u"no.such.item"_s << u"x"_s;
        QTest::newRow("generated item") << u"risks.figures"_s << u"x"_s;
        QTest::newRow("register as a whole") << u"risks.register"_s << u"x"_s;
        QTest::newRow("check not boolean") << u"measures.contract"_s << u"maybe"_s;
        QTest::newRow("bad date") << u"validation.review_date"_s << u"2027-13-01"_s;
        QTest::newRow("not a choice") << u"validation.residual_risk"_s << u"perhaps"_s;
        QTest::newRow("rating 0") << u"risk.disappearance.severity_before"_s << u"0"_s;
        QTest::newRow("rating 5") << u"risk.disappearance.severity_before"_s << u"5"_s;
        QTest::newRow("rating text") << u"risk.disappearance.severity_before"_s << u"high"_s;
        QTest::newRow("derived likelihood") << u"risk.reidentification.likelihood_after"_s << u"1"_s;
        QTest::newRow("unknown risk") << u"risk.flood.severity_before"_s << u"2"_s;
        QTest::newRow("unknown risk member") << u"risk.disappearance.colour"_s << u"2"_s;
        QTest::newRow("action gap") << u"action.3.action"_s << u"x"_s;
        QTest::newRow("action zero") << u"action.0.action"_s << u"x"_s;
        QTest::newRow("action member") << u"action.1.budget"_s << u"x"_s;
        QTest::newRow("action due") << u"action.1.due"_s << u"soon"_s;
    }

    void setErrorsChangeNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const DocumentFacts facts = doctest::facts();
        const int audit = int(m_project->auditActions().size());
        // A valid assignment first: it must not be kept when a later one fails.
        auto v = service().set(m_release, DocumentKind::Assessment,
                               {{u"context.dpo"_s, u"Ms. Zhao"_s}, {key, value}}, facts);
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Usage);
        QVERIFY2(v.error().message.contains(key), qPrintable(v.error().message));
        QCOMPARE(versionCount(DocumentKind::Assessment), 0);
        QCOMPARE(int(m_project->auditActions().size()), audit);
    }

    void setAgreementHasNoRegister()
    {
        auto v = service().set(m_release, DocumentKind::Agreement,
                               {{u"risk.disappearance.severity_before"_s, u"2"_s}},
                               doctest::facts());
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Usage);
        auto hours = service().set(m_release, DocumentKind::Agreement,
                                   {{u"breach.hours"_s, u"-3"_s}}, doctest::facts());
        QVERIFY(!hours);
        auto ok = service().set(m_release, DocumentKind::Agreement,
                                {{u"breach.hours"_s, u"72"_s}}, doctest::facts());
        QVERIFY(ok);
        QCOMPARE(ok->content.texts.value(u"breach.hours"_s), u"72"_s);
    }

    void importReplacesContentAndRefusesBadFiles()
    {
        const DocumentFacts facts = doctest::facts();
        auto state = service().state(m_release, DocumentKind::Assessment, facts);
        QVERIFY(state);
        QByteArray json = DocumentJson::write(*state, doctest::tmpl(DocumentKind::Assessment));
        const qsizetype at = json.indexOf("\"key\": \"context.dpo\"");
        QVERIFY(at > 0);
        const qsizetype value = json.indexOf("\"value\": \"\"", at);
        QVERIFY(value > at);
        json.replace(value, 11, "\"value\": \"filled offline\"");
        auto v = service().importJson(m_release, DocumentKind::Assessment, json, u"in.json"_s,
                                      facts);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().toString()));
        QCOMPARE(v->version, 1);
        QCOMPARE(v->action, u"import"_s);
        QCOMPARE(v->content.texts.value(u"context.dpo"_s), u"filled offline"_s);

        const int audit = int(m_project->auditActions().size());
        auto bad = service().importJson(m_release, DocumentKind::Assessment, "{\"format\": ",
                                        u"bad.json"_s, facts);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
        QCOMPARE(bad.error().file, u"bad.json"_s);
        QCOMPARE(bad.error().line, 1);
        QCOMPARE(versionCount(DocumentKind::Assessment), 1);
        QCOMPARE(int(m_project->auditActions().size()), audit);
    }

    void unstoredReleaseIsRefused()
    {
        Release draft = m_release;
        draft.id = 0;
        auto v = service().set(draft, DocumentKind::Agreement,
                               {{u"breach.hours"_s, u"72"_s}}, doctest::facts());
        QVERIFY(!v);
    }
};

QTEST_GUILESS_MAIN(TestDocumentService)
#include "test_documentservice.moc"
