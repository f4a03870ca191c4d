#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

class DocumentTemplate;

// One risk of the assessment's register. Standard risks use the template's keys
// ("illegitimate_access", "unwanted_modification", "disappearance", "reidentification",
// "onward_sharing", "use_beyond_purpose"); a person may add their own ("custom.1", …).
struct RiskEntry {
    QString key;
    QString title;    // empty: the template's phrase "risk.<key>.title"
    QString impacts;  // empty: the template's phrase "risk.<key>.impacts"
    QString threats;  // … ".threats"
    QString sources;  // … ".sources"
    QString measures; // … ".measures"
    // CNIL scale 1–4 (negligible, limited, significant, maximum); 0 = not rated yet.
    int severityBefore = 0;
    int likelihoodBefore = 0;
    int severityAfter = 0;
    int likelihoodAfter = 0;
    // For "reidentification": both likelihoods come from DocumentFacts (measured risk), never
    // typed; the stored values are ignored while this is set.
    bool likelihoodDerived = false;

    bool operator==(const RiskEntry &other) const = default;
};

struct ActionItem {
    QString action;
    QString owner;
    QDate due;

    bool operator==(const ActionItem &other) const = default;
};

// What people wrote in a document: everything else (clause text not rewritten, generated blocks)
// comes from the template, the release and the facts when the document is shown. So refreshing
// the generated parts never touches a person's text, and an untouched clause follows the release
// (a new recipient name appears in every clause that names the recipient).
struct DocumentContent {
    QHash<QString, QString> texts; // Clause key → the person's text (absent: template text);
                                   // Field key → value (absent or empty: not filled)
    QHash<QString, bool> checks;   // Check key → ticked (absent: pre-ticked from facts.measures)
    QList<RiskEntry> risks;        // assessment: the register (standard risks first)
    QList<ActionItem> actions;     // assessment: the action plan

    // The content of a new document: no texts, no checks, the standard risks of the template with
    // its default severities (phrases "risk.<key>.severity_before" …), the re-identification risk
    // derived. Agreement: risks and actions empty.
    static DocumentContent initial(const DocumentTemplate &tmpl);

    // Storage form (not the exchange JSON of DocumentJson): {"texts": {}, "checks": {},
    // "risks": [], "actions": []}.
    QJsonObject toJson() const;
    static Result<DocumentContent> fromJson(const QJsonObject &json);

    bool operator==(const DocumentContent &other) const = default;
};

} // namespace steward
