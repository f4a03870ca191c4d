#include "core/documents/DocumentComposer.h"
#include "tests/core/documents/RenderFixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

using namespace steward;
namespace rf = steward::render_fixture;

class DocumentComposerTest : public QObject {
    Q_OBJECT

private:
    static DocumentTemplate load(DocumentKind kind, const QString &language)
    {
        Result<DocumentTemplate> tmpl = DocumentTemplate::load(kind, language);
        if (!tmpl)
            qFatal("template %s", qPrintable(tmpl.error().message));
        return *tmpl;
    }
    static bool ticked(const QString &html, const DocumentTemplate &tmpl, const QString &key, bool on)
    {
        const QString mark = tmpl.phrase(on ? QStringLiteral("doc.ticked") : QStringLiteral("doc.unticked"));
        return html.contains(QStringLiteral("%1</td><td><b>%2</b>").arg(mark, tmpl.item(key)->label.toHtmlEscaped()));
    }

private slots:
    // Untouched clauses follow the release; a person's text replaces the template's.
    void clausesFollowTheReleaseUnlessEdited()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        DocumentState state = rf::state(DocumentKind::Agreement, QStringLiteral("en"));
        QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(QLatin1String("a retrospective study of readmissions after heart failure")));
        QVERIFY(html.contains(QLatin1String("Northbridge Heart Institute")));

        state.release.recipientOrganisation = QStringLiteral("Eastgate Cardiology Lab");
        state.version.content.texts.insert(QStringLiteral("purpose.statement"), QStringLiteral("Our own purpose wording."));
        html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(QLatin1String("Eastgate Cardiology Lab")));
        QVERIFY(!html.contains(QLatin1String("Northbridge Heart Institute")));
        QVERIFY(html.contains(QLatin1String("Our own purpose wording.")));
        QVERIFY(!html.contains(QLatin1String("a retrospective study of readmissions after heart failure")));
    }

    void fieldsShowTheirValueOrABlank()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(QLatin1String("Riverside General Hospital, Office of Data Governance")));
        QVERIFY(html.contains(QLatin1String("<p class=\"blank\">")));
        const int blanks = int(html.count(QLatin1String("<p class=\"blank\">")));
        state.version.content.texts.insert(QStringLiteral("context.dpo"), QStringLiteral("Liu Yang, DPO office"));
        html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(QLatin1String("Liu Yang, DPO office")));
        QCOMPARE(int(html.count(QLatin1String("<p class=\"blank\">"))), blanks - 1);
    }

    // Measures are pre-ticked from what the project does unless someone decided otherwise.
    void checksPreTickFromFactsUnlessSet()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(ticked(html, tmpl, QStringLiteral("measures.pseudonymisation"), true));
        QVERIFY(ticked(html, tmpl, QStringLiteral("measures.date_shift"), false));
        state.version.content.checks.insert(QStringLiteral("measures.pseudonymisation"), false);
        state.version.content.checks.insert(QStringLiteral("measures.date_shift"), true);
        html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(ticked(html, tmpl, QStringLiteral("measures.pseudonymisation"), false));
        QVERIFY(ticked(html, tmpl, QStringLiteral("measures.date_shift"), true));
    }

    // The generated blocks quote the facts: released fields in the annex, dropped ones not.
    void generatedBlocksQuoteTheFacts()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Agreement, QStringLiteral("en"));
        const QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        const qsizetype annex = html.indexOf(QLatin1String("item-data.annex"));
        const qsizetype dropped = html.indexOf(QLatin1String("item-data.dropped"));
        QVERIFY(annex > 0 && dropped > annex);
        const QString annexHtml = html.mid(annex, dropped - annex);
        QVERIFY(annexHtml.contains(QLatin1String("<thead>")));
        QVERIFY(annexHtml.contains(QLatin1String(">field_001<")));
        QVERIFY(!annexHtml.contains(QLatin1String(">field_007<"))); // dropped
        QVERIFY(html.mid(dropped).contains(QLatin1String(">field_007<")));
        QVERIFY(annexHtml.contains(tmpl.phrase(QStringLiteral("mask.pseudonym")).left(12).toHtmlEscaped()));
        QVERIFY(html.contains(QLatin1String("5,000"))); // records, in the document's locale
    }

    void outOfDateNoteNamesTheChanges()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("zh_CN"));
        DocumentState state = rf::state(DocumentKind::Agreement, QStringLiteral("zh_CN"));
        QVERIFY(!DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview)
                     .contains(tmpl.phrase(QStringLiteral("doc.out_of_date_note")).toHtmlEscaped()));
        state.outOfDate = true;
        state.changes = {QStringLiteral("Rule of inpatient.field_002 changed")};
        const QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(tmpl.phrase(QStringLiteral("doc.out_of_date_note")).toHtmlEscaped()));
        QVERIFY(html.contains(QLatin1String("Rule of inpatient.field_002 changed")));
        QVERIFY(DocumentComposer(state, tmpl).coverHtml(DocumentComposer::Target::Print)
                    .contains(tmpl.phrase(QStringLiteral("doc.out_of_date")).toHtmlEscaped()));
    }

    void coverStatusFollowsTheReviewState()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        const QString statusRow = QStringLiteral("%1</td><td>%2").arg(tmpl.phrase(QStringLiteral("doc.status")));
        const QList<std::pair<QString, QString>> cases = {{QStringLiteral("draft"), QStringLiteral("doc.draft")},
                                                          {QStringLiteral("submitted"), QStringLiteral("doc.submitted")},
                                                          {QStringLiteral("approved"), QStringLiteral("doc.approved")}};
        for (const auto &[releaseState, phrase] : cases) {
            state.release.state = releaseState;
            const QString cover = DocumentComposer(state, tmpl).coverHtml(DocumentComposer::Target::Html);
            QVERIFY2(cover.contains(tmpl.phrase(phrase).toHtmlEscaped()), qPrintable(releaseState));
            QVERIFY2(!cover.contains(statusRow.arg(tmpl.phrase(QStringLiteral("doc.status")))), qPrintable(releaseState));
        }
    }

    void headingsAreNumberedInOrder()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        const QList<ComposedHeading> headings = DocumentComposer(state, tmpl).headings();
        QList<ComposedHeading> sections;
        std::copy_if(headings.begin(), headings.end(), std::back_inserter(sections),
                     [](const ComposedHeading &h) { return h.level == 1; });
        QCOMPARE(sections.size(), tmpl.sections.size());
        QCOMPARE(sections.first().number, QStringLiteral("1"));
        QCOMPARE(sections.first().title, tmpl.sections.first().title);
        QCOMPARE(headings.at(1).number, QStringLiteral("1.1"));
        const QString html = DocumentComposer(state, tmpl).bodyHtml(DocumentComposer::Target::Preview);
        QVERIFY(html.contains(QStringLiteral("%1. %2").arg(sections.last().number, sections.last().title.toHtmlEscaped())));
    }

    // The preview's QTextDocument: header rows marked (repeated on each page), the risk map a
    // resource; composing a 120-field document stays fast (the GUI re-renders on every edit).
    void populateMarksHeaderRowsAndIsFast()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("zh_CN"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("zh_CN"), 120);
        const DocumentComposer composer(state, tmpl);
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            QTextDocument document;
            QElapsedTimer timer;
            timer.start();
            composer.populate(document, DocumentComposer::Target::Preview);
            times.append(timer.elapsed());
            if (i > 0)
                continue;
            int tables = 0;
            int withHeader = 0;
            for (QTextFrame *frame : document.rootFrame()->childFrames()) {
                if (auto *table = qobject_cast<QTextTable *>(frame)) {
                    ++tables;
                    withHeader += table->format().headerRowCount() == 1 ? 1 : 0;
                }
            }
            QVERIFY(withHeader >= 5);
            QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("riskmap.png"))).isNull());
            QVERIFY(document.toPlainText().contains(QLatin1String("field_120")));
        }
        std::sort(times.begin(), times.end());
        qInfo("populate, 120 fields: median %lld ms", times.at(2));
        QVERIFY2(times.at(2) < 200, qPrintable(QString::number(times.at(2))));
    }

    void riskMapIsDrawnAtTheResolutionAsked()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        const QImage map = DocumentComposer(state, tmpl).riskMap(300, 150.0);
        QCOMPARE(map.width(), 1772);
        QVERIFY(qAbs(map.dotsPerMeterX() - 11811) <= 1);
        // Not blank: the cells are shaded.
        QVERIFY(map.pixelColor(int(map.width() * 0.3), int(map.height() * 0.3)) != QColor(Qt::white));
    }

    void htmlTargetEmbedsTheRiskMap()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        const DocumentComposer composer(state, tmpl);
        QVERIFY(composer.bodyHtml(DocumentComposer::Target::Html).contains(QLatin1String("src=\"data:image/png;base64,")));
        QVERIFY(composer.bodyHtml(DocumentComposer::Target::Preview).contains(QLatin1String("src=\"riskmap.png\"")));
    }
};

QTEST_MAIN(DocumentComposerTest)
#include "test_documentcomposer.moc"
