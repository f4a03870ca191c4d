#pragma once

#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentTemplate.h"
#include "core/release/Release.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

// One required item still empty.
struct MissingItem {
    QString section;      // section key
    QString item;         // item key ("risk.reidentification.severity_after", "release.recipient" for
                          // release settings the document needs)
    QString sectionTitle; // in the template's language
    QString label;        // what is missing, in the template's language

    QJsonObject toJson() const; // {"section", "item", "section_title", "label"}
};

struct Completeness {
    int required = 0; // required items that apply
    int filled = 0;
    QList<MissingItem> missing; // in document order

    bool complete() const { return missing.isEmpty(); }
    double fraction() const { return required == 0 ? 1.0 : double(filled) / required; }
    QJsonObject toJson() const; // {"complete", "required", "filled", "missing": [...]}
};

// The live completeness check: every required item (TemplateItem::required, honouring
// requiredWhen) of the template that is empty, plus what the document needs from the release
// (recipient, purpose, legal basis, named users, retention, dates for the agreement; purpose and
// legal basis for the assessment), every risk of the register rated before and after (severity
// and likelihood; derived likelihoods count as rated when facts were measured), an action plan
// item's owner and due date when it has an action, and the decision items. Pure.
class DocumentCompleteness final {
    Q_DECLARE_TR_FUNCTIONS(steward::DocumentCompleteness)
public:
    static Completeness check(const DocumentTemplate &tmpl, const Release &release,
                              const DocumentContent &content, const DocumentFacts &facts);
};

} // namespace steward
