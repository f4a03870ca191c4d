#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

// What an item of a document is.
enum class TemplateItemType {
    Clause,       // text of the agreement/assessment with {placeholders}; a person may rewrite it
    Field,        // a blank a person fills (names, references, hours, dates, opinions)
    Check,        // a measure of the catalogue, ticked or not
    Generated,    // a block generated from the release and the project (tables, figures), never typed
    RiskRegister, // the assessment's risks (DocumentContent::risks)
    ActionPlan,   // the assessment's actions (DocumentContent::actions)
};

QString templateItemTypeName(TemplateItemType type); // "clause", "field", "check", "generated", "risk_register", "action_plan"

// One item of a section. Keys are stable across languages and versions ("purpose.ban"), unique in
// the document: content, JSON, `--set KEY=VALUE` and completeness refer to items by key.
struct TemplateItem {
    QString key;
    TemplateItemType type = TemplateItemType::Clause;
    QString label;          // heading of a clause, label of a field or check
    QString text;           // Clause: default text with placeholders; Field: hint shown when empty;
                            // Check: what the measure is; Generated: introductory sentence
    bool required = false;  // completeness: Field must be filled; Clause must not be emptied;
                            // Generated: its source must not be empty (see DocumentCompleteness)
    QString generator;      // Generated: which block (see the list below)
    QString fact;           // Check: the project fact that pre-ticks it (DocumentFacts::measures)
    QString requiredWhen;   // only required when this condition holds: "ethics_required",
                            // "consent" (legal basis is consent), "cross_border" (field
                            // "onward.cross_border" is not empty) — empty: always
    QStringList choices;    // Field: allowed values (machine names; labels in phrases
                            // "choice.<key>.<value>"); empty: free text
    bool multiline = true;  // Field: a text box (true) or one line
    QString format;         // Field: "date" (ISO yyyy-mm-dd), "integer", or empty (text)
};

struct TemplateSection {
    QString key;   // "parties", "purpose", …
    QString title; // "1. Parties and roles" is numbered by the renderer: title holds "Parties and roles"
    QList<TemplateItem> items;
};

// A document's structure and standard text in one language, shipped in resources/templates as
// `dsa.en.json`, `dsa.zh_CN.json`, `dpia.en.json`, `dpia.zh_CN.json` (compiled in as
// :/templates/…). Both languages of a kind have the same sections and item keys, in the same order.
//
// File format (UTF-8 JSON):
//   {"format": "steward-template", "version": 1, "kind": "dsa", "language": "en",
//    "title": "Data Sharing Agreement", "subtitle": "…",
//    "sections": [{"key": "purpose", "title": "Purpose",
//                  "items": [{"key": "purpose.statement", "type": "clause", "label": "Purpose",
//                             "text": "The Recipient shall use the Data solely for {purpose}.",
//                             "required": true}, …]}, …],
//    "phrases": {"annex.field": "Field", "mask.pseudonym": "keyed pseudonym (HMAC-SHA256)", …}}
//
// Placeholders (filled by DocumentTemplate::fill from the release and facts; an unknown or empty
// one renders as a visible blank "________"): {release} {provider} {recipient} {contact} {users}
// {purpose} {legal_basis} {legal_basis_text} {mode} {mode_description} {retention} {start} {end}
// {datasets} {records} {subjects} {release_grade} {min_k} {max_risk} {max_unmasked_grade}
// {breach_hours} (the field "breach.hours") and {field:KEY} for any Field item's value.
//
// Generators (TemplateItem::generator): "parties" (provider and recipient table), "datasets"
// (datasets, versions, records, subjects, grade), "annex" (every released field: name, category,
// grade, role, masking in words), "dropped" (fields that do not leave), "minimisation" (dropped
// and generalised fields), "inventory" (fields by category and grade), "risk_figures" (k, classes,
// records below k, prosecutor risk max/avg, sample uniques, l-diversity per dataset, before and
// after), "policy" (the release policy and its check), "measures_in_place" (what the project
// does), "risk_map" (the severity × likelihood chart, before/after), "users" (named users),
// "signatures" (signature blocks for both parties), "consent" (per dataset with a consent
// register: records released and left out by reason).
class DocumentTemplate final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentTemplate)
public:
    DocumentKind kind = DocumentKind::Agreement;
    QString language; // "en" or "zh_CN"
    QString title;
    QString subtitle;
    QList<TemplateSection> sections;
    QHash<QString, QString> phrases; // generated wording in this language (see the files)

    // The shipped template (cached after the first load). Unknown language: BadInput.
    static Result<DocumentTemplate> load(DocumentKind kind, const QString &language);
    // Parses a template file (the shipped ones and tests' own); errors name file, line, column.
    static Result<DocumentTemplate> parse(const QByteArray &json, const QString &file);
    static QStringList languages(); // {"zh_CN", "en"}

    const TemplateItem *item(const QString &key) const;        // nullptr when none
    const TemplateSection *sectionOf(const QString &itemKey) const;
    // phrases[key], or `key` itself when missing (visible in review, never silent).
    QString phrase(const QString &key) const;
    // Replaces {name} placeholders from `values`; missing or empty values become "________".
    static QString fill(const QString &text, const QHash<QString, QString> &values);
};

} // namespace steward
