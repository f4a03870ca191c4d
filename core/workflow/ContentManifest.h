#pragma once

#include "core/common/Result.h"
#include "core/release/Release.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace steward {

class ProjectStore;

// What reviewers approve: a canonical description of everything that decides what leaves —
// never a cell value. Built from the project, without reading the data:
//
//   {"format": "steward-content/1",
//    "release":   release settings and policy (Release::toJson without state, times and exports),
//    "datasets":  [{"name", "id", "version", "rows", "imported_at", "columns": [[name, type]…],
//                   "classification": {field: {"role", "category", "grade", "confirmed"}},
//                   "rules": {field: rule text}, "record_suppression": {…} | null,
//                   "hierarchies": {name: sha256 of its spec}, "consent": {"sha256", "attached_at"} | null}],
//    "documents": {"dsa": {"version", "sha256"}, "dpia": {"version", "sha256"}},  (of the stored content+facts)
//    "secret":    the project secret's public fingerprint or null (a new secret changes every pseudonym),
//    "approvals_required": {"compliance": n, "ethics": n}}
//
// hash() is the SHA-256 (hex) of the compact JSON (QJsonDocument::Compact, keys sorted). Any change
// to data, rules, classification, hierarchies, consent, documents or release settings changes it:
// that is what invalidates approvals.
struct ContentManifest {
    Q_DECLARE_TR_FUNCTIONS(steward::ContentManifest)
public:
    QJsonObject content;

    QString hash() const;
    static QString hashOf(const QJsonObject &content);
    // Reads only; BadInput when a dataset of the release no longer exists.
    static Result<ContentManifest> build(ProjectStore &store, const Release &release);
    // What changed since `older`, in words in the UI's language ("release settings", "rules of
    // inpatient", "the impact assessment", "the consent register of inpatient", …); empty when equal.
    QStringList changesSince(const ContentManifest &older) const;
};

} // namespace steward
