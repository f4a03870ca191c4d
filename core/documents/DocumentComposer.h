#pragma once

#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QTextDocument;

namespace steward {

// A heading of the composed document (for the table of contents).
struct ComposedHeading {
    int level = 1;       // 1 section, 2 item
    QString number;      // "3", "3.2"
    QString title;
    QString anchor;      // HTML anchor name
};

// The document a release's state renders to, in one language: title block, sections numbered in
// order, clauses filled from the release, fields (blank lines when empty), the catalogue with
// ticks, generated tables (data annex, inventory, risk figures) with header rows, the risk
// register, the risk map (an image resource "riskmap.png"), the action plan, signature blocks.
// One composition feeds the live preview, the PDF and the HTML export, so they cannot disagree.
class DocumentComposer final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentComposer)
public:
    enum class Target { Preview, Print, Html };

    DocumentComposer(const DocumentState &state, const DocumentTemplate &tmpl);

    QString title() const;                    // "Data Sharing Agreement — <release>"
    QList<ComposedHeading> headings() const;  // in order
    // Qt rich-text HTML of the body (no cover, no table of contents). Images are referenced as
    // resources ("riskmap.png") for Preview/Print and embedded as data: URIs for Html.
    QString bodyHtml(Target target) const;
    // A self-contained HTML page (styles inline, images embedded), for `--html FILE`.
    QString standaloneHtml() const;
    // Fills a QTextDocument (resources added) for the preview and the PDF.
    void populate(QTextDocument &document, Target target) const;
    // The risk map (severity × likelihood, before/after) drawn at `dpi` for a width in mm.
    QImage riskMap(int dpi, double widthMm) const;

    // The cover block (title, release, parties, version, date, status) of the PDF and the HTML.
    QString coverHtml(Target target) const;
    QString versionLabel() const; // "Version 3", or the draft phrase for a never-saved document
    QString dateText() const;     // the version's date in the document's language
    // The rich-text style sheet of the preview and the PDF.
    static QString documentStyleSheet();
    // Tables whose first row is a header repeat it on every page they span.
    static void markHeaderRows(QTextDocument &document);

private:
    const DocumentState &m_state;
    const DocumentTemplate &m_tmpl;
};

} // namespace steward
