#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentExporter.h"
#include "tests/core/documents/RenderFixture.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
namespace rf = steward::render_fixture;

class DocumentExporterTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static DocumentTemplate load(DocumentKind kind, const QString &language)
    {
        Result<DocumentTemplate> tmpl = DocumentTemplate::load(kind, language);
        if (!tmpl)
            qFatal("template %s", qPrintable(tmpl.error().message));
        return *tmpl;
    }
    QString writePdf(const DocumentState &state, const DocumentTemplate &tmpl, const QString &name, int *pages = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const Result<DocumentExportResult> result = DocumentExporter::write(state, tmpl, DocumentFormat::Pdf, path);
        if (!result) {
            qWarning("%s", qPrintable(result.error().message));
            return {};
        }
        if (pages)
            *pages = result->pages;
        return path;
    }
    static QString squeeze(QString text)
    {
        return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // STEWARD_KEEP_PDFS=1 keeps the files to look at (pdftoppm) after the run.
        if (qEnvironmentVariableIsSet("STEWARD_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        if (!DocumentExporter::documentFontFamily())
            QSKIP("Noto Sans CJK SC is not installed (fonts-noto-cjk)");
        if (!rf::haveTool(QStringLiteral("pdftotext")) || !rf::haveTool(QStringLiteral("pdffonts")))
            QSKIP("poppler-utils (pdftotext, pdffonts) is not installed");
    }

    void pdf_data()
    {
        QTest::addColumn<int>("kindValue");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pageWord");
        QTest::newRow("dsa en") << int(DocumentKind::Agreement) << QStringLiteral("en") << QStringLiteral("Page 1 of %1");
        QTest::newRow("dsa zh_CN") << int(DocumentKind::Agreement) << QStringLiteral("zh_CN") << QStringLiteral("第 1 页，共 %1 页");
        QTest::newRow("dpia en") << int(DocumentKind::Assessment) << QStringLiteral("en") << QStringLiteral("Page 1 of %1");
        QTest::newRow("dpia zh_CN") << int(DocumentKind::Assessment) << QStringLiteral("zh_CN") << QStringLiteral("第 1 页，共 %1 页");
    }

    // The PDF embeds Noto CJK and its text holds the title, an annex field, the recipient, the
    // footer, and every section of the contents on the page the contents give.
    void pdf()
    {
        QFETCH(int, kindValue);
        const auto kind = DocumentKind(kindValue);
        QFETCH(QString, language);
        QFETCH(QString, pageWord);
        const DocumentTemplate tmpl = load(kind, language);
        const DocumentState state = rf::state(kind, language);
        int pages = 0;
        const QString path = writePdf(state, tmpl, QStringLiteral("%1-%2.pdf").arg(documentKindName(kind), language), &pages);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY(pages >= 4);

        const QStringList fonts = rf::run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
        bool embeddedCjk = false;
        for (const QString &line : fonts) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            // name type encoding emb sub uni object ID
            if (line.contains(QLatin1String("NotoSansCJK")) && cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"))
                embeddedCjk = true;
        }
        QVERIFY2(embeddedCjk, qPrintable(fonts.join(QLatin1Char('\n'))));

        const QString all = rf::pdfText(path);
        QVERIFY(all.contains(rf::normalised(tmpl.title)));
        QVERIFY(all.contains(QLatin1String("field_001")));
        QVERIFY(all.contains(QLatin1String("Northbridge Heart Institute")));
        QVERIFY2(squeeze(all).contains(rf::normalised(pageWord.arg(pages))), qPrintable(pageWord.arg(pages)));

        // Contents on page 2: "N. Title .... P" for every section.
        const QString contents = rf::pdfText(path, 2, 2, true);
        const QRegularExpression line(QStringLiteral("^\\s*(\\d+)\\.\\s+(.+?)\\s+(\\d+)\\s*$"),
                                      QRegularExpression::MultilineOption);
        int found = 0;
        for (auto it = line.globalMatch(contents); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int section = m.captured(1).toInt();
            const QString title = rf::normalised(tmpl.sections.value(section - 1).title);
            if (!squeeze(title).startsWith(squeeze(m.captured(2))))
                continue;
            const int page = m.captured(3).toInt();
            QVERIFY2(page >= 3 && page <= pages, qPrintable(m.captured(0)));
            const QString heading = rf::normalised(QStringLiteral("%1. %2").arg(section).arg(title));
            QVERIFY2(squeeze(rf::pdfText(path, page, page)).contains(squeeze(heading)),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(heading).arg(page)));
            ++found;
        }
        QCOMPARE(found, int(tmpl.sections.size()));
    }

    // A 120-field annex spans pages; its header row is printed again on the next page.
    void headerRowsRepeat()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Agreement, QStringLiteral("en"), 120);
        int pages = 0;
        const QString path = writePdf(state, tmpl, QStringLiteral("wide.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        int firstPage = 0;
        int lastPage = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text = rf::pdfText(path, p, p);
            if (!firstPage && text.contains(rf::fieldName(1)))
                firstPage = p;
            if (text.contains(rf::fieldName(118)))
                lastPage = p;
        }
        QVERIFY(firstPage > 0);
        QVERIFY2(lastPage > firstPage, "the annex should span two pages");
        const QString header = tmpl.phrase(QStringLiteral("gen.annex.masking"));
        for (int p = firstPage; p <= lastPage; ++p)
            QVERIFY2(rf::pdfText(path, p, p).contains(header), qPrintable(QStringLiteral("page %1").arg(p)));
    }

    // A long document stays small: the font is subsetted.
    void twentyPagesUnderTwoMegabytes()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("zh_CN"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("zh_CN"), 500);
        int pages = 0;
        const QString path = writePdf(state, tmpl, QStringLiteral("long.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QVERIFY2(pages >= 20, qPrintable(QString::number(pages)));
        QVERIFY2(QFileInfo(path).size() < 2 * 1024 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
    }

    void progressCountsPagesAndCancelLeavesNothing()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("en"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        CancellationToken token;
        QList<Progress> seen;
        const Result<DocumentExportResult> result = DocumentExporter::write(
            state, tmpl, DocumentFormat::Pdf, path,
            [&](const Progress &p) {
                seen.append(p);
                if (p.done == 2)
                    token.cancel();
            },
            &token);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().done, 1);
        QVERIFY(seen.first().estimatedTotal >= 4);

        const QString done = m_dir.filePath(QStringLiteral("done.pdf"));
        qint64 last = 0;
        qint64 total = 0;
        const Result<DocumentExportResult> ok = DocumentExporter::write(
            state, tmpl, DocumentFormat::Pdf, done, [&](const Progress &p) { last = p.done; total = p.estimatedTotal; });
        QVERIFY(ok);
        QCOMPARE(last, qint64(ok->pages));
        QCOMPARE(total, qint64(ok->pages));
        QCOMPARE(ok->bytes, QFileInfo(done).size());
    }

    void pdfMetadata()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        const QString path = writePdf(rf::state(DocumentKind::Agreement, QStringLiteral("en")), tmpl, QStringLiteral("meta.pdf"));
        if (!rf::haveTool(QStringLiteral("pdfinfo")))
            QSKIP("pdfinfo is not installed");
        const QString info = rf::run(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Steward\n"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Data Sharing Agreement — Cardiology 2026\n"))));
        QVERIFY(info.contains(QLatin1String("A4")));
    }

    // The HTML export stands alone: styles inline, the risk map embedded, nothing fetched.
    void htmlIsSelfContained()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Assessment, QStringLiteral("zh_CN"));
        const DocumentState state = rf::state(DocumentKind::Assessment, QStringLiteral("zh_CN"));
        const QString path = m_dir.filePath(QStringLiteral("dpia.html"));
        const Result<DocumentExportResult> result = DocumentExporter::write(state, tmpl, DocumentFormat::Html, path);
        QVERIFY(result);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
        QVERIFY(!html.contains(QLatin1String("http://")));
        QVERIFY(!html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("field_001")));
        QVERIFY(html.contains(tmpl.title.toHtmlEscaped()));
    }

    void jsonIsWrittenWhole()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("dsa.json"));
        const Result<DocumentExportResult> result = DocumentExporter::write(
            rf::state(DocumentKind::Agreement, QStringLiteral("en")), tmpl, DocumentFormat::Json, path);
        QVERIFY(result);
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(result->bytes, QFileInfo(path).size());
    }

    void unwritablePathIsAnError()
    {
        const DocumentTemplate tmpl = load(DocumentKind::Agreement, QStringLiteral("en"));
        const Result<DocumentExportResult> result = DocumentExporter::write(
            rf::state(DocumentKind::Agreement, QStringLiteral("en")), tmpl, DocumentFormat::Pdf,
            m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Internal);
    }
};

QTEST_MAIN(DocumentExporterTest)
#include "test_documentexporter.moc"
